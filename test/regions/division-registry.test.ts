import { describe, expect, it } from 'vitest';
import { gb2260Registry, gb2260ReleaseUrl, regionReleases } from '../../src/regions/index.js';
import { readYear, tableYears } from './published-tables.js';

// The whole registry is checked against every published table in division-tables.test.ts.
const registry = gb2260Registry();
const releases = regionReleases(registry);

describe('gb2260Registry', () => {
  it('holds one revision per year end 1981–2024, and the Ministry’s release of 201904', () => {
    expect(registry.revisions).toEqual([...tableYears.map((year) => `${year}12`), '201904'].sort());
  });

  it.each([1981, 2010, 2011, 2024])('reproduces every code and name of the %i year-end table', (year) => {
    const release = releases.find((candidate) => candidate.revision === `${year}12`);
    expect(release?.entries).toEqual(readYear(year));
  });

  it('lists the successions by date', () => {
    const dates = registry.successions.map((found) => found.date);
    expect(dates.length).toBeGreaterThan(3000);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]! < dates.at(-1)!).toBe(true);
  });

  it('dates a succession whose day is not known from the first day of the revision that shows it', () => {
    expect(registry.successions.find((found) => found.from === '500381')).toEqual({
      from: '500381',
      to: ['500116'],
      extent: 'whole',
      revision: '200612',
      date: '2006-12-01',
      dayKnown: false,
    });
  });

  it('returns the same registry on every call', () => {
    expect(gb2260Registry()).toBe(registry);
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
    expect(registry.successions.filter((found) => found.dayKnown).map((found) => found.from)).toHaveLength(9);
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
