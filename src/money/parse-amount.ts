import { divideRounded, powerOfTen } from '../internal/bigint-division.js';
import { createIssue, type Issue } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';
import { makeAmount, type Amount } from './amount.js';
import type { RoundingMode } from './rounding.js';
import { isRoundingMode } from './rounding.js';
import { describeArgument } from './money-arguments.js';
import { amountUnits, unitFromWord } from './units.js';
import { readInput } from '../errors/read-input.js';

/** Options for {@link parseAmount}. */
export interface ParseAmountOptions {
  /**
   * How to round a string with more than two decimals of a yuan. Without it such input is refused
   * (`amount-too-precise`): the library never rounds silently. Numbers are never rounded.
   */
  readonly rounding?: RoundingMode;
}

const FEN_EXPONENT = 2;
/** The longest amount text read, in characters; longer text is refused with `amount-too-long`. */
export const AMOUNT_MAX_LENGTH = 64;
const MAX_FRACTIONAL_NUMBER = Number.MAX_SAFE_INTEGER / 100;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;
// Any numeral that is not an ASCII digit once full-width forms are read: superscripts, circled, mathematical,
// other scripts' digits. Unicode normalisation would turn some of them into digits and so change the number.
const OTHER_NUMERAL = /[^\P{N}0-9]/u;

/**
 * Reads an amount of yuan as people write it, exactly.
 *
 * Strings may carry a sign, a `¥` mark, thousands separators (in groups of three), decimals and a unit:
 * `"46910000"`, `"46,910,000.00"`, `"4691万元"`, `"4,691.00 万元"`, `"0.4691亿元"`, `"46.91 million"`.
 * Digits are ASCII or full-width (`"４６９１万元"`); any other numeral (a footnote mark `¹`, `①`, `𝟏`) is
 * refused rather than read as a digit, and so is a line break. Spaces and tabs around the amount are ignored.
 * A text is at most {@link AMOUNT_MAX_LENGTH} characters and is read in time proportional to its length. A
 * number is accepted only when it is exact at fen precision (`12.34`, not `0.1 + 0.2`).
 *
 * @param input - a string or number
 * @param options - see {@link ParseAmountOptions}
 * @returns `{ ok: true, value }` with the amount, or `{ ok: false, issues }` with codes
 *   `amount-type`, `amount-empty`, `amount-syntax`, `amount-grouping`, `amount-unit`,
 *   `amount-too-precise`, `amount-not-finite`, `amount-inexact-number`, `amount-unsafe-integer`,
 *   `amount-too-long`, `amount-numeral-invalid`, `amount-line-break`, `rounding-invalid`, `options-invalid`
 *
 * @example
 * ```ts
 * const parsed = parseAmount('0.4691亿元')
 * parsed.ok && parsed.value.toJSON()
 * //=> '46910000.00'
 * parseAmount(0.1 + 0.2).ok
 * //=> false
 * parseAmount('4691¹万元').ok
 * //=> false
 * ```
 */
export function parseAmount(input: unknown, options: ParseAmountOptions = {}): Result<Amount> {
  return readInput(() => {
    const rounding = readRounding(options);
    if (typeof rounding === 'object') return rounding;
    if (typeof input === 'number') return parseNumber(input);
    if (typeof input !== 'string') {
      return fail([createIssue('amount-type', [], { received: input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input })]);
    }
    return parseText(input, rounding);
  });
}

// The rounding option, read once and checked, or the issue explaining why it cannot be used.
function readRounding(options: unknown): RoundingMode | undefined | Result<never> {
  if (typeof options !== 'object' || options === null) {
    return fail([createIssue('options-invalid', [], { received: describeArgument(options) })]);
  }
  let rounding: unknown;
  try {
    rounding = (options as { rounding?: unknown }).rounding;
  } catch {
    return fail([createIssue('options-invalid', ['rounding'], { received: 'unreadable' })]);
  }
  if (rounding !== undefined && !isRoundingMode(rounding)) {
    return fail([createIssue('rounding-invalid', ['rounding'], { input: describeArgument(rounding) })]);
  }
  return rounding;
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
  if (raw.length > AMOUNT_MAX_LENGTH) return fail([createIssue('amount-too-long', [], { maximum: AMOUNT_MAX_LENGTH })]);
  if (LINE_BREAK.test(raw)) return fail([createIssue('amount-line-break', [], { input: raw })]);
  const text = narrowFullWidth(raw).replace(/^[ \t]+|[ \t]+$/g, '');
  const numeral = OTHER_NUMERAL.exec(text);
  if (numeral !== null) return fail([createIssue('amount-numeral-invalid', [], { input: raw, numeral: numeral[0] })]);
  if (text === '') return fail([createIssue('amount-empty')]);
  const parts = scanAmount(text);
  if (parts === undefined) return fail([createIssue('amount-syntax', [], { input: raw })]);
  const { negative, whole, fraction, unitWord } = parts;
  if (whole.includes(',') && !GROUPED.test(whole)) {
    return fail([createIssue('amount-grouping', [], { input: raw })]);
  }
  const unit = unitFromWord(unitWord);
  if (unit === undefined) {
    const issue: Issue = /^[\d.,]/.test(unitWord)
      ? createIssue('amount-syntax', [], { input: raw })
      : createIssue('amount-unit', [], { input: raw, unit: unitWord });
    return fail([issue]);
  }
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

// Full-width forms (U+FF01–U+FF5E) as their ASCII twins, the ideographic space as a space, ￥ as ¥: the only
// compatibility forms an amount may be written in.
function narrowFullWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\uFFE5]/g, (character) => {
    if (character === '\u3000') return ' ';
    if (character === '\uFFE5') return '¥';
    return String.fromCharCode(character.charCodeAt(0) - 0xfee0);
  });
}

interface AmountParts {
  readonly negative: boolean;
  readonly whole: string;
  readonly fraction: string | undefined;
  readonly unitWord: string;
}

const SIGNS = '+-\u2212';
const CURRENCY_MARKS = ['¥', 'cny', 'rmb'] as const;

// Sign, currency mark, sign, digits with separators, decimals, then the unit word: one pass, left to right,
// so the time is linear in the length whatever the text holds.
function scanAmount(text: string): AmountParts | undefined {
  let at = 0;
  const skipSpaces = () => {
    while (text[at] === ' ' || text[at] === '\t') at += 1;
  };
  const readSign = (): string | undefined => (SIGNS.includes(text[at] ?? '.') ? text[at++] : undefined);
  const sign1 = readSign();
  skipSpaces();
  const mark = CURRENCY_MARKS.find((candidate) => text.slice(at, at + candidate.length).toLowerCase() === candidate);
  if (mark !== undefined) at += mark.length;
  skipSpaces();
  const sign2 = readSign();
  if (sign1 !== undefined && sign2 !== undefined) return undefined;
  skipSpaces();
  const start = at;
  while (/[0-9,]/.test(text[at] ?? '')) at += 1;
  const whole = text.slice(start, at);
  let fraction: string | undefined;
  if (text[at] === '.') {
    const point = (at += 1);
    while (/[0-9]/.test(text[at] ?? '')) at += 1;
    fraction = text.slice(point, at);
  }
  if (whole === '' && !fraction) return undefined;
  const sign = sign1 ?? sign2;
  return { negative: sign === '-' || sign === '\u2212', whole, fraction, unitWord: text.slice(at).trim() };
}

function canonicalFen(text: string): bigint {
  const point = text.indexOf('.');
  if (point < 0) return BigInt(text) * 100n;
  const decimals = text.length - point - 1;
  // Up to 17 digits in all: past what a number holds exactly, so the digits go straight to a bigint.
  const digits = BigInt(text.slice(0, point) + text.slice(point + 1));
  return decimals === 2 ? digits : digits * 10n;
}

