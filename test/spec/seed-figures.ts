// The executable spec: every figure of DOMAIN.md §2 (the source's 2011 figures), read from the annual report
// built from the main job's data. `checkSeedFigures` lists every figure the report gets wrong.
import type { AnnualReport, ChosenFigure, FigureValue, SourceReference } from '../../src/index.js';

export interface SeedFigure {
  /** The statement of DOMAIN.md §2 the figure comes from. */
  readonly statement: string;
  readonly expected: string;
  readonly actual: (report: AnnualReport) => string | undefined;
}

const BIJIE = '520500';
const QIANNAN = '522700';

const section = (source: SourceReference | undefined) => source?.section?.en;
const described = (figure: { readonly value: FigureValue; readonly qualifier: string; readonly source: SourceReference }) =>
  `${figure.qualifier} ${typeof figure.value === 'number' ? figure.value : figure.value.toJSON()} (${section(figure.source)})`;
const reports = (chosen: ChosenFigure<FigureValue> | undefined) => chosen?.reports.map(described).sort().join('; ');
const donated = (report: AnnualReport, category: string) => report.funds.byCategory.find((row) => row.category === category)?.donated.toJSON();
const declaredProjects = (report: AnnualReport, scope: string, region?: string) =>
  report.projects.declared.find((figure) => figure.scope === scope && figure.region?.code === region)?.chosen;
const prefecture = (report: AnnualReport, code: string) => report.projects.byPrefecture.find((row) => row.region.code === code);
const declaredPersons = (report: AnnualReport, figure: string) =>
  report.beneficiaries.declared
    .filter((count) => count.figure === figure)
    .flatMap((count) => count.reports.map((reported) => `${reported.count} (${section(reported.source)})`))
    .sort()
    .join('; ');
const training = (report: AnnualReport) => report.training.activities[0];
const labour = (report: AnnualReport) => report.labour.activities[0];

export const seedFigures: readonly SeedFigure[] = [
  { statement: 'Funds donated to Bijie + Qiannan: 46.91 million yuan (4,691 万元)', expected: '46910000.00', actual: (r) => r.funds.total.toJSON() },
  { statement: '… of which counterpart-support (aid project) funds: 42.81 million', expected: '42810000.00', actual: (r) => donated(r, 'counterpart-support') },
  { statement: '… disaster relief funds: 2.8 million', expected: '2800000.00', actual: (r) => donated(r, 'disaster-relief') },
  { statement: '… cadre training funds: 1.3 million', expected: '1300000.00', actual: (r) => donated(r, 'cadre-training') },
  { statement: 'the funds are "according to incomplete statistics"', expected: 'true', actual: (r) => String(r.funds.incomplete) },
  { statement: 'Aid projects implemented: 124 (declared)', expected: '124', actual: (r) => String(declaredProjects(r, 'all')?.projects) },
  {
    statement: 'Residents directly benefited: 130,000 (declared, Overview and Funding)',
    expected: '130000 (Funding); 130000 (Overview)',
    actual: (r) => declaredPersons(r, 'residents-benefited'),
  },
  { statement: 'Infrastructure subset: 38 projects (itemised)', expected: '38', actual: (r) => String(r.projects.itemised.projects) },
  { statement: 'Infrastructure subset: 71 sub-projects (itemised)', expected: '71', actual: (r) => String(r.projects.itemised.subProjects) },
  {
    statement: 'Infrastructure subset: 38 projects (71 sub-projects) (declared)',
    expected: '38 (71)',
    actual: (r) => {
      const declared = declaredProjects(r, 'infrastructure');
      return declared && `${declared.projects} (${declared.subProjects})`;
    },
  },
  {
    statement: 'Infrastructure subset: 60,400 beneficiaries, part of the 130,000',
    expected: '60400 (Entire village advancement) ⊂ residents-benefited',
    actual: (r) => {
      const whole = r.beneficiaries.parts.find((part) => part.part === 'infrastructure-residents-benefited')?.whole;
      return `${declaredPersons(r, 'infrastructure-residents-benefited')} ⊂ ${whole}`;
    },
  },
  { statement: 'Bijie: invested 12 million (itemised budgets)', expected: '12000000.00', actual: (r) => prefecture(r, BIJIE)?.budget.toJSON() },
  { statement: 'Bijie: 25 projects (53 sub-projects) (itemised)', expected: '25 (53)', actual: (r) => { const row = prefecture(r, BIJIE); return row && `${row.projects} (${row.subProjects})`; } },
  {
    statement: 'Bijie: 12 million, 25 projects (53 sub-projects) (declared)',
    expected: '12000000.00, 25 (53)',
    actual: (r) => { const declared = declaredProjects(r, 'infrastructure', BIJIE); return declared && `${declared.invested?.toJSON()}, ${declared.projects} (${declared.subProjects})`; },
  },
  { statement: 'Qiannan: invested 12 million (itemised budgets)', expected: '12000000.00', actual: (r) => prefecture(r, QIANNAN)?.budget.toJSON() },
  { statement: 'Qiannan: 13 projects (18 sub-projects) (itemised)', expected: '13 (18)', actual: (r) => { const row = prefecture(r, QIANNAN); return row && `${row.projects} (${row.subProjects})`; } },
  {
    statement: 'Qiannan: 12 million, 13 projects (18 sub-projects) (declared)',
    expected: '12000000.00, 13 (18)',
    actual: (r) => { const declared = declaredProjects(r, 'infrastructure', QIANNAN); return declared && `${declared.invested?.toJSON()}, ${declared.projects} (${declared.subProjects})`; },
  },
  { statement: 'Farming (industrial) projects: 2 million', expected: '2000000.00', actual: (r) => r.industry.farmingFunds.toJSON() },
  {
    statement: 'Farming (industrial) projects: September 2011',
    expected: '2011-09-01 month',
    actual: (r) => { const row = r.industry.activities.find((activity) => activity.farmingFunds !== undefined); return row?.date && `${row.date.date} ${row.date.precision}`; },
  },
  {
    statement: 'Cadres and professionals trained: 1,100 (Overview) and 550 (Cadre training), both kept',
    expected: 'exact 1100 (Overview); exact 550 (Cadre training)',
    actual: (r) => reports(training(r)?.trainees),
  },
  {
    statement: 'Cadres trained: the figure chosen by the named rule, with its source',
    expected: 'largest: exact 1100 (Overview)',
    actual: (r) => { const chosen = training(r)?.trainees; return chosen && `${chosen.rule.rule}: ${described(chosen)}`; },
  },
  { statement: 'Experts organised: more than 1,100 (Cadre training)', expected: 'more-than 1100 (Cadre training)', actual: (r) => reports(training(r)?.expertsOrganised) },
  { statement: 'Needy students subsidised: 11,000', expected: 'exact 11000 (Overview)', actual: (r) => reports(r.students.activities[0]?.students) },
  { statement: 'Labourers exported: 16,000', expected: 'exact 16000 (Overview)', actual: (r) => reports(labour(r)?.placed) },
  { statement: 'Labourers exported: the buckets hold', expected: 'true', actual: (r) => String(labour(r)?.placementHolds) },
  {
    statement: 'Guizhou people working in Shenzhen (stock): more than 500,000',
    expected: 'more-than 500000 (Labor service cooperation)',
    actual: (r) => reports(labour(r)?.workingInDonorCity),
  },
  { statement: 'The report finds no rule violation in the data', expected: '', actual: (r) => r.issues.map((issue) => issue.code).join(', ') },
];

/** Every figure of the spec the report gets wrong, as "statement: expected …, got …". */
export function checkSeedFigures(report: AnnualReport): string[] {
  return seedFigures.flatMap((figure) => {
    const actual = figure.actual(report);
    return actual === figure.expected ? [] : [`${figure.statement}: expected ${figure.expected}, got ${actual}`];
  });
}
