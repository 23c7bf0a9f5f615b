import { describe, expect, it } from 'vitest';
import { amount, convertAmount, formatAmount, ZERO_AMOUNT, type AmountUnit } from '../../src/money/index.js';
import { PairingAidError } from '../../src/errors/pairing-aid-error.js';

const oneOf: readonly (readonly [AmountUnit, string, string, string])[] = [
  ['yuan', '1', '¥1.00', '1.00元'],
  ['thousand', '1000', '1.00 thousand yuan', '1.00千元'],
  ['wan', '1万元', '1.00 wan yuan', '1.00万元'],
  ['million', '1 million', '1.00 million yuan', '1.00百万元'],
  ['yi', '1亿元', '1.00 yi yuan', '1.00亿元'],
];

describe('formatAmount', () => {
  it.each(oneOf)('writes one %s with its English and its Chinese unit', (unit, written, english, chinese) => {
    expect(formatAmount(amount(written), { unit })).toBe(english);
    expect(formatAmount(amount(written), { unit, locale: 'en' })).toBe(english);
    expect(formatAmount(amount(written), { unit, locale: 'zh' })).toBe(chinese);
  });

  it('writes zero without a sign', () => {
    expect(formatAmount(ZERO_AMOUNT)).toBe('¥0.00');
    expect(formatAmount(ZERO_AMOUNT, { unit: 'wan', locale: 'zh' })).toBe('0.00万元');
    expect(formatAmount(amount('-0.004', { rounding: 'half-up' }))).toBe('¥0.00');
  });

  it('writes whole units without a decimal point when asked for no decimals', () => {
    expect(formatAmount(amount('46910000'), { decimals: 0 })).toBe('¥46,910,000');
    expect(formatAmount(amount('4691万元'), { unit: 'wan', decimals: 0, locale: 'zh' })).toBe('4,691万元');
    expect(formatAmount(amount('-12.50'), { decimals: 0 })).toBe('-¥13');
  });

  it('pads with zeros when asked for more decimals than fen hold', () => {
    expect(formatAmount(amount('1.5'), { decimals: 4 })).toBe('¥1.5000');
    expect(formatAmount(amount('-1.5'), { decimals: 3, locale: 'zh' })).toBe('-1.500元');
  });

  it('rounds the shown places half-up when no mode is named', () => {
    expect(formatAmount(amount('12345'), { unit: 'wan' })).toBe('1.23 wan yuan');
    expect(formatAmount(amount('12350'), { unit: 'wan' })).toBe('1.24 wan yuan');
    expect(formatAmount(amount('-12350'), { unit: 'wan' })).toBe('-1.24 wan yuan');
  });

  describe('edge cases', () => {
    it('accepts from 0 to 20 decimals', () => {
      expect(formatAmount(amount('1'), { decimals: 20 })).toBe(`¥1.${'0'.repeat(20)}`);
      expect(formatAmount(amount('1'), { decimals: 0 })).toBe('¥1');
    });

    it.each([-1, 21, 2.5, Number.NaN])('refuses %s decimals, naming the value', (decimals) => {
      expect(() => formatAmount(amount('1'), { decimals })).toThrow(PairingAidError);
      expect(() => formatAmount(amount('1'), { decimals })).toThrow(`received ${decimals}`);
    });
  });
});

describe('convertAmount', () => {
  it('rounds half-up when asked for fewer places and no mode is named', () => {
    expect(convertAmount(amount('12350'), 'wan', 2)).toBe('1.24');
    expect(convertAmount(amount('-12350'), 'wan', 2)).toBe('-1.24');
    expect(convertAmount(amount('12350'), 'wan', 2, 'half-even')).toBe('1.24');
    expect(convertAmount(amount('12250'), 'wan', 2, 'half-even')).toBe('1.22');
  });
});
