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
const withPlan = (programme: Programme): Programme => ({ ...programme, plans: [bijie2011] });
// The seed's first project (in 毕节), approved and paid in 2011, written in the plan of 2012: money paid ahead.
const paidAhead: Programme = withPlan({ ...seedProgramme, projects: seedProgramme.projects.map((project, i) => (i === 0 ? { ...project, year: 2012 } : project)) });
const first = seedProgramme.projects[0]!;

describe('a plan and the money of a later year’s project paid in its year', () => {
  it('is the project the seed lists first: in 毕节, approved, with money dated in 2011', () => {
    expect(first.location.region.slice(0, 4)).toBe(regionCode('522400').slice(0, 4));
    expect(seedProgramme.ledger.some((entry) => entry.project === first.id && entry.kind === 'disbursement' && entry.date.startsWith('2011'))).toBe(true);
  });

  it('counts the money where it was paid, as the report’s funds do: in the 2011 comparison, in the year and so far', () => {
    const onPlan = reportOf({ programme: withPlan(seedProgramme) }).plans.plans[0]!;
    const ahead = reportOf({ programme: paidAhead }).plans.plans[0]!;
    expect(ahead.inYear.amounts[0]?.actual.toJSON()).toBe(onPlan.inYear.amounts[0]?.actual.toJSON());
    expect(ahead.cumulative.amounts[0]?.actual.toJSON()).toBe(onPlan.cumulative.amounts[0]?.actual.toJSON());
    expect(ahead.inYear.amounts[0]?.actual.toJSON()).toBe('11980000.00');
  });

  it('counts the project itself in the plan of its own year only: one project fewer against the 2011 target', () => {
    const onPlan = reportOf({ programme: withPlan(seedProgramme) }).plans.plans[0]!;
    const ahead = reportOf({ programme: paidAhead }).plans.plans[0]!;
    expect([onPlan.inYear.targets[0]?.actual, ahead.inYear.targets[0]?.actual]).toEqual(['25', '24']);
    expect(ahead.cumulative.targets[0]?.actual).toBe('24');
  });

  it('itemises the project in 2011 and counts its money there, as the plan does', () => {
    const report = reportOf({ programme: paidAhead });
    // 毕节 under its code of the report's regions, 520500, with the 2011 code it had in the data.
    const bijie = report.projects.byPrefecture.find((row) => row.region.codesInData.includes(regionCode('522400')));
    expect([bijie?.projects, bijie?.ledger.disbursement.toJSON()]).toEqual([25, '11980000.00']);
  });
});

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
