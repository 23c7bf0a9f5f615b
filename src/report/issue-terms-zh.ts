import { mergeIssueTerms, type IssueTerms } from '../errors/issue-terms.js';
import { generalTermsZh } from '../errors/messages-zh/general.js';
import { beneficiaryTermsZh } from '../beneficiaries/beneficiary-labels.js';
import { exportTermsZh } from '../exports/export-labels.js';
import { lifecycleTermsZh } from '../lifecycle/lifecycle-labels.js';
import { modelTermsZh } from '../model/model-labels.js';
import { poolTermsZh } from '../pool/pool-labels.js';
import { assessmentTermsZh } from '../assessment/assessment-labels.js';
import { regionLevelLabelsZh } from '../regions/region-level-labels.js';

/**
 * The library's Chinese words for every code its issues' params carry, from each area's own table: what
 * {@link translateIssue} writes in a Chinese message instead of a code. Merge a programme's own fund
 * categories, project types, figures and region names over it with {@link mergeIssueTerms}
 * ({@link renderAnnualReport} does so for its report).
 *
 * @example
 * ```ts
 * translateIssue(createIssue('actor-not-allowed', ['by', 'kind'], {
 *   kind: 'county-department', command: 'approve-as-county-government', status: 'department-approved', allowed: 'county-government',
 * }), 'zh', issueTermsZh).message
 * //=> '县职能部门不能对状态为“县职能部门已审批，待县（市）政府审批”的项目执行“县（市）政府审批”（可执行的为：县（市）政府）。'
 * ```
 */
export const issueTermsZh: IssueTerms = /* @__PURE__ */ mergeIssueTerms(
  generalTermsZh,
  { level: regionLevelLabelsZh },
  modelTermsZh,
  lifecycleTermsZh,
  poolTermsZh,
  assessmentTermsZh,
  beneficiaryTermsZh,
  exportTermsZh,
);
