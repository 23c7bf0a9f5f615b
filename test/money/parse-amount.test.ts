import { describe, expect, it } from 'vitest';
import { amount, parseAmount, PairingAidError } from '../../src/index.js';

const fenOf = (input: string | number): bigint => amount(input).fen;

describe('parseAmount', () => {
  it.each([
    ['46910000', 4_691_000_000n],
    ['46,910,000.00', 4_691_000_000n],
    ['4691万元', 4_691_000_000n],
    ['4,691.00 万元', 4_691_000_000n],
    ['0.4691亿元', 4_691_000_000n],
    ['46.91 million', 4_691_000_000n],
    ['46.91 million yuan', 4_691_000_000n],
    ['¥46,910,000.00', 4_691_000_000n],
    ['-¥1.50', -150n],
    ['¥-1.50', -150n],
    ['４６９１万元', 4_691_000_000n],
    ['￥１２．３４', 1234n],
    ['1.2千元', 120_000n],
    ['12.3 元', 1230n],
    ['0.01', 1n],
    ['.5', 50n],
    ['  7  ', 700n],
    ['4.6910 wan yuan', 4_691_000n],
  ])('reads %s as %s fen', (input, fen) => {
    expect(fenOf(input)).toBe(fen);
  });

  it('accepts numbers that are exact at fen precision', () => {
    expect(fenOf(12.34)).toBe(1234n);
    expect(fenOf(46_910_000)).toBe(4_691_000_000n);
    expect(fenOf(-0.3)).toBe(-30n);
  });

  it('rounds more than two decimals only when a rounding mode is given', () => {
    expect(parseAmount('12.345').ok).toBe(false);
    expect(amount('12.345', { rounding: 'half-up' }).fen).toBe(1235n);
    expect(amount('12.345', { rounding: 'half-even' }).fen).toBe(1234n);
    expect(amount('-12.345', { rounding: 'floor' }).fen).toBe(-1235n);
    expect(amount('0.123456万元').fen).toBe(123456n);
  });

  describe('edge cases', () => {
    it.each([
      [0.1 + 0.2, 'amount-inexact-number'],
      [Number.NaN, 'amount-not-finite'],
      [Number.POSITIVE_INFINITY, 'amount-not-finite'],
      [2 ** 60, 'amount-unsafe-integer'],
      [1e14 + 0.5, 'amount-inexact-number'],
      ['', 'amount-empty'],
      ['   ', 'amount-empty'],
      ['abc', 'amount-syntax'],
      ['1.2.3', 'amount-syntax'],
      ['--5', 'amount-syntax'],
      ['-', 'amount-syntax'],
      ['12,34', 'amount-grouping'],
      ['1,2345,678', 'amount-grouping'],
      ['12 dollars', 'amount-unit'],
      ['12.345', 'amount-too-precise'],
      ['0.0000001万元', 'amount-too-precise'],
      [null, 'amount-type'],
      [12n, 'amount-type'],
      [{ fen: 1 }, 'amount-type'],
    ])('refuses %s with %s', (input, code) => {
      const parsed = parseAmount(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.issues).toHaveLength(1);
        expect(parsed.issues[0]?.code).toBe(code);
        expect(parsed.issues[0]?.message.length).toBeGreaterThan(10);
      }
    });

    it('refuses an unknown rounding mode', () => {
      const parsed = parseAmount('1.005', { rounding: 'nearest' as never });
      expect(!parsed.ok && parsed.issues[0]?.code).toBe('rounding-invalid');
    });

    it('throws a PairingAidError naming the code from the throwing twin', () => {
      expect(() => amount('12.345')).toThrow(PairingAidError);
      expect(() => amount('12.345')).toThrow(/amount-too-precise/);
    });

    it('reads past 2^53 fen exactly', () => {
      expect(amount('123456789012345678.91').fen).toBe(12_345_678_901_234_567_891n);
    });
  });
});

describe('parseAmount on canonical decimal strings', () => {
  it('reads the JSON form through its fast path exactly like the general one', () => {
    for (const text of ['0', '-0', '7', '-7.5', '123.45', '-0.05', '999999999999999.99', '100000000000000']) {
      expect(amount(text).fen).toBe(amount(` ${text} `).fen);
    }
  });
});
