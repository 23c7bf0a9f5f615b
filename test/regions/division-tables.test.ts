import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/dates/iso-date.js';
import { findRegion, gb2260Registry, parseRegionCode, regionReleases } from '../../src/regions/index.js';
import { GB2260_FOLDER, readMonthRelease, readPeriods, readYear, tableYears } from './published-tables.js';

// The whole built-in registry against the published tables it was generated from, code by code.
const registry = gb2260Registry();
const releases = regionReleases(registry);

describe('gb2260Registry against the published tables', () => {
  it.each(tableYears)('reproduces every code and name of the %i year-end table', (year) => {
    const release = releases.find((candidate) => candidate.revision === `${year}12`);
    expect(release?.entries).toEqual(readYear(year));
  });

  it('resolves every code at every year end of its period of use, and at no other', () => {
    const periods = readPeriods();
    expect(periods.size).toBeGreaterThan(5000);
    const yearEnds = tableYears.map((year) => ({ year, date: isoDate(`${year}-12-31`) }));
    const wrong: string[] = [];
    for (const [code, spans] of periods) {
      for (const { year, date } of yearEnds) {
        const inUse = spans.some(([first, end]) => first <= year && year < end);
        if ((findRegion(registry, code, date) !== undefined) !== inUse) wrong.push(`${code} at the end of ${year}`);
      }
    }
    expect(wrong).toEqual([]);
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

  it('holds only well-formed codes', () => {
    for (const found of registry.listings.keys()) expect(parseRegionCode(found).ok, found).toBe(true);
  });
});
