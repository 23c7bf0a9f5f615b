import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/dates/iso-date.js';
import { checkRegionInForce, createRegionRegistry, gb2260Registry, regionCode, regionReleases } from '../../src/regions/index.js';
import { dayIn, periodOf } from './test-dates.js';

const registry = gb2260Registry();
const codesOf = (code: string, date: string, options = {}) =>
  checkRegionInForce(registry, code, isoDate(date), [], options).map((found) => found.code);

describe('checkRegionInForce (rule 19)', () => {
  it('accepts 522401 毕节市 on 2011-06-01, checked against revision 201012', () => {
    expect(checkRegionInForce(registry, '522401', isoDate('2011-06-01'))).toEqual([]);
  });

  it('refuses 520502 七星关区 on 2011-06-01 and accepts it on 2012-01-01', () => {
    const issues = checkRegionInForce(registry, '520502', isoDate('2011-06-01'), ['projects', 3, 'location', 'region']);
    expect(issues).toEqual([
      {
        code: 'region-not-in-force',
        path: ['projects', 3, 'location', 'region'],
        message: '520502 was not in force on 2011-06-01 (revision 201012); it is listed from 201112.',
        params: {
          code: '520502',
          date: '2011-06-01',
          revision: '201012',
          listed: '201112–202412',
          from: '201112',
          to: '202412',
          latest: '202412',
        },
      },
    ]);
    expect(codesOf('520502', '2012-01-01')).toEqual([]);
  });

  it('refuses the old Bijie codes once the new release is in force', () => {
    const issues = checkRegionInForce(registry, '522401', isoDate('2012-01-01'));
    expect(issues.map((found) => found.message)).toEqual([
      '522401 was not in force on 2012-01-01 (revision 201112); it is listed from 199312 to 201012.',
    ]);
    for (const code of ['522400', '522422', '522428']) expect(codesOf(code, '2012-01-01')).toEqual(['region-not-in-force']);
  });

  it('refuses 522724 in 2011: 福泉县 became 福泉市 522702 in 1996', () => {
    expect(checkRegionInForce(registry, '522724', isoDate('2011-06-01')).map((found) => found.message)).toEqual([
      '522724 was not in force on 2011-06-01 (revision 201012); it is listed from 198112 to 199512.',
    ]);
  });

  it('refuses 522799, which no release lists', () => {
    expect(checkRegionInForce(registry, '522799', isoDate('2011-06-01')).map((found) => found.message)).toEqual([
      '522799 is not listed in any release from 198112 to 202412.',
    ]);
  });

  it('accepts every one of Qiannan 522700 and its twelve counties in every revision', () => {
    const qiannan = ['522700', '522701', '522702', '522722', '522723', '522725', '522726', '522727', '522728', '522729', '522730', '522731', '522732'];
    for (const index of registry.revisions.keys()) {
      // 522702 福泉市 dates from 1996; the eleven others are older.
      if (registry.revisions[index]! < '199612') continue;
      const date = periodOf(registry, index).first;
      for (const code of qiannan) expect(codesOf(code, date), `${code} ${date}`).toEqual([]);
    }
  });

  it('accepts 440309 龙华区 and 440310 坪山区 from revision 201612 only', () => {
    for (const code of ['440309', '440310']) {
      expect(codesOf(code, '2011-06-01')).toEqual(['region-not-in-force']);
      expect(codesOf(code, '2016-11-30')).toEqual(['region-not-in-force']);
      expect(codesOf(code, '2016-12-01')).toEqual([]);
    }
  });

  it('refuses 440311 光明区 for any 2011 record: the data lists it from the end of 2018', () => {
    expect(checkRegionInForce(registry, '440311', isoDate('2011-06-01')).map((found) => found.message)).toEqual([
      '440311 was not in force on 2011-06-01 (revision 201012); it is listed from 201812.',
    ]);
    expect(codesOf('440311', '2011-12-31', { acceptNextRevision: true })).toEqual(['region-not-in-force']);
    expect(codesOf('440311', '2019-04-01')).toEqual([]);
  });

  it('accepts Shenzhen 440300 and its districts 440303–440308 in 2011', () => {
    for (const code of ['440300', '440303', '440304', '440305', '440306', '440307', '440308']) {
      expect(codesOf(code, '2011-06-01')).toEqual([]);
    }
  });

  describe('with acceptNextRevision', () => {
    it('accepts a code the next release lists, for a change made during the year', () => {
      expect(codesOf('520502', '2011-11-15', { acceptNextRevision: true })).toEqual([]);
      expect(codesOf('522401', '2011-11-15', { acceptNextRevision: true })).toEqual([]);
    });

    it('accepts from any day of the year before a code whose succession has no known day: 500116 江津区 took 500381 in 2006', () => {
      expect(codesOf('500116', '2006-01-01', { acceptNextRevision: true })).toEqual([]);
      expect(codesOf('500116', '2006-11-30', { acceptNextRevision: true })).toEqual([]);
      expect(codesOf('500116', '2006-11-30')).toEqual(['region-not-in-force']);
    });

    it('accepts a reused code that the next release lists under its new name: 511403 彭山区 from 2014', () => {
      expect(codesOf('511403', '2014-06-01')).toEqual(['region-not-in-force']);
      expect(codesOf('511403', '2014-06-01', { acceptNextRevision: true })).toEqual([]);
    });

    it('is not held back by a later change that brought another area into the code', () => {
      // 520502 is listed from 201012; in 2015 a neighbouring county is merged into it.
      const merged = {
        ...createRegionRegistry([
          { revision: '200912', entries: [{ code: '520000', name: '贵州省' }] },
          { revision: '201012', entries: [{ code: '520000', name: '贵州省' }, { code: '520502', name: '七星关区' }] },
          { revision: '201512', entries: [{ code: '520000', name: '贵州省' }, { code: '520502', name: '七星关区' }] },
        ]),
        successions: [
          { from: regionCode('520503'), to: [regionCode('520502')], extent: 'whole' as const, revision: '201512', date: isoDate('2015-06-01'), dayKnown: true },
        ],
      };
      expect(checkRegionInForce(merged, '520502', isoDate('2010-06-01'), [], { acceptNextRevision: true })).toEqual([]);
    });

    it('looks no further than the next release', () => {
      expect(codesOf('520502', '2010-06-01', { acceptNextRevision: true })).toEqual(['region-not-in-force']);
    });
  });

  describe('edge cases', () => {
    it('reports a malformed code at the given path', () => {
      const issues = checkRegionInForce(registry, '52050', isoDate('2011-06-01'), ['location', 'region']);
      expect(issues.map((found) => [found.code, found.path])).toEqual([['region-code-format', ['location', 'region']]]);
      expect(codesOf('990000', '2011-06-01')).toEqual(['region-code-province']);
    });

    it('names every run of revisions of a code that left and came back', () => {
      // 511403 was a district of 乐山 in 1995–1996, and of 眉山 from 2014.
      const issues = checkRegionInForce(registry, '511403', isoDate('2011-06-01'));
      expect(issues[0]?.message).toBe('511403 was not in force on 2011-06-01 (revision 201012); it is listed in 199512–199612, 201412–202412.');
    });

    it('counts a code listed under another name as listed', () => {
      // 120110 was 东郊区 until 1991 and is 东丽区 since 1992.
      expect(codesOf('120110', '1990-01-01')).toEqual([]);
      expect(codesOf('120110', '2005-01-01')).toEqual([]);
    });

    it('names a code listed in one release only', () => {
      const issues = checkRegionInForce(registry, '130305', isoDate('2011-06-01'));
      expect(issues[0]?.message).toBe('130305 was not in force on 2011-06-01 (revision 201012); it is listed only in 198312.');
      expect(issues[0]?.params).toMatchObject({ listed: '198312', from: '198312', to: '198312' });
      expect(issues[0]?.path).toEqual([]);
    });

    it('refuses a date outside the registry with an issue of its own, never the nearest release', () => {
      for (const date of ['1981-11-30', '2025-01-01', '2030-06-01']) {
        const issues = checkRegionInForce(registry, '522701', isoDate(date), ['projects', 0, 'location', 'region']);
        expect(issues).toEqual([
          {
            code: 'region-date-outside-registry',
            path: ['projects', 0, 'location', 'region'],
            message: `522701 cannot be checked on ${date}: the registry covers 1981-12-01 to 2024-12-31; add a release for that date.`,
            params: { code: '522701', date, from: '1981-12-01', to: '2024-12-31' },
          },
        ]);
      }
      expect(codesOf('522701', '2024-12-31')).toEqual([]);
      expect(codesOf('522701', '1981-12-01')).toEqual([]);
    });

    it('takes the day a succession is known to have come into force over the next release', () => {
      expect(codesOf('520500', '2011-10-22', { acceptNextRevision: true })).toEqual([]);
      expect(codesOf('520500', '2011-10-21', { acceptNextRevision: true })).toEqual(['region-not-in-force']);
    });
  });

  describe('properties', () => {
    const releases = regionReleases(registry);
    const listed = fc
      .integer({ min: 0, max: releases.length - 1 })
      .chain((index) =>
        fc.tuple(fc.constant(index), fc.integer({ min: 0, max: (releases[index]?.entries.length ?? 1) - 1 }), fc.nat({ max: 2000 })),
      );

    it('accepts every code a release lists on every day that release is in force', () => {
      fc.assert(
        fc.property(listed, ([index, entry, offset]) => {
          const code = releases[index]?.entries[entry]?.code ?? '';
          const date = dayIn(periodOf(registry, index), offset);
          return checkRegionInForce(registry, code, date).length === 0;
        }),
      );
    });

    it('accepts a code exactly when the revision in force lists it, or with acceptNextRevision the next one', () => {
      const codes = [...registry.listings.keys()];
      const lists = (index: number, code: string) => releases[index]?.entries.some((entry) => entry.code === code) ?? false;
      // A succession dated after the record into a code the next release shows keeps the code refused.
      const lateSuccession = (code: string, index: number, date: string) =>
        registry.successions.some((found) => found.dayKnown && found.revision === registry.revisions[index] && found.to.includes(code as never) && found.date > date);
      fc.assert(
        fc.property(fc.constantFrom(...codes), fc.integer({ min: 0, max: releases.length - 1 }), fc.nat({ max: 400 }), (code, index, offset) => {
          const date = dayIn(periodOf(registry, index), offset);
          const strict = checkRegionInForce(registry, code, date);
          const loose = checkRegionInForce(registry, code, date, [], { acceptNextRevision: true });
          return (
            lists(index, code) === (strict.length === 0) &&
            (lists(index, code) || lists(index + 1, code) || loose.length > 0) &&
            (loose.length === 0 || !(lists(index, code) || lists(index + 1, code)) || lateSuccession(code, index + 1, date)) &&
            strict.every((found) => found.code === 'region-not-in-force')
          );
        }),
      );
    });
  });
});
