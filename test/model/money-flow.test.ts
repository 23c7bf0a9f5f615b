import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { amount, formatPath, isoDate, ledgerEntryId, regionCode, subProjectId, type FundingSource, type LedgerEntry, type Programme } from '../../src/index.js';
import { checkProgrammeModel } from '../../src/model/check/check-programme-model.js';

// The seed's first project, BJ-2011-01: budget 500,000.00 yuan in two sub-projects (a: 300,000.00, b: 200,000.00),
// all committed and disbursed by June 2011, 400,000.00 spent on the works and 2,500.00 on management fees (cap 1 %).
const seed = seedProgramme2011;
const project = seed.projects[0]!;
const at = seed.ledger.length;
const entry = (id: string, kind: LedgerEntry['kind'], yuan: string, date: string, fields: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id: ledgerEntryId(id), kind, project: project.id, category: 'counterpart-support', amount: amount(yuan), date: isoDate(date), ...fields,
});
const withEntries = (...entries: LedgerEntry[]): Programme => ({ ...seed, ledger: [...seed.ledger, ...entries] });
const issuesOf = (programme: Programme) => checkProgrammeModel(programme);
const found = (programme: Programme) => issuesOf(programme).map((issue) => [issue.code, formatPath(issue.path)]);

describe('the money of a project over time', () => {
  it('names the project, the scope, the date and both totals of a limit crossed', () => {
    const issues = issuesOf(withEntries(entry('late', 'disbursement', '1000', '2011-12-30')));
    expect(issues.map((issue) => [issue.code, formatPath(issue.path), issue.params])).toEqual([
      ['disbursed-exceeds-committed', `ledger[${at}]`, { project: 'BJ-2011-01', category: '', scope: 'project "BJ-2011-01"', date: '2011-12-30', disbursed: '501000.00', committed: '500000.00' }],
      [
        'disbursed-exceeds-committed',
        `ledger[${at}]`,
        { project: 'BJ-2011-01', category: 'counterpart-support', scope: 'project "BJ-2011-01", category "counterpart-support"', date: '2011-12-30', disbursed: '501000.00', committed: '500000.00' },
      ],
    ]);
  });

  it('reports a limit once while it stays crossed, and again when it is crossed anew after being made good', () => {
    const programme = withEntries(
      entry('over', 'disbursement', '1000', '2011-12-21'),
      entry('more', 'disbursement', '1000', '2011-12-22'),
      entry('covered', 'commitment', '2000', '2011-12-23'),
      entry('over-again', 'disbursement', '0.01', '2011-12-24'),
    );
    expect(found(programme)).toEqual([
      ['disbursed-exceeds-committed', `ledger[${at}]`],
      ['disbursed-exceeds-committed', `ledger[${at}]`],
      // The commitment of 2,000.00 also takes the commitments 2,000.00 above the budget.
      ['committed-exceeds-budget', `ledger[${at + 2}]`],
      ['committed-exceeds-budget', `ledger[${at + 2}]`],
      ['disbursed-exceeds-committed', `ledger[${at + 3}]`],
      ['disbursed-exceeds-committed', `ledger[${at + 3}]`],
    ]);
  });

  it('points at the last entry of the crossing kind on the date, or at the entry below it that fell', () => {
    const two = withEntries(entry('first', 'disbursement', '1000', '2011-12-30'), entry('second', 'disbursement', '500', '2011-12-30'));
    expect(found(two)).toEqual([
      ['disbursed-exceeds-committed', `ledger[${at + 1}]`],
      ['disbursed-exceeds-committed', `ledger[${at + 1}]`],
    ]);
    // Part of a commitment withdrawn after its money was paid out: the withdrawal is the entry that crossed.
    const withdrawn = withEntries(entry('withdrawn', 'commitment', '-1000', '2011-12-30', { subProject: subProjectId('BJ-2011-01-a'), reverses: ledgerEntryId('BJ-2011-01-a-commitment') }));
    expect(found(withdrawn)).toEqual([
      ['disbursed-exceeds-committed', `ledger[${at}]`],
      ['disbursed-exceeds-committed', `ledger[${at}]`],
    ]);
    expect(issuesOf(withdrawn)[0]?.params).toMatchObject({ disbursed: '500000.00', committed: '499000.00' });
  });

  it('orders the entries by date, an earlier entry later in the ledger counting first', () => {
    const programme = withEntries(entry('paid', 'disbursement', '1000', '2011-12-30'), entry('committed', 'commitment', '1000', '2011-12-29'));
    // Committed on the 29th beyond the budget, paid on the 30th within the commitments.
    expect(found(programme)).toEqual([
      ['committed-exceeds-budget', `ledger[${at + 1}]`],
      ['committed-exceeds-budget', `ledger[${at + 1}]`],
    ]);
  });
});

describe('the budget entries of a project and of its sub-projects', () => {
  it('names the approved budget and the budget entered, for the project and for the sub-project', () => {
    const issues = issuesOf(withEntries(entry('extra', 'budget', '0.01', '2011-03-15', { subProject: subProjectId('BJ-2011-01-b') })));
    expect(issues.map((issue) => [issue.code, formatPath(issue.path), issue.params])).toEqual([
      ['budget-entries-exceed-approved', `ledger[${at}]`, { approved: '500000.00', entered: '500000.01' }],
      ['budget-entries-exceed-approved', `ledger[${at}]`, { approved: '200000.00', entered: '200000.01' }],
    ]);
  });

  it('holds each sub-project to its own budget', () => {
    // 0.01 moved from sub-project a to b: the project stays within its budget, b does not.
    const moved = withEntries(
      entry('from-a', 'budget', '-0.01', '2011-03-16', { subProject: subProjectId('BJ-2011-01-a'), reverses: ledgerEntryId('BJ-2011-01-a-budget') }),
      entry('to-b', 'budget', '0.01', '2011-03-16', { subProject: subProjectId('BJ-2011-01-b') }),
    );
    expect(issuesOf(moved).map((issue) => [issue.code, formatPath(issue.path), issue.params])).toEqual([
      ['budget-entries-exceed-approved', `ledger[${at + 1}]`, { approved: '200000.00', entered: '200000.01' }],
    ]);
  });

  it('reports the budget entered beyond the approved budget again once it has been brought back within it and exceeded anew', () => {
    const programme = withEntries(
      entry('extra', 'budget', '0.01', '2011-03-16'),
      entry('taken-back', 'budget', '-0.01', '2011-03-17', { reverses: ledgerEntryId('extra') }),
      entry('extra-again', 'budget', '0.01', '2011-03-18'),
    );
    expect(found(programme)).toEqual([
      ['budget-entries-exceed-approved', `ledger[${at}]`],
      ['budget-entries-exceed-approved', `ledger[${at + 2}]`],
    ]);
  });
});

describe('management fees against their cap', () => {
  const fee = (id: string, yuan: string, date: string, fields: Partial<LedgerEntry> = {}) => entry(id, 'expenditure', yuan, date, { purpose: 'management-fee', ...fields });

  it('accepts fees up to the cap exactly, and reports the first fen beyond it', () => {
    expect(found(withEntries(fee('up-to-cap', '2500', '2011-12-21')))).toEqual([]);
    const over = issuesOf(withEntries(fee('up-to-cap', '2500.01', '2011-12-21')));
    expect(over.map((issue) => [issue.code, formatPath(issue.path), issue.params])).toEqual([
      ['management-fee-exceeded', `ledger[${at}]`, { spent: '5000.01', cap: '5000.00', percent: '1' }],
    ]);
  });

  it('counts a reversal without a purpose as the fee it reverses, so a fee cap crossed, made good and crossed again is reported twice', () => {
    const programme = withEntries(
      fee('fee', '3000', '2011-12-21'),
      entry('fee-reversed', 'expenditure', '-3000', '2011-12-22', { reverses: ledgerEntryId('fee') }),
      fee('fee-again', '3000', '2011-12-23'),
    );
    expect(found(programme)).toEqual([
      ['management-fee-exceeded', `ledger[${at}]`],
      ['management-fee-exceeded', `ledger[${at + 2}]`],
    ]);
  });

  it('points at the last fee of the date, not at other spending of that date', () => {
    const programme = withEntries(fee('fee', '2000', '2011-12-21'), fee('fee-2', '1000', '2011-12-21'), entry('works', 'expenditure', '1', '2011-12-21', { purpose: 'project' }));
    expect(found(programme)).toEqual([['management-fee-exceeded', `ledger[${at + 1}]`]]);
  });
});

describe('the money of another funding source', () => {
  const funding: readonly FundingSource[] = [
    { source: 'east-west-cooperation', amount: amount('500000'), donor: regionCode('440300') },
    { source: 'local-integrated', amount: amount('250000') },
  ];
  const cofunded = (...entries: LedgerEntry[]): Programme => ({
    ...withEntries(...entries),
    projects: seed.projects.map((found, i) => (i === 0 ? { ...found, funding } : found)),
  });
  const local = { source: 'local-integrated' as const };

  it('flows against its own funding lines, and its issues name the source', () => {
    const issues = issuesOf(cofunded(entry('local-budget', 'budget', '250000', '2011-03-15', local), entry('local-commitment', 'commitment', '250000.01', '2011-04-20', local)));
    expect(issues.map((issue) => [issue.code, issue.params.source, issue.params.scope, issue.params.budget])).toEqual([
      ['committed-exceeds-budget', 'local-integrated', 'project "BJ-2011-01", source "local-integrated"', '250000.00'],
      ['committed-exceeds-budget', 'local-integrated', 'project "BJ-2011-01", source "local-integrated", category "counterpart-support"', '250000.00'],
    ]);
  });

  it('does not count against a sub-project’s budget, nor against the management fee cap', () => {
    const programme = cofunded(
      entry('local-budget', 'budget', '250000', '2011-03-15', { ...local, subProject: subProjectId('BJ-2011-01-b') }),
      entry('local-commitment', 'commitment', '250000', '2011-04-20', local),
      entry('local-disbursement', 'disbursement', '250000', '2011-06-10', local),
      entry('local-fee', 'expenditure', '5000', '2011-12-21', { ...local, purpose: 'management-fee' }),
    );
    // Counted as the donor's, 250,000.00 would exceed sub-project b's 200,000.00, and 5,000.00 more the fee cap of 5,000.00.
    expect(found(programme)).toEqual([]);
  });
});
