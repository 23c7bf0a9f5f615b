import { describe, expect, it } from 'vitest';
import { seedProgramme2011 } from '../../examples/data/shenzhen-guizhou-2011-projects.js';
import { amount, comparePlan, isoDate, ledgerEntryId, PairingAidError, plan, projectId, regionCode, type LedgerEntry, type Programme } from '../../src/index.js';

const seed = seedProgramme2011;
// BJ-2011-01 (七星关区 522401, 毕节) with its sub-project b placed in 都匀市 (522701, 黔南): 200,000.00 of its 500,000.00 disbursed.
// The seed disburses 11,980,000.00 in 毕节 (522400) in 2011.
const split: Programme = {
  ...seed,
  projects: seed.projects.map((project, p) =>
    p === 0 ? { ...project, subProjects: project.subProjects.map((sub, s) => (s === 1 ? { ...sub, location: { region: regionCode('522701') } } : sub)) } : project,
  ),
};
const disbursement = (id: string, yuan: string, date: string, project = 'BJ-2011-01'): LedgerEntry => ({
  id: ledgerEntryId(id), kind: 'disbursement', project: projectId(project), category: 'counterpart-support', amount: amount(yuan), date: isoDate(date),
});
const annual = (agreed: string, recipient?: string) =>
  plan({ id: 'p', kind: 'annual', name: { en: 'plan' }, fromYear: 2011, toYear: 2011, agreed: [{ amount: agreed, ...(recipient === undefined ? {} : { recipient }) }], targets: [] });

describe('comparePlan, amounts', () => {
  it('places an entry by its sub-project where it names one', () => {
    expect(comparePlan(annual('1', '522400'), seed).amounts[0]?.actual.toJSON()).toBe('11980000.00');
    expect(comparePlan(annual('1', '522400'), split).amounts[0]?.actual.toJSON()).toBe('11780000.00');
  });

  it('counts only the plan’s years: money of the year after is left out', () => {
    const later: Programme = { ...seed, ledger: [...seed.ledger, disbursement('next-year', '1000000', '2012-01-05')] };
    expect(comparePlan(annual('1'), later).amounts[0]?.actual.toJSON()).toBe(comparePlan(annual('1'), seed).amounts[0]?.actual.toJSON());
  });

  it('leaves out an entry of no known project when the plan is for a recipient, and counts it when the plan is for all', () => {
    const stray: Programme = { ...seed, ledger: [...seed.ledger, disbursement('stray', '1000', '2011-06-01', 'XX-1')] };
    expect(comparePlan(annual('1', '522400'), stray).amounts[0]?.actual.toJSON()).toBe(comparePlan(annual('1', '522400'), seed).amounts[0]?.actual.toJSON());
    expect(comparePlan(annual('1'), stray).amounts[0]!.actual.fen - comparePlan(annual('1'), seed).amounts[0]!.actual.fen).toBe(100_000n);
  });

  it('rounds a rate half up by default, and gives no rate against nothing agreed', () => {
    // 11,980,000.00 of 95,840,000.00 is 12.5 %; at no decimals, half up is 13.
    expect(comparePlan(annual('95840000', '522400'), seed, { decimals: 0 }).amounts[0]?.percent).toBe('13');
    expect(comparePlan(annual('95840000', '522400'), seed, { decimals: 0, rounding: 'half-even' }).amounts[0]?.percent).toBe('12');
    expect(comparePlan(annual('0', '522400'), seed).amounts[0]).toStrictEqual({ agreed: { amount: amount('0'), recipient: '522400' }, actual: amount('11980000') });
  });
});

describe('comparePlan, targets', () => {
  const targets = (...list: { measure: string; value: string; unit: string; recipient?: string }[]) =>
    plan({ id: 'p', kind: 'annual', name: { en: 'plan' }, fromYear: 2011, toYear: 2011, agreed: [], targets: list });

  it('counts the sub-projects in the recipient named', () => {
    const qiannan = targets({ measure: 'sub-projects', value: '20', unit: '个', recipient: '522700' });
    expect(comparePlan(qiannan, seed).targets[0]).toMatchObject({ actual: '18', percent: '90.00' });
    expect(comparePlan(qiannan, split).targets[0]).toMatchObject({ actual: '19', percent: '95.00' });
  });

  it('takes an actual given for the same recipient only, and gives none when there is none', () => {
    const given = { actuals: [{ measure: 'beneficiaries', value: '500', recipient: regionCode('522700') }] };
    const [bijie, qiannan] = comparePlan(
      targets({ measure: 'beneficiaries', value: '1000', unit: '人', recipient: '522400' }, { measure: 'beneficiaries', value: '1000', unit: '人', recipient: '522700' }),
      seed,
      given,
    ).targets;
    expect(bijie).toStrictEqual({ target: { measure: 'beneficiaries', value: '1000', unit: '人', recipient: '522400' } });
    expect(qiannan).toMatchObject({ actual: '500', percent: '50.00' });
  });

  it('gives an actual but no rate against a target of zero', () => {
    const [row] = comparePlan(targets({ measure: 'beneficiaries', value: '0', unit: '人' }), seed, { actuals: [{ measure: 'beneficiaries', value: '5' }] }).targets;
    expect(row).toStrictEqual({ target: { measure: 'beneficiaries', value: '0', unit: '人' }, actual: '5' });
  });

  it('takes actuals written as decimals, and refuses one that is not, naming where it is', () => {
    const target = targets({ measure: 'beneficiaries', value: '100', unit: '人' });
    expect(comparePlan(target, seed, { actuals: [{ measure: 'beneficiaries', value: '12.55' }] }).targets[0]?.percent).toBe('12.55');
    expect(comparePlan(target, seed, { actuals: [{ measure: 'beneficiaries', value: '-1' }] }).targets[0]?.percent).toBe('-1.00');
    for (const value of ['x12', '12x', '12.', '1.2.3', '']) {
      let issues: unknown;
      try {
        comparePlan(target, seed, { actuals: [{ measure: 'other', value: '1' }, { measure: 'beneficiaries', value }] });
      } catch (error) {
        issues = error instanceof PairingAidError ? error.issues.map((issue) => [issue.code, issue.path, issue.params]) : error;
      }
      expect(issues, value).toEqual([['decimal-invalid', ['actuals', 1, 'value'], { input: value }]]);
    }
  });
});
