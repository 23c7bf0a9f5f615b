import { describe, expect, it } from 'vitest';
import {
  amount,
  fundId,
  householdCount,
  isoDate,
  personTimeCount,
  regionCode,
  renderAnnualReport,
  type DeclaredCount,
  type DeclaredProjectCount,
  type Fund,
  type LocalizedText,
} from '../../src/index.js';
import { identified2011, reportOf, seedInput, seedProgramme, type InputChange, withAssetsRegistered } from './fixtures.js';

// Sections 1 to 3 and the sources, for programmes that differ from the 2011 one where the report has a choice to
// make: a second fund reported in a complete source, funds split by recipient, nothing itemised, declared counts
// that match or leave out parts, assets of some classes only, places below the county, other units.

const rendered = (change: InputChange = {}, figureLabels: Readonly<Record<string, LocalizedText>> = {}) => ({
  en: renderAnnualReport(reportOf(change), { locale: 'en', figureLabels }).split('\n'),
  zh: renderAnnualReport(reportOf(change), { locale: 'zh', figureLabels }).split('\n'),
});

/** The lines of the section under a heading, up to the blank line that ends it. */
const sectionOf = (lines: readonly string[], heading: string): string[] => {
  const start = lines.indexOf(heading) + 1;
  const end = lines.indexOf('', start);
  return lines.slice(start, end === -1 ? undefined : end);
};
const funds = (lines: readonly string[]) => sectionOf(lines, lines.includes('1. Funds') ? '1. Funds' : '一、资金');
const projects = (lines: readonly string[]) => sectionOf(lines, lines.includes('2. Projects') ? '2. Projects' : '二、项目');
const beneficiaries = (lines: readonly string[]) => sectionOf(lines, lines.includes('3. Beneficiaries') ? '3. Beneficiaries' : '三、受益人口');

// A programme with no fund, no project and no ledger, and no non-project aid or declared figure.
const nothingItemised = (): InputChange => ({
  record: { programme: { ...seedProgramme, funds: [], projects: [], ledger: [] }, eventLogs: {} },
  nonProjectAid: [],
  declaredProjects: [],
});

describe('renderAnnualReport, section 1 (funds)', () => {
  it('cites every source the funds were reported in, the complete one without the mark of incomplete statistics', () => {
    const [fund] = seedProgramme.funds;
    const topUp: Fund = {
      ...fund!,
      id: fundId('sz-2011-relief-top-up'),
      total: amount('500000'),
      breakdown: [{ category: 'disaster-relief', amount: amount('500000'), recipient: regionCode('522700') }],
      reportedIn: { document: { en: 'Shenzhen civil affairs bureau, 2011 accounts', zh: '深圳市民政局2011年决算' }, completeness: 'complete' },
    };
    const written = rendered({ programme: { ...seedProgramme, funds: [fund!, topUp] } });
    expect(funds(written.en)[0]).toBe('Donated: 47.41 million yuan (¥47,410,000.00)* [2] [3]');
    expect(funds(written.zh)[0]).toBe('捐赠资金：4,741.00万元* [2] [3]');
    // The source has no section: its line says so with a dash, and it is not marked incomplete.
    const listed = (lines: readonly string[], document: string) => lines.slice(lines.indexOf(document), lines.indexOf(document) + 2);
    expect(listed(written.en, 'Shenzhen civil affairs bureau, 2011 accounts')).toEqual(['Shenzhen civil affairs bureau, 2011 accounts', '  [3] —']);
    expect(listed(written.zh, '深圳市民政局2011年决算')).toEqual(['深圳市民政局2011年决算', '  [3] —']);
  });

  it('writes no remainder by recipient when every share names its recipient', () => {
    const [fund] = seedProgramme.funds;
    const split: Fund = { ...fund!, breakdown: fund!.breakdown.map((share, i) => ({ ...share, recipient: regionCode(i === 1 ? '522700' : '522400') })) };
    const written = rendered({ programme: { ...seedProgramme, funds: [split] } });
    expect(funds(written.en).at(-1)).toBe('By recipient: Bijie (520500; in the data 522400) 44.11 million yuan; Qiannan Buyei and Miao Autonomous Prefecture (522700) 2.80 million yuan');
    expect(funds(written.zh).at(-1)).toBe('按帮扶地区：毕节市（520500；数据中为 522400） 4,411.00万元；黔南布依族苗族自治州（522700） 280.00万元');
  });

  it('writes no table of categories for a programme with nothing donated, itemised or given', () => {
    const written = rendered(nothingItemised());
    expect(funds(written.en)[0]).toBe('Donated: 0.00 million yuan (¥0.00)');
    expect(funds(written.zh)[0]).toBe('捐赠资金：0.00万元');
    expect(funds(written.en).filter((line) => line.startsWith('  '))).toEqual([]);
    expect(funds(written.zh).filter((line) => line.startsWith('  '))).toEqual([]);
  });
});

describe('renderAnnualReport, section 2 (projects)', () => {
  const declared = (): DeclaredProjectCount[] => [...seedInput.declaredProjects];

  it('writes no table and no list of projects for a programme without itemised projects', () => {
    const written = rendered(nothingItemised());
    expect(projects(written.en)).toEqual(['Itemised: 0 projects with 0 sub-projects, approved budgets 0.00 million yuan']);
    expect(projects(written.zh)).toEqual(['已列明：项目0个，子项目0个，批准预算0.00万元']);
  });

  it('writes the declared projects missing from the data only when more are declared than itemised', () => {
    const [all, , , infrastructure, bijie, qiannan] = declared();
    const asMany = rendered({ declaredProjects: [{ ...all!, projects: 38 }, infrastructure!, bijie!, qiannan!] });
    expect(projects(asMany.en).slice(0, 3)).toEqual([
      'Aid projects declared: 38 projects* [3]',
      'Infrastructure projects declared: 38 projects (71 sub-projects)* [4]',
      'Itemised: 38 projects with 71 sub-projects, approved budgets 24.00 million yuan',
    ]);
    expect(projects(asMany.en)[3]).toMatch(/^ {2}prefecture /);
    expect(projects(asMany.zh)[3]).toMatch(/^ {2}地区 /);
    const more = rendered({ declaredProjects: [{ ...all!, projects: 40 }, infrastructure!, bijie!, qiannan!] });
    expect(projects(more.en)[3]).toBe('Declared but not itemised in the data: 2 projects');
    expect(projects(more.zh)[3]).toBe('已报告但数据中未列明的项目：2个');
  });

  it('compares only the count of all projects with the itemised ones, never the infrastructure count', () => {
    const [, , , infrastructure, bijie, qiannan] = declared();
    const written = rendered({ declaredProjects: [{ ...infrastructure!, projects: 40 }, bijie!, qiannan!] });
    expect(projects(written.en).slice(0, 3)).toEqual([
      'Infrastructure projects declared: 40 projects (71 sub-projects)* [3]',
      'Itemised: 38 projects with 71 sub-projects, approved budgets 24.00 million yuan',
      '  prefecture                                             projects  sub-projects  budget  disbursed  spent  declared projects/sub-projects, invested',
    ]);
    expect(projects(written.zh).slice(1, 2)).toEqual(['已列明：项目38个，子项目71个，批准预算2,400.00万元']);
    expect(projects(written.zh)[2]).toMatch(/^ {2}地区 /);
  });

  it('lists the assets registered in the year by the classes that have any', () => {
    const record = withAssetsRegistered([{ class: 'public-welfare', name: { zh: '村组道路1.2公里' }, value: amount('500000'), owner: '村民委员会', manager: '村民委员会', handedOverOn: isoDate('2011-12-20') }]);
    const written = rendered({ record });
    expect(projects(written.en)).toContain('Assets registered and handed over in 2011: public-welfare 1 (0.50 million yuan)');
    expect(projects(written.zh)).toContain('2011年登记移交的项目资产：公益性1项（50.00万元）');
  });

  it('leaves the declared column out of the prefecture table when the sources declare nothing by prefecture', () => {
    const [all, , , infrastructure] = declared();
    const written = rendered({ declaredProjects: [all!, infrastructure!] });
    const table = (lines: readonly string[]) => lines.slice(lines.findIndex((line) => /^ {2}(prefecture|地区) /.test(line)), lines.findIndex((line) => /^ {2}(prefecture|地区) /.test(line)) + 3);
    expect(table(projects(written.en))).toEqual([
      '  prefecture                                             projects  sub-projects  budget  disbursed  spent',
      '  Bijie (520500; in the data 522400)                           25            53   12.00      11.98   7.90',
      '  Qiannan Buyei and Miao Autonomous Prefecture (522700)        13            18   12.00      12.00   7.93',
    ]);
    expect(table(projects(written.zh))).toEqual([
      '  地区                               项目  子项目      预算    已拨付  已支出',
      '  毕节市（520500；数据中为 522400）    25      53  1,200.00  1,198.00  790.00',
      '  黔南布依族苗族自治州（522700）       13      18  1,200.00  1,200.00  793.20',
    ]);
  });

  it('shows a prefecture’s declared projects alone when the source gives no sub-projects or investment, and leaves a prefecture without one blank', () => {
    const [all, , , infrastructure, bijie] = declared();
    const { subProjects: _subProjects, invested: _invested, ...projectsOnly } = bijie!;
    const written = rendered({ declaredProjects: [all!, infrastructure!, projectsOnly] });
    const table = (lines: readonly string[]) => lines.slice(lines.findIndex((line) => /^ {2}(prefecture|地区) /.test(line)), lines.findIndex((line) => /^ {2}(prefecture|地区) /.test(line)) + 3);
    expect(table(projects(written.en))).toEqual([
      '  prefecture                                             projects  sub-projects  budget  disbursed  spent  declared projects/sub-projects, invested',
      '  Bijie (520500; in the data 522400)                           25            53   12.00      11.98   7.90                                   25* [4]',
      '  Qiannan Buyei and Miao Autonomous Prefecture (522700)        13            18   12.00      12.00   7.93',
    ]);
    expect(table(projects(written.zh))).toEqual([
      '  地区                               项目  子项目      预算    已拨付  已支出  报告项目/子项目、投资',
      '  毕节市（520500；数据中为 522400）    25      53  1,200.00  1,198.00  790.00                25* [4]',
      '  黔南布依族苗族自治州（522700）       13      18  1,200.00  1,200.00  793.20',
    ]);
  });

  it('names a project’s township and village after its county, with commas in English and run together in Chinese, skipping an empty name', () => {
    const located = seedProgramme.projects.map((project) => {
      if (project.id === 'BJ-2011-01') return { ...project, location: { ...project.location, township: '鸭池镇', village: '红星村' } };
      if (project.id === 'BJ-2011-02') return { ...project, location: { ...project.location, township: '', village: '大河村' } };
      return project;
    });
    const written = rendered({ programme: { ...seedProgramme, projects: located } });
    const row = (lines: readonly string[], start: string) => lines.find((line) => line.startsWith(start));
    expect(row(written.en, '  BJ-2011-01 ')).toMatch(/ {2}Qixingguan District, 鸭池镇, 红星村 {2,}closed /);
    expect(row(written.en, '  BJ-2011-02 ')).toMatch(/ {2}Qixingguan District, 大河村 {2,}closed /);
    expect(row(written.en, '  BJ-2011-03 ')).toMatch(/ {2}Qixingguan District {2,}closed /);
    expect(row(written.zh, '  1. ')).toMatch(/ {2}七星关区鸭池镇红星村 {2,}已关闭 /);
    expect(row(written.zh, '  2. ')).toMatch(/ {2}七星关区大河村 {2,}已关闭 /);
  });

  it('shows in a project’s row the persons identified for it, and a dash for a project with none', () => {
    const written = rendered({ identifiedBeneficiaries: identified2011 });
    const last = (lines: readonly string[], start: string) => lines.find((line) => line.startsWith(start))?.split(/ +/).at(-1);
    expect(['  BJ-2011-01 ', '  BJ-2011-02 ', '  BJ-2011-03 '].map((start) => last(written.en, start))).toEqual(['2', '1', '—']);
    expect(['  1. ', '  2. ', '  3. '].map((start) => last(written.zh, start))).toEqual(['2', '1', '—']);
  });
});

describe('renderAnnualReport, section 3 (beneficiaries)', () => {
  it('writes declared households and person-times in their own units, and sums the person-times declared', () => {
    const source = seedInput.declaredBeneficiaries[0]!.source;
    const more: DeclaredCount[] = [
      { figure: 'households-benefited', unit: 'households', count: householdCount(2000), year: 2011, source },
      { figure: 'training-person-times', unit: 'person-times', count: personTimeCount(3000), year: 2011, source },
    ];
    const labels = { 'households-benefited': { en: 'Households benefited', zh: '受益户' }, 'training-person-times': { en: 'Person-times trained', zh: '培训人次' } };
    const written = rendered({ declaredBeneficiaries: [...seedInput.declaredBeneficiaries, ...more] }, labels);
    expect(beneficiaries(written.en)).toEqual(
      expect.arrayContaining(['Households benefited: 2,000 households* [3]', 'Person-times trained: 3,000 person-times* [3]']),
    );
    expect(beneficiaries(written.en).at(-1)).toBe('Person-times declared: 3,000');
    expect(beneficiaries(written.zh)).toEqual(expect.arrayContaining(['受益户：2,000户* [3]', '培训人次：3,000人次* [3]']));
    expect(beneficiaries(written.zh).at(-1)).toBe('报告人次：3,000');
  });
});
