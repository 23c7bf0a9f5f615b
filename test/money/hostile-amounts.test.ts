import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AMOUNT_MAX_LENGTH,
  amount,
  amountFromFen,
  convertAmount,
  formatAmount,
  multiplyAmount,
  parseAmount,
  PairingAidError,
  percentOf,
  ratioOfAmounts,
  roundingModes,
  type Amount,
  type RoundingMode,
} from '../../src/index.js';

// An independent reference: decimal.js with far more digits than any case here needs.
const Reference = Decimal.clone({ precision: 2000, toExpNeg: -9e15, toExpPos: 9e15 });
const decimalMode: Record<RoundingMode, Decimal.Rounding> = { up: 0, down: 1, ceil: 2, floor: 3, 'half-up': 4, 'half-down': 5, 'half-even': 6 };
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof PairingAidError ? error.issues[0]?.code : `not a PairingAidError: ${String(error)}`;
  }
};
const hugeFen = fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n });
const mode = fc.constantFrom(...roundingModes);
const manyDigitFactor = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 45n }), fc.integer({ min: 0, max: 45 }))
  .map(([negative, digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, '0');
    return `${negative ? '-' : ''}${scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`}`;
  });

describe('parseAmount on numerals that are not digits', () => {
  it('refuses a footnote mark instead of reading it as a digit', () => {
    const parsed = parseAmount('4691¹万元');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? undefined : parsed.issues[0]?.code).toBe('amount-numeral-invalid');
  });

  it('reads full-width digits and signs as ASCII ones', () => {
    expect(amount('－４，６９１．５０万元').toJSON()).toBe('-46915000.00');
    expect(amount('￥４６９１').toJSON()).toBe('4691.00');
  });

  it('refuses a line break anywhere in an amount', () => {
    for (const text of ['4691\n万元', '46\r91', '4691\u2028', '\n4691']) expect(parseAmount(text).ok ? text : 'refused').toBe('refused');
  });

  it('refuses an amount longer than AMOUNT_MAX_LENGTH characters with its own code', () => {
    const parsed = parseAmount(`${'1'.repeat(AMOUNT_MAX_LENGTH)}万元`);
    expect(parsed.ok ? undefined : parsed.issues[0]?.code).toBe('amount-too-long');
  });

  it('reads unit words that are names of Object.prototype properties as unknown units', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const parsed = parseAmount(`1 ${word}`);
      expect(parsed.ok ? undefined : parsed.issues[0]?.code).toBe('amount-unit');
    }
  });

  it('never reads a number in which a non-digit numeral stands, wherever it stands', () => {
    // Superscripts, subscripts, circled, parenthesised, mathematical, fractions, Roman, other scripts' digits.
    const numerals = ['¹', '²', '³', '⁴', '₅', '①', '⑴', '⒈', '𝟏', '𝟘', '½', 'Ⅻ', '٣', '३', '๓', '⓪', '❶'];
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.constantFrom(...numerals), fc.nat(), fc.constantFrom('', '万元', ' yuan', '亿'), (digits, numeral, at, unit) => {
        const text = digits.toString();
        const cut = at % (text.length + 1);
        const parsed = parseAmount(`${text.slice(0, cut)}${numeral}${text.slice(cut)}${unit}`);
        expect(parsed.ok).toBe(false);
      }),
    );
  });
});

describe('multiplyAmount, percentOf and ratioOfAmounts at any size', () => {
  it('multiply exactly and round once, in the mode asked for, past 40 significant digits', () => {
    fc.assert(
      fc.property(hugeFen, manyDigitFactor, mode, (fen, factor, rounding) => {
        const expected = new Reference(fen.toString()).times(factor).toDecimalPlaces(0, decimalMode[rounding]).toFixed(0);
        expect(multiplyAmount(amountFromFen(fen), factor, rounding).fen.toString()).toBe(expected);
        const percent = new Reference(fen.toString()).times(factor).dividedBy(100).toDecimalPlaces(0, decimalMode[rounding]).toFixed(0);
        expect(percentOf(amountFromFen(fen), factor, rounding).fen.toString()).toBe(percent);
      }),
    );
  });

  it('divide exactly and round once, in the mode asked for', () => {
    const nonZero = hugeFen.filter((fen) => fen !== 0n);
    fc.assert(
      fc.property(hugeFen, nonZero, fc.integer({ min: 0, max: 20 }), mode, (numerator, denominator, decimals, rounding) => {
        const expected = new Reference(numerator.toString()).dividedBy(denominator.toString()).toFixed(decimals, decimalMode[rounding]);
        const written = ratioOfAmounts(amountFromFen(numerator), amountFromFen(denominator), decimals, rounding);
        expect(new Reference(written).equals(expected)).toBe(true);
      }),
    );
  });

  it('take only plain decimal factors', () => {
    const base = amount('100');
    for (const factor of ['0x10', '0b1', '0o7', '1_000', '1e21', '1e-21', ' 1', '1 ', '', '.5', 'Infinity', 'NaN', '1,5', '１', '+-1']) {
      expect(codeOf(() => multiplyAmount(base, factor, 'half-up'))).toBe('factor-invalid');
    }
    for (const factor of [Number.NaN, Number.POSITIVE_INFINITY, 1e21]) expect(codeOf(() => percentOf(base, factor, 'down'))).toBe('factor-invalid');
    expect(multiplyAmount(base, '2e-2', 'half-up').toJSON()).toBe('2.00');
    expect(multiplyAmount(base, 1e-7, 'up').toJSON()).toBe('0.01');
  });
});

describe('arguments the types forbid', () => {
  const base = amount('100');
  const untyped = <T>(value: unknown) => value as T;
  it('get the library\'s own typed error, never a TypeError or a silent default', () => {
    expect(codeOf(() => multiplyAmount(base, '1', untyped<RoundingMode>('nearest')))).toBe('rounding-invalid');
    expect(codeOf(() => multiplyAmount(base, '1', untyped<RoundingMode>(undefined)))).toBe('rounding-invalid');
    expect(codeOf(() => percentOf(untyped<Amount>(100), '1', 'down'))).toBe('amount-type');
    expect(codeOf(() => ratioOfAmounts(base, base, -1))).toBe('decimals-invalid');
    expect(codeOf(() => ratioOfAmounts(base, base, 2.5))).toBe('decimals-invalid');
    expect(codeOf(() => ratioOfAmounts(base, base, 2, untyped<RoundingMode>('HALF_UP')))).toBe('rounding-invalid');
    expect(codeOf(() => formatAmount(base, { decimals: -1 }))).toBe('decimals-invalid');
    expect(codeOf(() => formatAmount(base, untyped<object>(null)))).toBe('options-invalid');
    expect(codeOf(() => formatAmount(base, { rounding: untyped<RoundingMode>('nearest') }))).toBe('rounding-invalid');
    expect(codeOf(() => convertAmount(base, untyped<'wan'>('lakh')))).toBe('amount-unit-invalid');
    expect(codeOf(() => convertAmount(base, untyped<'wan'>('constructor')))).toBe('amount-unit-invalid');
    expect(codeOf(() => amountFromFen(1.5))).toBe('fen-not-whole');
    expect(codeOf(() => amountFromFen(untyped<bigint>('12')))).toBe('amount-type');
    const parsed = parseAmount('1', untyped<object>(null));
    expect(parsed.ok ? undefined : parsed.issues[0]?.code).toBe('options-invalid');
  });
});
