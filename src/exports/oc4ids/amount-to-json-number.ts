import { createIssue } from '../../errors/issue.js';
import { fail, succeed, type Result } from '../../errors/result.js';
import type { Amount } from '../../money/amount.js';

// 15 significant digits (DBL_DIG): every decimal that short survives decimal → double → shortest decimal.
const LIMIT_FEN = 10n ** 15n;

/**
 * The amount as a JSON number of yuan, for standards whose amounts are numbers (OC4IDS). The number is the
 * double nearest to the amount's decimal string, and `JSON.stringify` writes it back as that same decimal
 * (trailing zeros dropped) whenever the amount has at most 15 significant digits: up to
 * 9,999,999,999,999.99 yuan. Beyond that a double may write a different decimal (70368744177664.01 yuan is
 * written 70368744177664.02), so those amounts are refused rather than published inexactly.
 *
 * @param amount - the amount
 * @returns the number, or `amount-beyond-exact-number`
 *
 * @example
 * ```ts
 * amountToJsonNumber(amount('46910000.10'))
 * //=> { ok: true, value: 46910000.1 }
 * amountToJsonNumber(amount('70368744177664.01')).ok
 * //=> false
 * ```
 */
export function amountToJsonNumber(amount: Amount): Result<number> {
  const magnitude = amount.fen < 0n ? -amount.fen : amount.fen;
  if (magnitude >= LIMIT_FEN) return fail([createIssue('amount-beyond-exact-number', [], { amount: amount.toJSON() })]);
  return succeed(Number(amount.toJSON()));
}
