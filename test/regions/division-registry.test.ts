import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findRegion, gb2260Registry, gb2260ReleaseUrl, isoDate, parseRegionCode, regionReleases } from '../../src/index.js';

/** The Ministry's month-level releases (`YYYYMM.tsv`: Source, Revision, Code, Name). */
const GB2260_FOLDER = new URL('../fixtures/gb2260/mca/', import.meta.url);
const AREACODES = new URL('../fixtures/areacodes/', import.meta.url);

const registry = gb2260Registry();
const releases = regionReleases(registry);
const years = Array.from({ length: 44 }, (_, i) => 1981 + i);

function readYear(year: number): { code: string; name: string }[] {
  return readFileSync(new URL(`data/${year}.txt`, AREACODES), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [code = '', name = ''] = line.trim().split(' ');
      return { code, name };
    })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

// Each code's years of use, from the code records of result.csv (first year included, end year not).
function readPeriods(): Map<string, [number, number][]> {
  const periods = new Map<string, [number, number][]>();
  const lines = readFileSync(new URL('result.csv', AREACODES), 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1);
  for (const line of lines.filter((row) => row.trim() !== '')) {
    const [code = '', , , , , , first = '', end = ''] = line.split(',');
    periods.set(code, [...(periods.get(code) ?? []), [Number(first), end === '' ? 2025 : Number(end)]]);
  }
  return periods;
}

function readMonthRelease(file: string): string[] {
  return readFileSync(new URL(file, GB2260_FOLDER), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split('\t')[2] ?? '');
}

describe('gb2260Registry', () => {
  it('holds one revision per year end 1981–2024, and the Ministry’s release of 201904', () => {
    expect(registry.revisions).toEqual([...years.map((year) => `${year}12`), '201904'].sort());
  });

  it.each(years)('reproduces every code and name of the %i year-end table', (year) => {
    const release = releases.find((candidate) => candidate.revision === `${year}12`);
    expect(release?.entries).toEqual(readYear(year));
  });

  it('resolves every code at every year end of its period of use, and at no other', () => {
    const periods = readPeriods();
    expect(periods.size).toBeGreaterThan(5000);
    for (const [code, spans] of periods) {
      for (const year of years) {
        const inUse = spans.some(([first, end]) => first <= year && year < end);
        const found = findRegion(registry, code, isoDate(`${year}-12-31`));
        expect(found !== undefined, `${code} at the end of ${year}`).toBe(inUse);
      }
    }
  });

  it('agrees with the Ministry’s month releases, up to a year end either side', () => {
    const files = readdirSync(fileURLToPath(GB2260_FOLDER)).filter((name) => name.endsWith('.tsv'));
    expect(files.length).toBeGreaterThanOrEqual(22);
    for (const file of files) {
      const year = Number(file.slice(0, 4));
      const near = [year - 1, year, year + 1].map((candidate) => new Set(readYear(candidate).map((entry) => entry.code)));
      const codes = readMonthRelease(file);
      const unmatched = codes.filter((found) => !near.some((table) => table.has(found)));
      // The Ministry's lists keep a few codes the year tables never had (517000 涪陵市 and six more in 1996: 17 of 3,222 codes, the most of any release).
      expect(unmatched.length / codes.length, `${file}: ${unmatched.join(' ')}`).toBeLessThan(0.01);
    }
  });

  it('takes the 201904 revision from the Ministry’s release, with the codes in force at both year ends around it', () => {
    const codes = new Set(readMonthRelease('201904.tsv'));
    const revision = releases.find((release) => release.revision === '201904')?.entries.map((entry) => entry.code) ?? [];
    for (const found of codes) expect(revision).toContain(found);
    const both = (found: string) => [2018, 2019].every((year) => readYear(year).some((entry) => entry.code === found));
    for (const found of revision.filter((entry) => !codes.has(entry))) expect(both(found), found).toBe(true);
  });

  it('returns the same registry on every call', () => {
    expect(gb2260Registry()).toBe(registry);
  });

  it('holds only well-formed codes', () => {
    for (const found of registry.listings.keys()) expect(parseRegionCode(found).ok, found).toBe(true);
  });

  it('holds the Bijie succession of 2011 with the day of the State Council’s reply', () => {
    expect(registry.successions.filter((found) => found.date === '2011-10-22').map((found) => [found.from, found.to])).toEqual([
      ['522400', ['520500']],
      ['522401', ['520502']],
      ['522422', ['520521']],
      ['522423', ['520522']],
      ['522424', ['520523']],
      ['522425', ['520524']],
      ['522426', ['520525']],
      ['522427', ['520526']],
      ['522428', ['520527']],
    ]);
  });
});

describe('gb2260ReleaseUrl', () => {
  it('returns where the Ministry published the month release', () => {
    expect(gb2260ReleaseUrl('201904')).toMatch(/^https?:\/\/[^ ]+mca\.gov\.cn\//);
  });

  it('returns undefined for a year end or a revision that is not built in', () => {
    expect(gb2260ReleaseUrl('201012')).toBeUndefined();
    expect(gb2260ReleaseUrl('201212')).toBeUndefined();
    expect(gb2260ReleaseUrl('toString')).toBeUndefined();
  });
});
