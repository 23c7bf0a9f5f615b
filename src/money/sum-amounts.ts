import { makeAmount, type Amount } from './amount.js';
import { unsafeFenAt } from './fen-errors.js';

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
  // An array is read by index: the iterator protocol costs more than the additions themselves.
  if (Array.isArray(amounts)) {
    const list = amounts as readonly Amount[];
    for (let index = 0; index < list.length; index++) total += (list[index] as Amount).fen;
  } else {
    for (const value of amounts) total += value.fen;
  }
  return makeAmount(total);
}

/**
 * Sums whole numbers of fen held in a numeric column (a `Float64Array` or an array of safe integers), exactly.
 * A `Float64Array` is summed at integer speed, in blocks of plain numbers: a block's total is carried into a big
 * integer whenever the running total would pass ±2^53, and a block of values too large for exact number sums is
 * summed with big integers, so the result is exact at any size. Any other list (a plain array, which might hold
 * what is no number, or another typed array) is summed one checked value at a time.
 *
 * @param fen - whole numbers of fen; each must be a safe integer
 * @returns the total in fen
 * @throws {@link PairingAidError} with the element's index when it is no whole, exact number of fen:
 *   `fen-not-whole` (a fraction), `amount-not-finite` (NaN, ±Infinity), `amount-unsafe-integer` (past 2^53),
 *   `amount-type` (no number)
 *
 * @example
 * ```ts
 * sumFen(new Float64Array([4281000000, 280000000, 130000000]))
 * //=> 4691000000n
 * ```
 */
export function sumFen(fen: ArrayLike<number>): bigint {
  // Any other list may hold what is no number (null, a numeric string), which the sum in blocks would take for a
  // number: it is read one value at a time, each checked.
  if (!(fen instanceof Float64Array)) return sumFenRange(fen, 0, fen.length);
  const length = fen.length;
  let total = 0;
  let carried = 0n;
  for (let start = 0; start < length; start += BLOCK) {
    const end = Math.min(start + BLOCK, length);
    let block = 0;
    let fraction = 0;
    let magnitude = 0;
    // No branch in here: a `break` in the loop body keeps the engine from compiling it as a plain numeric loop.
    for (let index = start; index < end; index++) {
      const value = fen[index] as number;
      block += value;
      // Zero for every whole number; positive for any other finite value; NaN for NaN and ±Infinity.
      fraction += value - Math.floor(value);
      magnitude += Math.abs(value);
    }
    // Whole values whose sizes add up to at most 2^53 − 1 keep every running total of the block exact. Otherwise (a
    // value that is no safe integer, or values too large for that) the block again, one value at a time.
    if (!(fraction === 0 && magnitude <= Number.MAX_SAFE_INTEGER)) {
      carried += sumFenRange(fen, start, end);
      continue;
    }
    const next = total + block;
    if (next > Number.MAX_SAFE_INTEGER || next < -Number.MAX_SAFE_INTEGER) {
      carried += BigInt(total);
      total = block;
    } else {
      total = next;
    }
  }
  return carried + BigInt(total);
}

const BLOCK = 4096;


// One value at a time: numbers while the running total is exact, big integers once it would pass ±2^53, and the
// index of the first value that is not a safe integer.
function sumFenRange(fen: ArrayLike<number>, start: number, end: number): bigint {
  let total = 0;
  let index = start;
  for (; index < end; index++) {
    const value = fen[index] as number;
    const next = total + value;
    if (!Number.isSafeInteger(value)) throw unsafeFenAt(index, value);
    if (next > Number.MAX_SAFE_INTEGER || next < -Number.MAX_SAFE_INTEGER) break;
    total = next;
  }
  let big = BigInt(total);
  for (; index < end; index++) {
    const value = fen[index] as number;
    if (!Number.isSafeInteger(value)) throw unsafeFenAt(index, value);
    big += BigInt(value);
  }
  return big;
}
