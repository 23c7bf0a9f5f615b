import { divideRounded, powerOfTen } from '../internal/bigint-division.js';
import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import { makeAmount, type Amount } from './amount.js';
import { readDecimalFactor, type DecimalFactor } from './decimal-factor.js';
import { assertAmount, assertDecimals, assertRoundingMode } from './money-arguments.js';
import type { RoundingMode } from './rounding.js';

/**
 * Multiplies an amount by a decimal factor and rounds to the fen with the mode you name. The product is
 * exact at any size (whole numbers of fen times the factor's digits) and rounded once, at the end.
 *
 * @param value - the amount
 * @param factor - a plain decimal string (`"0.01"`, `"1.5"`, `"2e-3"`) or a number written exactly (`0.01`); at
 *   most 64 characters, an exponent from -20 to 20, no `0x`, `0b`, `_` or spaces
 * @param rounding - how to round to the fen; there is no default
 * @returns the product, rounded to the fen
 * @throws {@link PairingAidError} `factor-invalid` when the factor is not such a decimal, `rounding-invalid`,
 *   `amount-type` when `value` is not an amount
 *
 * @example
 * ```ts
 * multiplyAmount(amount('42810000'), '0.01', 'half-up').toJSON()
 * //=> '428100.00'
 * ```
 */
export function multiplyAmount(value: Amount, factor: string | number, rounding: RoundingMode): Amount {
  assertAmount(value, 'value');
  assertRoundingMode(rounding);
  return makeAmount(scaleFen(value.fen, readDecimalFactor(factor, ['factor']), 0, rounding));
}

/**
 * Takes a percentage of an amount, exactly, rounded once to the fen with the mode you name:
 * `percentOf(a, 1, …)` is 1 %.
 *
 * @param value - the amount
 * @param percent - the percentage, a plain decimal as {@link multiplyAmount} takes
 * @param rounding - how to round to the fen; there is no default
 * @returns the share, rounded to the fen
 * @throws {@link PairingAidError} `factor-invalid`, `rounding-invalid`, `amount-type`
 *
 * @example
 * ```ts
 * percentOf(amount('42810000'), 1, 'down').toJSON()
 * //=> '428100.00'
 * ```
 */
export function percentOf(value: Amount, percent: string | number, rounding: RoundingMode): Amount {
  assertAmount(value, 'value');
  assertRoundingMode(rounding);
  return makeAmount(scaleFen(value.fen, readDecimalFactor(percent, ['percent']), 2, rounding));
}

/**
 * Divides one amount by another and returns the ratio as a decimal string with `decimals` places, rounded
 * once by `rounding`, exactly at any size. For completion rates (which may exceed 1) and shares.
 *
 * @param numerator - the part, or the actual
 * @param denominator - the whole, or the target; must not be zero
 * @param decimals - places after the point, 0 to 20 (default 4)
 * @param rounding - how to round the last place (default `half-up`)
 * @returns the ratio, e.g. `"1.20"`
 * @throws {@link PairingAidError} `division-by-zero`, `decimals-invalid`, `rounding-invalid`, `amount-type`
 *
 * @example
 * ```ts
 * ratioOfAmounts(amount('12 million'), amount('10 million'), 2)
 * //=> '1.20'
 * ```
 */
export function ratioOfAmounts(
  numerator: Amount,
  denominator: Amount,
  decimals = 4,
  rounding: RoundingMode = 'half-up',
): string {
  assertAmount(numerator, 'numerator');
  assertAmount(denominator, 'denominator');
  assertDecimals(decimals);
  assertRoundingMode(rounding);
  if (denominator.fen === 0n) throw new PairingAidError([createIssue('division-by-zero')]);
  const negative = (numerator.fen < 0n) !== (denominator.fen < 0n);
  const absolute = (fen: bigint) => (fen < 0n ? -fen : fen);
  const scaled = divideRounded((negative ? -1n : 1n) * absolute(numerator.fen) * powerOfTen(decimals), absolute(denominator.fen), rounding);
  return writeScaled(scaled, decimals);
}

// fen × factor ÷ 10^extraScale, rounded once.
function scaleFen(fen: bigint, factor: DecimalFactor, extraScale: number, rounding: RoundingMode): bigint {
  const product = fen * factor.digits;
  const scale = factor.scale + extraScale;
  return scale <= 0 ? product * powerOfTen(-scale) : divideRounded(product, powerOfTen(scale), rounding);
}

function writeScaled(scaled: bigint, decimals: number): string {
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return scaled < 0n ? `-${text}` : text;
}
