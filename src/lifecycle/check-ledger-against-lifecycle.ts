import { createIssue, type Issue } from '../errors/issue.js';
import type { LedgerEntry } from '../model/ledger.js';
import type { Lifecycle } from './lifecycle.js';

/**
 * Checks a project's disbursements against its lifecycle (rules 7 and 10): none dated before the liability
 * agreement was signed by both sides, a final payment (`finalPayment`) only from the day of an acceptance
 * graded pass or excellent, and none dated after the day the project was cancelled. Dates are days in China;
 * a disbursement on the very day of the signature or acceptance is allowed. Entries of other projects, other
 * kinds than `disbursement`, and reversals (negative amounts, which return money) are left alone.
 *
 * @param entries - ledger entries, of this project or of a whole programme
 * @param lifecycle - the project's lifecycle
 * @returns every violation, with the entry's index in `entries` as path (`[4, 'date']`). Codes:
 *   `disbursement-before-liability-agreement`, `final-payment-before-acceptance`,
 *   `disbursement-after-cancellation`
 *
 * @example
 * ```ts
 * checkLedgerAgainstLifecycle([{ id: ledgerEntryId('e-1'), kind: 'disbursement', project: projectId('BJ-1'), category: 'counterpart-support', amount: amount('500000'), date: isoDate('2011-04-01') }], startLifecycle(projectId('BJ-1')))[0]?.code
 * //=> 'disbursement-before-liability-agreement'
 * ```
 */
export function checkLedgerAgainstLifecycle(entries: readonly LedgerEntry[], lifecycle: Lifecycle): readonly Issue[] {
  const signedOn = lifecycle.agreement?.signedOn;
  const acceptedOn = lifecycle.acceptances.find((acceptance) => acceptance.grade !== 'fail')?.on;
  const { cancelledOn } = lifecycle;
  const issues: Issue[] = [];
  entries.forEach((entry, index) => {
    if (entry.project !== lifecycle.project || entry.kind !== 'disbursement' || entry.amount.fen <= 0n) return;
    const path = [index, 'date'];
    if (signedOn === undefined || entry.date < signedOn) {
      issues.push(createIssue('disbursement-before-liability-agreement', path, { date: entry.date, ...(signedOn ? { signedOn } : {}) }));
    }
    if (entry.finalPayment === true && (acceptedOn === undefined || entry.date < acceptedOn)) {
      issues.push(createIssue('final-payment-before-acceptance', path, { date: entry.date, ...(acceptedOn ? { acceptedOn } : {}) }));
    }
    if (cancelledOn !== undefined && entry.date > cancelledOn) {
      issues.push(createIssue('disbursement-after-cancellation', path, { date: entry.date, cancelledOn }));
    }
  });
  return issues;
}
