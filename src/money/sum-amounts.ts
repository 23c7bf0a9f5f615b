import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import { makeAmount, type Amount } from './amount.js';

/**
 * Sums any number of amounts exactly; the empty sum is zero. The result does not depend on order or
 * grouping.
 *
 * @example
 * ```ts
 * sumAmounts([amount('42.81 million'), amount('2.8 million'), amount('1.3 million')]).toJSON()
 * //=> '46910000.00'
 * ```
 */
export function sumAmounts(amounts: Iterable<Amount>): Amount {
  let total = 0n;
  for (const value of amounts) total += value.fen;
  return makeAmount(total);
}

/**
 * Sums whole numbers of fen held in a numeric column (a `Float64Array` or an array of safe integers), at
 * integer speed and exactly. While the running total stays within ±2^53 the sum runs on plain numbers;
 * if it would pass that bound, the rest of the column is summed with big integers, so the result is
 * exact at any size.
 *
 * @param fen - whole numbers of fen; each must be a safe integer
 * @returns the total in fen
 * @throws {@link PairingAidError} `amount-unsafe-integer` with the element's index when it is not a safe integer
 *   (a fractional or too-large value)
 *
 * @example
 * ```ts
 * sumFen(new Float64Array([4281000000, 280000000, 130000000]))
 * //=> 4691000000n
 * ```
 */
export function sumFen(fen: ArrayLike<number>): bigint {
  const length = fen.length;
  let total = 0;
  let index = 0;
  for (; index < length; index++) {
    const value = fen[index] as number;
    const next = total + value;
    // Each value is checked; the running total must stay a safe integer for `+` to be exact.
    if (!Number.isSafeInteger(value)) throw unsafeFen(index, value);
    if (next > Number.MAX_SAFE_INTEGER || next < -Number.MAX_SAFE_INTEGER) break;
    total = next;
  }
  if (index === length) return BigInt(total);
  let big = BigInt(total);
  for (; index < length; index++) {
    const value = fen[index] as number;
    if (!Number.isSafeInteger(value)) throw unsafeFen(index, value);
    big += BigInt(value);
  }
  return big;
}

// Built only when thrown, so the hot loop stays a loop over numbers.
function unsafeFen(index: number, value: unknown): PairingAidError {
  return new PairingAidError([createIssue('amount-unsafe-integer', [index], { input: String(value) })]);
}
