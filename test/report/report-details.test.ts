import { beforeEach, describe, expect, it } from 'vitest';
import {
  amount,
  householdCount,
  personCount,
  projectId,
  regionCode,
  renderAnnualReport,
  type DeclaredCount,
  type FigureQualifier,
  type NonProjectAid,
  type AnnualReport,
} from '../../src/index.js';
import { reportOf, seedInput, seedProgramme } from './fixtures.js';

describe('the funds of a report, by recipient', () => {
  const [fund] = seedProgramme.funds;
  const [, relief, training] = fund!.breakdown;
  // 20 million to Bijie under its old code, 1 million under its new one, the rest of the counterpart support to
  // Qiannan; disaster relief and cadre training still not split.
  const split = {
    ...fund!,
    breakdown: [
      { category: 'counterpart-support' as const, amount: amount('20000000'), recipient: regionCode('522400') },
      { category: 'counterpart-support' as const, amount: amount('1000000'), recipient: regionCode('520500') },
      { category: 'counterpart-support' as const, amount: amount('21810000'), recipient: regionCode('522700') },
      relief!,
      training!,
    ],
  };
  // Built in each test rather than once for the file, so that each test is known to run the code behind it.
  let report: AnnualReport;
  beforeEach(() => {
    report = reportOf({ programme: { ...seedProgramme, funds: [split] } });
  });

  it('sums the shares of each recipient under the code in force, naming the older codes the data used', () => {
    expect(report.funds.byRecipient.map((row) => [row.region.code, row.region.codesInData, row.amount.toJSON()])).toEqual([
      ['520500', ['522400'], '21000000.00'],
      ['522700', [], '21810000.00'],
    ]);
    expect([report.funds.total.toJSON(), report.funds.notSplitByRecipient.toJSON()]).toEqual(['46910000.00', '4100000.00']);
  });

  it('writes the split and what was left unsplit, in both languages', () => {
    expect(renderAnnualReport(report, { locale: 'en' }).split('\n')).toContain(
      'By recipient: Bijie (520500; in the data 522400) 21.00 million yuan; Qiannan Buyei and Miao Autonomous Prefecture (522700) 21.81 million yuan; 4.10 million yuan not split by recipient in the sources (itemised project budgets by prefecture are under 2)',
    );
    expect(renderAnnualReport(report, { locale: 'zh' }).split('\n')).toContain(
      '按帮扶地区：毕节市（520500；数据中为 522400） 2,100.00万元；黔南布依族苗族自治州（522700） 2,181.00万元；410.00万元来源未按地区划分（已列项目预算按地区见第二部分）',
    );
  });
});

describe('the beneficiaries of a project row', () => {
  const source = seedInput.declaredBeneficiaries[0]!.source;
  const attachedTo = (project: string) => ({ kind: 'project' as const, project: projectId(project) });
  const declared = (figure: string, count: number, project: string): DeclaredCount => ({ figure, unit: 'persons', count: personCount(count), year: 2011, attachedTo: attachedTo(project), source });
  const households = (figure: string, count: number, project: string): DeclaredCount => ({ figure, unit: 'households', count: householdCount(count), year: 2011, attachedTo: attachedTo(project), source });

  it('shows the largest count of persons declared for the project, and no count in other units', () => {
    const report = reportOf({
      declaredBeneficiaries: [...seedInput.declaredBeneficiaries, declared('reached-a', 120, 'BJ-2011-01'), declared('reached-b', 300, 'BJ-2011-01'), households('households-c', 900, 'BJ-2011-02')],
    });
    expect(report.projects.rows.slice(0, 3).map((row) => [row.project, row.beneficiaries])).toEqual([
      ['BJ-2011-01', { declared: 300 }],
      ['BJ-2011-02', {}],
      ['BJ-2011-03', {}],
    ]);
  });
});

describe('a figure’s qualifier, as each language writes it', () => {
  const written = (qualifier: FigureQualifier) => {
    const nonProjectAid = seedInput.nonProjectAid.map((record): NonProjectAid =>
      record.kind === 'student-subsidy' ? { ...record, students: record.students.map((figure) => ({ ...figure, qualifier })) } : record,
    );
    const line = (locale: 'en' | 'zh') => renderAnnualReport(reportOf({ nonProjectAid }), { locale }).split('\n').find((text) => /^ {2}(Students|资助学生)：?/.test(text));
    return [line('en'), line('zh')];
  };

  it.each([
    ['exact', '  Students: 11,000 persons* [3]: needy students subsidised', '  资助学生：11,000人* [3]：资助贫困学生'],
    ['at-least', '  Students: at least 11,000 persons* [3]: needy students subsidised', '  资助学生：至少11,000人* [3]：资助贫困学生'],
    ['more-than', '  Students: more than 11,000 persons* [3]: needy students subsidised', '  资助学生：11,000余人* [3]：资助贫困学生'],
    ['about', '  Students: about 11,000 persons* [3]: needy students subsidised', '  资助学生：约11,000人* [3]：资助贫困学生'],
    ['at-most', '  Students: at most 11,000 persons* [3]: needy students subsidised', '  资助学生：至多11,000人* [3]：资助贫困学生'],
  ] as const)('writes %s', (qualifier, en, zh) => {
    expect(written(qualifier)).toEqual([en, zh]);
  });
});
