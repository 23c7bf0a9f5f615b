import { describe, expect, it } from 'vitest';
import { twoYearReportInput, twoYearReportOptions, twoYearRecord } from '../../examples/data/bijie-qiannan-2011-2012.js';
import {
  amount,
  buildAnnualReport,
  fundId,
  plan,
  regionCode,
  renderAnnualReport,
  type AnnualReport,
  type Fund,
  type NonProjectAid,
  type Plan,
  type PlanTarget,
  type SourceReference,
} from '../../src/index.js';
import { reportOf, seedInput, seedProgramme } from './fixtures.js';

const lines = (report: AnnualReport, locale: 'en' | 'zh', figureLabels = {}) => renderAnnualReport(report, { locale, figureLabels }).split('\n');

// The seed's one fund of 2011, with its breakdown and its source replaced.
const seedFund = (change: Partial<Fund>): Fund => ({ ...seedProgramme.funds[0]!, ...change });
const accounts = (section: string): SourceReference => ({ document: { en: 'Shenzhen finance bureau accounts 2011', zh: '深圳市财政局2011年决算' }, section: { en: section }, completeness: 'complete' });

describe('the funds of a report, by category', () => {
  it('puts the categories the programme does not list after its own, sorted by code and named by it', () => {
    const fund = seedFund({
      total: amount('3000000'),
      breakdown: [
        { category: 'tourism', amount: amount('1000000') },
        { category: 'counterpart-support', amount: amount('1500000') },
        { category: 'education-aid', amount: amount('500000') },
      ],
    });
    const report = reportOf({ programme: { ...seedProgramme, funds: [fund] } });
    expect(report.funds.byCategory.map((row) => [row.category, row.label, row.donated.toJSON()])).toEqual([
      ['counterpart-support', { zh: '对口帮扶项目资金', en: 'counterpart-support project funds' }, '1500000.00'],
      ['cadre-training', { zh: '干部培训资金', en: 'cadre training funds' }, '0.00'],
      ['education-aid', { en: 'education-aid' }, '500000.00'],
      ['tourism', { en: 'tourism' }, '1000000.00'],
    ]);
    expect(lines(report, 'en')).toEqual(
      expect.arrayContaining([
        '  education-aid                         0.50               0.00             0.00          0.50',
        '  tourism                               1.00               0.00             0.00          1.00',
      ]),
    );
  });

  it('counts a non-project record’s share for a region outside the recipients in neither the category nor the allocation', () => {
    const nonProjectAid = seedInput.nonProjectAid.map((record): NonProjectAid =>
      record.kind === 'cadre-training'
        ? { ...record, funds: [{ category: 'cadre-training', amount: amount('1000000'), recipient: regionCode('522400') }, { category: 'cadre-training', amount: amount('800000'), recipient: regionCode('530100') }] }
        : record,
    );
    const report = reportOf({ nonProjectAid });
    const training = report.funds.byCategory.find((row) => row.category === 'cadre-training')!;
    expect([training.donated.toJSON(), training.nonProjectAid.toJSON(), training.notItemised.toJSON()]).toEqual(['1300000.00', '1000000.00', '300000.00']);
    expect(report.issues.filter((issue) => issue.code === 'allocated-funds-exceed-donated')).toEqual([]);
  });

  it('names the category whose itemised projects and non-project aid together pass what was donated, with both sums', () => {
    const nonProjectAid = seedInput.nonProjectAid.map((record): NonProjectAid =>
      record.kind === 'student-subsidy' ? { ...record, funds: [{ category: 'counterpart-support', amount: amount('20000000') }] } : record,
    );
    const report = reportOf({ nonProjectAid });
    const issue = report.issues.find((found) => found.code === 'allocated-funds-exceed-donated');
    expect(issue?.params).toEqual({ category: 'counterpart-support', year: 2011, allocated: '44000000.00', donated: '42810000.00' });
    expect(lines(report, 'en').find((line) => line.includes('[allocated-funds-exceed-donated]'))).toContain('44000000.00');
  });

  it('shows no table of categories or types when no money of the year is donated, itemised or used', () => {
    const report = buildAnnualReport(twoYearReportInput, { ...twoYearReportOptions(2012), year: 2013 });
    expect([report.funds.byCategory, report.projects.byType]).toEqual([[], []]);
    const section = (locale: 'en' | 'zh', heading: string) => {
      const all = lines(report, locale);
      return all.slice(all.indexOf(heading) + 1, all.indexOf('', all.indexOf(heading)));
    };
    // The funds' section has the total and the line by recipient only (that line, empty here, is left unpinned).
    expect(section('en', '1. Funds').map((line) => line.split(':')[0])).toEqual(['Donated', 'By recipient']);
    expect(section('en', '1. Funds')[0]).toBe('Donated: 0.00 million yuan (¥0.00)');
    expect(section('zh', '一、资金')[0]).toBe('捐赠资金：0.00万元');
    expect(section('en', '2. Projects')).toEqual(['Itemised: 0 projects with 0 sub-projects, approved budgets 0.00 million yuan']);
    expect(section('zh', '二、项目')).toEqual(['已列明：项目0个，子项目0个，批准预算0.00万元']);
  });
});

describe('the funds of a report, by recipient and by source', () => {
  it('lists the recipients by code whatever order the fund gives its shares in', () => {
    const fund = seedFund({
      breakdown: [
        { category: 'counterpart-support', amount: amount('21810000'), recipient: regionCode('522700') },
        { category: 'counterpart-support', amount: amount('21000000'), recipient: regionCode('522400') },
        { category: 'disaster-relief', amount: amount('2800000'), recipient: regionCode('522701') },
        { category: 'cadre-training', amount: amount('1300000') },
      ],
    });
    const report = reportOf({ programme: { ...seedProgramme, funds: [fund] } });
    expect(report.funds.byRecipient.map((row) => [row.region.code, row.amount.toJSON()])).toEqual([
      ['520500', '21000000.00'],
      ['522700', '21810000.00'],
      ['522701', '2800000.00'],
    ]);
  });

  it('cites nothing for a fund no source reports, and calls the funds complete', () => {
    const { reportedIn: _left, ...unreported } = seedProgramme.funds[0]!;
    const report = reportOf({ programme: { ...seedProgramme, funds: [unreported] } });
    expect([report.funds.sources, report.funds.incomplete]).toEqual([[], false]);
    expect(lines(report, 'en')).toContain('Donated: 46.91 million yuan (¥46,910,000.00)');
  });

  it('calls the funds incomplete when one of their sources is, and complete when none is', () => {
    const second = seedFund({ id: fundId('sz-2011-donations'), total: amount('100000'), breakdown: [{ category: 'social-donation', amount: amount('100000') }], reportedIn: accounts('Donations') });
    const mixed = reportOf({ programme: { ...seedProgramme, funds: [seedProgramme.funds[0]!, second] } });
    expect(mixed.funds.incomplete).toBe(true);
    const audited = reportOf({ programme: { ...seedProgramme, funds: [seedFund({ reportedIn: accounts('Budget') }), second] } });
    expect([audited.funds.sources, audited.funds.incomplete]).toEqual([[accounts('Budget'), accounts('Donations')], false]);
    expect(lines(audited, 'en')).toContain('Donated: 47.01 million yuan (¥47,010,000.00) [2] [3]');
  });
});

// Targets for every measure the report counts (projects, sub-projects) or supplies itself, and for measures of
// the programme's own, each in a unit the Chinese report translates.
const everyMeasure: readonly PlanTarget[] = [
  { measure: 'projects', value: '40', unit: 'projects' },
  { measure: 'sub-projects', value: '80', unit: 'sub-projects' },
  { measure: 'beneficiaries', value: '100000', unit: 'persons' },
  { measure: 'cadres-trained', value: '1000', unit: 'person-times' },
  { measure: 'students-subsidised', value: '10000', unit: 'persons' },
  { measure: 'labourers-placed', value: '20000', unit: 'persons' },
  { measure: 'farming-funds', value: '2500000', unit: 'yuan' },
  { measure: 'households-reached', value: '500', unit: 'households' },
  { measure: 'investment', value: '300', unit: 'wan yuan' },
  { measure: 'rural-roads', value: '12.5', unit: 'km' },
  { measure: 'canals', value: '3', unit: 'kilometres' },
  { measure: 'terraced-fields', value: '300', unit: 'mu' },
];
const measureLabels = {
  'households-reached': { zh: '受益户数', en: 'households reached' },
  'investment': { zh: '投资', en: 'investment' },
  'rural-roads': { zh: '乡村道路', en: 'rural roads' },
  'canals': { zh: '水渠', en: 'canals' },
  'terraced-fields': { zh: '梯田', en: 'terraced fields' },
};
const fiveYear = (targets: readonly PlanTarget[], agreed: readonly { readonly amount: string }[] = []): Plan =>
  plan({ id: 'five-year', kind: 'multi-year', name: { en: 'Five-year plan', zh: '五年规划' }, fromYear: 2011, toYear: 2015, agreed, targets });
const targetLines = (report: AnnualReport, locale: 'en' | 'zh') => lines(report, locale, measureLabels).filter((line) => / target |：目标/.test(line));

describe('the plans of a report, target by target', () => {
  it('names every measure and unit in English', () => {
    const report = reportOf({ programme: { ...seedProgramme, plans: [fiveYear(everyMeasure)] } });
    // Grouped in thousands, the amounts are not taken for a personal number beside the years ("2011–2011 2000000").
    const farming = targetLines(report, 'en').find((line) => line.startsWith('  Farming funds: '));
    expect(farming).toBe('  Farming funds: target 2,500,000 yuan; actual in 2011 2,000,000.00, 80.00 %; 2011–2011 2,000,000.00, 80.00 %');
    expect(targetLines(report, 'en').filter((line) => line !== farming)).toEqual([
      '  Projects: target 40 projects; actual in 2011 38, 95.00 %; 2011–2011 38, 95.00 %',
      '  Sub-projects: target 80 sub-projects; actual in 2011 71, 88.75 %; 2011–2011 71, 88.75 %',
      '  Beneficiaries: target 100,000 persons; actual in 2011 130,000, 130.00 %; 2011–2011 130,000, 130.00 %',
      '  Cadres trained: target 1,000 person-times; actual in 2011 1,100, 110.00 %; 2011–2011 1,100, 110.00 %',
      '  Students subsidised: target 10,000 persons; actual in 2011 11,000, 110.00 %; 2011–2011 11,000, 110.00 %',
      '  Labourers placed: target 20,000 persons; actual in 2011 16,000, 80.00 %; 2011–2011 16,000, 80.00 %',
      '  Households reached: target 500 households; actual in 2011 unknown, unknown; 2011–2011 unknown, unknown',
      '  Investment: target 300 wan yuan; actual in 2011 unknown, unknown; 2011–2011 unknown, unknown',
      '  Rural roads: target 12.5 km; actual in 2011 unknown, unknown; 2011–2011 unknown, unknown',
      '  Canals: target 3 kilometres; actual in 2011 unknown, unknown; 2011–2011 unknown, unknown',
      '  Terraced fields: target 300 mu; actual in 2011 unknown, unknown; 2011–2011 unknown, unknown',
    ]);
  });

  it('names every measure and unit in Chinese', () => {
    const report = reportOf({ programme: { ...seedProgramme, plans: [fiveYear(everyMeasure)] } });
    expect(targetLines(report, 'zh')).toEqual([
      '  项目数：目标40个；2011年实际38，完成95.00 %；2011—2011年累计38，完成95.00 %',
      '  子项目数：目标80个；2011年实际71，完成88.75 %；2011—2011年累计71，完成88.75 %',
      '  受益人数：目标100,000人；2011年实际130,000，完成130.00 %；2011—2011年累计130,000，完成130.00 %',
      '  培训干部人数：目标1,000人次；2011年实际1,100，完成110.00 %；2011—2011年累计1,100，完成110.00 %',
      '  资助学生人数：目标10,000人；2011年实际11,000，完成110.00 %；2011—2011年累计11,000，完成110.00 %',
      '  转移就业劳动力人数：目标20,000人；2011年实际16,000，完成80.00 %；2011—2011年累计16,000，完成80.00 %',
      '  种养殖项目资金：目标2,500,000元；2011年实际2,000,000.00，完成80.00 %；2011—2011年累计2,000,000.00，完成80.00 %',
      '  受益户数：目标500户；2011年实际不详，完成不详；2011—2011年累计不详，完成不详',
      '  投资：目标300万元；2011年实际不详，完成不详；2011—2011年累计不详，完成不详',
      '  乡村道路：目标12.5公里；2011年实际不详，完成不详；2011—2011年累计不详，完成不详',
      '  水渠：目标3公里；2011年实际不详，完成不详；2011—2011年累计不详，完成不详',
      '  梯田：目标300亩；2011年实际不详，完成不详；2011—2011年累计不详，完成不详',
    ]);
  });

  it('gives a recipient’s target the projects counted there, and no actual for the measures the report supplies only for all recipients', () => {
    const bijie = regionCode('522400');
    const report = reportOf({
      programme: { ...seedProgramme, plans: [fiveYear([{ measure: 'projects', value: '20', unit: 'projects', recipient: bijie }, { measure: 'beneficiaries', value: '50000', unit: 'persons', recipient: bijie }])] },
    });
    expect(report.plans.plans[0]!.inYear.targets.map((compared) => compared.actual)).toEqual(['25', undefined]);
    expect(targetLines(report, 'en')).toEqual([
      '  Projects, Bijie (522400): target 20 projects; actual in 2011 25, 125.00 %; 2011–2011 25, 125.00 %',
      '  Beneficiaries, Bijie (522400): target 50,000 persons; actual in 2011 unknown, unknown; 2011–2011 unknown, unknown',
    ]);
    expect(targetLines(report, 'zh')).toEqual([
      '  项目数，毕节市（522400）：目标20个；2011年实际25，完成125.00 %；2011—2011年累计25，完成125.00 %',
      '  受益人数，毕节市（522400）：目标50,000人；2011年实际不详，完成不详；2011—2011年累计不详，完成不详',
    ]);
  });

  it('supplies the declared aid projects only from a count declared for all projects and all recipients', () => {
    const [, , , infrastructure, bijie] = seedInput.declaredProjects;
    const declaredProjects = [infrastructure!, { ...bijie!, scope: 'all' as const, projects: 80 }];
    const report = reportOf({ declaredProjects, programme: { ...seedProgramme, plans: [fiveYear([{ measure: 'aid-projects', value: '100', unit: 'projects' }])] } });
    expect(report.plans.actuals.map((actual) => actual.measure)).not.toContain('aid-projects');
    expect(targetLines(report, 'en')).toEqual(['  Aid projects (declared): target 100 projects; actual in 2011 unknown, unknown; 2011–2011 unknown, unknown']);
  });
});

describe('the plans of a later year', () => {
  const later = (plans: readonly Plan[]) => buildAnnualReport({ ...twoYearReportInput, record: { ...twoYearRecord, programme: { ...twoYearRecord.programme, plans } } }, twoYearReportOptions(2012));

  it('compare the year’s money with the money of the year alone, and the plan’s years with all of it', () => {
    const report = later([fiveYear([], [{ amount: '5000000' }])]);
    const [compared] = report.plans.plans[0]!.inYear.amounts;
    const [total] = report.plans.plans[0]!.cumulative.amounts;
    expect([compared?.actual.toJSON(), total?.actual.toJSON()]).toEqual(['700000.00', '1900000.00']);
    expect(lines(report, 'en')).toContain('  All recipients: agreed 5.00 million yuan; actual in 2012 0.70 million yuan, 14.00 %; 2011–2012 1.90 million yuan, 38.00 %');
  });

  it('leave out a plan that ended before the year', () => {
    const ended = plan({ id: 'first-year', kind: 'annual', name: { en: 'Plan for 2011', zh: '2011年计划' }, fromYear: 2011, toYear: 2011, agreed: [], targets: [] });
    const report = later([ended]);
    expect(report.plans.plans).toEqual([]);
    expect(lines(report, 'en')).toContain('No plan in force in 2012 in the data.');
  });

  it('give the year’s own measures to the plan’s years only for a plan that starts in the year', () => {
    const target: PlanTarget = { measure: 'beneficiaries', value: '4', unit: 'persons' };
    const annual = plan({ id: 'plan-2012', kind: 'annual', name: { en: 'Plan for 2012', zh: '2012年计划' }, fromYear: 2012, toYear: 2012, agreed: [], targets: [target] });
    const report = later([fiveYear([target]), annual]);
    expect(report.plans.plans.map((row) => [row.inYear.targets[0]?.actual, row.cumulative.targets[0]?.actual])).toEqual([
      ['2', undefined],
      ['2', '2'],
    ]);
    expect(targetLines(report, 'en')).toEqual([
      '  Beneficiaries: target 4 persons; actual in 2012 2, 50.00 %; 2011–2012 unknown, unknown',
      '  Beneficiaries: target 4 persons; actual in 2012 2, 50.00 %; 2012–2012 2, 50.00 %',
    ]);
  });
});
