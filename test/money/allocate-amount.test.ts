import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairingAidError } from '../../src/errors/pairing-aid-error.js';
import { allocateAmount, amount, amountFromFen } from '../../src/money/index.js';

const split = (total: string, ratios: readonly (number | string)[]): string[] => allocateAmount(amount(total), ratios).map(String);

const refusal = (ratios: readonly (number | string)[]): PairingAidError => {
  try {
    allocateAmount(amount('1'), ratios);
  } catch (error) {
    if (error instanceof PairingAidError) return error;
    throw error;
  }
  throw new Error('the ratios were accepted');
};

describe('allocateAmount', () => {
  it('gives the one leftover fen to the earlier of two equal remainders, not to the larger ratio', () => {
    // 6 fen in 1 : 3 is 1.5 and 4.5 fen: the remainders are equal, so the first share takes the fen.
    expect(split('0.06', [1, 3])).toEqual(['0.02', '0.04']);
  });

  it('hands out the leftover fen of a split into a hundred equal shares to the first shares, in order', () => {
    const shares = split('1.50', Array.from({ length: 100 }, () => 1));
    expect(shares.slice(0, 50).every((share) => share === '0.02')).toBe(true);
    expect(shares.slice(50).every((share) => share === '0.01')).toBe(true);
  });

  it('reads ratios written with different numbers of decimals on one scale', () => {
    expect(split('3', [1, '0.5'])).toEqual(['2.00', '1.00']);
    expect(split('1', ['0.25', '0.75'])).toEqual(['0.25', '0.75']);
    expect(split('1', [0.125, '0.875'])).toEqual(['0.13', '0.87']);
  });

  it('reads a ratio written without a whole part', () => {
    expect(split('1', ['.5', '.5'])).toEqual(['0.50', '0.50']);
  });

  it('reads ratios written as text with spaces around them', () => {
    expect(split('1', [' 0.3 ', '0.7\n'])).toEqual(['0.30', '0.70']);
  });

  it('takes a ratio written as minus zero as a zero ratio', () => {
    expect(split('1', ['-0', '1'])).toEqual(['0.00', '1.00']);
    expect(split('1', ['-0.00', 1])).toEqual(['0.00', '1.00']);
  });

  describe('properties', () => {
    it('gives the leftover fen to the largest remainders, ties to the earlier share', () => {
      const ratios = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 80 }).filter((list) => list.some((r) => r > 0));
      const fen = fc.bigInt({ min: 0n, max: 10n ** 6n });
      fc.assert(
        fc.property(fen, ratios, (whole, weights) => {
          const total = BigInt(weights.reduce((sum, weight) => sum + weight, 0));
          const shares = allocateAmount(amountFromFen(whole), weights).map((share) => share.fen);
          const remainder = (index: number): bigint => (whole * BigInt(weights[index] ?? 0)) % total;
          const extra = (index: number): boolean => (shares[index] ?? 0n) > (whole * BigInt(weights[index] ?? 0)) / total;
          weights.forEach((_, index) => {
            if (!extra(index)) return;
            // every share ahead of this one in the order (larger remainder, or equal and earlier) has its extra fen too
            weights.forEach((__, other) => {
              const ahead = remainder(other) > remainder(index) || (remainder(other) === remainder(index) && other < index);
              if (ahead) expect(extra(other)).toBe(true);
            });
          });
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('edge cases', () => {
    it.each([['1x'], ['x1'], ['1.2.3'], [''], ['-'], ['.'], ['0x10']])('refuses the ratio %j as not a decimal', (ratio) => {
      const error = refusal([1, ratio]);
      expect(error.issues.map((issue) => issue.code)).toEqual(['factor-invalid']);
      expect(error.issues[0]?.path).toEqual([1]);
      expect(error.issues[0]?.params['input']).toBe(ratio.trim());
    });

    it('names the place and the value of a negative ratio', () => {
      const error = refusal([2, 1, '-0.5']);
      expect(error.issues.map((issue) => issue.code)).toEqual(['ratio-negative']);
      expect(error.issues[0]?.path).toEqual([2]);
      expect(error.issues[0]?.params).toEqual({ index: 2, input: '-0.5' });
      expect(error.message).toContain('-0.5');
    });
  });
});
