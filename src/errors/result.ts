import { createIssue, type Issue } from './issue.js';
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
 * Wraps issues as a refused {@link Result}, keeping at most {@link MAX_ISSUES} of them (see {@link capIssues}).
 *
 * @param issues - the problems found
 * @returns the refused result
 *
 * @example
 * ```ts
 * fail([createIssue('amount-empty')]).ok
 * //=> false
 * ```
 */
export function fail(issues: readonly Issue[]): Failure {
  return { ok: false, issues: capIssues(issues) };
}

/** The most issues one result lists; the rest are counted in a last `issues-truncated` issue. */
export const MAX_ISSUES = 1000;

/**
 * Keeps the first issues of a long list and counts the rest: past {@link MAX_ISSUES}, the first
 * `MAX_ISSUES - 1` are kept and a last issue `issues-truncated` says how many more were found, so a million bad
 * records make one bounded list instead of a million messages.
 *
 * @param issues - the problems found
 * @param omittedBefore - issues already left out before these were made (a parser may stop early)
 * @returns the issues, at most {@link MAX_ISSUES}
 *
 * @example
 * ```ts
 * const many = Array.from({ length: 5000 }, () => createIssue('amount-empty'))
 * capIssues(many).at(-1)?.params
 * //=> { omitted: 4001, maximum: 1000 }
 * ```
 */
export function capIssues(issues: readonly Issue[], omittedBefore = 0): readonly Issue[] {
  const alreadyCapped = issues.at(-1)?.code === 'issues-truncated' && issues.length <= MAX_ISSUES;
  if ((issues.length <= MAX_ISSUES && omittedBefore === 0) || alreadyCapped) return issues;
  const kept = issues.slice(0, MAX_ISSUES - 1);
  const omitted = issues.length - kept.length + omittedBefore;
  return [...kept, createIssue('issues-truncated', [], { omitted, maximum: MAX_ISSUES })];
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
