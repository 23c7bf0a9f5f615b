import type { IssueTerms } from '../errors/issue-terms.js';
import { assessmentCommandDefinitions, type AssessmentCommandType, type AssessmentStatus } from './assessment-steps.js';

/**
 * The Chinese name of every status of an assessment.
 *
 * @example
 * ```ts
 * assessmentStatusLabelsZh['cross-checked']
 * //=> '已交叉考核，待上报'
 * ```
 */
export const assessmentStatusLabelsZh: Readonly<Record<AssessmentStatus, string>> = {
  'self-evaluated': '已自评，待交叉考核',
  'self-evaluation-returned': '自评已退回修改',
  'cross-checked': '已交叉考核，待上报',
  'cross-check-returned': '交叉考核结果已退回复核',
  'reported': '考核结果已上报',
};

/**
 * The Chinese name of every assessment command.
 *
 * @example
 * ```ts
 * assessmentCommandLabelsZh['return-self-evaluation']
 * //=> '退回自评'
 * ```
 */
export const assessmentCommandLabelsZh: Readonly<Record<AssessmentCommandType, string>> = {
  'self-evaluate': '自评',
  'return-self-evaluation': '退回自评',
  'correct-self-evaluation': '修改自评',
  'cross-check': '交叉考核',
  'return-cross-check': '退回交叉考核结果',
  'correct-cross-check': '复核交叉考核结果',
  'report': '上报考核结果',
};

const eventLabelsZh: Readonly<Record<string, string>> = {
  'self-evaluated': '已自评',
  'self-evaluation-returned': '自评已退回',
  'self-evaluation-corrected': '自评已修改',
  'cross-checked': '已交叉考核',
  'cross-check-returned': '交叉考核结果已退回',
  'cross-check-corrected': '交叉考核结果已复核',
  'reported': '已上报',
};

/** The Chinese words for the assessment's codes in issue params: statuses, commands, events and roles. */
export const assessmentTermsZh: IssueTerms = {
  status: { ...assessmentStatusLabelsZh, 'not-started': '尚未自评' },
  command: assessmentCommandLabelsZh,
  event: /* @__PURE__ */ Object.fromEntries(Object.values(assessmentCommandDefinitions).map((definition) => [definition.event, eventLabelsZh[definition.event] ?? definition.event])),
  actor: { 'assessed-office': '被考核方的工作机构', 'cross-checker': '交叉考核机构', 'assessor': '考核机关' },
};
