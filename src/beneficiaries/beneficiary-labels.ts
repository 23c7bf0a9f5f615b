import type { IssueTerms } from '../errors/issue-terms.js';
import type { BeneficiaryGrouping } from './selection.js';

/**
 * The Chinese name of every way beneficiary counts are grouped.
 *
 * @example
 * ```ts
 * beneficiaryGroupingLabelsZh['fund-category']
 * //=> '资金类别'
 * ```
 */
export const beneficiaryGroupingLabelsZh: Readonly<Record<BeneficiaryGrouping, string>> = {
  'attachment': '挂靠对象',
  'project': '项目',
  'fund-category': '资金类别',
  'project-type': '项目类型',
  'region': '地区',
  'province': '省',
  'prefecture': '地（州、市）',
  'county': '县（市、区）',
};

/**
 * The Chinese words for the beneficiary codes, for translated issue messages: units of counts, the
 * columns and tables of beneficiary columns, and groupings.
 *
 * @example
 * ```ts
 * beneficiaryTermsZh.unit?.['person-times']
 * //=> '人次'
 * ```
 */
export const beneficiaryTermsZh: IssueTerms = {
  'unit': { persons: '人', households: '户', 'person-times': '人次' },
  'grouping': beneficiaryGroupingLabelsZh,
  'beneficiary-column': {
    personKeys: '人员键',
    householdKeys: '户键',
    registeredPoor: '建档立卡贫困人口标记',
    years: '年度',
    attachmentIndices: '挂靠对象索引',
    regionIndices: '地区索引',
  },
  'beneficiary-table': { attachments: '挂靠对象', regions: '地区' },
};
