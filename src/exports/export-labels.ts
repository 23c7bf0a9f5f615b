import type { IssueTerms } from '../errors/issue-terms.js';

/**
 * The Chinese words for the exports' codes, for translated issue messages: what is published and the
 * dates an activity carries.
 *
 * @example
 * ```ts
 * exportTermsZh.field?.['planned start']
 * //=> '计划开工日期'
 * ```
 */
export const exportTermsZh: IssueTerms = {
  'export-kind': { project: '项目', 'sub-project': '子项目', publisher: '发布单位' },
  'field': {
    'transaction date': '交易日期',
    'planned start': '计划开工日期',
    'planned end': '计划完工日期',
    'actual start': '实际开工日期',
    'actual end': '实际完工日期',
  },
};
