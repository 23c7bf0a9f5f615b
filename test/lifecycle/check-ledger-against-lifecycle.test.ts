import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amount,
  applyLifecycleCommand,
  checkLedgerAgainstLifecycle,
  isoDate,
  ledgerEntryId,
  projectId,
  startLifecycle,
  type IsoDate,
  type LedgerEntry,
  type Lifecycle,
  type LifecycleCommandType,
} from '../../src/index.js';
import { contextFor, at, commandFor, dateAt, roadProject } from './fixtures.js';

function drive(steps: readonly (readonly [LifecycleCommandType, string, Record<string, unknown>?])[]): Lifecycle {
  return steps.reduce<Lifecycle>((lifecycle, [type, date, extra]) => {
    const applied = applyLifecycleCommand(lifecycle, { ...commandFor(lifecycle, type, at(date)), ...extra } as never, contextFor());
    if (!applied.ok) throw new Error(`${type}: ${applied.issues.map((found) => found.code).join(', ')}`);
    return applied.value.lifecycle;
  }, startLifecycle(roadProject.id));
}

const toSigned = [
  ['propose', '2011-03-01'],
  ['pass-expert-review', '2011-03-10'],
  ['approve-as-county-department', '2011-03-15'],
  ['approve-as-county-government', '2011-03-20'],
  ['approve-as-prefecture-government', '2011-03-28'],
  ['announce', '2011-04-01'],
  ['sign-agreement-as-donor', '2011-04-06'],
  ['sign-agreement-as-recipient', '2011-04-08'],
] as const;
const signed = drive(toSigned);
const accepted = drive([
  ...toSigned,
  ['start-implementation', '2011-04-12'],
  ['complete', '2011-09-30'],
  ['fail-acceptance', '2011-10-20'],
  ['complete-rectification', '2011-11-15'],
  ['pass-acceptance', '2011-11-25'],
]);
const cancelled = drive([...toSigned, ['start-implementation', '2011-04-12'], ['cancel', '2011-06-30']]);

let counter = 0;
function disbursement(date: string, fields: Partial<LedgerEntry> = {}): LedgerEntry {
  counter += 1;
  return { id: ledgerEntryId(`e-${counter}`), kind: 'disbursement', project: roadProject.id, category: 'counterpart-support', amount: amount('20万元'), date: isoDate(date), ...fields };
}

describe('checkLedgerAgainstLifecycle', () => {
  it('accepts disbursements from the day both sides signed, and the final payment from the day of a passed acceptance', () => {
    const ledger = [disbursement('2011-04-08'), disbursement('2011-07-01'), disbursement('2011-11-25', { finalPayment: true })];
    expect(checkLedgerAgainstLifecycle(ledger, accepted)).toEqual([]);
  });

  it('refuses a disbursement before the agreement was signed by both sides', () => {
    const ledger = [disbursement('2011-04-07'), disbursement('2011-04-08')];
    expect(checkLedgerAgainstLifecycle(ledger, signed)).toMatchObject([
      { code: 'disbursement-before-liability-agreement', path: [0, 'date'], params: { date: '2011-04-07', signedOn: '2011-04-08' } },
    ]);
    const onlyDonor = drive(toSigned.slice(0, -1));
    expect(checkLedgerAgainstLifecycle([disbursement('2011-12-01')], onlyDonor).map((found) => found.code)).toEqual(['disbursement-before-liability-agreement']);
  });

  it('refuses a final payment before an acceptance graded pass or excellent (a failed one does not count)', () => {
    const ledger = [disbursement('2011-10-21', { finalPayment: true }), disbursement('2011-11-24', { finalPayment: true })];
    expect(checkLedgerAgainstLifecycle(ledger, accepted).map((found) => [found.code, found.path])).toEqual([
      ['final-payment-before-acceptance', [0, 'date']],
      ['final-payment-before-acceptance', [1, 'date']],
    ]);
    expect(checkLedgerAgainstLifecycle([disbursement('2011-05-01', { finalPayment: true })], signed)[0]?.params).toEqual({ date: '2011-05-01' });
  });

  it('refuses a disbursement after the project was cancelled', () => {
    const ledger = [disbursement('2011-06-30'), disbursement('2011-07-01')];
    expect(checkLedgerAgainstLifecycle(ledger, cancelled)).toMatchObject([
      { code: 'disbursement-after-cancellation', path: [1, 'date'], params: { date: '2011-07-01', cancelledOn: '2011-06-30' } },
    ]);
  });

  describe('edge cases', () => {
    it('leaves other projects, other kinds and reversals alone', () => {
      const ledger = [
        disbursement('2011-01-01', { project: projectId('QN-2011-01') }),
        disbursement('2011-01-01', { kind: 'commitment' }),
        disbursement('2011-08-01', { amount: amount('-20万元') }),
      ];
      expect(checkLedgerAgainstLifecycle(ledger, cancelled)).toEqual([]);
    });

    it('refuses every disbursement of a project that was never signed', () => {
      expect(checkLedgerAgainstLifecycle([disbursement('2011-04-08')], startLifecycle(roadProject.id)).map((found) => found.code)).toEqual([
        'disbursement-before-liability-agreement',
      ]);
    });
  });

  describe('properties', () => {
    it('flags a disbursement exactly when it is dated before the signature, and each at its own index', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 30 }), (offsets) => {
          const dates: IsoDate[] = offsets.map((offset) => dateAt(offset));
          const issues = checkLedgerAgainstLifecycle(dates.map((date) => disbursement(date)), signed);
          const expected = dates.flatMap((date, index) => (date < '2011-04-08' ? [index] : []));
          expect(issues.map((found) => found.path[0])).toEqual(expected);
        }),
      );
    });
  });
});
