import { describe, expect, it } from 'vitest';
import { seedFigureLabels2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import {
  amount,
  isoDate,
  personCount,
  planId,
  regionCode,
  renderAnnualReport,
  type AnnualReport,
  type AnnualReportOptions,
  type NonProjectAid,
  type Plan,
  type Programme,
  type SourceReference,
} from '../../src/index.js';
import { reportOf, seedInput, seedProgramme, type InputChange } from './fixtures.js';

// How the report writes what it cites and names: fund categories, regions, sources, the reports beside a
// chosen figure, the words of its issues in Chinese, amounts, dates and tables.
const rendered = (report: AnnualReport, locale: 'en' | 'zh') => renderAnnualReport(report, { locale, figureLabels: seedFigureLabels2011 }).split('\n');
const lines = (change: InputChange = {}, options: Partial<AnnualReportOptions> = {}) => {
  const report = reportOf(change, options);
  return { en: rendered(report, 'en'), zh: rendered(report, 'zh') };
};
const issuesOf = (zh: readonly string[]) => zh.slice(zh.indexOf('十、违反规则情况') + 1, zh.indexOf('来源'));

// A statistics yearbook whose figures are complete.
const yearbook: SourceReference = { document: { en: 'Shenzhen Yearbook 2012', zh: '深圳年鉴2012' }, section: { en: 'Cadre training', zh: '干部培训' }, completeness: 'complete' };

/** The 2011 non-project aid with one kind of record changed. */
const changed = (kind: NonProjectAid['kind'], change: (record: NonProjectAid) => NonProjectAid, which: (record: NonProjectAid) => boolean = () => true): NonProjectAid[] =>
  seedInput.nonProjectAid.map((record) => (record.kind === kind && which(record) ? change(record) : record));

describe('the fund categories a report names', () => {
  it('names a category of the programme’s own by its label, in the funds of an activity and in an issue', () => {
    const programme: Programme = { ...seedProgramme, fundCategories: [...seedProgramme.fundCategories, { code: 'health-care', label: { zh: '医疗帮扶资金', en: 'health aid funds' } }] };
    const nonProjectAid = changed('cadre-training', (record) => ({ ...record, funds: [{ category: 'health-care', amount: amount('100000') }] }));
    const { en, zh } = lines({ programme, nonProjectAid });
    expect(en).toContain('  Funds: 0.10 million yuan (health aid funds)');
    expect(zh).toContain('  资金：10.00万元（医疗帮扶资金）');
    expect(issuesOf(zh)).toContain('  - 2011年列明项目和非项目帮扶使用“医疗帮扶资金”10.00万元，超过捐赠的0.00万元。');
  });

  it('names a built-in category the year does not use by its built-in label, and an unknown one by its code', () => {
    const plan: Plan = {
      id: planId('plan-2011'), kind: 'annual', name: { zh: '2011年度帮扶计划', en: 'Annual plan 2011' }, fromYear: 2011, toYear: 2011,
      agreed: [
        { category: 'industrial-development', amount: amount('1 million') },
        { category: 'education-aid', amount: amount('2 million') },
      ],
      targets: [],
    };
    const { en, zh } = lines({ programme: { ...seedProgramme, plans: [plan] } });
    expect(en).toEqual(
      expect.arrayContaining([
        '  Industrial development funds: agreed 1.00 million yuan; actual in 2011 0.00 million yuan, 0.00 %; 2011–2011 0.00 million yuan, 0.00 %',
        '  education-aid: agreed 2.00 million yuan; actual in 2011 0.00 million yuan, 0.00 %; 2011–2011 0.00 million yuan, 0.00 %',
      ]),
    );
    // A Chinese report never prints English: the unknown code is marked and counted as a text without Chinese.
    expect(zh).toEqual(
      expect.arrayContaining([
        '  产业发展资金：协议100.00万元；2011年实际0.00万元，完成0.00 %；2011—2011年累计0.00万元，完成0.00 %',
        '  〔无中文文本〕：协议200.00万元；2011年实际0.00万元，完成0.00 %；2011—2011年累计0.00万元，完成0.00 %',
      ]),
    );
    expect(issuesOf(zh)).toContain('  - “九、计划完成情况”中有1处文本仅有英文，未予显示，以〔无中文文本〕标示；请补充中文。');
  });

  it('keeps the library’s Chinese word for a built-in category the programme labels in English only', () => {
    const fundCategories = seedProgramme.fundCategories.map((category) => (category.code === 'cadre-training' ? { ...category, label: { en: 'cadre training funds' } } : category));
    const nonProjectAid = changed('cadre-training', (record) => ({ ...record, funds: [{ category: 'cadre-training', amount: amount('1.5 million') }] }));
    const { zh } = lines({ programme: { ...seedProgramme, fundCategories }, nonProjectAid });
    expect(issuesOf(zh)).toContain('  - 2011年列明项目和非项目帮扶使用“干部培训资金”150.00万元，超过捐赠的130.00万元。');
  });
});

describe('the regions a report names', () => {
  it('names a recipient the registry does not list by its code alone', () => {
    const { en, zh } = lines({}, { recipients: [regionCode('522400'), regionCode('522700'), regionCode('529900')] });
    expect(en).toContain('Recipients: Bijie (520500; in the data 522400); Qiannan Buyei and Miao Autonomous Prefecture (522700); 529900');
    expect(zh).toContain('帮扶地区：毕节市（520500；数据中为 522400）；黔南布依族苗族自治州（522700）；529900');
  });

  it('names the regions of its issues in Chinese by name and the code as written, or by the code alone', () => {
    const declaredProjects = [
      ...seedInput.declaredProjects,
      { scope: 'all' as const, projects: 20, region: regionCode('522400'), year: 2011, qualifier: 'exact' as const, source: yearbook },
      { scope: 'infrastructure' as const, projects: 1, region: regionCode('529900'), year: 2011, qualifier: 'exact' as const, source: yearbook },
    ];
    const { zh } = lines({ declaredProjects }, { recipients: [regionCode('522400'), regionCode('522700'), regionCode('529900')] });
    expect(issuesOf(zh)).toEqual(
      expect.arrayContaining(['  - 毕节市（522400）申报的帮扶项目数（20个）少于列明的25个。', '  - 529900申报的基础设施项目数量（1）与列明的0不一致。']),
    );
  });

  it('names a zone’s region by its code when the region is neither the donor nor a recipient', () => {
    const nonProjectAid = changed(
      'industrial-cooperation',
      (record) => (record.kind === 'industrial-cooperation' ? { ...record, industrialZones: record.industrialZones.map((zone) => ({ ...zone, region: regionCode('520000') })) } : record),
    );
    const { en, zh } = lines({ nonProjectAid });
    expect(en).toContain('  Industrial zones: Demonstration zone for industrial poverty alleviation and development in the pairing-off cooperation (520000, agreed)');
    expect(zh).toContain('  产业园区：对口帮扶合作产业化扶贫开发示范区（520000，已商定）');
  });

  it('names a plan’s recipient with its code, and an unknown recipient by its code alone', () => {
    const plan: Plan = {
      id: planId('plan-2011'), kind: 'annual', name: { zh: '2011年度帮扶计划', en: 'Annual plan 2011' }, fromYear: 2011, toYear: 2011,
      agreed: [
        { recipient: regionCode('522400'), amount: amount('1 million') },
        { recipient: regionCode('520000'), amount: amount('2 million') },
      ],
      targets: [],
    };
    const { en, zh } = lines({ programme: { ...seedProgramme, plans: [plan] } });
    expect(en.filter((line) => line.includes(': agreed ')).map((line) => line.slice(0, line.indexOf(': agreed ')))).toEqual(['  Bijie (522400)', '  520000']);
    expect(zh.filter((line) => line.includes('：协议')).map((line) => line.slice(0, line.indexOf('：协议')))).toEqual(['  毕节市（522400）', '  520000']);
  });
});

describe('the figures a report names in its issues', () => {
  it('names a figure of a Chinese issue by the label given for it', () => {
    const declaredParts = [...seedInput.declaredParts, { part: 'households-reached', whole: 'residents-benefited', source: yearbook }];
    const report = reportOf({ declaredParts });
    const figureLabels = { ...seedFigureLabels2011, 'households-reached': { en: 'Households reached', zh: '受益农户' } };
    expect(renderAnnualReport(report, { locale: 'zh', figureLabels }).split('\n')).toContain('  - 本年度未报告“受益农户”的申报数，无法核对其包含关系。');
  });
});

describe('the sources a report cites', () => {
  it('marks no figure of a complete source as incomplete', () => {
    const nonProjectAid = changed('cadre-training', (record) =>
      record.kind === 'cadre-training' ? { ...record, expertsOrganised: [{ value: personCount(40), qualifier: 'exact', source: yearbook }] } : record,
    );
    const { en, zh } = lines({ nonProjectAid });
    expect(en).toContain('  Experts organised: 40 persons [7]');
    expect(zh).toContain('  组织专家：40人 [7]');
  });

  it('cites no number for a source missing from the report’s list', () => {
    const report = reportOf();
    expect(rendered({ ...report, sources: [] }, 'en')).toContain('Donated: 46.91 million yuan (¥46,910,000.00)*');
  });
});

describe('the other reports beside a chosen figure', () => {
  it('lists a report of the same source with another value', () => {
    const overview = seedInput.declaredBeneficiaries[0]!.source;
    const nonProjectAid = changed('cadre-training', (record) =>
      record.kind === 'cadre-training'
        ? { ...record, trainees: [{ value: personCount(1100), qualifier: 'exact', source: overview }, { value: personCount(1000), qualifier: 'exact', source: overview }] }
        : record,
    );
    const { en, zh } = lines({ nonProjectAid });
    expect(en.slice(en.indexOf('  Trained: 1,100 persons* [3] (rule: largest)'), en.indexOf('  Trained: 1,100 persons* [3] (rule: largest)') + 2)).toEqual([
      '  Trained: 1,100 persons* [3] (rule: largest)',
      '    also reported: 1,000 persons* [3]',
    ]);
    expect(zh).toContain('    另有报告：1,000人* [3]');
  });

  it('lists a report of the same source and value with another qualifier', () => {
    const nonProjectAid = changed('cadre-training', (record) =>
      record.kind === 'cadre-training'
        ? { ...record, expertsOrganised: [{ value: personCount(1100), qualifier: 'more-than', source: record.source }, { value: personCount(1100), qualifier: 'exact', source: record.source }] }
        : record,
    );
    // The rule compares values alone; which of the two equal values it keeps is not the point here.
    const { en, zh } = lines({ nonProjectAid });
    const at = en.findIndex((line) => line.startsWith('  Experts organised: '));
    const [chosen, other] = en.slice(at, at + 2);
    expect(chosen).toMatch(/^  Experts organised: .+\* \[6\] \(rule: largest\)$/);
    expect(other).toMatch(/^    also reported: .+\* \[6\]$/);
    expect([chosen!.slice('  Experts organised: '.length, -' (rule: largest)'.length), other!.slice('    also reported: '.length)].sort()).toEqual([
      '1,100 persons* [6]',
      'more than 1,100 persons* [6]',
    ]);
    const zhAt = zh.findIndex((line) => line.startsWith('  组织专家：'));
    expect([zh[zhAt]!.slice('  组织专家：'.length, -'（规则：取最大值）'.length), zh[zhAt + 1]!.slice('    另有报告：'.length)].sort()).toEqual(['1,100人* [6]', '1,100余人* [6]']);
  });
});

describe('the amounts a report writes', () => {
  it('writes one 亿 yuan in 亿元 in Chinese, and in million yuan in English', () => {
    const nonProjectAid = changed(
      'industrial-cooperation',
      (record) => (record.kind === 'industrial-cooperation' ? { ...record, farmingFunds: record.farmingFunds.map((figure) => ({ ...figure, value: amount('100000000') })) } : record),
      (record) => record.kind === 'industrial-cooperation' && record.farmingFunds.length > 0,
    );
    const { en, zh } = lines({ nonProjectAid });
    expect(en).toContain('  Farming funds: 100.00 million yuan* [8]: allocated for the development of production in Bijie and Qiannan');
    expect(zh).toContain('  种养殖项目资金：1.00亿元* [8]：用于扶持毕节、黔南发展生产');
  });

  it('writes a negative amount of more than one 亿 in 亿元 in Chinese', () => {
    const source = seedInput.nonProjectAid[0]!.source;
    const nonProjectAid = changed(
      'industrial-cooperation',
      (record) => (record.kind === 'industrial-cooperation' ? { ...record, investment: [{ value: amount('-200000000'), qualifier: 'exact', source }] } : record),
      (record) => record.kind === 'industrial-cooperation' && record.industrialZones.length > 0,
    );
    const { en, zh } = lines({ nonProjectAid });
    expect(en).toContain('  Investment: -200.00 million yuan* [6]');
    expect(zh).toContain('  投资：-2.00亿元* [6]');
  });
});

describe('the dates a report writes', () => {
  const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
  // The 12th-plan framework agreement, as if signed once in each month of 2011, and once in a year whose month is not known.
  const signedEachMonth = () =>
    changed(
      'industrial-cooperation',
      (record) => {
        if (record.kind !== 'industrial-cooperation') return record;
        const [agreement] = record.agreements;
        return {
          ...record,
          agreements: [
            ...months.map((month) => ({ ...agreement!, signed: { date: isoDate(`2011-${month}-01`), precision: 'month' as const } })),
            { ...agreement!, signed: { date: isoDate('2011-01-01'), precision: 'year' as const } },
          ],
        };
      },
      (record) => record.kind === 'industrial-cooperation' && record.industrialZones.length === 0 && record.agreements.length > 0,
    );
  // The dates of the agreements of that title, as the lines of section 7 write them before the title.
  const signed = (text: readonly string[], prefix: string, title: string) =>
    text.filter((line) => line.startsWith(prefix) && line.includes(title)).map((line) => line.slice(prefix.length, line.indexOf(title)));

  it('writes a month by its name in English and its number in Chinese, and a year alone', () => {
    const { en, zh } = lines({ nonProjectAid: signedEachMonth() });
    expect(signed(en, '  Framework agreements: ', ', Framework agreement on Guizhou')).toEqual([
      'January 2011', 'February 2011', 'March 2011', 'April 2011', 'May 2011', 'June 2011',
      'July 2011', 'August 2011', 'September 2011', 'October 2011', 'November 2011', 'December 2011', '2011',
    ]);
    expect(signed(zh, '  框架协议：', '，“十二五”期间')).toEqual([
      '2011年1月', '2011年2月', '2011年3月', '2011年4月', '2011年5月', '2011年6月',
      '2011年7月', '2011年8月', '2011年9月', '2011年10月', '2011年11月', '2011年12月', '2011年',
    ]);
  });
});

describe('the tables a report writes', () => {
  it('ends a row with no trailing spaces when its last cell is empty', () => {
    // Only Bijie's projects are declared by prefecture: Qiannan's row has nothing in the last column.
    const declaredProjects = seedInput.declaredProjects.filter((declared) => declared.region !== regionCode('522700'));
    const { en, zh } = lines({ declaredProjects });
    expect(en).toContain('  Qiannan Buyei and Miao Autonomous Prefecture (522700)        13            18   12.00      12.00   7.93');
    expect(zh).toContain('  黔南布依族苗族自治州（522700）       13      18  1,200.00  1,200.00  793.20');
  });
});

describe('the labels that start a line', () => {
  // An app's labels written in lower case, as a sentence would use them.
  const lowerCase = {
    'residents-benefited': { zh: '直接受益群众', en: 'residents directly benefited' },
    'infrastructure-residents-benefited': { zh: 'e农基础设施项目受益群众', en: 'residents benefited by the infrastructure projects' },
  };
  const written = (locale: 'en' | 'zh') => renderAnnualReport(reportOf(), { locale, figureLabels: lowerCase }).split('\n');

  it('start with a capital in English, and a label inside a line keeps its case', () => {
    expect(written('en')).toContain('  Residents benefited by the infrastructure projects: 60,400 persons* [5] (part of "residents directly benefited")');
  });

  it('are written as given in Chinese, Latin letters included', () => {
    expect(written('zh').some((line) => line.startsWith('  e农基础设施项目受益群众：60,400人'))).toBe(true);
  });
});
