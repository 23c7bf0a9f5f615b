import { describe, expect, it } from 'vitest';
import { twoYearRecord, twoYearReportInput, twoYearReportOptions } from '../../examples/data/bijie-qiannan-2011-2012.js';
import {
  amount,
  annualReportToJSON,
  buildAnnualReport,
  formatPath,
  regionCode,
  renderAnnualReport,
  subProjectId,
  type AnnualReport,
  type AnnualReportInput,
  type AnnualReportOptions,
  type DeclaredProjectCount,
  type Project,
  type SourceReference,
  type SubProject,
} from '../../src/index.js';

// The 2011 report of the two-year programme: 大方县's village road (rural roads, recorded under 522422, 1 million
// yuan) and 都匀市's drinking water (drinking water, 522701, 0.6 million yuan), both approved in 2011.
interface Change {
  /** A change to each project of the programme. */
  readonly project?: (project: Project) => Project;
  /** The projects in another order. */
  readonly reversed?: boolean;
  readonly input?: Partial<AnnualReportInput>;
  readonly options?: Partial<AnnualReportOptions>;
}

function report2011(change: Change = {}): AnnualReport {
  const { programme } = twoYearRecord;
  const changed = programme.projects.map(change.project ?? ((project) => project));
  const projects = change.reversed === true ? [...changed].reverse() : changed;
  return buildAnnualReport(
    { ...twoYearReportInput, ...change.input, record: { ...twoYearRecord, programme: { ...programme, projects } } },
    { ...twoYearReportOptions(2011), ...change.options },
  );
}

const headings = { en: ['2. Projects', '3. Beneficiaries'], zh: ['二、项目', '三、受益人口'] } as const;

/** The lines of section 2 of the rendered report, without its heading. */
function projectLines(report: AnnualReport, locale: 'en' | 'zh'): string[] {
  const lines = renderAnnualReport(report, { locale }).split('\n');
  const [from, to] = headings[locale];
  return lines.slice(lines.indexOf(from) + 1, lines.indexOf(to) - 1);
}

const renderedLines = (report: AnnualReport, locale: 'en' | 'zh') => renderAnnualReport(report, { locale }).split('\n');

const ofType = (id: string, type: string) => (project: Project): Project => (project.id === id ? { ...project, type } : project);

const subProject = (id: string, type: string, region: string, wan: number): SubProject => ({
  id: subProjectId(id),
  name: { zh: `子项目${id}`, en: `sub-project ${id}` },
  type,
  location: { region: regionCode(region) },
  budget: amount(`${wan}万元`),
});

const countySource = (en: string, zh: string): SourceReference => ({ document: { en, zh }, completeness: 'complete' });

const declared = (count: Omit<DeclaredProjectCount, 'year' | 'qualifier' | 'source'> & { readonly source?: SourceReference }): DeclaredProjectCount => ({
  year: 2011,
  qualifier: 'exact',
  source: countySource('Guizhou poverty-relief yearbook', '贵州扶贫年鉴'),
  ...count,
});

const issuesOf = (report: AnnualReport) => report.issues.filter((issue) => issue.code.startsWith('declared-projects')).map((issue) => [issue.code, formatPath(issue.path), issue.params]);

describe('buildAnnualReport and renderAnnualReport, section 2 (projects)', () => {
  describe('the itemised projects', () => {
    it('writes one project with one sub-project in the singular', () => {
      const report = report2011({
        project: (project) => (project.id === 'DF-2011-01' ? { ...project, subProjects: [subProject('DF-2011-01-a', 'rural-road', '522422', 100)] } : project),
        options: { recipients: [regionCode('522400')] },
      });
      expect(annualReportToJSON(report).projects.itemised).toEqual({
        projects: 1,
        subProjects: 1,
        budget: '1000000.00',
        ledger: { budget: '1000000.00', commitment: '1000000.00', disbursement: '600000.00', expenditure: '400000.00' },
      });
      expect(projectLines(report, 'en')).toContain('Itemised: 1 project with 1 sub-project, approved budgets 1.00 million yuan');
      expect(projectLines(report, 'zh')).toContain('已列明：项目1个，子项目1个，批准预算100.00万元');
    });

    it('counts as infrastructure only the projects of a type the programme marks as infrastructure', () => {
      const report = report2011({ project: ofType('DY-2011-01', 'education') });
      expect(annualReportToJSON(report).projects.infrastructure).toEqual({ projects: 1, subProjects: 0, budget: '1000000.00' });
      expect(annualReportToJSON(report).projects.byType).toEqual([
        { type: 'rural-road', label: { zh: '乡村道路', en: 'rural roads' }, infrastructure: true, projects: 1, subProjects: 0, budget: '1000000.00' },
        { type: 'education', label: { zh: '教育', en: 'education' }, infrastructure: false, projects: 1, subProjects: 0, budget: '600000.00' },
      ]);
      expect(projectLines(report, 'en')).toEqual(
        expect.arrayContaining(['  type         projects  sub-projects  budget', '  rural roads         1             0    1.00', '  education           1             0    0.60']),
      );
      expect(projectLines(report, 'zh')).toEqual(
        expect.arrayContaining(['  类型      项目  子项目    预算', '  乡村道路     1       0  100.00', '  教育         1       0   60.00']),
      );
    });

    it('lists the types the programme does not define after its own, in the order of their codes, by their code', () => {
      const report = report2011({
        project: (project) =>
          project.id === 'DF-2011-01'
            ? { ...project, subProjects: [subProject('DF-2011-01-a', 'solar-lamps', '522422', 30), subProject('DF-2011-01-b', 'biogas', '522422', 20)] }
            : ofType('DY-2011-01', 'education')(project),
      });
      expect(annualReportToJSON(report).projects.byType).toEqual([
        { type: 'rural-road', label: { zh: '乡村道路', en: 'rural roads' }, infrastructure: true, projects: 1, subProjects: 0, budget: '1000000.00' },
        { type: 'education', label: { zh: '教育', en: 'education' }, infrastructure: false, projects: 1, subProjects: 0, budget: '600000.00' },
        { type: 'biogas', label: { en: 'biogas' }, infrastructure: false, projects: 0, subProjects: 1, budget: '0.00' },
        { type: 'solar-lamps', label: { en: 'solar-lamps' }, infrastructure: false, projects: 0, subProjects: 1, budget: '0.00' },
      ]);
      expect(projectLines(report, 'en')).toEqual(
        expect.arrayContaining([
          '  type         projects  sub-projects  budget',
          '  rural roads         1             0    1.00',
          '  education           1             0    0.60',
          '  biogas              0             1    0.00',
          '  solar-lamps         0             1    0.00',
        ]),
      );
      // The sub-projects are of the road: the road's infrastructure counts them, whatever their own types.
      expect(annualReportToJSON(report).projects.infrastructure).toEqual({ projects: 1, subProjects: 2, budget: '1000000.00' });
    });

    it('orders the prefectures by their code in force, whatever the order of the projects', () => {
      const report = report2011({ reversed: true });
      expect(report.projects.byPrefecture.map((row) => [row.region.code, row.region.codesInData, row.projects, row.budget.toJSON()])).toEqual([
        ['520500', ['522400'], 1, '1000000.00'],
        ['522700', [], 1, '600000.00'],
      ]);
      expect(projectLines(report, 'en')).toEqual(
        expect.arrayContaining([
          '  Bijie (520500; in the data 522400)                            1             0    1.00       0.60   0.40',
          '  Qiannan Buyei and Miao Autonomous Prefecture (522700)         1             0    0.60       0.60   0.50',
        ]),
      );
      const zh = projectLines(report, 'zh');
      expect(zh.findIndex((line) => line.startsWith('  毕节市'))).toBeLessThan(zh.findIndex((line) => line.startsWith('  黔南布依族苗族自治州')));
    });

    it('writes no table and no project rows for a year that lists no project', () => {
      const report = report2011({ options: { year: 2013 } });
      expect([report.projects.byPrefecture, report.projects.byType, report.projects.rows]).toEqual([[], [], []]);
      expect(projectLines(report, 'en')).toEqual(['Itemised: 0 projects with 0 sub-projects, approved budgets 0.00 million yuan']);
      expect(projectLines(report, 'zh')).toEqual(['已列明：项目0个，子项目0个，批准预算0.00万元']);
    });
  });

  describe('the project counts the sources declare', () => {
    it('chooses a programme-wide count by the rule given for its figure, and cites every report of it', () => {
      const report = report2011({
        input: {
          declaredProjects: [
            declared({ scope: 'all', projects: 4, source: countySource('Dafang County report', '大方县报告') }),
            declared({ scope: 'all', projects: 6, source: countySource('Duyun report', '都匀市报告') }),
          ],
        },
        options: { figureRule: { rule: 'largest' }, figureRules: { 'projects.all': { rule: 'smallest' } } },
      });
      const [figure] = report.projects.declared;
      expect([figure?.scope, figure?.chosen.projects, figure?.rule, figure?.reports.map((count) => count.projects)]).toEqual(['all', 4, { rule: 'smallest' }, [4, 6]]);
      expect(report.sources.map((source) => source.document.en)).toEqual(['Dafang County report', 'Duyun report']);
      expect(projectLines(report, 'en').slice(0, 4)).toEqual([
        'Aid projects declared: 4 projects [1] (rule: smallest)',
        '  also reported: 6 projects [2]',
        'Itemised: 2 projects with 0 sub-projects, approved budgets 1.60 million yuan',
        'Declared but not itemised in the data: 2 projects',
      ]);
      expect(projectLines(report, 'zh').slice(0, 4)).toEqual([
        '帮扶项目（报告数）：4个 [1]（规则：取最小值）',
        '  另有报告：6个 [2]',
        '已列明：项目2个，子项目0个，批准预算160.00万元',
        '已报告但数据中未列明的项目：2个',
      ]);
      expect(renderedLines(report, 'en').slice(-5, -1)).toEqual(['Dafang County report', '  [1] —', 'Duyun report', '  [2] —']);
    });

    it('compares a count of all projects with every itemised project, and an infrastructure count with those of infrastructure types', () => {
      const report = report2011({
        project: ofType('DY-2011-01', 'education'),
        input: { declaredProjects: [declared({ scope: 'all', projects: 2 }), declared({ scope: 'infrastructure', projects: 1, subProjects: 0, invested: amount('1 million') })] },
      });
      expect(annualReportToJSON(report).projects.declared.map((figure) => [figure.scope, figure.itemised])).toEqual([
        ['all', { projects: 2, subProjects: 0, budget: '1600000.00' }],
        ['infrastructure', { projects: 1, subProjects: 0, budget: '1000000.00' }],
      ]);
      expect(report.issues).toEqual([]);
      expect(projectLines(report, 'en')[0]).toBe('Aid projects declared: 2 projects [1]');
    });

    it('accepts a count of all projects equal to those itemised, and reports one below them', () => {
      expect(issuesOf(report2011({ input: { declaredProjects: [declared({ scope: 'all', projects: 2 })] } }))).toEqual([]);
      const below = report2011({ input: { declaredProjects: [declared({ scope: 'all', projects: 1 })] } });
      expect(issuesOf(below)).toStrictEqual([['declared-projects-below-itemised', 'declaredProjects[0].projects', { scope: 'all', declared: 1, itemised: 2 }]]);
      expect(renderedLines(below, 'en')).toContain('  - [declared-projects-below-itemised] declaredProjects[0].projects: The projects declared (1) are fewer than the 2 itemised.');
      expect(renderedLines(below, 'zh')).toContain('  - 申报的帮扶项目数（1个）少于列明的2个。');
    });

    it('reports each measure in which an infrastructure count differs from the infrastructure itemised', () => {
      const report = report2011({
        input: { declaredProjects: [declared({ scope: 'infrastructure', projects: 3, subProjects: 1, invested: amount('2 million') })] },
      });
      expect(issuesOf(report)).toStrictEqual([
        ['declared-projects-differ-from-itemised', 'declaredProjects[0].projects', { scope: 'infrastructure', measure: 'projects', declared: 3, itemised: 2 }],
        ['declared-projects-differ-from-itemised', 'declaredProjects[0].subProjects', { scope: 'infrastructure', measure: 'sub-projects', declared: 1, itemised: 0 }],
        ['declared-projects-differ-from-itemised', 'declaredProjects[0].invested', { scope: 'infrastructure', measure: 'amount invested', declared: '2000000.00', itemised: '1600000.00' }],
      ]);
      expect(renderedLines(report, 'en')).toEqual(
        expect.arrayContaining([
          '  - [declared-projects-differ-from-itemised] declaredProjects[0].projects: The infrastructure projects declared (3) differ from the itemised 2.',
          '  - [declared-projects-differ-from-itemised] declaredProjects[0].subProjects: The infrastructure sub-projects declared (1) differ from the itemised 0.',
          '  - [declared-projects-differ-from-itemised] declaredProjects[0].invested: The amount invested in infrastructure declared (2000000.00) differs from the itemised 1600000.00.',
        ]),
      );
      expect(renderedLines(report, 'zh')).toEqual(
        expect.arrayContaining(['  - 申报的基础设施项目数量（3）与列明的2不一致。', '  - 申报的基础设施项目子项目数（1）与列明的0不一致。', '  - 申报的基础设施项目投资额（200.00万元）与列明的160.00万元不一致。']),
      );
    });

    it('checks only the measures an infrastructure count gives', () => {
      expect(issuesOf(report2011({ input: { declaredProjects: [declared({ scope: 'infrastructure', projects: 2 })] } }))).toEqual([]);
    });

    it('shows a prefecture’s count in its row, under the code in force, with the code it was declared under', () => {
      const report = report2011({
        input: { declaredProjects: [declared({ scope: 'infrastructure', projects: 1, subProjects: 0, invested: amount('1 million'), region: regionCode('522400') })] },
      });
      const [figure] = annualReportToJSON(report).projects.declared;
      expect([figure?.region, figure?.itemised]).toEqual([
        { code: '520500', name: { zh: '毕节市', en: 'Bijie' }, codesInData: ['522400'] },
        { projects: 1, subProjects: 0, budget: '1000000.00' },
      ]);
      expect(report.issues).toEqual([]);
      expect(projectLines(report, 'en').slice(0, 4)).toEqual([
        'Itemised: 2 projects with 0 sub-projects, approved budgets 1.60 million yuan',
        '  prefecture                                             projects  sub-projects  budget  disbursed  spent  declared projects/sub-projects, invested',
        '  Bijie (520500; in the data 522400)                            1             0    1.00       0.60   0.40                             1/0, 1.00 [1]',
        '  Qiannan Buyei and Miao Autonomous Prefecture (522700)         1             0    0.60       0.60   0.50',
      ]);
      // The Chinese row: the same figures, in 万元.
      expect(projectLines(report, 'zh')[2]).toMatch(/^ {2}毕节市（520500；数据中为 522400） +1 +0 +100\.00 +60\.00 +40\.00 +1\/0、100\.00 \[1\]$/);
    });

    it('reports a prefecture’s count that differs, naming the code it was declared under', () => {
      const report = report2011({ input: { declaredProjects: [declared({ scope: 'infrastructure', projects: 2, region: regionCode('522400') })] } });
      expect(issuesOf(report)).toStrictEqual([
        ['declared-projects-differ-from-itemised', 'declaredProjects[0].projects', { scope: 'infrastructure', region: '522400', measure: 'projects', declared: 2, itemised: 1 }],
      ]);
    });
  });

  describe('a row per project', () => {
    it('writes each project’s township and village after its county, and keeps the code it was recorded under', () => {
      const report = report2011({
        project: (project) => (project.id === 'DY-2011-01' ? { ...project, location: { ...project.location, township: '墨冲镇', village: '良亩村' } } : project),
      });
      const [road, water] = report.projects.rows;
      // A place left out is no field at all, not one set to nothing.
      expect([road?.region, Object.keys(road ?? {}).filter((key) => key === 'township' || key === 'village')]).toEqual([
        { code: '520521', name: { zh: '大方县', en: 'Dafang County' }, codesInData: ['522422'] },
        [],
      ]);
      expect([water?.region, water?.township, water?.village]).toEqual([{ code: '522701', name: { zh: '都匀市', en: 'Duyun' }, codesInData: [] }, '墨冲镇', '良亩村']);
      expect(projectLines(report, 'en')).toEqual(
        expect.arrayContaining([
          '  DF-2011-01 Dafang County 2011 village road          Dafang County  in implementation    1.00       1.00       0.60   0.40              2',
          '  DY-2011-01 Duyun 2011 drinking water        Duyun, 墨冲镇, 良亩村             closed    0.60       0.60       0.60   0.50              —',
        ]),
      );
      expect(projectLines(report, 'zh')).toEqual(
        expect.arrayContaining([
          '  1. 大方县2011年通村公路项目              大方县  实施中  100.00  100.00  60.00  40.00         2',
          '  2. 都匀市2011年人畜饮水项目  都匀市墨冲镇良亩村  已关闭   60.00   60.00  60.00  50.00         —',
        ]),
      );
    });
  });
});
