import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumFen } from '../../src/money/index.js';
import { PairingAidError } from '../../src/errors/pairing-aid-error.js';
import type { Issue } from '../../src/errors/issue.js';

const issuesOf = (run: () => unknown): readonly Issue[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof PairingAidError) return error.issues;
  }
  return [];
};

const max = Number.MAX_SAFE_INTEGER;

describe('sumFen', () => {
  it('sums exactly across the edge of exact numbers, in both directions', () => {
    expect(sumFen([max, 1, 1])).toBe(BigInt(max) + 2n);
    expect(sumFen([-max, -1, -1])).toBe(-BigInt(max) - 2n);
    expect(sumFen([max, -max, max])).toBe(BigInt(max));
  });

  it('sums a column of county budgets', () => {
    expect(sumFen(new Float64Array([4281000000, 280000000, 130000000]))).toBe(4691000000n);
    expect(sumFen([])).toBe(0n);
  });

  it('sums a long column whose total passes 2^53, exactly', () => {
    // 12,288 amounts of 2^40 fen (about 110亿 yuan each): three times 2^52 fen in all.
    expect(sumFen(new Float64Array(12288).fill(2 ** 40))).toBe(3n * 2n ** 52n);
    expect(sumFen(new Float64Array(12289).fill(-(2 ** 40)))).toBe(-12289n * 2n ** 40n);
    // Odd totals past 2^53, which no number holds: 2^40 + 1 fen, 12,289 times, either sign.
    expect(sumFen(new Float64Array(12289).fill(2 ** 40 + 1))).toBe(12289n * (2n ** 40n + 1n));
    expect(sumFen(new Float64Array(12289).fill(-(2 ** 40) - 1))).toBe(-12289n * (2n ** 40n + 1n));
  });

  it('sums a long column of amounts each too large to add a few thousand of as numbers, exactly', () => {
    const fen = new Float64Array(5000).fill(2 ** 50);
    fen[4999] = -(2 ** 50) + 1;
    expect(sumFen(fen)).toBe(4998n * 2n ** 50n + 1n);
  });

  it('names the index of a fractional value far down a long column', () => {
    const fen = new Float64Array(10000).fill(100);
    fen[8193] = 0.5;
    expect(issuesOf(() => sumFen(fen))[0]?.path).toEqual([8193]);
  });

  describe('edge cases', () => {
    it.each([
      ['half a fen', [1, 2, 0.5], 2, 'fen-not-whole'],
      ['NaN', [1, Number.NaN], 1, 'amount-not-finite'],
      ['2^60 fen', [2 ** 60], 0, 'amount-unsafe-integer'],
      ['null', [1, null as unknown as number], 1, 'amount-type'],
    ] as const)('refuses %s, naming the index of the value that is not a whole number of fen and why', (_what, fen, index, code) => {
      expect(() => sumFen(fen)).toThrow(PairingAidError);
      expect(issuesOf(() => sumFen(fen))[0]).toMatchObject({ path: [index], code });
    });

    it('says what it received in place of a number, and sums other typed arrays exactly too', () => {
      expect(issuesOf(() => sumFen([1, null as unknown as number]))[0]?.params).toEqual({ received: 'null' });
      expect(issuesOf(() => sumFen(['7' as unknown as number]))[0]?.message).toContain('7');
      expect(sumFen(new Int32Array([2 ** 31 - 1, 2 ** 31 - 1]))).toBe(2n * (2n ** 31n - 1n));
    });

    it('refuses such a value after the total has passed the edge of exact numbers too', () => {
      expect(issuesOf(() => sumFen([max, max, 0.5]))[0]?.path).toEqual([2]);
      expect(issuesOf(() => sumFen([max, max, 2 ** 60]))[0]?.path).toEqual([2]);
    });
  });

  describe('properties', () => {
    it('equals the sum of the same fen as big integers, near and past the edge of exact numbers', () => {
      const fen = fc.oneof(fc.maxSafeInteger(), fc.integer(), fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1, -1));
      fc.assert(
        fc.property(fc.array(fen, { maxLength: 30 }), (column) => {
          const expected = column.reduce((sum, value) => sum + BigInt(value), 0n);
          expect(sumFen(column)).toBe(expected);
          expect(sumFen(Float64Array.from(column))).toBe(expected);
        }),
        { numRuns: 300 },
      );
    });

    it('refuses a column holding a value that is not a whole number of fen, naming its first such index', () => {
      const bad = fc.constantFrom(0.5, -0.25, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -(2 ** 60));
      fc.assert(
        fc.property(fc.array(fc.integer(), { maxLength: 10 }), bad, fc.array(fc.integer(), { maxLength: 10 }), (before, value, after) => {
          expect(issuesOf(() => sumFen([...before, value, ...after]))[0]?.path).toEqual([before.length]);
        }),
      );
    });
  });
});
