// The 2011 Shenzhen–Guizhou infrastructure programme as fixture data, built through the public API.
//
// Only the totals come from the source (the yearbook entry "Shenzhen – Guizhou Pairing-off Poverty
// Alleviation", 2011): 38 infrastructure projects with 71 sub-projects; Bijie 25 projects (53 sub-projects)
// and 12 million yuan; Qiannan 13 projects (18 sub-projects) and 12 million yuan; funds of 46.91 million
// yuan, of which 42.81 million counterpart-support, 2.8 million disaster relief and 1.3 million cadre
// training. Everything below the totals is invented to be plausible and deterministic: which county
// each project is in, its type, name and budget, how budgets split into sub-projects, and the ledger.
// The counties carry their 2011 codes (毕节地区 522400 became 毕节市 520500 only late in 2011). The source
// is in English; the Chinese texts are the library's translations of it, not quotations of Chinese originals.
import {
  allocateAmount,
  amount,
  builtInFundCategories,
  builtInProjectTypes,
  fundId,
  isoDate,
  ledgerEntryId,
  organisationId,
  pairingId,
  percentOf,
  programmeId,
  projectId,
  regionCode,
  subProjectId,
  negateAmount,
  sumAmounts,
  subtractAmounts,
  type Amount,
  type BuiltInProjectTypeCode,
  type Fund,
  type LedgerEntry,
  type Organisation,
  type Pairing,
  type Participation,
  type Programme,
  type Project,
  type SourceReference,
  type SubProject,
} from '../../src/index.js';

/** The source of the programme's totals, and what it does not say. */
export const seedSource2011: SourceReference = {
  document: {
    zh: '深圳市对口帮扶贵州（2011年），中国国际扶贫中心',
    en: 'Shenzhen – Guizhou Pairing-off Poverty Alleviation (2011), International Poverty Reduction Center in China',
  },
  section: { zh: '整村推进；资金投入', en: 'Entire village advancement; Funding' },
  completeness: 'incomplete',
  note: {
    zh:
      '来源只给出总数：基础设施帮扶项目38个（含子项目71个）；毕节投入1,200万元，建设项目25个（含子项目53个）；' +
      '黔南投入1,200万元，实施项目13个（含子项目18个）；捐赠资金4,691万元＝对口帮扶资金4,281万元＋救灾资金280万元＋' +
      '干部培训资金130万元。各项目的分布（所在县、类型、名称、预算、子项目）和台账记录均为示例虚构。',
    en:
      'Only the totals come from the source: 38 infrastructure projects with 71 sub-projects; Bijie 25 projects ' +
      '(53 sub-projects) and 12 million yuan; Qiannan 13 projects (18 sub-projects) and 12 million yuan; funds of ' +
      '46.91 million yuan = 42.81 counterpart-support + 2.8 disaster relief + 1.3 cadre training. The per-project ' +
      'split (counties, types, names, budgets, sub-projects) and the ledger entries are invented for illustration.',
  },
};

/** A county-level division of 2011: its GB/T 2260 code and its names in Chinese and English. */
export interface County {
  /** The six-digit code, e.g. `522422`. */
  readonly code: string;
  /** The Chinese name, e.g. 大方县. */
  readonly zh: string;
  /** The English name, e.g. Dafang County. */
  readonly en: string;
}

/** 毕节地区's county-level divisions with their 2011 codes. */
export const bijieCounties2011: readonly County[] = [
  { code: '522401', zh: '毕节市', en: 'Bijie City' },
  { code: '522422', zh: '大方县', en: 'Dafang County' },
  { code: '522423', zh: '黔西县', en: 'Qianxi County' },
  { code: '522424', zh: '金沙县', en: 'Jinsha County' },
  { code: '522425', zh: '织金县', en: 'Zhijin County' },
  { code: '522426', zh: '纳雍县', en: 'Nayong County' },
  { code: '522427', zh: '威宁彝族回族苗族自治县', en: 'Weining Yi, Hui and Miao Autonomous County' },
  { code: '522428', zh: '赫章县', en: 'Hezhang County' },
];

/** 黔南布依族苗族自治州's twelve county-level divisions (there is no 522724). */
export const qiannanCounties2011: readonly County[] = [
  { code: '522701', zh: '都匀市', en: 'Duyun City' },
  { code: '522702', zh: '福泉市', en: 'Fuquan City' },
  { code: '522722', zh: '荔波县', en: 'Libo County' },
  { code: '522723', zh: '贵定县', en: 'Guiding County' },
  { code: '522725', zh: '瓮安县', en: "Weng'an County" },
  { code: '522726', zh: '独山县', en: 'Dushan County' },
  { code: '522727', zh: '平塘县', en: 'Pingtang County' },
  { code: '522728', zh: '罗甸县', en: 'Luodian County' },
  { code: '522729', zh: '长顺县', en: 'Changshun County' },
  { code: '522730', zh: '龙里县', en: 'Longli County' },
  { code: '522731', zh: '惠水县', en: 'Huishui County' },
  { code: '522732', zh: '三都水族自治县', en: 'Sandu Shui Autonomous County' },
];

const SHENZHEN = regionCode('440300');
const BIJIE = regionCode('522400');
const QIANNAN = regionCode('522700');
const COUNTERPART_SUPPORT = 'counterpart-support';

const governmentId = (code: string) => organisationId(`gov-${code}`);

/**
 * The organisations: Shenzhen's side with its project review team, the two prefectures, and the twenty counties'
 * governments and poverty alleviation offices (the county departments that approve projects).
 */
export const seedOrganisations2011: readonly Organisation[] = [
  { id: organisationId('sz-government'), name: { zh: '深圳市人民政府', en: "Shenzhen Municipal People's Government" }, kind: 'municipal-government', region: SHENZHEN },
  {
    id: organisationId('sz-leading-group'),
    name: { zh: '深圳市对口帮扶工作领导小组', en: 'Shenzhen Leading Group for Counterpart Support' },
    kind: 'leading-group',
    region: SHENZHEN,
    parent: organisationId('sz-government'),
  },
  {
    id: organisationId('sz-support-office'),
    name: { zh: '深圳市对口帮扶办公室', en: 'Shenzhen Counterpart Support Office' },
    kind: 'support-office',
    region: SHENZHEN,
    parent: organisationId('sz-leading-group'),
  },
  { id: organisationId('bijie-government'), name: { zh: '毕节地区行政公署', en: 'Bijie Prefecture Administrative Office' }, kind: 'prefecture-government', region: BIJIE },
  {
    id: organisationId('qiannan-government'),
    name: { zh: '黔南布依族苗族自治州人民政府', en: "Qiannan Buyi and Miao Autonomous Prefecture People's Government" },
    kind: 'prefecture-government',
    region: QIANNAN,
  },
  ...[...bijieCounties2011, ...qiannanCounties2011].map(
    (county): Organisation => ({
      id: governmentId(county.code),
      name: { zh: `${county.zh}人民政府`, en: `${county.en} People's Government` },
      kind: 'county-government',
      region: regionCode(county.code),
      parent: organisationId(county.code.startsWith('5224') ? 'bijie-government' : 'qiannan-government'),
    }),
  ),
  ...[...bijieCounties2011, ...qiannanCounties2011].map(
    (county): Organisation => ({
      id: organisationId(`poverty-office-${county.code}`),
      name: { zh: `${county.zh}扶贫开发办公室`, en: `${county.en} Poverty Alleviation and Development Office` },
      kind: 'county-department',
      region: regionCode(county.code),
      parent: governmentId(county.code),
    }),
  ),
  {
    id: organisationId('sz-expert-team'),
    name: { zh: '深圳市对口帮扶项目评审组', en: 'Shenzhen Counterpart Support Project Review Team' },
    kind: 'expert-review-team',
    region: SHENZHEN,
    parent: organisationId('sz-support-office'),
  },
];

/** Shenzhen's pairings with Bijie and Qiannan, in force since 1996. */
export const seedPairings: readonly Pairing[] = [
  { id: pairingId('sz-bijie'), donor: SHENZHEN, recipient: BIJIE, from: isoDate('1996-01-01') },
  { id: pairingId('sz-qiannan'), donor: SHENZHEN, recipient: QIANNAN, from: isoDate('1996-01-01') },
];

/** The 46.91 million yuan Shenzhen gave Bijie and Qiannan in 2011, by category (the source's figures). */
export const seedFund2011: Fund = {
  id: fundId('sz-2011-anti-poverty-funds'),
  donor: organisationId('sz-government'),
  // The source does not say which budget the money came from.
  source: 'other',
  year: 2011,
  total: amount('46.91 million'),
  breakdown: [
    { category: COUNTERPART_SUPPORT, amount: amount('42.81 million') },
    { category: 'disaster-relief', amount: amount('2.8 million') },
    { category: 'cadre-training', amount: amount('1.3 million') },
  ],
  recipients: [BIJIE, QIANNAN],
  reportedIn: {
    ...seedSource2011,
    section: { zh: '资金投入', en: 'Funding' },
    note: { zh: '各类别数额与来源所列一致。', en: 'The breakdown is as the source gives it.' },
  },
};

// Entire-village advancement comes most often: the source says the projects "mainly" involve it.
const typeCycle: readonly BuiltInProjectTypeCode[] = [
  'entire-village-advancement',
  'drinking-water',
  'entire-village-advancement',
  'rural-road',
  'irrigation',
  'entire-village-advancement',
  'housing-renovation',
];
// What an entire-village advancement project builds, one sub-project each.
const villageWorks: readonly BuiltInProjectTypeCode[] = ['rural-road', 'drinking-water', 'housing-renovation'];

const typeLabel = (code: BuiltInProjectTypeCode) => builtInProjectTypes.find((type) => type.code === code)?.label ?? { zh: code, en: code };

interface ProjectPlan {
  readonly county: County;
  readonly budgetWan: number;
  readonly subProjects: number;
}

// Bijie: 25 projects (three per county, four in Weining), 53 sub-projects, budgets in 万元 summing to 1,200.
const bijieBudgetsWan = [50, 45, 40, 48, 52, 44, 46, 50, 42, 55, 40, 45, 48, 50, 46, 44, 52, 47, 60, 55, 50, 40, 42, 48, 61];
const bijieCountyOfProject = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7];
const bijiePlans: readonly ProjectPlan[] = bijieBudgetsWan.map((budgetWan, i) => ({
  county: bijieCounties2011[bijieCountyOfProject[i] ?? 0] ?? bijieCounties2011[0]!,
  budgetWan,
  subProjects: [6, 13, 18].includes(i) ? 3 : 2,
}));

// Qiannan: 13 projects (two in Duyun, one in each other county), 18 sub-projects, 1,200 万元.
const qiannanBudgetsWan = [100, 90, 95, 85, 100, 90, 80, 100, 95, 85, 90, 95, 95];
const qiannanPlans: readonly ProjectPlan[] = qiannanBudgetsWan.map((budgetWan, i) => ({
  county: qiannanCounties2011[Math.max(0, i - 1)] ?? qiannanCounties2011[0]!,
  budgetWan,
  subProjects: [0, 1, 4, 7, 10].includes(i) ? 2 : 1,
}));

const splitRatios: Readonly<Record<number, readonly number[]>> = { 1: [1], 2: [3, 2], 3: [2, 2, 1] };

function buildProject(prefix: 'BJ' | 'QN', plan: ProjectPlan, index: number, prefecture: string): Project {
  const number = String(index + 1).padStart(2, '0');
  const id = projectId(`${prefix}-2011-${number}`);
  const type = typeCycle[index % typeCycle.length] ?? 'entire-village-advancement';
  const label = typeLabel(type);
  const budget = amount(`${plan.budgetWan}万元`);
  const region = regionCode(plan.county.code);
  const shares = allocateAmount(budget, splitRatios[plan.subProjects] ?? [1]);
  const subProjects = shares.map((share, s): SubProject => {
    const subType = type === 'entire-village-advancement' ? (villageWorks[s] ?? type) : type;
    const subLabel = typeLabel(subType);
    const letter = String.fromCharCode(97 + s);
    return {
      id: subProjectId(`${id}-${letter}`),
      name: { zh: `${plan.county.zh}${subLabel.zh}子项目${letter.toUpperCase()}`, en: `${plan.county.en} ${subLabel.en}, sub-project ${letter.toUpperCase()}` },
      type: subType,
      location: { region },
      budget: share,
      implementingUnit: governmentId(plan.county.code),
    };
  });
  const participations: Participation[] = [
    { organisation: organisationId('sz-government'), role: 'funding' },
    { organisation: organisationId(prefecture), role: 'accountable' },
    { organisation: organisationId('sz-support-office'), role: 'extending' },
    { organisation: governmentId(plan.county.code), role: 'implementing' },
  ];
  return {
    id,
    name: { zh: `${plan.county.zh}2011年${label.zh}项目`, en: `${plan.county.en} 2011 ${label.en} project` },
    type,
    location: { region },
    budget,
    implementingUnit: governmentId(plan.county.code),
    performanceTarget: {
      indicators: [
        { dimension: 'output-quantity', name: '完成子项目数', comparator: '>=', value: String(plan.subProjects), unit: '个' },
        { dimension: 'output-timeliness', name: '年内完工率', comparator: '=', value: '100', unit: '%' },
      ],
    },
    povertyLinkage: { zh: '项目村建档立卡贫困户优先受益', en: 'Registered poor households of the project villages benefit first.' },
    year: 2011,
    category: COUNTERPART_SUPPORT,
    participations,
    subProjects,
  };
}

/** The 25 Bijie projects (53 sub-projects, 12 million yuan). The split is invented; see {@link seedSource2011}. */
export const bijieProjects2011: readonly Project[] = bijiePlans.map((plan, i) => buildProject('BJ', plan, i, 'bijie-government'));

/** The 13 Qiannan projects (18 sub-projects, 12 million yuan). The split is invented; see {@link seedSource2011}. */
export const qiannanProjects2011: readonly Project[] = qiannanPlans.map((plan, i) => buildProject('QN', plan, i, 'qiannan-government'));

function entry(
  id: string,
  kind: LedgerEntry['kind'],
  project: Project,
  sub: SubProject | undefined,
  value: Amount,
  date: string,
  extra: Partial<Pick<LedgerEntry, 'reverses' | 'purpose' | 'note'>> = {},
): LedgerEntry {
  return {
    id: ledgerEntryId(id),
    kind,
    project: project.id,
    ...(sub === undefined ? {} : { subProject: sub.id }),
    category: COUNTERPART_SUPPORT,
    amount: value,
    date: isoDate(date),
    ...extra,
  };
}

// Bijie pays each sub-project in one instalment in June; Qiannan in two (60 % in May, 40 % in October).
// Four sub-projects in five report spending (80 % of what reached them) by December; each project also
// books management fees of 0.5 % of its budget, within the 1 % cap. One Bijie instalment is partly
// reversed: entries are corrected by negative entries, never edited.
function ledgerOf(project: Project, projectIndex: number, prefix: 'BJ' | 'QN'): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  project.subProjects.forEach((sub, s) => {
    entries.push(entry(`${sub.id}-budget`, 'budget', project, sub, sub.budget, '2011-03-15'));
    entries.push(entry(`${sub.id}-commitment`, 'commitment', project, sub, sub.budget, '2011-04-20'));
    let disbursed: Amount;
    if (prefix === 'BJ') {
      entries.push(entry(`${sub.id}-disbursement-1`, 'disbursement', project, sub, sub.budget, '2011-06-10'));
      disbursed = sub.budget;
      if (project.id === 'BJ-2011-02' && s === 0) {
        const correction = amount('20000');
        entries.push(
          entry(`${sub.id}-disbursement-1-reversal`, 'disbursement', project, sub, negateAmount(correction), '2011-06-15', {
            reverses: ledgerEntryId(`${sub.id}-disbursement-1`),
            note: { zh: '核减拨付：改由村民投工投劳。', en: 'Instalment reduced: the village contributes the labour.' },
          }),
        );
        disbursed = subtractAmounts(disbursed, correction);
      }
    } else {
      const [first, second] = allocateAmount(sub.budget, [3, 2]);
      entries.push(entry(`${sub.id}-disbursement-1`, 'disbursement', project, sub, first ?? sub.budget, '2011-05-25'));
      entries.push(entry(`${sub.id}-disbursement-2`, 'disbursement', project, sub, second ?? amount(0), '2011-10-20'));
      disbursed = sub.budget;
    }
    if ((projectIndex * 3 + s) % 5 !== 4) {
      const [spent] = allocateAmount(disbursed, [4, 1]);
      entries.push(entry(`${sub.id}-expenditure`, 'expenditure', project, sub, spent ?? disbursed, '2011-12-10', { purpose: 'project' }));
    }
  });
  const fee = percentOf(project.budget, '0.5', 'down');
  entries.push(entry(`${project.id}-management-fee`, 'expenditure', project, undefined, fee, '2011-12-20', { purpose: 'management-fee' }));
  return entries;
}

/** The ledger of the 38 projects: budget, commitment, disbursement and some expenditure, all invented. */
export const seedLedger2011: readonly LedgerEntry[] = [
  ...bijieProjects2011.flatMap((project, i) => ledgerOf(project, i, 'BJ')),
  ...qiannanProjects2011.flatMap((project, i) => ledgerOf(project, i, 'QN')),
];

/**
 * Shenzhen's 2011 programme in Bijie and Qiannan: the 38 infrastructure projects with 71 sub-projects,
 * the 46.91 million yuan of funds, the pairings and the organisations. Its totals are the source's; the
 * rest is invented (see {@link seedSource2011}). It keeps every rule of `checkProgramme`.
 */
export const seedProgramme2011: Programme = {
  id: programmeId('sz-gz-2011'),
  name: { zh: '深圳市对口帮扶贵州2011年基础设施项目', en: 'Shenzhen–Guizhou pairing-off poverty alleviation 2011: infrastructure' },
  donor: SHENZHEN,
  reportingOrganisation: organisationId('sz-support-office'),
  fundCategories: builtInFundCategories,
  projectTypes: builtInProjectTypes,
  organisations: seedOrganisations2011,
  pairings: seedPairings,
  funds: [seedFund2011],
  plans: [],
  projects: [...bijieProjects2011, ...qiannanProjects2011],
  ledger: seedLedger2011,
  reportedIn: seedSource2011,
};

/** The infrastructure budget of all 38 projects: 24 million yuan. */
export const seedInfrastructureBudget2011: Amount = sumAmounts(seedProgramme2011.projects.map((project) => project.budget));
