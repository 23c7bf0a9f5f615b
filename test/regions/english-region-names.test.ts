import { describe, expect, it } from 'vitest';
import { englishRegionName, gb2260Registry, regionHistory, seedRegionEnglishNames } from '../../src/regions/index.js';

describe('englishRegionName', () => {
  it('returns the English name for a code under the Chinese name it translates', () => {
    expect(englishRegionName('522400', '毕节地区')).toBe('Bijie Prefecture');
    expect(englishRegionName('520500', '毕节市')).toBe('Bijie');
  });

  it('returns undefined for the same code under another name, or a code not in the table', () => {
    expect(englishRegionName('520500', '毕节地区')).toBeUndefined();
    expect(englishRegionName('110101', '东城区')).toBeUndefined();
  });

  describe('the seed table', () => {
    const registry = gb2260Registry();

    it('pairs every English name with a code and Chinese name that a release lists', () => {
      for (const entry of seedRegionEnglishNames) {
        expect(regionHistory(registry, entry.code).map((listing) => listing.name), entry.code).toContain(entry.zh);
      }
    });

    it('writes every English name in Latin letters, the same for a Chinese name under its old and new code', () => {
      for (const entry of seedRegionEnglishNames) expect(entry.en, entry.code).toMatch(/^[A-Z][A-Za-z' ,()-]+[a-z)]$/);
      const byChinese = new Map(seedRegionEnglishNames.map((entry) => [entry.zh, entry.en]));
      for (const entry of seedRegionEnglishNames) {
        if (entry.zh !== '毕节市') expect(byChinese.get(entry.zh), entry.code).toBe(entry.en);
      }
    });

    it('covers Guangdong, Shenzhen and its districts, Guizhou, Bijie and Qiannan with their counties', () => {
      const codes = new Set(seedRegionEnglishNames.map((entry) => entry.code));
      const expected = [
        '440000', '440300', '440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310', '440311',
        '520000', '522400', '522401', '522422', '522423', '522424', '522425', '522426', '522427', '522428',
        '520500', '520502', '520521', '520522', '520523', '520524', '520525', '520526', '520527',
        '522700', '522701', '522702', '522722', '522723', '522725', '522726', '522727', '522728', '522729', '522730', '522731', '522732',
      ];
      expect([...codes].sort()).toEqual(expected.sort());
    });
  });
});
