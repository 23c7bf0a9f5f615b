import type { ExchangeDirection, ExchangeLevel } from '../../aid/exchange-visit.js';
import type { IndustrialZoneStatus } from '../../aid/industrial-cooperation.js';
import type { FigureBasis } from '../../aid/labour-cooperation.js';
import type { DeclaredCountRule } from '../../beneficiaries/choose-declared-counts.js';
import type { PlanKind } from '../../model/plan.js';
import { textFromString } from '../../model/text-from-string.js';
import type { LocalizedText } from '../../model/text.js';
import { localText, NO_CHINESE_TEXT } from './format.js';
import type { ReportLocale } from './report-locale.js';

/** The fixed wording of a rendered report in one language. */
export interface ReportPhrases {
  readonly title: (donor: string, year: number) => string;
  readonly recipients: string;
  readonly inData: string;
  readonly conventions: (asOf: string) => readonly string[];
  /** The heading of the records written under older codes. */
  readonly olderCodes: (asOf: string) => string;
  /** The records of one older code: counts of projects, sub-projects, ledger entries, declared counts, identified records. */
  readonly olderCodeCounts: (counts: readonly [number, number, number, number, number]) => string;
  readonly sections: readonly [string, string, string, string, string, string, string, string, string, string];
  readonly persons: string;
  /** The unit of a count of one: "persons" → "person" in English; a Chinese unit is the same for any count. */
  readonly unitOfOne: (unit: string) => string;
  readonly personTimes: string;
  /** The label of a training's person-times. */
  readonly personTimesLabel: string;
  readonly households: string;
  readonly projectsUnit: string;
  readonly courses: string;
  readonly visits: string;
  readonly enterprises: string;
  readonly rule: (rule: DeclaredCountRule) => string;
  readonly alsoReported: string;
  readonly notReported: string;
  readonly none: string;
  readonly donated: string;
  readonly fundColumns: readonly [string, string, string, string, string];
  readonly byRecipient: string;
  readonly notSplit: (amount: string) => string;
  readonly declaredProjects: string;
  readonly declaredInfrastructure: string;
  readonly itemised: (projects: number, subProjects: number, budget: string) => string;
  readonly notItemised: (projects: number) => string;
  readonly subProjects: (count: number) => string;
  readonly prefectureColumns: readonly [string, string, string, string, string, string, string];
  readonly typeColumns: readonly [string, string, string, string];
  readonly partOf: (whole: string) => string;
  readonly identifiedNone: string;
  readonly identified: (persons: string, personTimes: string, households: string, poor: string) => string;
  readonly bounds: (lower: string, upper: string, incomplete: boolean) => string;
  readonly personTimesDeclared: string;
  readonly trainees: string;
  readonly expertsOrganised: string;
  readonly funds: string;
  readonly students: string;
  readonly amount: string;
  readonly placed: string;
  readonly buckets: (basis: FigureBasis) => string;
  readonly bucketNames: readonly [string, string, string, string];
  readonly bucketsHold: (holds: boolean) => string;
  readonly workingIn: (city: string) => string;
  readonly stock: string;
  readonly farmingFunds: string;
  readonly investment: string;
  readonly agreements: string;
  readonly zones: string;
  readonly zoneStatus: Readonly<Record<IndustrialZoneStatus, string>>;
  readonly visitsHeading: string;
  readonly secondmentsHeading: string;
  readonly direction: Readonly<Record<ExchangeDirection, string>>;
  readonly level: Readonly<Record<ExchangeLevel, string>>;
  readonly months: (months: number) => string;
  readonly noPlan: (year: number) => string;
  readonly planKind: Readonly<Record<PlanKind, string>>;
  /** A plan figure beside the year's actual and the actual of the plan's years so far, each with its rate. */
  readonly agreed: (what: string, agreed: string, compared: PlanFigures) => string;
  readonly target: (what: string, target: string, compared: PlanFigures) => string;
  readonly unknown: string;
  readonly noIssues: string;
  readonly issueCount: (count: number) => string;
  readonly sourcesHeading: string;
  readonly incomplete: string;
  readonly all: string;
  readonly carriedOver: (year: number, projects: number, disbursed: string, spent: string) => string;
  /** The assets registered in the year, by class: e.g. `[['operating', '1', '300,000.00 yuan'], …]`. */
  readonly assets: (year: number, byClass: readonly (readonly [string, number, string])[]) => string;
  readonly pending: (year: number, projects: number, budget: string) => string;
  readonly withdrawn: (projects: number, budget: string, year: number, committed: string, disbursed: string, spent: string) => string;
  readonly projectRowsHeading: (year: number) => string;
  readonly projectColumns: readonly [string, string, string, string, string, string, string, string];
  readonly planYear: (year: number) => string;
}

/** The actual figures of one plan line: the year's, and those of the plan's years up to it. */
export interface PlanFigures {
  readonly year: number;
  readonly fromYear: number;
  readonly inYear: string;
  readonly inYearPercent: string;
  readonly cumulative: string;
  readonly cumulativePercent: string;
}

// A preferred source is named as the rule gave it: a plain string as written, a text in the report's language.
const rule =
  (names: Readonly<Record<DeclaredCountRule['rule'], string>>, locale: ReportLocale, separators: readonly [string, string, string]) =>
  (chosen: DeclaredCountRule) => {
    if (chosen.rule !== 'prefer-source') return names[chosen.rule];
    const named = (given: string | LocalizedText | undefined) => {
      const text = typeof given === 'string' ? textFromString(given) : given;
      return locale === 'zh' && text !== undefined && text.zh === undefined ? NO_CHINESE_TEXT : localText(text, locale);
    };
    const [colon, comma, semicolon] = separators;
    return `${names['prefer-source']}${colon}${chosen.sources.map((source) => [named(source.document), named(source.section)].filter(Boolean).join(comma)).join(semicolon)}`;
  };

// English units and their singular, for a count of one.
const englishSingular: Readonly<Record<string, string>> = {
  'persons': 'person',
  'person-times': 'person-time',
  'households': 'household',
  'projects': 'project',
  'sub-projects': 'sub-project',
  'months': 'month',
};
/** "1 project", "2 projects": a count with its English unit, singular for one. */
const countOf = (count: number | string, unit: string): string => `${count} ${String(count) === '1' ? (englishSingular[unit] ?? unit) : unit}`;

const english: ReportPhrases = {
  title: (donor, year) => `${donor}: pairing-off poverty alleviation, annual report ${year}`,
  recipients: 'Recipients',
  inData: 'in the data',
  conventions: (asOf) => [
    `Division codes as in force on ${asOf}. Amounts in million yuan, rounded half up to two decimals; every sum is exact before rounding.`,
    'A figure marked * comes from "incomplete statistics" (据不完全统计): a lower bound, not an audited total. [n] cites a source listed at the end.',
    'Where sources disagree, one report is chosen by the rule named beside it and the others are listed.',
  ],
  olderCodes: (asOf) => `Records written under a code no longer in force on ${asOf}, counted under the code in force:`,
  olderCodeCounts: ([projects, subProjects, entries, declared, identified]) =>
    [
      [projects, 'project', 'projects'],
      [subProjects, 'sub-project', 'sub-projects'],
      [entries, 'ledger entry', 'ledger entries'],
      [declared, 'declared count', 'declared counts'],
      [identified, 'identified beneficiary record', 'identified beneficiary records'],
    ]
      .filter(([count]) => count !== 0)
      .map(([count, one, many]) => `${(count as number).toLocaleString('en-US')} ${count === 1 ? one : many}`)
      .join(', '),
  sections: ['1. Funds', '2. Projects', '3. Beneficiaries', '4. Cadre training', '5. Student subsidies', '6. Labour cooperation', '7. Industrial cooperation', '8. Exchange visits and seconded cadres', '9. Plan versus actual', '10. Rule violations'],
  persons: 'persons',
  unitOfOne: (unit) => englishSingular[unit] ?? unit,
  personTimes: 'person-times',
  personTimesLabel: 'Person-times',
  households: 'households',
  projectsUnit: 'projects',
  courses: 'Courses',
  visits: 'Visits',
  enterprises: 'Enterprises',
  rule: rule({ largest: 'rule: largest', smallest: 'rule: smallest', latest: 'rule: latest', 'prefer-source': 'rule: preferred source' }, 'en', [': ', ', ', '; ']),
  alsoReported: 'also reported',
  notReported: 'not reported',
  none: 'none reported',
  donated: 'Donated',
  fundColumns: ['category', 'donated', 'itemised projects', 'non-project aid', 'not itemised'],
  byRecipient: 'By recipient',
  notSplit: (amount) => `${amount} not split by recipient in the sources (itemised project budgets by prefecture are under 2)`,
  declaredProjects: 'Aid projects declared',
  declaredInfrastructure: 'Infrastructure projects declared',
  itemised: (projects, subProjects, budget) =>
    `Itemised: ${projects} project${projects === 1 ? '' : 's'} with ${subProjects} sub-project${subProjects === 1 ? '' : 's'}, approved budgets ${budget}`,
  notItemised: (projects) => `Declared but not itemised in the data: ${countOf(projects, 'projects')}`,
  subProjects: (count) => countOf(count, 'sub-projects'),
  prefectureColumns: ['prefecture', 'projects', 'sub-projects', 'budget', 'disbursed', 'spent', 'declared projects/sub-projects, invested'],
  typeColumns: ['type', 'projects', 'sub-projects', 'budget'],
  partOf: (whole) => `part of "${whole}"`,
  identifiedNone: 'Identified beneficiaries: none recorded.',
  identified: (persons, personTimes, households, poor) =>
    `Identified beneficiaries: ${countOf(persons, 'persons')} (${countOf(personTimes, 'person-times')}) in ${countOf(households, 'households')}; registered poor: ${countOf(poor, 'persons')}`,
  bounds: (lower, upper, incomplete) =>
    `Persons reached, identified and declared together: at least ${lower}, at most ${upper}${incomplete ? ' (incomplete statistics: the real number may be higher)' : ''}`,
  personTimesDeclared: 'Person-times declared',
  trainees: 'Trained',
  expertsOrganised: 'Experts organised',
  funds: 'Funds',
  students: 'Students',
  amount: 'Amount',
  placed: 'Labourers placed',
  buckets: (basis) => (basis === 'illustrative' ? 'By bucket (illustrative)' : 'By bucket'),
  bucketNames: ['outside the province', 'in the province, outside the county', 'in the county', 'total'],
  bucketsHold: (holds) => (holds ? 'the buckets are exclusive and sum to the labourers placed' : 'the buckets do NOT sum to the labourers placed'),
  workingIn: (city) => `Working in ${city}`,
  stock: 'a stock, not the year’s flow',
  farmingFunds: 'Farming funds',
  investment: 'Investment',
  agreements: 'Framework agreements',
  zones: 'Industrial zones',
  zoneStatus: { agreed: 'agreed', 'under-construction': 'under construction', operating: 'operating' },
  visitsHeading: 'High-level exchange visits',
  secondmentsHeading: 'Seconded cadres',
  direction: { 'donor-to-recipient': 'to the recipient', 'recipient-to-donor': 'to the donor' },
  level: { municipal: 'municipal', district: 'district', department: 'department' },
  months: (months) => countOf(months, 'months'),
  noPlan: (year) => `No plan in force in ${year} in the data.`,
  planKind: { 'multi-year': 'multi-year plan', 'near-term': 'near-term targets', annual: 'annual plan' },
  agreed: (what, agreed, c) =>
    `${what}: agreed ${agreed}; actual in ${c.year} ${c.inYear}, ${c.inYearPercent}; ${c.fromYear}–${c.year} ${c.cumulative}, ${c.cumulativePercent}`,
  target: (what, target, c) =>
    `${what}: target ${target}; actual in ${c.year} ${c.inYear}, ${c.inYearPercent}; ${c.fromYear}–${c.year} ${c.cumulative}, ${c.cumulativePercent}`,
  unknown: 'unknown',
  noIssues: 'None found.',
  issueCount: (count) => `${count} found:`,
  sourcesHeading: 'Sources',
  incomplete: 'incomplete statistics',
  all: 'all recipients',
  assets: (year, byClass) =>
    `Assets registered and handed over in ${year}: ${byClass.map(([assetClass, count, value]) => `${({ 'operating': 'operating', 'public-welfare': 'public-welfare', 'household': 'household' } as Record<string, string>)[assetClass] ?? assetClass} ${count} (${value})`).join(', ')}`,
  carriedOver: (year, projects, disbursed, spent) =>
    `Carried over into ${year} by ${projects} earlier year${projects === 1 ? "'s project" : "s' projects"}: disbursed ${disbursed}, spent ${spent} (not in the figures above)`,
  pending: (year, projects, budget) => `Not yet approved at the end of ${year}: ${projects} project${projects === 1 ? '' : 's'}, budgets ${budget} (not counted above)`,
  withdrawn: (projects, budget, year, committed, disbursed, spent) =>
    `Cancelled or rejected: ${projects} project${projects === 1 ? '' : 's'}, budgets ${budget}, counted as neither approved nor planned; their money in ${year}: committed ${committed}, disbursed ${disbursed}, spent ${spent}`,
  projectRowsHeading: (year) => `Project by project, money dated in ${year} (million yuan), status at the end of the year:`,
  projectColumns: ['project', 'place', 'status', 'budget', 'committed', 'disbursed', 'spent', 'beneficiaries'],
  planYear: (year) => `plan year ${year}`,
};

const chinese: ReportPhrases = {
  title: (donor, year) => `${donor}东西部扶贫协作${year}年度报告`,
  recipients: '帮扶地区',
  inData: '数据中为',
  conventions: (asOf) => [
    `行政区划代码以${asOf}有效者为准。金额单位为万元，保留两位小数（四舍五入）；合计先精确求和再取舍。`,
    '标 * 的数字来自“据不完全统计”的来源：为下限，非审计总数。方括号内的数字为文末所列来源的序号。',
    '来源之间不一致时，按所注规则选取其一，其余一并列出。',
  ],
  olderCodes: (asOf) => `下列记录所用行政区划代码在${asOf}已不再有效，按有效代码计入：`,
  olderCodeCounts: ([projects, subProjects, entries, declared, identified]) =>
    [
      [projects, '项目', '个'],
      [subProjects, '子项目', '个'],
      [entries, '台账记录', '条'],
      [declared, '报告受益人数', '项'],
      [identified, '有身份记录的受益人', '条'],
    ]
      .filter(([count]) => count !== 0)
      .map(([count, what, unit]) => `${what}${(count as number).toLocaleString('en-US')}${unit}`)
      .join('，'),
  sections: ['一、资金', '二、项目', '三、受益人口', '四、干部培训', '五、助学', '六、劳务协作', '七、产业合作', '八、高层互访与干部挂职', '九、计划完成情况', '十、违反规则情况'],
  persons: '人',
  unitOfOne: (unit) => unit,
  personTimes: '人次',
  personTimesLabel: '人次',
  households: '户',
  projectsUnit: '个',
  courses: '培训班次',
  visits: '互访次数',
  enterprises: '企业',
  rule: rule({ largest: '规则：取最大值', smallest: '规则：取最小值', latest: '规则：取最新值', 'prefer-source': '规则：优先来源' }, 'zh', ['：', '，', '；']),
  alsoReported: '另有报告',
  notReported: '未报告',
  none: '未报告',
  donated: '捐赠资金',
  fundColumns: ['类别', '捐赠', '已列项目', '非项目帮扶', '未列明'],
  byRecipient: '按帮扶地区',
  notSplit: (amount) => `${amount}来源未按地区划分（已列项目预算按地区见第二部分）`,
  declaredProjects: '帮扶项目（报告数）',
  declaredInfrastructure: '基础设施项目（报告数）',
  itemised: (projects, subProjects, budget) => `已列明：项目${projects}个，子项目${subProjects}个，批准预算${budget}`,
  notItemised: (projects) => `已报告但数据中未列明的项目：${projects}个`,
  subProjects: (count) => `子项目${count}个`,
  prefectureColumns: ['地区', '项目', '子项目', '预算', '已拨付', '已支出', '报告项目/子项目、投资'],
  typeColumns: ['类型', '项目', '子项目', '预算'],
  partOf: (whole) => `属于“${whole}”`,
  identifiedNone: '有身份记录的受益人：无。',
  identified: (persons, personTimes, households, poor) => `有身份记录的受益人：${persons}人（${personTimes}人次），${households}户；其中建档立卡贫困人口${poor}人`,
  bounds: (lower, upper, incomplete) => `受益人数（有身份记录与报告数合计）：不少于${lower}人，不多于${upper}人${incomplete ? '（不完全统计：实际可能更多）' : ''}`,
  personTimesDeclared: '报告人次',
  trainees: '培训人数',
  expertsOrganised: '组织专家',
  funds: '资金',
  students: '资助学生',
  amount: '金额',
  placed: '转移就业劳动力',
  buckets: (basis) => (basis === 'illustrative' ? '分类（示意）' : '分类'),
  bucketNames: ['省外', '省内县外', '县内', '合计'],
  bucketsHold: (holds) => (holds ? '各类互斥且合计等于转移就业人数' : '各类合计不等于转移就业人数'),
  workingIn: (city) => `在${city}务工`,
  stock: '存量，非当年流量',
  farmingFunds: '种养殖项目资金',
  investment: '投资',
  agreements: '框架协议',
  zones: '产业园区',
  zoneStatus: { agreed: '已商定', 'under-construction': '在建', operating: '运营中' },
  visitsHeading: '高层互访',
  secondmentsHeading: '干部挂职',
  direction: { 'donor-to-recipient': '赴帮扶地区', 'recipient-to-donor': '赴帮扶方' },
  level: { municipal: '市级', district: '区级', department: '部门' },
  months: (months) => `${months}个月`,
  noPlan: (year) => `数据中无${year}年有效的计划。`,
  planKind: { 'multi-year': '中长期规划', 'near-term': '近期目标', annual: '年度计划' },
  agreed: (what, agreed, c) =>
    `${what}：协议${agreed}；${c.year}年实际${c.inYear}，完成${c.inYearPercent}；${c.fromYear}—${c.year}年累计${c.cumulative}，完成${c.cumulativePercent}`,
  target: (what, target, c) =>
    `${what}：目标${target}；${c.year}年实际${c.inYear}，完成${c.inYearPercent}；${c.fromYear}—${c.year}年累计${c.cumulative}，完成${c.cumulativePercent}`,
  unknown: '不详',
  noIssues: '未发现。',
  issueCount: (count) => `共${count}项：`,
  sourcesHeading: '来源',
  incomplete: '不完全统计',
  all: '全部帮扶地区',
  assets: (year, byClass) =>
    `${year}年登记移交的项目资产：${byClass.map(([assetClass, count, value]) => `${({ 'operating': '经营性', 'public-welfare': '公益性', 'household': '到户类' } as Record<string, string>)[assetClass] ?? assetClass}${count}项（${value}）`).join('，')}`,
  carriedOver: (year, projects, disbursed, spent) => `结转：以前年度项目${projects}个在${year}年拨付${disbursed}，支出${spent}（未计入上列数字）`,
  pending: (year, projects, budget) => `${year}年末尚未批准：项目${projects}个，预算${budget}（未计入上列数字）`,
  withdrawn: (projects, budget, year, committed, disbursed, spent) =>
    `已撤销或不予批准：项目${projects}个，预算${budget}，不计入批准数和计划数；其${year}年资金：承诺${committed}，拨付${disbursed}，支出${spent}`,
  projectRowsHeading: (year) => `分项目情况（${year}年资金，单位万元；状态为年末状态）：`,
  projectColumns: ['序号、项目', '地点', '状态', '预算', '承诺', '拨付', '支出', '受益人数'],
  planYear: (year) => `${year}年项目`,
};

/** The wording of each locale. */
export const reportPhrases: Readonly<Record<ReportLocale, ReportPhrases>> = { en: english, zh: chinese };
