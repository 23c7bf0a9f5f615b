import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import {
  amount,
  formatPath,
  isoDate,
  ledgerEntryId,
  projectId,
  subProjectId,
  type LedgerEntry,
  type Programme,
  type Project,
} from '../../src/index.js';
import { checkProgrammeModel } from '../../src/model/check/check-programme-model.js';

// The seed's BJ-2011-03 (projects[2]): budget 400,000.00; sub-project a has 240,000.00 budgeted, committed and
// disbursed by June 2011 and 192,000.00 spent in December, so up to 48,000.00 more may be spent on it.
const seed = seedProgramme2011;
const reported = (programme: Programme) => checkProgrammeModel(programme).map((issue) => [issue.code, formatPath(issue.path), issue.params]);
const withEntries = (...entries: LedgerEntry[]): Programme => ({ ...seed, ledger: [...seed.ledger, ...entries] });
const indexOf = (id: string) => seed.ledger.findIndex((entry) => entry.id === id);
const seedEntry = (id: string) => seed.ledger[indexOf(id)] as LedgerEntry;
const withEntry = (id: string, change: (entry: LedgerEntry) => LedgerEntry): Programme => ({
  ...seed,
  ledger: seed.ledger.map((entry) => (entry.id === id ? change(entry) : entry)),
});
const spending = (id: string, yuan: string, fields: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id: ledgerEntryId(id),
  kind: 'expenditure',
  project: projectId('BJ-2011-03'),
  subProject: subProjectId('BJ-2011-03-a'),
  category: 'counterpart-support',
  amount: amount(yuan),
  date: isoDate('2011-12-15'),
  ...fields,
});
// A reversal of the entry `extra`, as spending() writes it, on the day after.
const reversal = (id: string, yuan: string, fields: Partial<LedgerEntry> = {}): LedgerEntry =>
  spending(id, yuan, { date: isoDate('2011-12-16'), reverses: ledgerEntryId('extra'), ...fields });
const withoutSubProject = ({ subProject: _, ...rest }: LedgerEntry): LedgerEntry => rest;
const at = seed.ledger.length;

describe('checkLedgerEntries through checkProgrammeModel', () => {
  describe('references', () => {
    it('names the project of an entry it does not know', () => {
      expect(reported(withEntries(withoutSubProject(spending('x', '0', { project: projectId('BJ-2099-01') }))))).toEqual([
        ['ledger-project-unknown', `ledger[${at}].project`, { project: 'BJ-2099-01' }],
      ]);
    });

    it('names the sub-project and the project of an entry whose sub-project belongs to another project', () => {
      expect(reported(withEntries(spending('x', '0', { subProject: subProjectId('QN-2011-01-a') })))).toEqual([
        ['ledger-sub-project-unknown', `ledger[${at}].subProject`, { subProject: 'QN-2011-01-a', project: 'BJ-2011-03' }],
      ]);
    });

    it('names the category of an entry that the programme does not define', () => {
      expect(reported(withEntries(spending('x', '0', { category: 'lottery' })))).toEqual([
        ['fund-category-unknown', `ledger[${at}].category`, { category: 'lottery' }],
      ]);
    });
  });

  describe('funding sources', () => {
    // BJ-2011-03 co-financed: the county adds 30,000.00, and the villagers of sub-project a their labour worth 30,000.00.
    const coFinanced = (project: Project): Project => ({
      ...project,
      funding: [
        { source: 'east-west-cooperation', amount: amount('400000') },
        { source: 'local-integrated', amount: amount('30000') },
      ],
      subProjects: project.subProjects.map((sub, s) =>
        s === 0
          ? { ...sub, funding: [{ source: 'east-west-cooperation', amount: amount('240000') }, { source: 'beneficiary-contribution', form: 'labour', amount: amount('30000') }] }
          : sub,
      ),
    });
    const programmeWith = (...entries: LedgerEntry[]): Programme => ({
      ...withEntries(...entries),
      projects: seed.projects.map((project, p) => (p === 2 ? coFinanced(project) : project)),
    });

    it('accepts money of a source that only the entry’s sub-project lists', () => {
      expect(reported(programmeWith(spending('labour', '30000', { kind: 'budget', source: 'beneficiary-contribution', date: isoDate('2011-03-15') })))).toEqual([]);
    });

    it('names the source and the project of money that neither the project nor the entry’s sub-project lists', () => {
      const onB = spending('labour', '30000', { kind: 'budget', subProject: subProjectId('BJ-2011-03-b'), source: 'beneficiary-contribution', date: isoDate('2011-03-15') });
      expect(reported(programmeWith(onB))).toEqual([
        ['ledger-source-unlisted', `ledger[${at}].source`, { source: 'beneficiary-contribution', project: 'BJ-2011-03' }],
      ]);
    });

    it('does not lend one project’s sub-project lines to an entry of another project', () => {
      const elsewhere = spending('labour', '0', { project: projectId('BJ-2011-01'), source: 'beneficiary-contribution' });
      expect(reported(programmeWith(elsewhere))).toEqual([
        ['ledger-sub-project-unknown', `ledger[${at}].subProject`, { subProject: 'BJ-2011-03-a', project: 'BJ-2011-01' }],
        ['ledger-source-unlisted', `ledger[${at}].source`, { source: 'beneficiary-contribution', project: 'BJ-2011-01' }],
      ]);
    });

    it('accepts the donor’s own source named on an entry of a sub-project without funding lines', () => {
      expect(reported(withEntries(spending('x', '1000', { source: 'east-west-cooperation' })))).toEqual([]);
    });
  });

  describe('fields only some kinds of entry carry', () => {
    it('names the kind and the field of a purpose on an entry that is not spending', () => {
      expect(reported(withEntries(spending('x', '0', { kind: 'commitment', purpose: 'project' })))).toEqual([
        ['ledger-field-misplaced', `ledger[${at}].purpose`, { kind: 'commitment', field: 'purpose' }],
      ]);
    });

    it('accepts a final payment mark on a disbursement', () => {
      expect(reported(withEntry('BJ-2011-03-a-disbursement-1', (entry) => ({ ...entry, finalPayment: true })))).toEqual([]);
    });

    it('names the kind and the field of a final payment mark on an entry that is not a disbursement', () => {
      const id = 'BJ-2011-03-a-commitment';
      expect(reported(withEntry(id, (entry) => ({ ...entry, finalPayment: false })))).toEqual([
        ['ledger-field-misplaced', `ledger[${indexOf(id)}].finalPayment`, { kind: 'commitment', field: 'finalPayment' }],
      ]);
    });
  });

  describe('rule 14: the negative list', () => {
    it('names the purpose of spending on the negative list', () => {
      expect(reported(withEntries(spending('bonus', '100', { purpose: 'bonuses' })))).toEqual([
        ['negative-list-expenditure', `ledger[${at}].purpose`, { purpose: 'bonuses' }],
      ]);
    });

    it('does not take a disbursement marked with a negative-list purpose for spending on it', () => {
      const id = 'BJ-2011-03-a-disbursement-1';
      expect(reported(withEntry(id, (entry) => ({ ...entry, purpose: 'bonuses' })))).toEqual([
        ['ledger-field-misplaced', `ledger[${indexOf(id)}].purpose`, { kind: 'disbursement', field: 'purpose' }],
      ]);
    });

    it('reports the spending once, not again when it is taken back', () => {
      const bonus = spending('extra', '100', { purpose: 'bonuses' });
      expect(reported(withEntries(bonus, reversal('back', '-100', { purpose: 'bonuses' })))).toEqual([
        ['negative-list-expenditure', `ledger[${at}].purpose`, { purpose: 'bonuses' }],
      ]);
    });

    it('reports no spending on the list for an expenditure of nothing', () => {
      expect(reported(withEntries(spending('bonus', '0', { purpose: 'bonuses' })))).toEqual([]);
    });
  });

  describe('reversals', () => {
    const extra = () => spending('extra', '1000', { purpose: 'project' });

    it('names the amount of a negative entry that reverses nothing', () => {
      expect(reported(withEntries(spending('minus', '-5')))).toEqual([['negative-entry-without-reversal', `ledger[${at}].amount`, { amount: '-5.00' }]]);
    });

    it('names the amount of a reversal that is not negative, nothing included', () => {
      expect(reported(withEntries(extra(), reversal('back', '0')))).toEqual([['reversal-not-negative', `ledger[${at + 1}].amount`, { amount: '0.00' }]]);
      expect(reported(withEntries(extra(), reversal('back', '100')))).toEqual([
        ['reversal-not-negative', `ledger[${at + 1}].amount`, { amount: '100.00' }],
      ]);
    });

    it('names the entry a reversal names when it is not in the ledger, or is the reversal itself', () => {
      expect(reported(withEntries(reversal('back', '-100', { reverses: ledgerEntryId('nowhere') })))).toEqual([
        ['reversal-target-unknown', `ledger[${at}].reverses`, { entry: 'nowhere' }],
      ]);
      expect(reported(withEntries(reversal('self', '-100', { reverses: ledgerEntryId('self') })))).toEqual([
        ['reversal-target-unknown', `ledger[${at}].reverses`, { entry: 'self' }],
      ]);
    });

    it('names the entry, the field and both values where a reversal differs from its entry', () => {
      expect(reported(withEntries(extra(), reversal('back', '-400', { kind: 'disbursement' })))).toEqual([
        ['reversal-target-mismatch', `ledger[${at + 1}].kind`, { entry: 'extra', field: 'kind', expected: 'expenditure', actual: 'disbursement' }],
      ]);
    });

    it('writes “(none)” for a field only one of the two entries has', () => {
      expect(reported(withEntries(extra(), withoutSubProject(reversal('back', '-400'))))).toEqual([
        ['reversal-target-mismatch', `ledger[${at + 1}].subProject`, { entry: 'extra', field: 'subProject', expected: 'BJ-2011-03-a', actual: '(none)' }],
      ]);
      // The project's management fee is booked on the project, on no sub-project.
      const fee = 'BJ-2011-03-management-fee';
      expect(reported(withEntries(reversal('back', '-400', { reverses: ledgerEntryId(fee), date: isoDate('2011-12-21') })))).toEqual([
        ['reversal-target-mismatch', `ledger[${at}].subProject`, { entry: fee, field: 'subProject', expected: '(none)', actual: 'BJ-2011-03-a' }],
      ]);
    });

    it('reports the reversal of an entry that moved no money forward: a reversal, or an entry of nothing', () => {
      // The seed takes back 20,000.00 of BJ-2011-02-a's disbursement on 15 June 2011.
      const earlier = seedEntry('BJ-2011-02-a-disbursement-1-reversal');
      const again = { ...earlier, id: ledgerEntryId('again'), amount: amount('-100'), date: isoDate('2011-06-20'), reverses: earlier.id };
      expect(reported(withEntries(again))).toEqual([
        ['reversal-target-mismatch', `ledger[${at}].reverses`, { entry: earlier.id, field: 'amount', expected: 'a positive amount', actual: '-20000.00' }],
      ]);
      expect(reported(withEntries(spending('extra', '0'), reversal('back', '-1')))).toEqual([
        ['reversal-target-mismatch', `ledger[${at + 1}].reverses`, { entry: 'extra', field: 'amount', expected: 'a positive amount', actual: '0.00' }],
      ]);
    });

    it('names both dates of a reversal dated before its entry', () => {
      expect(reported(withEntries(extra(), reversal('back', '-400', { date: isoDate('2011-12-14') })))).toEqual([
        ['reversal-before-entry', `ledger[${at + 1}].date`, { date: '2011-12-14', reversedDate: '2011-12-15' }],
      ]);
    });

    it('accepts reversals that together take back exactly the whole entry', () => {
      expect(reported(withEntries(extra(), reversal('back', '-400'), reversal('back-2', '-600')))).toEqual([]);
    });

    it('reports once, at the reversal that crosses it, more taken back than the entry', () => {
      const programme = withEntries(extra(), reversal('back', '-400'), reversal('back-2', '-700'), reversal('back-3', '-50'));
      expect(reported(programme)).toEqual([
        ['reversal-exceeds-entry', `ledger[${at + 2}].amount`, { entry: 'extra', reversed: '1100.00', amount: '1000.00' }],
      ]);
    });

    it('does not let a positive entry marked as a reversal offset what is taken back', () => {
      const programme = withEntries(extra(), reversal('back', '100'), reversal('back-2', '-1000'), reversal('back-3', '-50'));
      expect(reported(programme)).toEqual([
        ['reversal-not-negative', `ledger[${at + 1}].amount`, { amount: '100.00' }],
        ['reversal-exceeds-entry', `ledger[${at + 3}].amount`, { entry: 'extra', reversed: '1050.00', amount: '1000.00' }],
      ]);
    });
  });
});
