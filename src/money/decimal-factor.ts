import { createIssue, type IssuePath } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import { describeArgument } from './money-arguments.js';

/** The longest factor text read, in characters. */
export const FACTOR_MAX_LENGTH = 64;
/** The largest exponent a factor may carry (`1e-20` to `1e20`). */
export const FACTOR_MAX_EXPONENT = 20;

/** A decimal factor exactly: `digits × 10^-scale`. */
export interface DecimalFactor {
  readonly digits: bigint;
  readonly scale: number;
}

// Plain decimal notation: a sign, ASCII digits, a point with digits, an exponent. No 0x, 0b, _ or spaces.
const FACTOR = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d{1,3}))?$/;

/**
 * Reads a factor written as a plain decimal (`"0.01"`, `"1.5"`, `-2`, `1e-7`), exactly; throws `factor-invalid`
 * for anything else, a text longer than {@link FACTOR_MAX_LENGTH} or an exponent past {@link FACTOR_MAX_EXPONENT}.
 */
export function readDecimalFactor(factor: unknown, path: IssuePath): DecimalFactor {
  const text = typeof factor === 'number' && Number.isFinite(factor) ? String(factor) : typeof factor === 'string' ? factor : undefined;
  const match = text !== undefined && text.length <= FACTOR_MAX_LENGTH ? FACTOR.exec(text) : null;
  const exponent = Number(match?.[4] ?? 0);
  if (match === null || Math.abs(exponent) > FACTOR_MAX_EXPONENT) {
    throw new PairingAidError([createIssue('factor-invalid', path, { input: describeArgument(factor) })]);
  }
  // The whole part always takes part in a match; the fraction may not.
  const [, sign, whole, fraction = ''] = match;
  const magnitude = BigInt(`${whole}${fraction}`);
  return { digits: sign === '-' ? -magnitude : magnitude, scale: fraction.length - exponent };
}
