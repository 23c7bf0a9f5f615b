import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairingAidError } from '../../src/errors/pairing-aid-error.js';
import type { Issue } from '../../src/errors/issue.js';
import { allocateAmount, allocateFen, amountFromFen } from '../../src/money/index.js';

const issuesOf = (run: () => unknown): readonly Issue[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof PairingAidError) return error.issues;
    throw error;
  }
  throw new Error('the input was accepted');
};

// The parts of each amount, row by row, as allocateAmount gives them.
const rows = (parts: readonly Float64Array[], length: number): number[][] =>
  Array.from({ length }, (_, index) => parts.map((part) => part[index] as number));
const byAllocateAmount = (fen: readonly number[], ratios: readonly (number | string)[]): number[][] =>
  fen.map((value) => allocateAmount(amountFromFen(value), ratios).map((share) => Number(share.fen)));

describe('allocateFen', () => {
  it('splits a column of county budgets into one column per ratio', () => {
    // 4,691万元 and 28万元 between the county, the township and the village at 5 : 3 : 2.
    const [county, township, village] = allocateFen(new Float64Array([4691000000, 28000000]), [5, 3, 2]);
    expect(Array.from(county ?? [])).toEqual([2345500000, 14000000]);
    expect(Array.from(township ?? [])).toEqual([1407300000, 8400000]);
    expect(Array.from(village ?? [])).toEqual([938200000, 5600000]);
  });

  it('gives the leftover fen to the largest remainders, ties to the earlier part, as allocateAmount does', () => {
    expect(rows(allocateFen([6, 100, 1], [1, 3]), 3)).toEqual([[2, 4], [25, 75], [0, 1]]);
    expect(rows(allocateFen([7], [1, 1, 1]), 1)).toEqual([[3, 2, 2]]);
  });

  it('splits a negative amount into the negated parts of its size, with no negative zero', () => {
    const parts = rows(allocateFen([-7, -1], [1, 1, 1]), 2);
    expect(parts).toEqual([[-3, -2, -2], [-1, 0, 0]]);
    expect(parts[1]?.slice(1).every((part) => Object.is(part, 0))).toBe(true);
  });

  it('splits amounts too large for exact products with big integers, exactly', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(rows(allocateFen([max, -max], [2, 1]), 2)).toEqual([[6004799503160661, 3002399751580330], [-6004799503160661, -3002399751580330]]);
    expect(rows(allocateFen([max], ['0.0000000000000001', 1]), 1)).toEqual(byAllocateAmount([max], ['0.0000000000000001', 1]));
  });

  it('gives empty columns for an empty column of amounts, one per ratio', () => {
    expect(allocateFen([], [1, 2]).map((part) => part.length)).toEqual([0, 0]);
  });

  describe('edge cases', () => {
    it.each([
      ['half a fen', [1, 0.5], 1, 'fen-not-whole'],
      ['NaN', [Number.NaN], 0, 'amount-not-finite'],
      ['2^60 fen', [1, 2, 2 ** 60], 2, 'amount-unsafe-integer'],
      ['Infinity', [Number.POSITIVE_INFINITY], 0, 'amount-not-finite'],
      ['a string', [1, '2' as unknown as number], 1, 'amount-type'],
    ] as const)('refuses %s, naming the index of the value that is not a whole number of fen', (_what, fen, index, code) => {
      const [issue] = issuesOf(() => allocateFen(fen, [1, 1]));
      expect(issue?.code).toBe(code);
      expect(issue?.path).toEqual([index]);
    });

    it.each([
      [[], 'ratios-empty'],
      [[0, 0], 'ratios-zero'],
      [[1, -1], 'ratio-negative'],
      [['a'], 'factor-invalid'],
    ])('refuses the ratios %j as allocateAmount does (%s)', (ratios, code) => {
      expect(issuesOf(() => allocateFen([1], ratios))[0]?.code).toBe(code);
    });
  });

  describe('properties', () => {
    const fen = fc.oneof(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.maxSafeInteger(), fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0));
    const ratios = fc
      .array(fc.oneof(fc.integer({ min: 0, max: 10 ** 6 }), fc.constantFrom('0.5', '0.125', '1.0001', '0')), { minLength: 1, maxLength: 9 })
      .filter((list) => list.some((ratio) => Number(ratio) > 0));

    it('splits every amount exactly as allocateAmount splits it', () => {
      fc.assert(
        fc.property(fc.array(fen, { maxLength: 40 }), ratios, (column, weights) => {
          expect(rows(allocateFen(column, weights), column.length)).toEqual(byAllocateAmount(column, weights));
        }),
        { numRuns: 300 },
      );
    });

    it('reads a Float64Array as it reads an array of the same numbers', () => {
      fc.assert(
        fc.property(fc.array(fen, { maxLength: 20 }), ratios, (column, weights) => {
          expect(allocateFen(Float64Array.from(column), weights)).toEqual(allocateFen(column, weights));
        }),
      );
    });
  });
});
