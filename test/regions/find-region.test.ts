import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/dates/iso-date.js';
import {
  childRegions,
  createRegionRegistry,
  findRegion,
  gb2260Registry,
  isWithinRegion,
  parentRegion,
  regionCode,
  regionHistory,
  regionReleases,
  type RegionCode,
} from '../../src/regions/index.js';
import { dayIn, periodOf } from './test-dates.js';

const registry = gb2260Registry();
const releases = regionReleases(registry);
const on2011 = isoDate('2011-06-01');
const on2012 = isoDate('2012-01-01');

describe('findRegion', () => {
  it('returns a division with its Chinese and English names, level, parent and revision', () => {
    expect(findRegion(registry, '522401', on2011)).toEqual({
      code: '522401',
      name: { zh: '毕节市', en: 'Bijie (county-level city)' },
      level: 'county',
      parent: '522400',
      revision: '201012',
    });
    expect(findRegion(registry, '520500', on2012)).toEqual({
      code: '520500',
      name: { zh: '毕节市', en: 'Bijie' },
      level: 'prefecture',
      parent: '520000',
      revision: '201112',
    });
  });

  it('returns undefined for a code the revision in force does not list', () => {
    expect(findRegion(registry, '520502', on2011)).toBeUndefined();
    expect(findRegion(registry, '522724', on2011)).toBeUndefined();
  });

  it('gives no English name where the library has none', () => {
    expect(findRegion(registry, '110101', on2011)?.name).toStrictEqual({ zh: '东城区' });
  });

  it('takes English names from the table the options give', () => {
    const englishNames = [{ code: regionCode('110101'), zh: '东城区', en: 'Dongcheng District' }];
    expect(findRegion(registry, '110101', on2011, { englishNames })?.name).toEqual({ zh: '东城区', en: 'Dongcheng District' });
  });

  it('finds a code in the next revision with acceptNextRevision, saying which revision', () => {
    expect(findRegion(registry, '520502', isoDate('2011-11-15'), { acceptNextRevision: true })?.revision).toBe('201112');
  });

  describe('edge cases', () => {
    it('has no parent for a province', () => {
      expect(findRegion(registry, '520000', on2011)).toStrictEqual({
        code: '520000',
        name: { zh: '贵州省', en: 'Guizhou Province' },
        level: 'province',
        revision: '201012',
      });
    });

    it('returns undefined on a date the registry does not cover, rather than reading the nearest release', () => {
      expect(findRegion(registry, '522701', isoDate('1981-11-30'))).toBeUndefined();
      expect(findRegion(registry, '522701', isoDate('1981-12-01'))?.revision).toBe('198112');
      expect(findRegion(registry, '522701', isoDate('2025-01-01'), { acceptNextRevision: true })).toBeUndefined();
      expect(parentRegion(registry, '522701', isoDate('2025-01-01'))).toBeUndefined();
    });

    it('gives no parent to a division whose registry lists neither its prefecture nor its province', () => {
      const counties = createRegionRegistry([{ revision: '201112', entries: [{ code: '520502', name: '七星关区' }] }]);
      expect(findRegion(counties, '520502', isoDate('2011-12-15'))).toStrictEqual({ code: '520502', name: { zh: '七星关区', en: 'Qixingguan District' }, level: 'county', revision: '201112' });
    });

    it('returns undefined for a malformed code', () => {
      expect(findRegion(registry, '5224', on2011)).toBeUndefined();
    });

    it('returns the first name of a code a release lists twice', () => {
      expect(findRegion(registry, '230123', isoDate('2005-01-01'))?.name.zh).toBe('依兰县');
    });
  });
});

describe('parentRegion', () => {
  it('returns the province for a county directly under it (省直辖县)', () => {
    expect(parentRegion(registry, '429004', on2011)?.code).toBe('420000');
    expect(parentRegion(registry, '469002', on2011)?.code).toBe('460000');
    expect(parentRegion(registry, '659001', on2011)?.code).toBe('650000');
  });

  it('returns the municipality for its districts', () => {
    expect(parentRegion(registry, '110101', on2011)?.name.zh).toBe('北京市');
  });

  it('returns the prefecture its code names otherwise', () => {
    expect(parentRegion(registry, '522727', on2011)?.name).toEqual({
      zh: '黔南布依族苗族自治州',
      en: 'Qiannan Buyei and Miao Autonomous Prefecture',
    });
    expect(parentRegion(registry, '520502', on2012)?.code).toBe('520500');
  });

  it('returns undefined for a province or a code not in force', () => {
    expect(parentRegion(registry, '520000', on2011)).toBeUndefined();
    expect(parentRegion(registry, '520502', on2011)).toBeUndefined();
  });

  describe('properties', () => {
    it('returns a parent that contains the division and is listed in the same revision', () => {
      const listed = fc
        .integer({ min: 0, max: releases.length - 1 })
        .chain((index) => fc.tuple(fc.constant(index), fc.integer({ min: 0, max: (releases[index]?.entries.length ?? 1) - 1 })));
      fc.assert(
        fc.property(listed, ([index, entry]) => {
          const code = releases[index]?.entries[entry]?.code ?? '';
          const date = dayIn(periodOf(registry, index), 0);
          const region = findRegion(registry, code, date);
          const parent = parentRegion(registry, code, date);
          if (region?.level === 'province') return parent === undefined;
          return (
            parent !== undefined &&
            parent.code === region?.parent &&
            isWithinRegion(code as RegionCode, parent.code) &&
            parent.revision === region.revision &&
            (region.level === 'county' ? parent.level !== 'county' : parent.level === 'province')
          );
        }),
      );
    });
  });
});

describe('childRegions', () => {
  it("returns Bijie's county-level divisions before and after 2011", () => {
    expect(childRegions(registry, '522400', on2011).map((county) => county.code)).toEqual([
      '522401', '522422', '522423', '522424', '522425', '522426', '522427', '522428',
    ]);
    expect(childRegions(registry, '520500', on2012).map((county) => `${county.code} ${county.name.zh}`)).toEqual([
      '520502 七星关区', '520521 大方县', '520522 黔西县', '520523 金沙县', '520524 织金县', '520525 纳雍县',
      '520526 威宁彝族回族苗族自治县', '520527 赫章县',
    ]);
  });

  it("returns Qiannan's twelve counties, with no 522724", () => {
    const codes = childRegions(registry, '522700', on2011).map((county) => county.code);
    expect(codes).toEqual(['522701', '522702', '522722', '522723', '522725', '522726', '522727', '522728', '522729', '522730', '522731', '522732']);
  });

  it("returns Shenzhen's districts as the revision in force lists them", () => {
    const districts = (date: string) => childRegions(registry, '440300', isoDate(date)).map((district) => district.code);
    expect(districts('2011-06-01')).toEqual(['440303', '440304', '440305', '440306', '440307', '440308']);
    expect(districts('2017-06-01')).toEqual(['440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310']);
    expect(districts('2019-06-01')).toContain('440311');
  });

  it('includes the counties directly under a province among its children', () => {
    const children = childRegions(registry, '420000', on2011).map((child) => child.code);
    expect(children).toContain('429004');
    expect(children).toContain('420100');
    expect(children).not.toContain('420102');
  });

  describe('edge cases', () => {
    it('returns nothing for a county, or for a code not in force', () => {
      expect(childRegions(registry, '522401', on2011)).toEqual([]);
      expect(childRegions(registry, '522400', isoDate('2025-01-01'))).toEqual([]);
      expect(childRegions(registry, '520500', on2011)).toEqual([]);
    });
  });

  describe('properties', () => {
    it('returns exactly the listed divisions whose parent is the division', () => {
      const prefectures = [...registry.listings.keys()].filter((code) => !code.endsWith('0000') && code.endsWith('00'));
      fc.assert(
        fc.property(fc.constantFrom(...prefectures), fc.integer({ min: 0, max: releases.length - 1 }), (code, index) => {
          const date = dayIn(periodOf(registry, index), 0);
          const children = childRegions(registry, code, date);
          const expected = (releases[index]?.entries ?? [])
            .filter((entry) => entry.code !== code && entry.code.startsWith(code.slice(0, 4)))
            .map((entry) => entry.code);
          const listed = findRegion(registry, code, date) !== undefined;
          return JSON.stringify(children.map((child) => child.code)) === JSON.stringify(listed ? [...new Set(expected)] : []) &&
            children.every((child) => child.parent === code);
        }),
      );
    });
  });
});

describe('regionHistory', () => {
  it('returns the names of a code with the revisions of each', () => {
    expect(regionHistory(registry, '522401')).toEqual([{ code: '522401', name: '毕节市', spans: [{ first: '199312', last: '201012' }] }]);
    expect(regionHistory(registry, '440311')).toEqual([{ code: '440311', name: '光明区', spans: [{ first: '201812', last: '202412' }] }]);
  });

  it('returns every name of a code that a release listed otherwise', () => {
    expect(regionHistory(registry, '120110').map((listing) => [listing.name, listing.spans])).toEqual([
      ['东郊区', [{ first: '198112', last: '199112' }]],
      ['东丽区', [{ first: '199212', last: '202412' }]],
    ]);
  });

  it('returns nothing for a code no release lists', () => {
    expect(regionHistory(registry, '522799')).toEqual([]);
  });
});
