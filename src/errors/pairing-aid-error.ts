import { formatPath, type Issue } from './issue.js';

/**
 * The library's one error class, thrown only by the throwing twins of the `parseX` and rule-checking
 * functions. It carries every issue found; `message` lists them with their paths.
 *
 * @example
 * ```ts
 * let refused: unknown
 * try { amount('12.345') } catch (error) { refused = error }
 * refused instanceof PairingAidError && refused.issues[0]?.code
 * //=> 'amount-too-precise'
 * ```
 */
export class PairingAidError extends Error {
  /** Every problem found, in the order found. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    super(describeIssues(issues));
    this.name = 'PairingAidError';
    this.issues = issues;
  }
}

function describeIssues(issues: readonly Issue[]): string {
  if (issues.length === 0) return 'Refused without a stated reason.';
  const lines = issues.map((found) =>
    found.path.length === 0 ? `${found.code}: ${found.message}` : `${formatPath(found.path)}: ${found.code}: ${found.message}`,
  );
  return lines.length === 1 ? (lines[0] ?? '') : `${lines.length} problems:\n${lines.join('\n')}`;
}
