import { readWeights, splitByWeights } from './allocate-amount.js';
import { unsafeFenAt } from './fen-errors.js';

/**
 * Splits every amount of a fen column by one set of ratios, at integer speed, each exactly as
 * {@link allocateAmount} splits it: whole fen of the exact share first, then the leftover fen one at a time to
 * the largest remainders, ties to the earlier part. The parts of each amount sum exactly to it.
 *
 * The work runs on plain numbers while an amount times a weight stays a safe integer; a larger amount is split
 * with big integers, so the result is exact at any size.
 *
 * @param fen - whole numbers of fen (a `Float64Array` or an array of safe integers); each may be negative
 * @param ratios - non-negative weights as {@link allocateAmount} takes them (`[3, 1]`, `["0.6", "0.4"]`)
 * @returns one column per ratio, each as long as `fen`: `parts[j][i]` is the `j`-th part of `fen[i]`
 * @throws {@link PairingAidError} `ratios-empty`, `ratio-negative`, `ratios-zero`, `factor-invalid`;
 *   with the element's index when it is no whole, exact number of fen: `fen-not-whole`, `amount-not-finite`,
 *   `amount-unsafe-integer`, `amount-type`
 *
 * @example
 * ```ts
 * allocateFen(new Float64Array([100, 7, -7]), [1, 1, 1]).map((part) => Array.from(part))
 * //=> [[34, 3, -3], [33, 2, -2], [33, 2, -2]]
 * ```
 */
export function allocateFen(fen: ArrayLike<number>, ratios: readonly (number | string)[]): Float64Array[] {
  const weights = readWeights(ratios);
  const length = fen.length;
  const count = weights.weights.length;
  const parts = weights.weights.map(() => new Float64Array(length));
  const numbers = Float64Array.from(weights.weights, Number);
  const total = Number(weights.total);
  // The largest amount whose product with the total weight, and so with every weight, is a safe integer (zero
  // when the total weight is no safe integer itself).
  const limit = Math.floor(Number.MAX_SAFE_INTEGER / total);
  const shares = new Float64Array(count);
  const remainders = new Float64Array(count);
  for (let index = 0; index < length; index++) {
    const value = fen[index] as number;
    if (!(Math.floor(value) === value && Math.abs(value) <= Number.MAX_SAFE_INTEGER)) throw unsafeFenAt(index, value);
    const whole = Math.abs(value);
    if (whole > limit) {
      splitByWeights(BigInt(whole), weights).forEach((share, part) => (shares[part] = Number(share)));
    } else {
      let leftover = whole;
      for (let part = 0; part < count; part++) {
        const product = whole * (numbers[part] as number);
        // A quotient of safe integers rounded to the nearest number never reaches the next whole number, so its
        // floor is the exact quotient.
        const share = Math.floor(product / total);
        shares[part] = share;
        remainders[part] = product - share * total;
        leftover -= share;
      }
      // Fewer fen are left over than there are parts: each goes to the largest remainder not yet served.
      for (; leftover > 0; leftover--) {
        let largest = 0;
        for (let part = 1; part < count; part++) if ((remainders[part] as number) > (remainders[largest] as number)) largest = part;
        shares[largest] = (shares[largest] as number) + 1;
        remainders[largest] = Number.NEGATIVE_INFINITY;
      }
    }
    // `0 - share` rather than `-share`, so a zero part of a negative amount is 0, not -0.
    for (let part = 0; part < count; part++) (parts[part] as Float64Array)[index] = value < 0 ? 0 - (shares[part] as number) : (shares[part] as number);
  }
  return parts;
}
