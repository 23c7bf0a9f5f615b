import type { Issue } from './issue.js';
import { PairingAidError } from './pairing-aid-error.js';

/** A successful outcome. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** A refused outcome: every problem found, never only the first. */
export interface Failure {
  readonly ok: false;
  readonly issues: readonly Issue[];
}

/**
 * What every non-throwing entry point returns: `{ ok: true, value }` or `{ ok: false, issues }`.
 */
export type Result<T> = Ok<T> | Failure;

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @example
 * ```ts
 * succeed(3)
 * //=> { ok: true, value: 3 }
 * ```
 */
export function succeed<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps issues as a refused {@link Result}.
 *
 * @example
 * ```ts
 * fail([createIssue('amount-empty')]).ok
 * //=> false
 * ```
 */
export function fail(issues: readonly Issue[]): Failure {
  return { ok: false, issues };
}

/**
 * Returns the value of a successful result, or throws a {@link PairingAidError} carrying its issues:
 * the bridge from a `parseX` function to its throwing twin.
 *
 * @param result - the outcome to open
 * @returns the value
 * @throws {@link PairingAidError} with every issue when the result failed
 *
 * @example
 * ```ts
 * unwrap(parseAmount('4691万元')).toJSON()
 * //=> '46910000.00'
 * ```
 */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new PairingAidError(result.issues);
}
