import type { IsoDate } from '../dates/iso-date.js';
import { createIssue, type Issue, type IssuePath } from '../errors/issue.js';
import type { LedgerEntry } from '../model/ledger.js';
import type { Lifecycle } from './lifecycle.js';

/**
 * The days a project's ledger gates turn on, read once from its lifecycle.
 * @internal
 */
export interface LedgerGateDays {
  readonly project: Lifecycle['project'];
  readonly signedOn?: IsoDate;
  readonly acceptedOn?: IsoDate;
  readonly cancelledOn?: IsoDate;
}

/**
 * The days of a lifecycle that its ledger gates turn on.
 * @internal
 */
export function ledgerGateDays(lifecycle: Lifecycle): LedgerGateDays {
  const signedOn = lifecycle.agreement?.signedOn;
  const acceptedOn = lifecycle.acceptances.find((acceptance) => acceptance.grade !== 'fail')?.on;
  const { cancelledOn } = lifecycle;
  return {
    project: lifecycle.project,
    ...(signedOn === undefined ? {} : { signedOn }),
    ...(acceptedOn === undefined ? {} : { acceptedOn }),
    ...(cancelledOn === undefined ? {} : { cancelledOn }),
  };
}

/**
 * The ledger gates of one disbursement (rules 7 and 10), with `path` as the issues' path.
 * @internal
 */
export function checkDisbursementGates(entry: LedgerEntry, days: LedgerGateDays, path: IssuePath): Issue[] {
  if (entry.project !== days.project || entry.kind !== 'disbursement' || entry.amount.fen <= 0n) return [];
  const { signedOn, acceptedOn, cancelledOn } = days;
  const issues: Issue[] = [];
  if (signedOn === undefined || entry.date < signedOn) {
    issues.push(createIssue('disbursement-before-liability-agreement', path, { date: entry.date, ...(signedOn ? { signedOn } : {}) }));
  }
  if (entry.finalPayment === true && (acceptedOn === undefined || entry.date < acceptedOn)) {
    issues.push(createIssue('final-payment-before-acceptance', path, { date: entry.date, ...(acceptedOn ? { acceptedOn } : {}) }));
  }
  if (cancelledOn !== undefined && entry.date > cancelledOn) {
    issues.push(createIssue('disbursement-after-cancellation', path, { date: entry.date, cancelledOn }));
  }
  return issues;
}

/**
 * Checks a project's disbursements against its lifecycle (rules 7 and 10): none dated before the liability
 * agreement was signed by both sides, a final payment (`finalPayment`) only from the day of an acceptance
 * graded pass or excellent, and none dated after the day the project was cancelled. Dates are days in China;
 * a disbursement on the very day of the signature or acceptance is allowed. Entries of other projects, other
 * kinds than `disbursement`, and reversals (negative amounts, which return money) are left alone.
 *
 * {@link checkProgramme} runs these gates (and more: spending before approval, disbursement during a
 * suspension) on every project of a {@link ProgrammeRecord}; this function serves an app that holds one
 * project's lifecycle and wants to check a payment before recording it.
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
  const days = ledgerGateDays(lifecycle);
  return entries.flatMap((entry, index) => checkDisbursementGates(entry, days, [index, 'date']));
}
