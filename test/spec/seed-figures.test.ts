import { describe, expect, it } from 'vitest';
import {
  seedAnnualReportInput2011,
  seedNonProjectAid2011,
  seedReportOptions2011,
} from '../../examples/data/shenzhen-guizhou-2011.js';
import { buildReport2011 } from '../../examples/shenzhen-guizhou-2011.js';
import {
  addAmounts,
  amount,
  buildAnnualReport,
  personCount,
  type AnnualReportInput,
  type NonProjectAid,
} from '../../src/index.js';
import { checkSeedFigures, seedFigures } from './seed-figures.js';

// DOMAIN.md §2, figure by figure, against the report the main job prints.
describe('the 2011 figures (DOMAIN.md §2)', () => {
  const report = buildReport2011();

  for (const figure of seedFigures) {
    it(`reports ${figure.statement}`, () => {
      expect(figure.actual(report)).toBe(figure.expected);
    });
  }

  it('adds up as the source does: 42.81 + 2.8 + 1.3 = 46.91; 25 + 13 = 38; 53 + 18 = 71', () => {
    const shares = report.funds.byCategory.map((row) => row.donated);
    expect(shares.reduce(addAmounts).toJSON()).toBe(report.funds.total.toJSON());
    const [bijie, qiannan] = report.projects.byPrefecture;
    expect(bijie!.projects + qiannan!.projects).toBe(report.projects.itemised.projects);
    expect(bijie!.subProjects + qiannan!.subProjects).toBe(report.projects.itemised.subProjects);
  });

  it('is built from the same data as the example prints', () => {
    expect(buildAnnualReport(seedAnnualReportInput2011, seedReportOptions2011)).toEqual(report);
  });
});

describe('checkSeedFigures', () => {
  const withAid = (change: (record: NonProjectAid) => NonProjectAid): AnnualReportInput => ({
    ...seedAnnualReportInput2011,
    nonProjectAid: seedNonProjectAid2011.map(change),
  });

  it('finds nothing wrong in the example’s data', () => {
    expect(checkSeedFigures(buildReport2011())).toEqual([]);
  });

  it('fails when the counterpart-support share of the fund is changed', () => {
    const { record } = seedAnnualReportInput2011;
    const { programme } = record;
    const [fund] = programme.funds;
    const changed = {
      ...fund!,
      breakdown: fund!.breakdown.map((share) => (share.category === 'counterpart-support' ? { ...share, amount: amount('42.80 million') } : share)),
    };
    const mismatches = checkSeedFigures(buildAnnualReport({ ...seedAnnualReportInput2011, record: { ...record, programme: { ...programme, funds: [changed] } } }, seedReportOptions2011));
    expect(mismatches).toContain('… of which counterpart-support (aid project) funds: 42.81 million: expected 42810000.00, got 42800000.00');
    expect(mismatches).toContain('Funds donated to Bijie + Qiannan: 46.91 million yuan (4,691 万元): expected 46910000.00, got 46900000.00');
    // The fund's total still says 46.91 million, so the rule check reports the breakdown too.
    expect(mismatches.at(-1)).toMatch(/no rule violation.*fund-breakdown-mismatch/);
  });

  it('fails when a Bijie project’s budget is changed', () => {
    const { record } = seedAnnualReportInput2011;
    const { programme } = record;
    const projects = programme.projects.map((project, i) =>
      i === 0 ? { ...project, budget: amount('60万元'), subProjects: project.subProjects.map((sub, s) => (s === 0 ? { ...sub, budget: addAmounts(sub.budget, amount('10万元')) } : sub)) } : project,
    );
    const mismatches = checkSeedFigures(buildAnnualReport({ ...seedAnnualReportInput2011, record: { ...record, programme: { ...programme, projects } } }, seedReportOptions2011));
    expect(mismatches).toContain('Bijie: invested 12 million (itemised budgets): expected 12000000.00, got 12100000.00');
    expect(mismatches.at(-1)).toMatch(/declared-projects-differ-from-itemised/);
  });

  it('fails when the cadre-training section’s 550 is changed', () => {
    const input = withAid((record) =>
      record.kind === 'cadre-training'
        ? { ...record, trainees: record.trainees.map((report) => (report.value === 550 ? { ...report, value: personCount(551) } : report)) }
        : record,
    );
    expect(checkSeedFigures(buildAnnualReport(input, seedReportOptions2011))).toEqual([
      'Cadres and professionals trained: 1,100 (Overview) and 550 (Cadre training), both kept: expected exact 1100 (Overview); exact 550 (Cadre training), got exact 1100 (Overview); exact 551 (Cadre training)',
    ]);
  });

  it('fails when the stock in Shenzhen loses its qualifier', () => {
    const input = withAid((record) =>
      record.kind === 'labour-cooperation'
        ? { ...record, workingInDonorCity: record.workingInDonorCity.map((report) => ({ ...report, qualifier: 'exact' as const })) }
        : record,
    );
    expect(checkSeedFigures(buildAnnualReport(input, seedReportOptions2011))).toEqual([
      'Guizhou people working in Shenzhen (stock): more than 500,000: expected more-than 500000 (Labor service cooperation), got exact 500000 (Labor service cooperation)',
    ]);
  });

  it('fails when the labourers placed no longer match their buckets', () => {
    const input = withAid((record) =>
      record.kind === 'labour-cooperation' ? { ...record, placed: record.placed.map((report) => ({ ...report, value: personCount(16001) })) } : record,
    );
    const mismatches = checkSeedFigures(buildAnnualReport(input, seedReportOptions2011));
    expect(mismatches).toEqual([
      'Labourers exported: 16,000: expected exact 16000 (Overview), got exact 16001 (Overview)',
      'Labourers exported: the buckets hold: expected true, got false',
      'The report finds no rule violation in the data: expected , got labour-placement-differs-from-reported',
    ]);
  });
});
