import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import { makeAmount, type Amount } from './amount.js';

/**
 * Splits an amount into parts by ratios so that the parts always sum exactly to the whole.
 *
 * Each part first gets the whole fen of its exact share (rounded toward zero); the fen left over go one
 * at a time to the parts with the largest remainders, ties to the earlier part. So every part differs
 * from its exact share by less than one fen, and the result is deterministic.
 *
 * @param value - the amount to split (may be negative: the parts are then the negated split of its size)
 * @param ratios - non-negative weights as numbers written exactly or decimal strings (`[3, 1]`,
 *   `["0.6", "0.4"]`); at least one above zero
 * @returns one amount per ratio, in the same order
 * @throws {@link PairingAidError} `ratios-empty`, `ratio-negative`, `ratios-zero`, `factor-invalid`
 *
 * @example
 * ```ts
 * allocateAmount(amount('1.00'), [1, 1, 1]).map(String)
 * //=> ['0.34', '0.33', '0.33']
 * ```
 */
export function allocateAmount(value: Amount, ratios: readonly (number | string)[]): Amount[] {
  const weights = readWeights(ratios);
  const negative = value.fen < 0n;
  const shares = splitByWeights(negative ? -value.fen : value.fen, weights);
  return shares.map((share) => makeAmount(negative ? -share : share));
}

/** Ratios read as integer weights over one scale, with their total (above zero). */
export interface Weights {
  readonly weights: readonly bigint[];
  readonly total: bigint;
}

/** Reads ratios as {@link allocateAmount} takes them; throws `ratios-empty`, `ratio-negative`, `ratios-zero`, `factor-invalid`. */
export function readWeights(ratios: readonly (number | string)[]): Weights {
  if (ratios.length === 0) throw new PairingAidError([createIssue('ratios-empty')]);
  const weights = toIntegerWeights(ratios);
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  if (total === 0n) throw new PairingAidError([createIssue('ratios-zero')]);
  return { weights, total };
}

/** The largest-remainder split of a non-negative whole number of fen: whole shares first, then one fen at a time. */
export function splitByWeights(whole: bigint, { weights, total }: Weights): bigint[] {
  const shares = weights.map((weight) => (whole * weight) / total);
  const remainders = weights.map((weight, index) => ({ index, remainder: (whole * weight) % total }));
  let leftover = whole - shares.reduce((sum, share) => sum + share, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (leftover === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return shares;
}

// Turns decimal ratios into integers over one common power of ten, exactly.
function toIntegerWeights(ratios: readonly (number | string)[]): bigint[] {
  const parsed = ratios.map((ratio, index) => {
    const text = typeof ratio === 'number' ? String(ratio) : ratio.trim();
    const match = /^(-)?(\d*)(?:\.(\d+))?$/.exec(text);
    if (!match || (match[2] === '' && match[3] === undefined) || !/\d/.test(text)) {
      throw new PairingAidError([createIssue('factor-invalid', [index], { input: text })]);
    }
    if (match[1] === '-' && /[1-9]/.test(text)) {
      throw new PairingAidError([createIssue('ratio-negative', [index], { index, input: text })]);
    }
    return { digits: `${match[2] ?? ''}${match[3] ?? ''}` || '0', scale: match[3]?.length ?? 0 };
  });
  const scale = Math.max(...parsed.map((entry) => entry.scale));
  return parsed.map((entry) => BigInt(entry.digits) * 10n ** BigInt(scale - entry.scale));
}
