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

  describe('edge cases', () => {
    it.each([
      [[1, 2, 0.5], 2],
      [[1, Number.NaN], 1],
      [[2 ** 60], 0],
    ])('refuses %j, naming the index of the value that is not a whole number of fen', (fen, index) => {
      expect(() => sumFen(fen)).toThrow(PairingAidError);
      expect(issuesOf(() => sumFen(fen))[0]?.path).toEqual([index]);
    });

    it('refuses such a value after the total has passed the edge of exact numbers too', () => {
      expect(issuesOf(() => sumFen([max, max, 0.5]))[0]?.path).toEqual([2]);
      expect(issuesOf(() => sumFen([max, max, 2 ** 60]))[0]?.path).toEqual([2]);
    });
  });
});
