import { LibDecimal, type LibDecimalValue } from '../internal/decimal.js';
import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import { makeAmount, type Amount } from './amount.js';
import { decimalRounding, type RoundingMode } from './rounding.js';

/**
 * Multiplies an amount by a decimal factor and rounds to the fen with the mode you name.
 *
 * @param value - the amount
 * @param factor - a decimal string (`"0.01"`, `"1.5"`) or a number written exactly (`0.01`)
 * @param rounding - how to round to the fen; there is no default
 * @returns the product, rounded to the fen
 * @throws {@link PairingAidError} `factor-invalid` when the factor is not a finite decimal
 *
 * @example
 * ```ts
 * multiplyAmount(amount('42810000'), '0.01', 'half-up').toJSON()
 * //=> '428100.00'
 * ```
 */
export function multiplyAmount(value: Amount, factor: string | number, rounding: RoundingMode): Amount {
  const product = new LibDecimal(value.fen.toString()).times(toFactor(factor));
  return makeAmount(BigInt(product.toDecimalPlaces(0, decimalRounding[rounding]).toFixed(0)));
}

/**
 * Takes a percentage of an amount, rounded to the fen with the mode you name: `percentOf(a, 1, …)` is 1 %.
 *
 * @example
 * ```ts
 * percentOf(amount('42810000'), 1, 'down').toJSON()
 * //=> '428100.00'
 * ```
 */
export function percentOf(value: Amount, percent: string | number, rounding: RoundingMode): Amount {
  const product = new LibDecimal(value.fen.toString()).times(toFactor(percent)).dividedBy(100);
  return makeAmount(BigInt(product.toDecimalPlaces(0, decimalRounding[rounding]).toFixed(0)));
}

/**
 * Divides one amount by another and returns the ratio as a decimal string with `decimals` places, rounded
 * by `rounding`. For completion rates (which may exceed 1) and shares.
 *
 * @param numerator - the part, or the actual
 * @param denominator - the whole, or the target; must not be zero
 * @param decimals - places after the point (default 4)
 * @param rounding - how to round the last place (default `half-up`)
 * @throws {@link PairingAidError} `division-by-zero`
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
  if (denominator.fen === 0n) throw new PairingAidError([createIssue('division-by-zero')]);
  return new LibDecimal(numerator.fen.toString())
    .dividedBy(denominator.fen.toString())
    .toFixed(decimals, decimalRounding[rounding]);
}

function toFactor(factor: string | number): LibDecimalValue {
  const text = typeof factor === 'number' ? String(factor) : factor.trim();
  let parsed: LibDecimalValue | undefined;
  try {
    parsed = new LibDecimal(text);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || !parsed.isFinite() || text === '') {
    throw new PairingAidError([createIssue('factor-invalid', [], { input: text })]);
  }
  return parsed;
}
