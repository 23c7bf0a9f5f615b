import type { IssueTerms } from '../errors/issue-terms.js';
import { builtInFundCategories } from './fund-category.js';
import { fundingSourceKinds, fundingSourceLabels } from './funding-source.js';
import type { LedgerKind, SpendingPurpose } from './ledger.js';
import type { OrganisationKind } from './organisation.js';
import { builtInProjectTypes } from './project-type.js';

/**
 * The Chinese name of every kind of organisation, as approval documents name the body.
 *
 * @example
 * ```ts
 * organisationKindLabelsZh['county-department']
 * //=> '县职能部门'
 * ```
 */
export const organisationKindLabelsZh: Readonly<Record<OrganisationKind, string>> = {
  'municipal-government': '市政府',
  'leading-group': '对口帮扶工作领导小组',
  'support-office': '对口帮扶办',
  'district-government': '区政府',
  'state-owned-enterprise': '国有企业',
  'enterprise': '企业',
  'social-donor': '社会捐赠方',
  'village-committee': '村民委员会',
  'township-government': '乡（镇）人民政府',
  'county-department': '县职能部门',
  'county-government': '县（市）政府',
  'prefecture-government': '地（州、市）政府',
  'provincial-government': '省政府',
  'expert-review-team': '项目评审组',
  'implementing-unit': '实施单位',
  'audit-body': '审计机关',
};

/**
 * The Chinese name of every kind of ledger entry.
 *
 * @example
 * ```ts
 * ledgerKindLabelsZh.disbursement
 * //=> '拨付'
 * ```
 */
export const ledgerKindLabelsZh: Readonly<Record<LedgerKind, string>> = {
  budget: '预算',
  commitment: '承诺',
  disbursement: '拨付',
  expenditure: '支出',
};

/**
 * The Chinese name of every spending purpose: ordinary project spending, the management fee and the nine
 * items of the 2017 central negative list.
 *
 * @example
 * ```ts
 * spendingPurposeLabelsZh.bonuses
 * //=> '各种奖金、津贴和福利补助'
 * ```
 */
export const spendingPurposeLabelsZh: Readonly<Record<SpendingPurpose, string>> = {
  'project': '项目建设',
  'management-fee': '项目管理费',
  'administrative-costs': '行政事业单位基本支出',
  'vehicles-communications': '交通工具及通讯设备',
  'bonuses': '各种奖金、津贴和福利补助',
  'company-losses': '弥补企业亏损',
  'office-buildings': '修建楼堂馆所及贫困农场、林场棚户改造以外的职工住宅',
  'budget-gaps-debt': '弥补预算支出缺口和偿还债务',
  'large-construction': '大中型基本建设项目',
  'urban-infrastructure': '城市基础设施建设和城市扶贫',
  'unrelated': '与脱贫攻坚无关的支出',
};

/**
 * The Chinese words for the model's codes, for translated issue messages: kinds of organisation, ledger
 * kinds, spending purposes, the fields and identifiers of a programme snapshot, and the built-in fund
 * categories and project types (a programme's own categories and types carry their labels).
 *
 * @example
 * ```ts
 * modelTermsZh['fund-category']?.['disaster-relief']
 * //=> '救灾资金'
 * ```
 */
export const modelTermsZh: IssueTerms = {
  'actor': organisationKindLabelsZh,
  'ledger-kind': ledgerKindLabelsZh,
  'purpose': spendingPurposeLabelsZh,
  'id-kind': {
    'programme': '帮扶方案',
    'project': '项目',
    'sub-project': '子项目',
    'project or sub-project': '项目或子项目',
    'fund': '资金',
    'fund category': '资金类别',
    'project type': '项目类型',
    'ledger entry': '台账记录',
    'organisation': '单位',
    'pairing': '结对关系',
    'plan': '计划',
    'activity': '帮扶活动',
  },
  'field': {
    id: '标识',
    kind: '记录类别',
    project: '项目',
    subProject: '子项目',
    category: '资金类别',
    amount: '金额',
    fen: '金额（分）',
    date: '日期',
    reverses: '冲销对象',
    finalPayment: '尾款标记',
    purpose: '支出用途',
    note: '备注',
    code: '代码',
    parent: '上级',
    projects: '项目',
    subProjects: '子项目',
    funds: '资金',
    fundCategories: '资金类别',
    projectTypes: '项目类型',
    organisations: '单位',
    pairings: '结对关系',
    plans: '计划',
    ledger: '台账',
    breakdown: '分类明细',
    shares: '分配份额',
    source: '资金来源',
    funding: '筹资方式',
    totalInvestment: '总投资',
    funder: '出资单位',
  },
  'fund-category': /* @__PURE__ */ Object.fromEntries(builtInFundCategories.map((category) => [category.code, category.label.zh])),
  'funding-source': /* @__PURE__ */ Object.fromEntries(fundingSourceKinds.map((kind) => [kind, fundingSourceLabels[kind].zh])),
  'project-type': /* @__PURE__ */ Object.fromEntries(builtInProjectTypes.map((type) => [type.code, type.label.zh])),
};
