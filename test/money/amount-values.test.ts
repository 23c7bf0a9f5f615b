import { describe, expect, it } from 'vitest';
import { amount, amountFromFen, isAmount, ZERO_AMOUNT } from '../../src/money/index.js';
import { PairingAidError } from '../../src/errors/pairing-aid-error.js';

describe('amountFromFen', () => {
  it('makes the same amount from a bigint and from a safe integer number of fen', () => {
    expect(String(amountFromFen(4_691_000_000))).toBe('46910000.00');
    expect(String(amountFromFen(-5))).toBe('-0.05');
    expect(amountFromFen(123).fen).toBe(amountFromFen(123n).fen);
  });

  describe('edge cases', () => {
    it.each([
      [0.5, 'fen-not-whole'],
      [-1.25, 'fen-not-whole'],
      [Number.NaN, 'amount-not-finite'],
      [Number.NEGATIVE_INFINITY, 'amount-not-finite'],
      [2 ** 53, 'amount-unsafe-integer'],
    ])('refuses %s fen: fen are whole and exact (%s)', (fen, code) => {
      expect(() => amountFromFen(fen)).toThrow(PairingAidError);
      expect(() => amountFromFen(fen)).toThrow(code);
    });
  });
});

describe('an amount as text', () => {
  it('writes zero without a sign and negative amounts with one', () => {
    expect(String(ZERO_AMOUNT)).toBe('0.00');
    expect(ZERO_AMOUNT.toJSON()).toBe('0.00');
    expect(String(amount('-0.01'))).toBe('-0.01');
    expect(amount('-12.3').toJSON()).toBe('-12.30');
  });
});

describe('isAmount', () => {
  it('answers false for values that are not objects, without throwing', () => {
    for (const value of [undefined, null, 0, 'amount', 100n, true]) expect(isAmount(value)).toBe(false);
  });

  it('answers false for an object that only looks like an amount', () => {
    expect(isAmount({ fen: 100n, toJSON: () => '1.00' })).toBe(false);
    expect(isAmount(Object.create(null))).toBe(false);
  });

  it('answers true for amounts however they were made', () => {
    expect(isAmount(amount('1'))).toBe(true);
    expect(isAmount(amountFromFen(1))).toBe(true);
    expect(isAmount(ZERO_AMOUNT)).toBe(true);
  });
});
