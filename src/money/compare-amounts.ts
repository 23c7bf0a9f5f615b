import type { Amount } from './amount.js';

/**
 * Compares two amounts: `-1` if `left` is smaller, `0` if equal, `1` if larger. Fits `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * compareAmounts(amount('1.00'), amount('0.99'))
 * //=> 1
 * ```
 */
export function compareAmounts(left: Amount, right: Amount): -1 | 0 | 1 {
  if (left.fen === right.fen) return 0;
  return left.fen < right.fen ? -1 : 1;
}

/**
 * Whether two amounts are equal to the fen.
 *
 * @example
 * ```ts
 * isEqualAmount(amount('4691万元'), amount('46.91 million'))
 * //=> true
 * ```
 */
export function isEqualAmount(left: Amount, right: Amount): boolean {
  return left.fen === right.fen;
}

/**
 * Whether the amount is zero.
 *
 * @example
 * ```ts
 * isZeroAmount(amount('0.00'))
 * //=> true
 * ```
 */
export function isZeroAmount(value: Amount): boolean {
  return value.fen === 0n;
}

/**
 * Whether the amount is below zero.
 *
 * @example
 * ```ts
 * isNegativeAmount(amount('-0.01'))
 * //=> true
 * ```
 */
export function isNegativeAmount(value: Amount): boolean {
  return value.fen < 0n;
}

/**
 * The larger of two amounts.
 *
 * @example
 * ```ts
 * maxAmount(amount('1'), amount('2')).toJSON()
 * //=> '2.00'
 * ```
 */
export function maxAmount(left: Amount, right: Amount): Amount {
  return left.fen >= right.fen ? left : right;
}

/**
 * The smaller of two amounts.
 *
 * @example
 * ```ts
 * minAmount(amount('1'), amount('2')).toJSON()
 * //=> '1.00'
 * ```
 */
export function minAmount(left: Amount, right: Amount): Amount {
  return left.fen <= right.fen ? left : right;
}
