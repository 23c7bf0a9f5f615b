import { describe, expect, it } from 'vitest';
import { amount, annualReportToJSON, fundId, personCount, renderAnnualReport, type AnnualReport, type DeclaredProjectCount, type NonProjectAid } from '../../src/index.js';
import { identified2011, reportOf, seedInput, seedProgramme } from './fixtures.js';

const lines = (report: AnnualReport, locale: 'en' | 'zh') => renderAnnualReport(report, { locale }).split('\n');

/** A count of the 2011 projects as the seed's first declared count gives them, changed. */
const declared = (change: Partial<DeclaredProjectCount>): DeclaredProjectCount => ({ ...seedInput.declaredProjects[0]!, ...change });

describe('the words of a rendered report, for counts of one', () => {
  it('writes a declared count of one project with one sub-project in the singular, and one project not itemised', () => {
    const report = reportOf({
      declaredProjects: [declared({ scope: 'all', projects: 39 }), declared({ scope: 'infrastructure', projects: 1, subProjects: 1 })],
    });
    const en = lines(report, 'en');
    expect(en.find((line) => line.startsWith('Infrastructure projects declared:'))).toMatch(/^Infrastructure projects declared: 1 project \(1 sub-project\)\* \[\d\]$/);
    expect(en).toContain('Declared but not itemised in the data: 1 project');
    expect(lines(report, 'zh').find((line) => line.startsWith('基础设施项目（报告数）：'))).toMatch(/^基础设施项目（报告数）：1个（子项目1个）\* \[\d\]$/);
  });

  it('writes one person trained and one identified person, person-time and household in the singular', () => {
    const training = (record: NonProjectAid): NonProjectAid =>
      record.kind === 'cadre-training' ? { ...record, trainees: [{ ...record.trainees[0]!, value: personCount(1) }] } : record;
    const report = reportOf({ nonProjectAid: seedInput.nonProjectAid.map(training), identifiedBeneficiaries: identified2011.slice(3, 4) });
    const en = lines(report, 'en');
    expect(en.find((line) => line.startsWith('  Trained: '))).toMatch(/^ {2}Trained: 1 person\* \[\d\]: /);
    expect(en).toContain('Identified beneficiaries: 1 person (1 person-time) in 0 households; registered poor: 0 persons');
    expect(lines(report, 'zh')).toContain('有身份记录的受益人：1人（1人次），0户；其中建档立卡贫困人口0人');
  });
});

describe('the words of a rendered report, for what the data leaves out', () => {
  it('says no split by recipient is reported when the year has no funds', () => {
    const report = reportOf({ programme: { ...seedProgramme, funds: [] } });
    expect(lines(report, 'en')).toContain('By recipient: none reported');
    expect(lines(report, 'zh')).toContain('按帮扶地区：未报告');
  });

  it('lists and cites a source once when it reports two funds', () => {
    const [first] = seedProgramme.funds;
    const second = { ...first!, id: fundId('sz-2011-donations'), total: amount('100000'), breakdown: [{ category: 'social-donation', amount: amount('100000') }] };
    const report = reportOf({ programme: { ...seedProgramme, funds: [first!, second] } });
    expect(report.funds.sources).toEqual([first!.reportedIn]);
    expect(lines(report, 'en')).toContain('Donated: 47.01 million yuan (¥47,010,000.00)* [2]');
  });
});

describe('the rule named beside a declared count', () => {
  it('names the largest, not the latest, when the latest cannot be told for undated reports, and reports why', () => {
    const report = reportOf({}, { figureRule: { rule: 'latest' } });
    expect(annualReportToJSON(report).projects.declared.find((figure) => figure.scope === 'all')?.rule).toEqual({ rule: 'largest' });
    expect(report.issues.map((issue) => issue.code)).toContain('declared-count-undated');
    expect(lines(report, 'en')).toContain('Aid projects declared: 124 projects* [5] (rule: largest)');
    expect(lines(report, 'zh')).toContain('帮扶项目（报告数）：124个* [5]（规则：取最大值）');
  });
});
