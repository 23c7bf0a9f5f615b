import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actor,
  amount,
  checkProgramme,
  chinaDateOf,
  formatPath,
  isoDate,
  ledgerEntryId,
  organisationId,
  recordLifecycleCommand,
  timestamp,
  unwrap,
  type IsoDate,
  type LedgerEntry,
  type ProgrammeRecord,
  type ProjectId,
} from '../../src/index.js';
import { commandsOf, dafangProject, drafted, record2011, recordUntil } from './fixtures.js';

const GATE_CODES = new Set([
  'ledger-before-approval',
  'disbursement-before-liability-agreement',
  'final-payment-before-acceptance',
  'disbursement-after-cancellation',
  'disbursement-during-suspension',
]);

const gatesOf = (record: ProgrammeRecord) =>
  checkProgramme(record)
    .filter((issue) => GATE_CODES.has(issue.code))
    .map((issue) => [issue.code, formatPath(issue.path)]);

function withLedger(record: ProgrammeRecord, ledger: readonly LedgerEntry[]): ProgrammeRecord {
  return { ...record, programme: { ...record.programme, ledger } };
}

function entry(project: ProjectId, kind: LedgerEntry['kind'], date: string, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return { id: ledgerEntryId(`${project}-${kind}-${date}`), kind, project, category: 'counterpart-support', amount: amount('10000'), date: isoDate(date), ...extra };
}

describe('checkProgramme’s ledger gates', () => {
  it('finds nothing in the 2011 record, whose money moves only after approval and both signatures', () => {
    expect(gatesOf(record2011())).toEqual([]);
  });

  it('finds money booked on a project before the prefecture approved it, or on one never approved', () => {
    const approved = recordUntil(drafted(), dafangProject, 'approve-as-prefecture-government');
    const record = withLedger(approved, [entry(dafangProject, 'budget', '2011-03-10'), entry(dafangProject, 'budget', '2011-03-11'), entry('QN-2011-01' as ProjectId, 'budget', '2011-03-20')]);
    expect(gatesOf(record)).toEqual([
      ['ledger-before-approval', 'programme.ledger[0].date'],
      ['ledger-before-approval', 'programme.ledger[2].date'],
    ]);
    // Each names the entry's kind, day and project, and the day of the approval when there is one.
    expect(checkProgramme(record).filter((issue) => issue.code === 'ledger-before-approval').map((issue) => issue.params)).toEqual([
      { kind: 'budget', date: '2011-03-10', project: dafangProject, approvedOn: '2011-03-11' },
      { kind: 'budget', date: '2011-03-20', project: 'QN-2011-01' },
    ]);
  });

  it('leaves an entry of a project the programme does not have to the model’s rule, and holds no gate against money returned or of no amount', () => {
    const approved = recordUntil(drafted(), dafangProject, 'approve-as-prefecture-government');
    const stranger = withLedger(approved, [entry('XX-1' as ProjectId, 'budget', '2011-03-20')]);
    expect(checkProgramme(stranger).map((issue) => [issue.code, formatPath(issue.path)])).toEqual([['ledger-project-unknown', 'programme.ledger[0].project']]);
    const paid = entry(dafangProject, 'disbursement', '2011-03-20');
    const returned = { ...entry(dafangProject, 'disbursement', '2011-03-21'), id: ledgerEntryId('returned'), amount: amount('-10000'), reverses: paid.id };
    expect(gatesOf(withLedger(approved, [paid, returned]))).toEqual([['disbursement-before-liability-agreement', 'programme.ledger[0].date']]);
    expect(gatesOf(withLedger(drafted(), [{ ...entry(dafangProject, 'budget', '2011-03-01'), amount: amount('0') }]))).toEqual([]);
  });

  it('finds a disbursement before the second signature of the liability agreement, even on the programme as a whole', () => {
    const donorSigned = recordUntil(drafted(), dafangProject, 'sign-agreement-as-donor');
    expect(gatesOf(withLedger(donorSigned, [entry(dafangProject, 'disbursement', '2011-03-26')]))).toEqual([
      ['disbursement-before-liability-agreement', 'programme.ledger[0].date'],
    ]);
    const signed = recordUntil(drafted(), dafangProject, 'sign-agreement-as-recipient');
    expect(gatesOf(withLedger(signed, [entry(dafangProject, 'disbursement', '2011-03-28')]))).toEqual([]);
  });

  it('finds a final payment before an acceptance graded pass or excellent', () => {
    const completed = recordUntil(drafted(), dafangProject, 'complete');
    const final = entry(dafangProject, 'disbursement', '2011-10-20', { finalPayment: true });
    expect(gatesOf(withLedger(completed, [final]))).toEqual([['final-payment-before-acceptance', 'programme.ledger[0].date']]);
    const accepted = recordUntil(drafted(), dafangProject, 'pass-acceptance');
    expect(gatesOf(withLedger(accepted, [{ ...final, date: isoDate('2011-10-25') }]))).toEqual([]);
  });

  it('finds a disbursement while the project was suspended, and after it was cancelled', () => {
    const building = recordUntil(drafted(), dafangProject, 'start-implementation');
    const bijie = actor(organisationId('bijie-government'), 'prefecture-government');
    const suspended = unwrap(recordLifecycleCommand(building, dafangProject, { type: 'suspend', by: bijie, at: timestamp('2011-06-01T10:00:00+08:00'), reason: '汛期停工' })).record;
    const resumed = unwrap(recordLifecycleCommand(suspended, dafangProject, { type: 'resume', by: bijie, at: timestamp('2011-07-01T10:00:00+08:00') })).record;
    const cancelled = unwrap(recordLifecycleCommand(resumed, dafangProject, { type: 'cancel', by: bijie, at: timestamp('2011-08-01T10:00:00+08:00'), reason: '选址地质灾害隐患' })).record;
    const ledger = ['2011-05-31', '2011-06-01', '2011-06-30', '2011-07-01', '2011-08-02'].map((date) => entry(dafangProject, 'disbursement', date));
    // The day of the suspension counts as suspended; the day of the resumption no longer does. Money committed
    // while suspended is no disbursement.
    const withCommitment = [...ledger, entry(dafangProject, 'commitment', '2011-06-15')];
    expect(gatesOf(withLedger(cancelled, withCommitment))).toEqual([
      ['disbursement-during-suspension', 'programme.ledger[1].date'],
      ['disbursement-during-suspension', 'programme.ledger[2].date'],
      ['disbursement-after-cancellation', 'programme.ledger[4].date'],
    ]);
    expect(checkProgramme(withLedger(cancelled, ledger)).find((issue) => issue.code === 'disbursement-during-suspension')?.params).toEqual({ date: '2011-06-01', project: dafangProject });
  });

  it('can be turned off only by name, for data entered before its lifecycle was recorded', () => {
    const record = withLedger(drafted(), [entry(dafangProject, 'disbursement', '2011-06-10')]);
    expect(gatesOf(record).length).toBeGreaterThan(0);
    expect(checkProgramme(record, { ledgerGates: false }).filter((issue) => GATE_CODES.has(issue.code))).toEqual([]);
  });

  describe('properties', () => {
    // The 2011 commands of the project, cut after a random number; entries on random 2011 days.
    const project = dafangProject;
    const commands = commandsOf(project);
    const dayOf = (offset: number): IsoDate => isoDate(new Date(Date.UTC(2011, 1, 1 + offset)).toISOString().slice(0, 10));
    const entries = fc.array(
      fc.record({ kind: fc.constantFrom('budget' as const, 'commitment' as const, 'disbursement' as const, 'expenditure' as const), day: fc.nat(300), finalPayment: fc.boolean() }),
      { maxLength: 6 },
    );
    const prefixes = new Map<number, ProgrammeRecord>();
    const recordAfter = (count: number) => {
      let known = prefixes.get(count);
      if (known === undefined) {
        known = count === 0 ? drafted() : recordUntil(drafted(), project, commands[count - 1]!.type);
        prefixes.set(count, known);
      }
      return known;
    };
    const dayOfCommand = (type: string, count: number): IsoDate | undefined => {
      const found = commands.slice(0, count).find((command) => command.type === type);
      return found === undefined ? undefined : chinaDateOf(found.at);
    };

    it('reports exactly the gates an entry’s date breaks, whatever state the project has reached', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: commands.length }), entries, (count, generated) => {
          const ledger = generated.map(({ kind, day, finalPayment }, index) => ({
            ...entry(project, kind, dayOf(day)),
            id: ledgerEntryId(`e-${index}`),
            ...(kind === 'disbursement' && finalPayment ? { finalPayment: true } : {}),
          }));
          const approvedOn = dayOfCommand('approve-as-prefecture-government', count);
          const signedOn = dayOfCommand('sign-agreement-as-recipient', count);
          const acceptedOn = dayOfCommand('pass-acceptance', count);
          const expected = ledger.flatMap((found, index) => {
            const path = `programme.ledger[${index}].date`;
            const codes: string[][] = [];
            if (approvedOn === undefined || found.date < approvedOn) codes.push(['ledger-before-approval', path]);
            if (found.kind === 'disbursement' && (signedOn === undefined || found.date < signedOn)) codes.push(['disbursement-before-liability-agreement', path]);
            if (found.finalPayment === true && (acceptedOn === undefined || found.date < acceptedOn)) codes.push(['final-payment-before-acceptance', path]);
            return codes;
          });
          expect(gatesOf(withLedger(recordAfter(count), ledger))).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    });
  });
});
