import { divideRounded, powerOfTen } from '../internal/bigint-division.js';
import { createIssue, type Issue } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';
import { makeAmount, type Amount } from './amount.js';
import type { RoundingMode } from './rounding.js';
import { isRoundingMode } from './rounding.js';
import { amountUnits, unitFromWord } from './units.js';

/** Options for {@link parseAmount}. */
export interface ParseAmountOptions {
  /**
   * How to round a string with more than two decimals of a yuan. Without it such input is refused
   * (`amount-too-precise`): the library never rounds silently. Numbers are never rounded.
   */
  readonly rounding?: RoundingMode;
}

const FEN_EXPONENT = 2;
// Sign, currency mark, digits with optional separators, optional decimals, then any unit word.
const AMOUNT_PATTERN =
  /^([+\-\u2212])?\s*(?:¥|cny|rmb)?\s*([+\-\u2212])?\s*([\d,]*)(?:\.(\d*))?\s*(.*)$/iu;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const MAX_FRACTIONAL_NUMBER = Number.MAX_SAFE_INTEGER / 100;

/**
 * Reads an amount of yuan as people write it, exactly.
 *
 * Strings may carry a sign, a `¥` mark, thousands separators (in groups of three), decimals and a unit:
 * `"46910000"`, `"46,910,000.00"`, `"4691万元"`, `"4,691.00 万元"`, `"0.4691亿元"`, `"46.91 million"`.
 * Full-width characters are accepted (`"４６９１万元"`). A number is accepted only when it is exact at fen
 * precision (`12.34`, not `0.1 + 0.2`).
 *
 * @param input - a string or number
 * @param options - see {@link ParseAmountOptions}
 * @returns `{ ok: true, value }` with the amount, or `{ ok: false, issues }` with codes
 *   `amount-type`, `amount-empty`, `amount-syntax`, `amount-grouping`, `amount-unit`,
 *   `amount-too-precise`, `amount-not-finite`, `amount-inexact-number`, `amount-unsafe-integer`,
 *   `rounding-invalid`
 *
 * @example
 * ```ts
 * const parsed = parseAmount('0.4691亿元')
 * parsed.ok && parsed.value.toJSON()
 * //=> '46910000.00'
 * parseAmount(0.1 + 0.2).ok
 * //=> false
 * ```
 */
export function parseAmount(input: unknown, options: ParseAmountOptions = {}): Result<Amount> {
  if (options.rounding !== undefined && !isRoundingMode(options.rounding)) {
    return fail([createIssue('rounding-invalid', ['rounding'], { input: String(options.rounding) })]);
  }
  if (typeof input === 'number') return parseNumber(input);
  if (typeof input !== 'string') {
    return fail([createIssue('amount-type', [], { received: describeType(input) })]);
  }
  return parseText(input, options.rounding);
}

/**
 * Reads an amount like {@link parseAmount}, throwing instead of returning issues.
 *
 * @param input - a string such as `"4691万元"`, or a number exact at fen precision
 * @param options - see {@link ParseAmountOptions}
 * @returns the amount
 * @throws {@link PairingAidError} with the codes {@link parseAmount} lists
 *
 * @example
 * ```ts
 * amount('46.91 million').toJSON()
 * //=> '46910000.00'
 * ```
 */
export function amount(input: string | number, options: ParseAmountOptions = {}): Amount {
  return unwrap(parseAmount(input, options));
}

function parseNumber(input: number): Result<Amount> {
  if (!Number.isFinite(input)) return fail([createIssue('amount-not-finite', [], { input: String(input) })]);
  if (Number.isInteger(input)) {
    if (!Number.isSafeInteger(input)) {
      return fail([createIssue('amount-unsafe-integer', [], { input: String(input) })]);
    }
    return succeed(makeAmount(BigInt(input) * 100n));
  }
  // The shortest decimal that reads back as this number is what the caller wrote; a value like
  // 0.1 + 0.2 shows itself as 0.30000000000000004 and is refused.
  const text = String(input);
  const decimals = /^-?\d+\.(\d+)$/.exec(text)?.[1];
  if (decimals === undefined || decimals.length > FEN_EXPONENT || Math.abs(input) >= MAX_FRACTIONAL_NUMBER) {
    return fail([createIssue('amount-inexact-number', [], { input: text })]);
  }
  return parseText(text, undefined);
}

// The form amounts take in JSON and databases ("-123.45", "7"): read without the general pattern.
const CANONICAL = /^-?\d{1,15}(?:\.\d{1,2})?$/;

function parseText(raw: string, rounding: RoundingMode | undefined): Result<Amount> {
  if (CANONICAL.test(raw)) return succeed(makeAmount(canonicalFen(raw)));
  const text = raw.normalize('NFKC').trim();
  if (text === '') return fail([createIssue('amount-empty')]);
  const match = AMOUNT_PATTERN.exec(text);
  const [, sign1, sign2, whole = '', fraction, unitWord = ''] = match ?? [];
  if (!match || (sign1 !== undefined && sign2 !== undefined) || (whole === '' && !fraction)) {
    return fail([createIssue('amount-syntax', [], { input: raw })]);
  }
  if (whole.includes(',') && !GROUPED.test(whole)) {
    return fail([createIssue('amount-grouping', [], { input: raw })]);
  }
  const unit = unitFromWord(unitWord.trim());
  if (unit === undefined) {
    const issue: Issue = /^[\d.,]/.test(unitWord)
      ? createIssue('amount-syntax', [], { input: raw })
      : createIssue('amount-unit', [], { input: raw, unit: unitWord.trim() });
    return fail([issue]);
  }
  const negative = sign1 === '-' || sign1 === '\u2212' || sign2 === '-' || sign2 === '\u2212';
  const magnitude = BigInt(`${whole.replaceAll(',', '') || '0'}${fraction ?? ''}`);
  const digits = negative ? -magnitude : magnitude;
  // value = digits × 10^(unit − decimals) yuan, so fen = digits × 10^(unit + 2 − decimals)
  const shift = amountUnits[unit] + FEN_EXPONENT - (fraction?.length ?? 0);
  let fen: bigint;
  if (shift >= 0) {
    fen = digits * powerOfTen(shift);
  } else {
    const divisor = powerOfTen(-shift);
    if (digits % divisor !== 0n && rounding === undefined) {
      return fail([createIssue('amount-too-precise', [], { input: raw })]);
    }
    fen = divideRounded(digits, divisor, rounding ?? 'down');
  }
  return succeed(makeAmount(fen));
}

function canonicalFen(text: string): bigint {
  const point = text.indexOf('.');
  if (point < 0) return BigInt(text) * 100n;
  const decimals = text.length - point - 1;
  // Up to 17 digits in all: past what a number holds exactly, so the digits go straight to a bigint.
  const digits = BigInt(text.slice(0, point) + text.slice(point + 1));
  return decimals === 2 ? digits : digits * 10n;
}

function describeType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}
