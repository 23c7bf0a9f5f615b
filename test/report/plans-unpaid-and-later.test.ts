import { describe, expect, it } from 'vitest';
import { isoDate, plan, regionCode, type AnnualReport, type Programme } from '../../src/index.js';
import { reportOf, seedProgramme } from './fixtures.js';

// The 2011 plan for 毕节 (522400): its agreed money against the year's disbursements there, and its projects.
const bijie2011 = plan({
  id: 'bijie-2011',
  kind: 'annual',
  name: { en: 'Bijie 2011', zh: '毕节2011年计划' },
  fromYear: 2011,
  toYear: 2011,
  agreed: [{ recipient: '522400', amount: '10000000' }],
  targets: [{ measure: 'projects', value: '20', unit: '个', recipient: '522400' }],
});
const first = seedProgramme.projects[0]!;
const bijieOf = (report: AnnualReport) => report.projects.byPrefecture.find((row) => row.region.codesInData.includes(regionCode('522400')));
const planOf = (report: AnnualReport) => report.plans.plans[0]!;

describe('a plan and the projects of its year that have no money yet, or are of a later year', () => {
  it('counts an approved project of the plan’s year that has not been paid anything yet', () => {
    const unpaid: Programme = { ...seedProgramme, plans: [bijie2011], ledger: seedProgramme.ledger.filter((entry) => entry.project !== first.id) };
    const report = reportOf({ programme: unpaid });
    expect([planOf(report).inYear.targets[0]?.actual, planOf(report).cumulative.targets[0]?.actual]).toEqual(['25', '25']);
  });

  it('leaves out of the year a later year’s project paid only in that later year: not itemised, not in the plan’s money', () => {
    const later: Programme = {
      ...seedProgramme,
      plans: [bijie2011],
      projects: seedProgramme.projects.map((project) => (project.id === first.id ? { ...project, year: 2012 } : project)),
      ledger: seedProgramme.ledger.map((entry) => (entry.project === first.id ? { ...entry, date: isoDate(`2012${entry.date.slice(4)}`) } : entry)),
    };
    const paidIn2011 = seedProgramme.ledger
      .filter((entry) => entry.project === first.id && entry.kind === 'disbursement')
      .reduce((sum, entry) => sum + entry.amount.fen, 0n);
    const report = reportOf({ programme: later });
    expect(bijieOf(report)?.projects).toBe(24);
    expect(bijieOf(report)!.ledger.disbursement.fen).toBe(1_198_000_000n - paidIn2011);
    expect(planOf(report).inYear.amounts[0]!.actual.fen).toBe(1_198_000_000n - paidIn2011);
    expect(report.projects.rows.map((row) => row.project)).not.toContain(first.id);
  });
});
