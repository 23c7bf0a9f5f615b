import { makeAmount, type Amount } from './amount.js';

/**
 * Adds two amounts exactly.
 *
 * @example
 * ```ts
 * addAmounts(amount('42.81 million'), amount('2.8 million')).toJSON()
 * //=> '45610000.00'
 * ```
 */
export function addAmounts(left: Amount, right: Amount): Amount {
  return makeAmount(left.fen + right.fen);
}

/**
 * Subtracts `right` from `left` exactly.
 *
 * @example
 * ```ts
 * subtractAmounts(amount('1.00'), amount('2.50')).toJSON()
 * //=> '-1.50'
 * ```
 */
export function subtractAmounts(left: Amount, right: Amount): Amount {
  return makeAmount(left.fen - right.fen);
}

/**
 * Returns the amount with its sign flipped: the form of a reversal entry.
 *
 * @example
 * ```ts
 * negateAmount(amount('12.30')).toJSON()
 * //=> '-12.30'
 * ```
 */
export function negateAmount(value: Amount): Amount {
  return makeAmount(-value.fen);
}

/**
 * Returns the amount without its sign.
 *
 * @example
 * ```ts
 * absoluteAmount(amount('-3.00')).toJSON()
 * //=> '3.00'
 * ```
 */
export function absoluteAmount(value: Amount): Amount {
  return value.fen < 0n ? makeAmount(-value.fen) : value;
}
