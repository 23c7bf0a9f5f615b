import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors/issue.js';
import { amount, parseAmount } from '../../src/money/index.js';
import { redactPersonalData } from '../../src/privacy/mask.js';

const onlyIssue = (input: unknown, options: Parameters<typeof parseAmount>[1] = {}): Issue => {
  const parsed = parseAmount(input, options);
  if (parsed.ok) throw new Error(`${String(input)} was read as ${parsed.value.toJSON()}`);
  expect(parsed.issues).toHaveLength(1);
  return parsed.issues[0] as Issue;
};

describe('parseAmount', () => {
  it('reads the minus sign U+2212 as a minus, before or after the currency mark', () => {
    expect(amount('\u22125').fen).toBe(-500n);
    expect(amount('¥\u22121.50').fen).toBe(-150n);
    expect(amount('\u2212¥1.50').fen).toBe(-150n);
  });

  it('accepts trailing zeros beyond the fen without a rounding mode: they are exact', () => {
    expect(amount('12.340').fen).toBe(1234n);
    expect(amount('46.910000 million').fen).toBe(4_691_000_000n);
    expect(amount('-0.500').fen).toBe(-50n);
  });

  describe('issues', () => {
    it('name the value that was not an amount and where it was', () => {
      for (const input of ['abc', '1.2.3', '¥', '12 34']) {
        const issue = onlyIssue(input);
        expect(issue.code).toBe('amount-syntax');
        expect(issue.path).toEqual([]);
        expect(issue.params).toEqual({ input });
        expect(issue.message).toContain(input);
      }
    });

    it('refuse text after a line break, which no unit word holds', () => {
      expect(onlyIssue('12万元\n3').code).toBe('amount-line-break');
      expect(onlyIssue('12 million\nextra').code).toBe('amount-line-break');
    });

    it('name the badly grouped figure', () => {
      const issue = onlyIssue('12,34 万元');
      expect(issue).toMatchObject({ code: 'amount-grouping', path: [], params: { input: '12,34 万元' } });
    });

    it('name the unknown unit and the whole input, even when the unit carries digits', () => {
      expect(onlyIssue('12 dollars')).toMatchObject({ code: 'amount-unit', path: [], params: { input: '12 dollars', unit: 'dollars' } });
      expect(onlyIssue('12 usd 2011')).toMatchObject({ code: 'amount-unit', params: { unit: 'usd 2011' } });
      expect(onlyIssue('12 dollars').message).toContain('dollars');
    });

    it('name the figure that has more decimals than fen', () => {
      expect(onlyIssue('12.345')).toMatchObject({ code: 'amount-too-precise', path: [], params: { input: '12.345' } });
    });

    it('name the rounding option when it is not a rounding mode', () => {
      const issue = onlyIssue('1.005', { rounding: 'nearest' as never });
      expect(issue).toMatchObject({ code: 'rounding-invalid', path: ['rounding'], params: { input: 'nearest' } });
    });

    it.each([
      ['null', null],
      ['array', [1, 2]],
      ['undefined', undefined],
      ['bigint', 12n],
      ['object', { yuan: 1 }],
      ['boolean', true],
    ])('name the type of a %s, which is neither a string nor a number', (received, input) => {
      const issue = onlyIssue(input);
      expect(issue).toMatchObject({ code: 'amount-type', path: [], params: { received } });
      expect(issue.message).toContain(received);
    });

    it.each([
      [Number.NaN, 'amount-not-finite', 'NaN'],
      [Number.NEGATIVE_INFINITY, 'amount-not-finite', '-Infinity'],
      [2 ** 60, 'amount-unsafe-integer', String(2 ** 60)],
      [0.1 + 0.2, 'amount-inexact-number', '0.30000000000000004'],
    ])('name the number %s that cannot be read exactly', (input, code, text) => {
      // Runs of 15 digits or more are masked like resident IDs wherever an issue quotes them.
      expect(onlyIssue(input)).toMatchObject({ code, path: [], params: { input: redactPersonalData(text) } });
    });

    it.each([1e-7, 1.5e-7, -2.5e-9])('refuse the number %s that is written with an exponent below a fen', (input) => {
      expect(onlyIssue(input).code).toBe('amount-inexact-number');
    });

    it('refuse a fractional number from 2^53 / 100 yuan up, where numbers no longer tell fen apart', () => {
      expect(90_071_992_547_409.91).toBe(90_071_992_547_409.9);
      expect(onlyIssue(Number.MAX_SAFE_INTEGER / 100).code).toBe('amount-inexact-number');
      expect(amount(9_007_199_254_740.5).fen).toBe(900_719_925_474_050n);
    });
  });
});
