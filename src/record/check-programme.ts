import { createIssue, prefixIssues, type Issue } from '../errors/issue.js';
import { checkDisbursementGates, ledgerGateDays, type LedgerGateDays } from '../lifecycle/check-ledger-against-lifecycle.js';
import { checkProgrammeModel } from '../model/check/check-programme-model.js';
import type { ModelRulePolicies } from '../model/check/policies.js';
import type { LedgerEntry } from '../model/ledger.js';
import type { Programme } from '../model/programme.js';
import { effectiveProgramme } from './effective-programme.js';
import { projectHistory, type StatusSpan } from './project-history.js';
import type { ProgrammeRecord } from './programme-record.js';
import type { RecordOptions } from './record-options.js';

/**
 * The policies of {@link checkProgramme}: those of the model's rules, the announcement policy the logs were
 * decided under, and the named switch of the ledger gates. Every rule is on unless a policy here turns it off.
 */
export interface CheckProgrammeOptions extends ModelRulePolicies, RecordOptions {
  /**
   * The ledger gates (rules 3, 7 and 10 against the lifecycle: no money before approval, no disbursement before
   * both sides signed the liability agreement, none during a suspension or after cancellation, the final payment
   * only after acceptance); `false` turns them off, for data entered before its lifecycle was recorded.
   */
  readonly ledgerGates?: false;
}

/**
 * Checks every rule of a programme and its lifecycles at once and returns every violation, each with a stable
 * code and the path of the offending record in the record's JSON (`programme.ledger[4].date`,
 * `eventLogs.BJ-2011-07[3].event`). It never throws on bad data. Reports, exports and announcement tables run
 * it themselves, so nothing is published that it refuses; a rule is turned off only by a named policy.
 *
 * | rules | codes |
 * |---|---|
 * | the model's rules 1–4, 13, 14, 19, on the programme with its changes in effect | see the model guide |
 * | the event logs | the tampering codes of {@link verifyEventLog}; every refusal of {@link decideLifecycle} for an event that should not have been recorded (a wrong body or jurisdiction, a gate); `event-log-event-mismatch`; `event-log-project-unknown` |
 * | the ledger gates | `ledger-before-approval`, `disbursement-before-liability-agreement`, `disbursement-during-suspension`, `disbursement-after-cancellation`, `final-payment-before-acceptance` |
 *
 * @param record - the programme with its projects' event logs
 * @param options - the policies; see {@link CheckProgrammeOptions}
 * @returns every violation found; empty when the record keeps every rule
 * @throws {@link PairingAidError} `factor-invalid` only when the management-fee policy's percent is not a
 *   decimal (a programming error, not bad data)
 *
 * @example
 * ```ts
 * import { seedRecord2011 } from 'pairing-aid/examples/2011'
 * checkProgramme(seedRecord2011)
 * //=> []
 * const early = { ...seedRecord2011.programme.ledger[2]!, id: ledgerEntryId('early'), date: isoDate('2011-02-01') }
 * const broken = { ...seedRecord2011, programme: { ...seedRecord2011.programme, ledger: [...seedRecord2011.programme.ledger, early] } }
 * checkProgramme(broken).some((issue) => issue.code === 'disbursement-before-liability-agreement')
 * //=> true
 * ```
 */
export function checkProgramme(record: ProgrammeRecord, options: CheckProgrammeOptions = {}): readonly Issue[] {
  const programme = effectiveProgramme(record, options);
  const issues: Issue[] = prefixIssues(checkProgrammeModel(programme, options), ['programme']);
  const known = new Set<string>(programme.projects.map((project) => project.id));
  for (const id of Object.keys(record.eventLogs)) {
    if (!known.has(id)) issues.push(createIssue('event-log-project-unknown', ['eventLogs', id], { project: id }));
  }
  for (const project of record.programme.projects) issues.push(...projectHistory(record, project, options).issues);
  if (options.ledgerGates !== false) issues.push(...checkLedgerGates(record, programme, options));
  return issues;
}

interface ProjectGates {
  readonly days: LedgerGateDays;
  readonly approvedOn?: string;
  readonly timeline: readonly StatusSpan[];
}

function checkLedgerGates(record: ProgrammeRecord, programme: Programme, options: RecordOptions): Issue[] {
  const gates = new Map<string, ProjectGates>();
  for (const project of record.programme.projects) {
    const history = projectHistory(record, project, options);
    const approvedOn = history.lifecycle.approvals.find((approval) => approval.level === 'prefecture-government')?.on;
    gates.set(project.id, { days: ledgerGateDays(history.lifecycle), timeline: history.timeline, ...(approvedOn === undefined ? {} : { approvedOn }) });
  }
  const issues: Issue[] = [];
  programme.ledger.forEach((entry, index) => {
    const gate = gates.get(entry.project);
    // An entry of an unknown project is the model's `ledger-project-unknown`; a reversal returns money.
    if (gate === undefined || entry.amount.fen <= 0n) return;
    const path = ['programme', 'ledger', index, 'date'];
    if (gate.approvedOn === undefined || entry.date < gate.approvedOn) {
      issues.push(createIssue('ledger-before-approval', path, { kind: entry.kind, date: entry.date, project: entry.project, ...(gate.approvedOn ? { approvedOn: gate.approvedOn } : {}) }));
    }
    issues.push(...checkDisbursementGates(entry, gate.days, path));
    if (entry.kind === 'disbursement' && statusOn(gate.timeline, entry) === 'suspended') {
      issues.push(createIssue('disbursement-during-suspension', path, { date: entry.date, project: entry.project }));
    }
  });
  return issues;
}

// The state a project was in at the end of an entry's day.
function statusOn(timeline: readonly StatusSpan[], entry: LedgerEntry): string | undefined {
  let status: string | undefined;
  for (const span of timeline) {
    if (span.on > entry.date) break;
    status = span.status;
  }
  return status;
}
