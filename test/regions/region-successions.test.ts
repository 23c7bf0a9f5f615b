import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRegionInForce,
  gb2260Registry,
  isoDate,
  regionAtLevel,
  regionCode,
  regionHistory,
  regionSuccessions,
  successorRegionCode,
  type RegionSuccession,
} from '../../src/index.js';

const endOf2011 = isoDate('2011-12-31');

describe('successorRegionCode', () => {
  it('maps the old Bijie codes to the codes in force at the end of 2011', () => {
    expect(successorRegionCode(regionCode('522400'), endOf2011)).toBe('520500');
    expect(successorRegionCode(regionCode('522401'), endOf2011)).toBe('520502');
    expect(successorRegionCode(regionCode('522428'), endOf2011)).toBe('520527');
  });

  it('puts 2011 Bijie records written with old and new codes under one prefecture', () => {
    const records = ['522401', '520502', '522422', '520521', '522427', '520527'].map((code) => regionCode(code));
    const prefectures = new Set(records.map((code) => regionAtLevel(successorRegionCode(code, endOf2011), 'prefecture')));
    expect([...prefectures]).toEqual(['520500']);
  });

  it('returns the code itself before the change, or where there is no succession', () => {
    expect(successorRegionCode(regionCode('522401'), isoDate('2011-10-21'))).toBe('522401');
    expect(successorRegionCode(regionCode('522701'), endOf2011)).toBe('522701');
    expect(successorRegionCode(regionCode('440306'), isoDate('2020-01-01'))).toBe('440306');
  });

  describe('edge cases', () => {
    const hop = (from: string, to: string, date: string): RegionSuccession => ({
      from: regionCode(from),
      fromName: '甲',
      to: regionCode(to),
      toName: '乙',
      date: isoDate(date),
      source: 'test',
    });

    it('follows a chain of successions up to the date', () => {
      const chain = [hop('110101', '110102', '2000-01-01'), hop('110102', '110103', '2010-01-01')];
      expect(successorRegionCode(regionCode('110101'), isoDate('2005-01-01'), chain)).toBe('110102');
      expect(successorRegionCode(regionCode('110101'), isoDate('2010-01-01'), chain)).toBe('110103');
    });

    it('stops on a table with a cycle', () => {
      const cycle = [hop('110101', '110102', '2000-01-01'), hop('110102', '110101', '2000-01-01')];
      expect(['110101', '110102']).toContain(successorRegionCode(regionCode('110101'), isoDate('2005-01-01'), cycle));
    });
  });

  describe('the table', () => {
    const registry = gb2260Registry();

    it('matches the releases: each old code and name last listed in 201012, each new one first in 201112', () => {
      for (const succession of regionSuccessions) {
        expect(regionHistory(registry, succession.from)).toEqual([
          { code: succession.from, name: succession.fromName, spans: [{ first: '199612', last: '201012' }] },
        ]);
        expect(regionHistory(registry, succession.to)).toEqual([
          { code: succession.to, name: succession.toName, spans: [{ first: '201112', last: '201904' }] },
        ]);
      }
    });

    it('maps every old code to one in force at the end of 2011 and at the start of 2012', () => {
      for (const { from } of regionSuccessions) {
        expect(checkRegionInForce(registry, successorRegionCode(from, endOf2011), isoDate('2012-01-01'))).toEqual([]);
      }
    });
  });

  describe('properties', () => {
    it('is idempotent: the successor of a successor on the same date is itself', () => {
      const codes = regionSuccessions.flatMap((succession) => [succession.from, succession.to]);
      const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });
      fc.assert(
        fc.property(fc.constantFrom(...codes), day, (code, when) => {
          const date = isoDate(when.toISOString().slice(0, 10));
          const once = successorRegionCode(code, date);
          return successorRegionCode(once, date) === once;
        }),
      );
    });
  });
});
