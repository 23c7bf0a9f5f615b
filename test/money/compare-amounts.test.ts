import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absoluteAmount,
  amount,
  amountFromFen,
  compareAmounts,
  isEqualAmount,
  isNegativeAmount,
  isZeroAmount,
  maxAmount,
  minAmount,
  negateAmount,
  ZERO_AMOUNT,
} from '../../src/money/index.js';

const anyAmount = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(amountFromFen);

describe('compareAmounts', () => {
  it('answers 0 for two amounts of the same value, however they were written', () => {
    expect(compareAmounts(amount('4691万元'), amount('46,910,000.00'))).toBe(0);
  });

  it('answers -1 when the first amount is smaller and 1 when it is larger', () => {
    expect(compareAmounts(amount('0.01'), amount('0.02'))).toBe(-1);
    expect(compareAmounts(amount('0.02'), amount('0.01'))).toBe(1);
    expect(compareAmounts(amount('-5'), amount('-4.99'))).toBe(-1);
  });

  describe('properties', () => {
    it('is antisymmetric and agrees with isEqualAmount', () => {
      fc.assert(
        fc.property(anyAmount, anyAmount, (a, b) => {
          expect(compareAmounts(a, b)).toBe(-compareAmounts(b, a) || 0);
          expect(compareAmounts(a, b) === 0).toBe(isEqualAmount(a, b));
        }),
      );
    });
  });
});

describe('isEqualAmount', () => {
  it('holds for equal values and fails for values one fen apart', () => {
    expect(isEqualAmount(amount('1.2万元'), amount('12000'))).toBe(true);
    expect(isEqualAmount(amount('12000'), amount('12000.01'))).toBe(false);
  });
});

describe('isZeroAmount', () => {
  it('holds for zero only', () => {
    expect(isZeroAmount(ZERO_AMOUNT)).toBe(true);
    expect(isZeroAmount(amount('-0'))).toBe(true);
    expect(isZeroAmount(amount('0.01'))).toBe(false);
    expect(isZeroAmount(amount('-0.01'))).toBe(false);
  });
});

describe('isNegativeAmount', () => {
  it('holds below zero only: zero is not negative', () => {
    expect(isNegativeAmount(amount('-0.01'))).toBe(true);
    expect(isNegativeAmount(ZERO_AMOUNT)).toBe(false);
    expect(isNegativeAmount(amount('0.01'))).toBe(false);
  });
});

describe('maxAmount and minAmount', () => {
  it('return the larger and the smaller of two amounts, in either order', () => {
    const small = amount('2.8 million');
    const large = amount('42.81 million');
    expect(maxAmount(small, large)).toBe(large);
    expect(maxAmount(large, small)).toBe(large);
    expect(minAmount(small, large)).toBe(small);
    expect(minAmount(large, small)).toBe(small);
  });

  it('return an amount of that value when both are equal', () => {
    expect(isEqualAmount(maxAmount(amount('1'), amount('1.00')), amount('1'))).toBe(true);
    expect(isEqualAmount(minAmount(amount('1'), amount('1.00')), amount('1'))).toBe(true);
  });

  describe('properties', () => {
    it('bound both amounts', () => {
      fc.assert(
        fc.property(anyAmount, anyAmount, (a, b) => {
          expect(compareAmounts(maxAmount(a, b), a)).toBeGreaterThanOrEqual(0);
          expect(compareAmounts(maxAmount(a, b), b)).toBeGreaterThanOrEqual(0);
          expect(compareAmounts(minAmount(a, b), a)).toBeLessThanOrEqual(0);
          expect(compareAmounts(minAmount(a, b), b)).toBeLessThanOrEqual(0);
        }),
      );
    });
  });
});

describe('absoluteAmount', () => {
  it('turns a refund of 1,234.50 yuan into its size and leaves a payment as it is', () => {
    expect(String(absoluteAmount(amount('-1234.50')))).toBe('1234.50');
    expect(String(absoluteAmount(amount('1234.50')))).toBe('1234.50');
    expect(String(absoluteAmount(ZERO_AMOUNT))).toBe('0.00');
  });

  describe('properties', () => {
    it('is never negative and equals the amount or its negation', () => {
      fc.assert(
        fc.property(anyAmount, (a) => {
          const size = absoluteAmount(a);
          expect(isNegativeAmount(size)).toBe(false);
          expect(isEqualAmount(size, a) || isEqualAmount(size, negateAmount(a))).toBe(true);
        }),
      );
    });
  });
});
