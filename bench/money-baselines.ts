// Hand-written integer baselines for sums and allocation, and the seeded columns of fen they run on.
import { createRandom } from './random.js';

/** Whole fen from 0 to 9 million yuan, so ten million of them still sum below 2^53. */
export function generateFenColumn(items: number, seed: number): Float64Array {
  const random = createRandom(seed);
  const fen = new Float64Array(items);
  for (let index = 0; index < items; index++) fen[index] = random.below(900_000_000);
  return fen;
}

/** A plain loop over numbers: no checks, exact only while the total stays below 2^53. */
export function sumIntegerLoop(fen: Float64Array): number {
  let total = 0;
  for (let index = 0; index < fen.length; index++) total += fen[index] as number;
  return total;
}

/** A plain loop over amount objects, adding their big integers: what any exact sum of amounts has to do. */
export function sumBigIntLoop(amounts: readonly { readonly fen: bigint }[]): bigint {
  let total = 0n;
  for (let index = 0; index < amounts.length; index++) total += (amounts[index] as { readonly fen: bigint }).fen;
  return total;
}

/**
 * Largest-remainder allocation of non-negative fen by integer weights in plain numbers: no checks, exact only while
 * fen × weight stays below 2^53. One column per weight.
 */
export function allocateIntegerLoop(fen: Float64Array, weights: readonly number[]): Float64Array[] {
  const count = weights.length;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const parts = weights.map(() => new Float64Array(fen.length));
  const remainders = new Float64Array(count);
  for (let index = 0; index < fen.length; index++) {
    const whole = fen[index] as number;
    let leftover = whole;
    for (let part = 0; part < count; part++) {
      const product = whole * (weights[part] as number);
      const remainder = product % total;
      const share = (product - remainder) / total;
      (parts[part] as Float64Array)[index] = share;
      remainders[part] = remainder;
      leftover -= share;
    }
    for (; leftover > 0; leftover--) {
      let largest = 0;
      for (let part = 1; part < count; part++) if ((remainders[part] as number) > (remainders[largest] as number)) largest = part;
      (parts[largest] as Float64Array)[index] = ((parts[largest] as Float64Array)[index] as number) + 1;
      remainders[largest] = -1;
    }
  }
  return parts;
}
