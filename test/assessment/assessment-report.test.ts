import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { seedNonProjectAid2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import { seedRecord2011 } from '../../examples/data/shenzhen-guizhou-2011-lifecycles.js';
import { recordAssessment2011, seedAssessmentEntered2011 } from '../../examples/data/shenzhen-guizhou-2011-assessment-steps.js';
import {
  assessmentReportToJSON,
  assessPairingYear,
  buildAssessmentReport,
  illustrativeAssessmentConfiguration,
  regionCode,
  assessmentStatuses,
  organisationId,
  renderAssessmentReport,
  snapshotJsonSchema,
  unwrap,
  type AssessmentConfiguration,
  type AssessmentProgressStep,
  type AssessmentReport,
  type AssessmentStatus,
  type AssessmentView,
} from '../../src/index.js';
import { strayLatin } from '../errors/latin-letters.js';

const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;
const names: Readonly<Record<string, string>> = { '440300': '深圳市', '522400': '毕节地区', '522700': '黔南州' };
const regionName = (code: string) => names[code];
const config = illustrativeAssessmentConfiguration;
const score = (view: AssessmentView | undefined) => [view?.side, view?.assessed, view?.assessment.score, view?.assessment.grade];
const source = { document: { zh: '毕节地区扶贫开发领导小组会议纪要' }, completeness: 'complete' } as const;

describe('buildAssessmentReport', () => {

  it('gives the donor’s view first, then each recipient’s, each scored on its own records', () => {
    const report = recordAssessment2011().report;
    expect(report.views.map(score)).toEqual([
      ['donor', '440300', '54.50', 'poor'],
      ['recipient', '522400', '10.00', 'poor'],
      ['recipient', '522700', '15.00', 'poor'],
    ]);
    const disbursed = report.views.map((view) => view.assessment.areas.find((area) => area.area === 'funding')?.indicators.find((entry) => entry.id === 'budget-disbursed-in-year'));
    expect(disbursed.map((entry) => [entry?.value, entry?.sources[0]?.ids.length])).toEqual([['99.91', 38], ['99.83', 25], ['100.00', 13]]);
  });

  it('lists what each view is missing, with why and the points left open, and never divides a joint record by a guess', () => {
    const report = recordAssessment2011().report;
    expect(report.views[0]?.missing.map((missing) => [missing.indicator, missing.reason, missing.points])).toEqual([
      ['leadership-meetings', 'not-entered', '3.00'],
      ['cadres-seconded', 'no-data', '5.00'],
      ['funds-against-agreed', 'no-data', '10.00'],
      ['enterprises', 'no-data', '5.00'],
      ['investment', 'no-data', '5.00'],
      ['paired-townships', 'not-entered', '5.00'],
    ]);
    expect(report.views[1]?.missing.filter((missing) => missing.reason === 'not-split').map((missing) => missing.indicator)).toEqual([
      'exchange-visits',
      'cadres-trained',
      'funds-given',
      'funds-against-agreed',
      'enterprises',
      'investment',
      'labourers-placed',
    ]);
  });

  it('gives each step of the progress its due day, reason and finding only where the step has them', () => {
    const steps = recordAssessment2011().report.views[0]?.progress?.steps ?? [];
    expect(steps.map((step) => Object.keys(step).sort())).toEqual([
      ['by', 'due', 'event', 'finding', 'late', 'on'],
      ['by', 'event', 'on', 'reason'],
      ['by', 'due', 'event', 'finding', 'late', 'on', 'reason'],
      ['by', 'due', 'event', 'finding', 'late', 'on'],
      ['by', 'due', 'event', 'finding', 'late', 'on'],
    ]);
    expect(steps.map((step) => step.late)).toEqual([false, undefined, true, true, false]);
  });

  it('shows the donor’s recorded steps with its view, and the views of the same data as assessPairingYear gives them', () => {
    const report = recordAssessment2011().report;
    expect(report.views[0]?.progress?.status).toBe('reported');
    expect(report.views[1]?.progress).toBeUndefined();
    const bijie = unwrap(assessPairingYear({ record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered: [] }, config, { year: 2011, donor: regionCode('440300'), recipients: [regionCode('522400')] }));
    expect(report.views[1]?.assessment).toEqual(bijie);
  });

  it('takes each recipient’s own entered figures and configuration', () => {
    const forRecipients: AssessmentConfiguration = { ...config, name: { zh: '受援方考核方案' }, whenNotMet: 'zero' };
    const built = unwrap(
      buildAssessmentReport({ record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered: seedAssessmentEntered2011 }, config, {
        year: 2011,
        donor: regionCode('440300'),
        recipients: [regionCode('522400'), regionCode('522700')],
        recipientConfiguration: forRecipients,
        recipientEntered: { '522400': [{ indicator: 'on-party-agenda', value: 'yes', source }] },
      }),
    );
    expect(built.views.map(score)).toEqual([
      ['donor', '440300', '54.50', 'poor'],
      ['recipient', '522400', '12.00', 'poor'],
      ['recipient', '522700', '15.00', 'poor'],
    ]);
    expect(built.views[1]?.assessment.configuration.name.zh).toBe('受援方考核方案');
  });

  it('is illustrative when the donor’s or the recipients’ configuration is, and not when neither is', () => {
    const adopted: AssessmentConfiguration = { ...config, illustrative: false };
    const illustrative = (recipientConfiguration?: AssessmentConfiguration) =>
      unwrap(
        buildAssessmentReport({ record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered: [] }, adopted, {
          year: 2011,
          donor: regionCode('440300'),
          recipients: [regionCode('522400')],
          ...(recipientConfiguration === undefined ? {} : { recipientConfiguration }),
        }),
      ).configuration.illustrative;
    expect([illustrative(), illustrative(adopted), illustrative(config)]).toEqual([false, false, true]);
  });

  it('shows with a view only the steps recorded for its own side and year', () => {
    const { standing } = recordAssessment2011();
    const withStandings = (standings: readonly (typeof standing)[]) =>
      unwrap(
        buildAssessmentReport({ record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered: [] }, config, {
          year: 2011,
          donor: regionCode('440300'),
          recipients: [regionCode('522400')],
          standings,
        }),
      ).views.map((view) => view.progress?.status);
    expect(withStandings([standing])).toEqual(['reported', undefined]);
    expect(withStandings([{ ...standing, year: 2012 }])).toEqual([undefined, undefined]);
    expect(withStandings([{ ...standing, assessed: regionCode('522400') }])).toEqual([undefined, 'reported']);
  });

  it('refuses a recipient’s entered figure its configuration does not know, under the view', () => {
    const refused = buildAssessmentReport({ record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered: [] }, config, {
      year: 2011,
      donor: regionCode('440300'),
      recipients: [regionCode('522400')],
      recipientEntered: { '522400': [{ indicator: 'no-such-indicator', value: '1', source }] },
    });
    expect(refused.ok || refused.issues.map((issue) => [issue.code, issue.path])).toEqual([['assessment-entered-unknown', ['views', 1, 'input', 'entered', 0, 'indicator']]]);
  });
});

describe('renderAssessmentReport', () => {
  it('writes every view in Chinese with no Latin letter, the records counted rather than named by id', () => {
    const text = renderAssessmentReport(recordAssessment2011().report, { locale: 'zh', regionName });
    expect(strayLatin(text)).toEqual([]);
    const lines = text.split('\n');
    expect(lines.filter((line) => line.startsWith('【'))).toEqual(['【援助方】深圳市：54.50 / 100.00，等次：差（暂定）', '【受援方】毕节地区：10.00 / 100.00，等次：差（暂定）', '【受援方】黔南州：15.00 / 100.00，等次：差（暂定）']);
    expect(lines).toContain('  对口帮扶列入党委政府重要议事日程：是（定性：是／否）得分2.00 / 2.00；来源：填报（深圳市对口帮扶贵州（2011年），中国国际扶贫中心）');
    expect(lines).toContain('  2012-02-03交叉考核，54.50分，差，逾期（应于2012-01-31前）');
    expect(lines.find((line) => line.startsWith('缺项：资金') || line.includes('资金支持·资金到位率'))).toBeDefined();
  });

  it('writes it in English, naming the records by id and the organisations that gave each step', () => {
    const lines = renderAssessmentReport(recordAssessment2011().report, { locale: 'en', organisationName: (id) => (id === 'gd-leading-group' ? 'Guangdong Leading Group' : undefined) }).split('\n');
    expect(lines.filter((line) => line.startsWith('['))).toEqual(['[Donor] 440300: 54.50 / 100.00, grade: poor (provisional)', '[Recipient] 522400: 10.00 / 100.00, grade: poor (provisional)', '[Recipient] 522700: 15.00 / 100.00, grade: poor (provisional)']);
    expect(lines).toContain('  2012-02-24 reported by Guangdong Leading Group, 54.50 points, poor');
    expect(lines).toContain('  2012-02-03 cross-checked by gz-poverty-office, 54.50 points, poor, late (due by 2012-01-31)');
  });

  it('writes where a view stands at every status, and the steps that return and correct a cross-check', () => {
    const { report } = recordAssessment2011();
    const standing = (status: AssessmentStatus, steps: AssessmentProgressStep[] = []): AssessmentReport => ({ ...report, views: [{ ...report.views[0]!, progress: { status, steps } }] });
    const progress = (status: AssessmentStatus, locale: 'zh' | 'en') => renderAssessmentReport(standing(status), { locale }).split('\n').at(-1);
    expect(assessmentStatuses.map((status) => progress(status, 'zh'))).toEqual(['考核进程：已自评，待交叉考核', '考核进程：自评已退回修改', '考核进程：已交叉考核，待上报', '考核进程：交叉考核结果已退回复核', '考核进程：考核结果已上报']);
    expect(assessmentStatuses.map((status) => progress(status, 'en'))).toEqual([
      'Progress: self-evaluated, to be cross-checked',
      'Progress: self-evaluation returned for correction',
      'Progress: cross-checked, to be reported',
      'Progress: cross-check returned for correction',
      'Progress: reported',
    ]);
    const steps: AssessmentProgressStep[] = [
      { event: 'cross-check-returned', by: organisationId('gd-leading-group'), on: '2012-02-10', reason: '重新核对' },
      { event: 'cross-check-corrected', by: organisationId('gz-poverty-office'), on: '2012-02-15', finding: { score: '60.00', grade: 'fair' } },
    ];
    const linesOf = (locale: 'zh' | 'en') => renderAssessmentReport(standing('cross-checked', steps), { locale }).split('\n').slice(-2);
    expect(linesOf('zh')).toEqual(['  2012-02-10退回交叉考核结果，理由：重新核对', '  2012-02-15复核交叉考核结果，60.00分，一般']);
    expect(linesOf('en')).toEqual(['  2012-02-10 cross-check returned by gd-leading-group, reason: 重新核对', '  2012-02-15 cross-check corrected by gz-poverty-office, 60.00 points, fair']);
  });
});

describe('renderAssessmentReport, the donor’s view line by line', () => {
  const office = (locale: 'zh' | 'en') => (id: string) => (id === 'sz-support-office' ? (locale === 'zh' ? '深圳市对口帮扶办' : 'Shenzhen Support Office') : undefined);
  const linesOf = (locale: 'zh' | 'en', report = recordAssessment2011().report) => renderAssessmentReport(report, { locale, organisationName: office(locale) }).split('\n');
  const donorView = (lines: readonly string[]) => lines.slice(0, lines.findIndex((line) => line.startsWith('【受援方】') || line.startsWith('[Recipient]')));

  it('names the configuration, and says when it is only illustrative', () => {
    expect(linesOf('zh').slice(0, 2)).toEqual(['东西部扶贫协作考核报告（2011年）', '考核方案：示例考核方案（示例，非官方标准）']);
    expect(linesOf('en').slice(0, 2)).toEqual(['East–west cooperation assessment report 2011', 'Configuration: Illustrative assessment configuration (illustrative, not an official standard)']);
    const official = { ...recordAssessment2011().report, configuration: { name: { zh: '考核办法', en: 'Assessment rules' }, illustrative: false } };
    expect([linesOf('zh', official)[1], linesOf('en', official)[1]]).toEqual(['考核方案：考核办法', 'Configuration: Assessment rules']);
  });

  it('lists on one line what is missing, each with its area, why it is missing and the points left open', () => {
    expect(donorView(linesOf('zh')).filter((line) => line.startsWith('缺项'))).toEqual([
      '缺项：组织领导·党政主要负责同志研究部署东西部扶贫协作的会议（未填报，3.00分）；人才支援·选派挂职干部（数据中无此项，5.00分）；资金支持·资金到位率（对协议数）（数据中无此项，10.00分）；产业合作·引导企业投资（数据中无此项，5.00分）；产业合作·企业实际投资额（数据中无此项，5.00分）；携手奔小康·结对乡镇（街道）（未填报，5.00分）',
    ]);
    expect(donorView(linesOf('en')).filter((line) => line.startsWith('Missing'))).toEqual([
      'Missing: Organisation and leadership: Meetings of the leading officials on the cooperation (not entered, 3.00 points); Talent exchange: Cadres seconded (not in the data, 5.00 points); Funding: Funds given against the agreed amount (not in the data, 10.00 points); Industrial cooperation: Enterprises investing (not in the data, 5.00 points); Industrial cooperation: Investment by enterprises (not in the data, 5.00 points); County-level pairing: Townships paired (not entered, 5.00 points)',
    ]);
    expect(linesOf('zh')).toContain(
      '缺项：组织领导·党政主要负责同志研究部署东西部扶贫协作的会议（未填报，3.00分）；组织领导·对口帮扶列入党委政府重要议事日程（未填报，2.00分）；组织领导·互访考察（数据为多个受援地合计，无法拆分，5.00分）；人才支援·培训干部和专业技术人员（数据为多个受援地合计，无法拆分，10.00分）；人才支援·选派挂职干部（数据中无此项，5.00分）；资金支持·财政援助资金（数据为多个受援地合计，无法拆分，10.00分）；资金支持·资金到位率（对协议数）（数据为多个受援地合计，无法拆分，10.00分）；产业合作·引导企业投资（数据为多个受援地合计，无法拆分，5.00分）；产业合作·企业实际投资额（数据为多个受援地合计，无法拆分，5.00分）；劳务协作·组织劳务输出（数据为多个受援地合计，无法拆分，15.00分）；携手奔小康·结对乡镇（街道）（未填报，5.00分）',
    );
    expect(linesOf('en').some((line) => line.includes('Funds given (recorded for several recipients together, 10.00 points)'))).toBe(true);
  });

  it('writes no line of what is missing for a view that misses nothing', () => {
    const { report } = recordAssessment2011();
    const complete = { ...report, views: [{ ...report.views[0]!, missing: [] }] };
    expect(linesOf('zh', complete).some((line) => line.startsWith('缺项'))).toBe(false);
    expect(linesOf('en', complete).some((line) => line.startsWith('Missing'))).toBe(false);
  });

  it('writes every step, who gave it where a name is known, its finding, its lateness and its reason', () => {
    expect(donorView(linesOf('zh')).filter((line) => line.startsWith('  2'))).toEqual([
      '  2011-12-28 深圳市对口帮扶办自评，52.50分，差',
      '  2012-01-10退回自评，理由：组织领导部分未填报列入议事日程情况',
      '  2012-01-16 深圳市对口帮扶办修改自评，54.50分，差，逾期（应于2011-12-31前），理由：补报列入市委市政府重要议事日程的依据',
      '  2012-02-03交叉考核，54.50分，差，逾期（应于2012-01-31前）',
      '  2012-02-24上报，54.50分，差',
    ]);
    expect(donorView(linesOf('en')).filter((line) => line.startsWith('  2'))).toEqual([
      '  2011-12-28 self-evaluated by Shenzhen Support Office, 52.50 points, poor',
      '  2012-01-10 self-evaluation returned by gz-poverty-office, reason: 组织领导部分未填报列入议事日程情况',
      '  2012-01-16 self-evaluation corrected by Shenzhen Support Office, 54.50 points, poor, late (due by 2011-12-31), reason: 补报列入市委市政府重要议事日程的依据',
      '  2012-02-03 cross-checked by gz-poverty-office, 54.50 points, poor, late (due by 2012-01-31)',
      '  2012-02-24 reported by gd-leading-group, 54.50 points, poor',
    ]);
  });
});

describe('assessmentReportToJSON', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/assessment-report.json', import.meta.url), 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it('writes the 2011 report as JSON that passes the shipped schema, and reads back equal', () => {
    const json = assessmentReportToJSON(recordAssessment2011().report);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.views[0]?.assessment.areas[2]?.indicators[0]).toMatchObject({ id: 'funds-given', value: '46910000.00', sources: [{ kind: 'funds', ids: ['sz-2011-anti-poverty-funds'] }] });
  });

  it('is described by the shipped schema as the library states the report’s shape: every kind, status, grade and step named, every figure a decimal', () => {
    expect(`${JSON.stringify(snapshotJsonSchema('assessment-report'), null, 2)}\n`).toBe(readFileSync(new URL('../../schemas/assessment-report.json', import.meta.url), 'utf8'));
  });

  it('keeps every figure as it is, even one whose digits look like a mobile number, while masking one typed into a text', () => {
    const phoneLike = [{ indicator: 'leadership-meetings', value: '13912345678', source: { document: { zh: '会议纪要，联系电话13912345678' }, completeness: 'complete' as const } }];
    const report = unwrap(buildAssessmentReport({ record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered: phoneLike }, config, { year: 2011, donor: regionCode('440300'), recipients: [regionCode('522400')] }));
    const meetings = assessmentReportToJSON(report).views[0]?.assessment.areas[0]?.indicators[0];
    expect([meetings?.value, meetings?.sources[0]?.references?.[0]?.document.zh]).toEqual(['13912345678', '会议纪要，联系电话139****5678']);
  });

  it('masks a resident ID typed into a reason, and the schema refuses a score written as a number', () => {
    const entered = [{ indicator: 'on-party-agenda', value: 'yes', source: { document: { zh: '联系人身份证号 520502199001011234' }, completeness: 'complete' as const } }];
    const report = unwrap(buildAssessmentReport({ record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered }, config, { year: 2011, donor: regionCode('440300'), recipients: [regionCode('522400')] }));
    const json = assessmentReportToJSON(report);
    expect(JSON.stringify(json)).not.toContain('520502199001011234');
    expect(validate(json)).toBe(true);
    const broken = structuredClone(json) as unknown as { views: { assessment: { score: unknown } }[] };
    broken.views[0]!.assessment.score = 54.5;
    expect(validate(broken)).toBe(false);
  });
});
