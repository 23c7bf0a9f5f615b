import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors/issue.js';
import { PairingAidError } from '../../src/errors/pairing-aid-error.js';
import {
  isAmount,
  amount,
  amountFromFen,
  convertAmount,
  formatAmount,
  multiplyAmount,
  percentOf,
  ratioOfAmounts,
  roundingModes,
  sumFen,
  type Amount,
} from '../../src/money/index.js';
import { decimalRounding } from '../../src/money/rounding.js';

// The one issue a call throws; fails the test when the call returns.
const refusalOf = (run: () => unknown): Issue => {
  try {
    run();
  } catch (error) {
    if (error instanceof PairingAidError && error.issues[0]) return error.issues[0];
    throw error;
  }
  throw new Error('the call was accepted');
};

const notAnAmount = { fen: 100n } as unknown as Amount;

describe('amountFromFen', () => {
  it('refuses a fraction of a fen as not whole, naming the number in the message', () => {
    const issue = refusalOf(() => amountFromFen(1.5));
    expect(issue).toMatchObject({ code: 'fen-not-whole', path: [], params: { input: '1.5' } });
    expect(issue.message).toBe('The number 1.5 is not a whole number of fen; an amount in fen has no fraction.');
  });

  it('refuses fen past 2^53 as beyond exact integers, naming the number in the message', () => {
    const issue = refusalOf(() => amountFromFen(2 ** 53));
    expect(issue).toMatchObject({ code: 'amount-unsafe-integer', path: [] });
    expect(issue.message).toContain('beyond exact integer range');
  });

  it('refuses fen given as text, saying what it received', () => {
    const issue = refusalOf(() => amountFromFen('100' as unknown as number));
    expect(issue).toMatchObject({ code: 'amount-type', path: [], params: { received: 'string' } });
    expect(issue.message).toContain('string');
  });
});

describe('sumFen', () => {
  it('names the value that is not a whole number of fen in the message', () => {
    expect(refusalOf(() => sumFen([1, 0.25])).message).toContain('0.25');
  });
});

describe('formatAmount', () => {
  it('refuses options that are not an object, saying what it received', () => {
    const issue = refusalOf(() => formatAmount(amount('1'), 5 as never));
    expect(issue).toMatchObject({ code: 'options-invalid', path: [], params: { received: '5' } });
    expect(issue.message).toContain('5');
  });

  it('refuses a value that is not an amount of the library, naming the argument', () => {
    expect(refusalOf(() => formatAmount(notAnAmount))).toMatchObject({ code: 'amount-type', path: ['value'] });
    expect(refusalOf(() => convertAmount(notAnAmount, 'wan'))).toMatchObject({ code: 'amount-type', path: ['value'] });
  });

  it('refuses a proxy that cannot be read as what it is, an object that is no amount', () => {
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = new Proxy({}, { get: () => { throw new Error('unreadable'); } });
    for (const value of [revoked, throwing]) {
      expect(isAmount(value)).toBe(false);
      expect(refusalOf(() => formatAmount(value as never))).toMatchObject({ code: 'amount-type', path: ['value'], params: { received: 'object' } });
    }
  });

  it('names the option that is wrong and what it held', () => {
    expect(refusalOf(() => formatAmount(amount('1'), { rounding: 'nearest' as never }))).toMatchObject({
      code: 'rounding-invalid',
      path: ['rounding'],
      params: { input: 'nearest' },
    });
    expect(refusalOf(() => formatAmount(amount('1'), { decimals: 21 }))).toMatchObject({ code: 'decimals-invalid', path: ['decimals'], params: { input: '21' } });
    expect(refusalOf(() => formatAmount(amount('1'), { unit: 'lakh' as never }))).toMatchObject({ code: 'amount-unit-invalid', path: ['unit'], params: { input: 'lakh' } });
  });

  it('refuses a unit given as a list holding a unit name', () => {
    expect(refusalOf(() => formatAmount(amount('1'), { unit: ['wan'] as never })).code).toBe('amount-unit-invalid');
  });

  it('writes what a wrong option held into the message', () => {
    expect(refusalOf(() => formatAmount(amount('1'), { rounding: 'nearest' as never })).message).toContain('nearest');
    expect(refusalOf(() => formatAmount(amount('1'), { unit: 'lakh' as never })).message).toContain('lakh');
    expect(refusalOf(() => formatAmount(notAnAmount)).message).toContain('object');
  });
});

describe('multiplyAmount and percentOf', () => {
  it('refuse a value that is not an amount of the library, naming the argument', () => {
    expect(refusalOf(() => multiplyAmount(notAnAmount, 2, 'down')).path).toEqual(['value']);
    expect(refusalOf(() => percentOf(notAnAmount, 2, 'down')).path).toEqual(['value']);
  });

  it('name the percentage or the factor that is not a plain decimal', () => {
    expect(refusalOf(() => percentOf(amount('1'), 'ten', 'down'))).toMatchObject({ code: 'factor-invalid', path: ['percent'] });
    expect(refusalOf(() => multiplyAmount(amount('1'), 'ten', 'down'))).toMatchObject({ code: 'factor-invalid', path: ['factor'] });
  });

  it('multiply by a factor written with a positive exponent', () => {
    expect(multiplyAmount(amount('1.23'), '2e3', 'down').toJSON()).toBe('2460.00');
    expect(multiplyAmount(amount('1.23'), '2E+3', 'down').toJSON()).toBe('2460.00');
    expect(percentOf(amount('1.23'), '1e2', 'down').toJSON()).toBe('1.23');
  });

  it('take exponents up to 20 either way and refuse larger ones', () => {
    expect(multiplyAmount(amount('1'), '1e20', 'down').toJSON()).toBe('100000000000000000000.00');
    expect(multiplyAmount(amount('100000000000000000000'), '1e-20', 'down').toJSON()).toBe('1.00');
    expect(refusalOf(() => multiplyAmount(amount('1'), '1e21', 'down')).code).toBe('factor-invalid');
    expect(refusalOf(() => multiplyAmount(amount('1'), '1e-21', 'down')).code).toBe('factor-invalid');
  });

  it('read a factor of up to 64 characters and refuse a longer one', () => {
    const longest = `1.${'0'.repeat(62)}`;
    expect(multiplyAmount(amount('5'), longest, 'down').toJSON()).toBe('5.00');
    expect(refusalOf(() => multiplyAmount(amount('5'), `${longest}0`, 'down')).code).toBe('factor-invalid');
  });

  it('refuse a factor that is neither a number nor a string, even one that reads as a number', () => {
    expect(refusalOf(() => multiplyAmount(amount('5'), [2] as never, 'down')).code).toBe('factor-invalid');
    expect(refusalOf(() => percentOf(amount('5'), { toString: () => '2' } as never, 'down')).code).toBe('factor-invalid');
  });
});

describe('ratioOfAmounts', () => {
  it('names the part or the whole that is not an amount of the library', () => {
    expect(refusalOf(() => ratioOfAmounts(notAnAmount, amount('1'))).path).toEqual(['numerator']);
    expect(refusalOf(() => ratioOfAmounts(amount('1'), notAnAmount)).path).toEqual(['denominator']);
  });

  it('writes a zero ratio without a sign, whatever the sign of the whole', () => {
    expect(ratioOfAmounts(amount('0'), amount('3'), 2)).toBe('0.00');
    expect(ratioOfAmounts(amount('0'), amount('-3'), 2)).toBe('0.00');
    expect(ratioOfAmounts(amount('-0.01'), amount('300'), 2)).toBe('0.00');
  });
});

describe('roundingModes', () => {
  it('round in decimal.js as the table of modes says', () => {
    // 2.5, -2.5, 2.4 and 2.6 to a whole number, mode by mode (the table in the money guide).
    const table: Record<string, readonly string[]> = {
      'half-up': ['3', '-3', '2', '3'],
      'half-even': ['2', '-2', '2', '3'],
      'half-down': ['2', '-2', '2', '3'],
      up: ['3', '-3', '3', '3'],
      down: ['2', '-2', '2', '2'],
      ceil: ['3', '-2', '3', '3'],
      floor: ['2', '-3', '2', '2'],
    };
    for (const mode of roundingModes) {
      expect(['2.5', '-2.5', '2.4', '2.6'].map((value) => new Decimal(value).toFixed(0, decimalRounding[mode]))).toEqual(table[mode]);
    }
  });
});
