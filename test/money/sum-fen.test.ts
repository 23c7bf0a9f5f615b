import { describe, expect, it } from 'vitest';
import { sumFen } from '../../src/money/index.js';

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
      expect(() => sumFen(fen)).toThrow(RangeError);
      expect(() => sumFen(fen)).toThrow(`index ${index}`);
    });

    it('refuses such a value after the total has passed the edge of exact numbers too', () => {
      expect(() => sumFen([max, max, 0.5])).toThrow('index 2');
      expect(() => sumFen([max, max, 2 ** 60])).toThrow('index 2');
    });
  });
});
