import { describe, expect, it } from 'vitest';
import {
  activityId,
  amount,
  buildAnnualReport,
  isoDate,
  personCount,
  personTimeCount,
  regionCode,
  renderAnnualReport,
  type AnnualReport,
  type CadreSecondment,
  type CadreTraining,
  type ExchangeVisit,
  type IndustrialCooperation,
  type LabourCooperation,
  type LabourPlacement,
  type NonProjectAid,
  type SourceReference,
  type StudentSubsidy,
} from '../../src/index.js';
import { reportOf, seedInput } from './fixtures.js';

const lines = (report: AnnualReport, locale: 'en' | 'zh') => renderAnnualReport(report, { locale }).split('\n');

// The lines of a numbered section, from its heading to the blank line that ends it.
const section = (report: AnnualReport, locale: 'en' | 'zh', heading: string) => {
  const all = lines(report, locale);
  const start = all.indexOf(heading);
  return all.slice(start + 1, all.indexOf('', start));
};

// A second source, cited by nothing in the seed: Qiannan's own report of the year.
const qiannan = (section: string): SourceReference => ({
  document: { zh: '黔南州对口帮扶工作总结（2011年）', en: 'Qiannan Prefecture pairing-off work summary (2011)' },
  section: { zh: section, en: section },
  completeness: 'complete',
});

// The core of a record of 2011 from Shenzhen to Bijie and Qiannan.
const core = (id: string, en: string, zh: string) => ({
  id: activityId(id),
  name: { en, zh },
  year: 2011,
  donor: regionCode('440300'),
  recipients: [regionCode('522400'), regionCode('522700')],
  funds: [],
  source: qiannan('Overview'),
});

const withAid = (...added: NonProjectAid[]) => reportOf({ nonProjectAid: [...seedInput.nonProjectAid, ...added] });

describe('the aid rows of a report', () => {
  it('show a record under the codes in force, naming the codes of the data for the donor and each recipient', () => {
    // 卢湾区 310103 was merged into 黄浦区 310101 in 2011: Shanghai’s report on Yunnan counts its record under 310101.
    const luwan: CadreTraining = {
      ...core('luwan-2011-training', 'Luwan District training of Yunnan cadres', '卢湾区培训云南干部'),
      kind: 'cadre-training',
      donor: regionCode('310103'),
      recipients: [regionCode('530100'), regionCode('522401')],
      courses: [],
      trainees: [],
      personTimes: [],
      expertsOrganised: [],
    };
    const report = buildAnnualReport({ ...seedInput, nonProjectAid: [luwan] }, { donor: regionCode('310000'), year: 2011, recipients: [regionCode('530000'), regionCode('522400')] });
    const [row] = report.training.activities;
    expect([row?.donor.code, row?.donor.codesInData]).toEqual(['310101', ['310103']]);
    expect(row?.recipients.map((region) => [region.code, region.codesInData])).toEqual([
      ['530100', []],
      ['520502', ['522401']],
    ]);
  });

  it('sum a record’s money over its fund categories, and the training section over its records', () => {
    const funded: CadreTraining = {
      ...core('sz-2011-health-training', 'Training of rural doctors', '乡村医生培训'),
      kind: 'cadre-training',
      funds: [
        { category: 'cadre-training', amount: amount('300000') },
        { category: 'social-donation', amount: amount('200000') },
      ],
      courses: [],
      trainees: [{ value: personCount(200), qualifier: 'exact', source: qiannan('Health') }],
      personTimes: [{ value: personTimeCount(600), qualifier: 'exact', source: qiannan('Health') }],
      expertsOrganised: [],
    };
    const report = withAid(funded);
    expect(report.training.activities.map((row) => row.funds.toJSON())).toEqual(['1300000.00', '500000.00']);
    expect(report.training.activities[1]?.fundsByCategory.map((share) => [share.category, share.amount.toJSON()])).toEqual([
      ['cadre-training', '300000.00'],
      ['social-donation', '200000.00'],
    ]);
    expect([report.training.funds.toJSON(), report.training.personTimes, report.training.trainees]).toEqual(['1800000.00', 600, { lower: 1100, upper: 1300, incomplete: true }]);
    expect(section(report, 'en', '4. Cadre training').slice(-5)).toEqual([
      'Training of rural doctors [7]',
      '  Trained: 200 persons [8]',
      '  Person-times: 600 person-times [8]',
      '  Experts organised: not reported',
      '  Funds: 0.30 million yuan (cadre training funds), 0.20 million yuan (social donations)',
    ]);
    expect(section(report, 'zh', '四、干部培训').slice(-5)).toEqual([
      '乡村医生培训 [7]',
      '  培训人数：200人 [8]',
      '  人次：600人次 [8]',
      '  组织专家：未报告',
      '  资金：30.00万元（干部培训资金），20.00万元（社会捐赠）',
    ]);
  });

  it('leave out what a record does not give: its date, its provider, its trainees', () => {
    const bare: CadreTraining = { ...core('sz-2011-short-course', 'Short course', '短期培训班'), kind: 'cadre-training', courses: [], trainees: [], personTimes: [], expertsOrganised: [] };
    const report = withAid(bare);
    const row = report.training.activities[1]!;
    expect(['date', 'provider', 'trainees', 'personTimes'].filter((key) => key in row)).toEqual([]);
    expect(report.training.trainees).toEqual({ lower: 1100, upper: 1100, incomplete: true });
    expect(report.training.personTimes).toBe(0);
    expect(section(report, 'en', '4. Cadre training').slice(-3)).toEqual(['Short course [7]', '  Trained: not reported', '  Experts organised: not reported']);
  });
});

describe('the student subsidies of a report', () => {
  it('write the amount a record gives, and sum students and amounts over the records', () => {
    const bursaries: StudentSubsidy = {
      ...core('sz-2011-bursaries', 'Bursaries for Qiannan secondary pupils', '黔南中学生助学金'),
      kind: 'student-subsidy',
      students: [{ value: personCount(300), qualifier: 'exact', source: qiannan('Education') }],
      amount: [{ value: amount('450000'), qualifier: 'exact', source: qiannan('Education') }],
    };
    const report = withAid(bursaries);
    expect([report.students.students, report.students.amount.toJSON()]).toEqual([{ lower: 11000, upper: 11300, incomplete: true }, '450000.00']);
    expect(section(report, 'en', '5. Student subsidies').slice(-3)).toEqual(['Bursaries for Qiannan secondary pupils [7]', '  Students: 300 persons [8]', '  Amount: 0.45 million yuan [8]']);
    expect(section(report, 'zh', '五、助学').slice(-3)).toEqual(['黔南中学生助学金 [7]', '  资助学生：300人 [8]', '  金额：45.00万元 [8]']);
  });
});

describe('the labour cooperation of a report', () => {
  const buckets = (total: number, outside: number, inProvince: number, inCounty: number): LabourPlacement => ({
    total: personCount(total),
    outsideProvince: personCount(outside),
    inProvinceOutsideCounty: personCount(inProvince),
    inCounty: personCount(inCounty),
  });
  const labour = (id: string, change: Partial<LabourCooperation>): LabourCooperation => ({
    ...core(id, `Labour record ${id}`, `劳务记录${id}`),
    kind: 'labour-cooperation',
    placed: [],
    workingInDonorCity: [],
    ...change,
  });
  const placed = (count: number) => [{ value: personCount(count), qualifier: 'exact' as const, source: qiannan('Labour') }];
  const labourLines = (report: AnnualReport, locale: 'en' | 'zh') => section(report, locale, locale === 'en' ? '6. Labour cooperation' : '六、劳务协作');

  it('write a record with neither a count of labourers nor buckets as not reported', () => {
    const report = reportOf({ nonProjectAid: [labour('a', {})] });
    const [row] = report.labour.activities;
    expect(['placed', 'placement', 'placementHolds'].filter((key) => key in row!)).toEqual([]);
    expect(report.labour.placed).toEqual({ lower: 0, upper: 0, incomplete: false });
    expect(labourLines(report, 'en')).toEqual(['Labour record a [6]', '  Labourers placed: not reported', '  Working in Shenzhen: not reported']);
  });

  it('write reported buckets that sum to their total, when no count of labourers is given beside them', () => {
    const report = reportOf({ nonProjectAid: [labour('b', { placement: { buckets: buckets(900, 500, 300, 100), basis: 'reported' } })] });
    expect(report.labour.activities[0]?.placementHolds).toBe(true);
    expect(report.issues).toEqual([]);
    expect(labourLines(report, 'en')).toContain(
      '  By bucket: outside the province 500; in the province, outside the county 300; in the county 100; total 900 (the buckets are exclusive and sum to the labourers placed)',
    );
    expect(labourLines(report, 'zh')).toContain('  分类：省外 500人；省内县外 300人；县内 100人；合计 900人（各类互斥且合计等于转移就业人数）');
  });

  it('say so when the buckets do not sum to their total, though the total is the count of labourers', () => {
    const report = reportOf({ nonProjectAid: [labour('c', { placed: placed(1000), placement: { buckets: buckets(1000, 500, 300, 100), basis: 'reported' } })] });
    expect(report.labour.activities[0]?.placementHolds).toBe(false);
    expect(report.issues.map((issue) => issue.code)).toEqual(['labour-placement-sum']);
    expect(labourLines(report, 'en')).toContain(
      '  By bucket: outside the province 500; in the province, outside the county 300; in the county 100; total 1,000 (the buckets do NOT sum to the labourers placed)',
    );
    expect(labourLines(report, 'zh')).toContain('  分类：省外 500人；省内县外 300人；县内 100人；合计 1,000人（各类合计不等于转移就业人数）');
  });

  it('name the buckets’ total and the count of labourers when they differ', () => {
    const report = reportOf({ nonProjectAid: [labour('d', { placed: placed(1200), placement: { buckets: buckets(900, 500, 300, 100), basis: 'reported' } })] });
    expect(report.labour.activities[0]?.placementHolds).toBe(false);
    const [issue] = report.issues;
    expect([issue?.code, issue?.path, issue?.params]).toEqual(['labour-placement-differs-from-reported', ['nonProjectAid', 0, 'placement', 'buckets', 'total'], { total: 900, reported: 1200 }]);
    expect(lines(report, 'en')).toContain(
      '  - [labour-placement-differs-from-reported] nonProjectAid[0].placement.buckets.total: The labour-placement buckets total 900, but the labourers placed are reported as 1200.',
    );
    expect(lines(report, 'zh')).toContain('  - 劳务输出各分类合计900人，而报告的转移就业人数为1200人。');
  });

  it('bound the labourers placed by the largest record and the sum of all', () => {
    const report = reportOf({ nonProjectAid: [labour('e', { placed: placed(1200) }), labour('f', { placed: placed(800) })] });
    expect(report.labour.placed).toEqual({ lower: 1200, upper: 2000, incomplete: false });
  });
});

describe('the industrial cooperation of a report', () => {
  it('cites an agreement’s own source, and sums the investment over the records', () => {
    const park: IndustrialCooperation = {
      ...core('sz-2011-duyun-park', 'Shenzhen–Duyun industrial park', '深圳—都匀产业园'),
      kind: 'industrial-cooperation',
      agreements: [
        {
          title: { en: 'Agreement on the Shenzhen–Duyun industrial park', zh: '深圳—都匀产业园合作协议' },
          parties: [{ name: { en: 'Shenzhen', zh: '深圳市' }, region: regionCode('440300') }, { name: { en: 'Duyun', zh: '都匀市' }, region: regionCode('522701') }],
          signed: { date: isoDate('2011-11-08'), precision: 'day' },
          source: qiannan('Agreements'),
        },
      ],
      industrialZones: [],
      enterprises: [],
      investment: [{ value: amount('8000000'), qualifier: 'exact', source: qiannan('Investment') }],
      farmingFunds: [],
    };
    const report = withAid(park);
    expect(report.industry.investment.toJSON()).toBe('8000000.00');
    const number = (source: SourceReference) => report.sources.findIndex((cited) => JSON.stringify(cited) === JSON.stringify(source)) + 1;
    expect([number(qiannan('Agreements')), number(qiannan('Overview')), number(qiannan('Investment'))]).toEqual([9, 10, 11]);
    expect(section(report, 'en', '7. Industrial cooperation').slice(-3)).toEqual([
      'Shenzhen–Duyun industrial park [10]',
      '  Investment: 8.00 million yuan [11]',
      '  Framework agreements: 2011-11-08, Agreement on the Shenzhen–Duyun industrial park (Shenzhen, Duyun) [9]',
    ]);
  });
});

describe('the exchanges of a report', () => {
  it('write a visit without a purpose and a secondment with and without its months', () => {
    const visit: ExchangeVisit = {
      ...core('qn-2011-visit', 'Qiannan delegation to Shenzhen', '黔南州代表团赴深圳'),
      kind: 'exchange-visit',
      direction: 'recipient-to-donor',
      level: 'municipal',
      delegation: { en: 'Leaders of Qiannan Prefecture', zh: '黔南州领导' },
      visits: [],
    };
    const secondment = (id: string, months?: number): CadreSecondment => ({
      ...core(id, `Cadres seconded ${id}`, `挂职干部${id}`),
      kind: 'cadre-secondment',
      direction: 'donor-to-recipient',
      level: 'district',
      cadres: [{ value: personCount(3), qualifier: 'exact', source: qiannan('Overview') }],
      ...(months === undefined ? {} : { months }),
    });
    const report = reportOf({ nonProjectAid: [visit, secondment('x', 12), secondment('y')] });
    expect('purpose' in report.exchanges.visits[0]!).toBe(false);
    expect(report.exchanges.secondments.map((row) => 'months' in row)).toEqual([true, false]);
    expect(section(report, 'en', '8. Exchange visits and seconded cadres')).toEqual([
      'High-level exchange visits:',
      '  Qiannan delegation to Shenzhen [6] (municipal, to the donor)',
      '    Leaders of Qiannan Prefecture',
      'Seconded cadres:',
      '  Cadres seconded x [6] (district, to the recipient, 12 months)',
      '    Seconded cadres: 3 persons [6]',
      '  Cadres seconded y [6] (district, to the recipient)',
      '    Seconded cadres: 3 persons [6]',
    ]);
  });
});
