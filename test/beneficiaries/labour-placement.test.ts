import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLabourPlacement, personCount } from '../../src/index.js';

describe('checkLabourPlacement', () => {
  it('accepts buckets that sum to the total', () => {
    fc.assert(
      fc.property(fc.nat(1e9), fc.nat(1e9), fc.nat(1e9), (outside, inProvince, inCounty) => {
        const placement = {
          total: personCount(outside + inProvince + inCounty),
          outsideProvince: personCount(outside),
          inProvinceOutsideCounty: personCount(inProvince),
          inCounty: personCount(inCounty),
        };
        return checkLabourPlacement(placement).length === 0;
      }),
    );
  });

  it('reports buckets that do not sum to the total', () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), fc.nat(1e6), fc.integer({ min: -1000, max: 1000 }).filter((d) => d !== 0), (a, b, c, off) => {
        const total = Math.max(0, a + b + c + off);
        fc.pre(total !== a + b + c);
        const issues = checkLabourPlacement(
          { total: personCount(total), outsideProvince: personCount(a), inProvinceOutsideCounty: personCount(b), inCounty: personCount(c) },
          ['labour', 2011],
        );
        expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['labour-placement-sum', ['labour', 2011, 'total']]]);
      }),
    );
  });

  describe('edge cases', () => {
    it('reports figures that are not counts', () => {
      const issues = checkLabourPlacement({ total: 16000, outsideProvince: -1, inProvinceOutsideCounty: 0.5, inCounty: 0 } as never);
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['count-invalid', ['outsideProvince']],
        ['count-invalid', ['inProvinceOutsideCounty']],
      ]);
    });

    it('reports a total that is not a count, at its path, as a count of persons', () => {
      const issues = checkLabourPlacement({ total: -5, outsideProvince: 0, inProvinceOutsideCounty: 0, inCounty: 0 } as never, ['labour', 2011]);
      expect(issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([['count-invalid', ['labour', 2011, 'total'], { unit: 'persons', value: '-5' }]]);
    });

    it('states the sum the buckets reach and the total declared', () => {
      const issues = checkLabourPlacement({ total: personCount(16_000), outsideProvince: personCount(9000), inProvinceOutsideCounty: personCount(4000), inCounty: personCount(2000) });
      expect(issues[0]?.params).toEqual({ total: 16_000, sum: 15_000 });
    });
  });
});
