import type { IssueTerms } from '../errors/issue-terms.js';
import { lifecycleCommandDefinitions, type LifecycleCommandType } from './lifecycle-commands.js';
import { lifecycleStates } from './lifecycle-states.js';

/**
 * The Chinese name of every lifecycle command, as an approval form or a message writes the act.
 *
 * @example
 * ```ts
 * lifecycleCommandLabelsZh['approve-as-county-government']
 * //=> '县（市）政府审批'
 * ```
 */
export const lifecycleCommandLabelsZh: Readonly<Record<LifecycleCommandType, string>> = {
  'propose': '申报',
  'resubmit': '重新申报',
  'pass-expert-review': '专家评审通过',
  'approve-as-county-department': '县职能部门审批',
  'approve-as-county-government': '县（市）政府审批',
  'approve-as-prefecture-government': '地（州、市）政府审批',
  'return-for-revision': '退回修改',
  'reject': '不予批准',
  'announce': '实施前公示',
  'sign-agreement-as-donor': '帮扶方签订责任书',
  'sign-agreement-as-recipient': '受援方签订责任书',
  'start-implementation': '开工实施',
  'complete': '报完工',
  'pass-acceptance': '验收合格',
  'fail-acceptance': '验收不合格',
  'complete-rectification': '整改完成',
  'announce-completion': '发布竣工公告',
  'register-assets': '资产登记移交',
  'close': '项目关闭',
  'suspend': '暂停实施',
  'resume': '恢复实施',
  'cancel': '撤销项目',
  'propose-change': '申请调整',
  'approve-change': '批准调整',
  'reject-change': '驳回调整',
  'announce-change': '调整公示',
  'put-change-into-effect': '调整生效',
};

/**
 * The Chinese words for the lifecycle's codes, for translated issue messages: statuses (from
 * {@link lifecycleStates}), commands, the events they record, acceptance grades and announcement kinds.
 *
 * @example
 * ```ts
 * lifecycleTermsZh.status?.approved
 * //=> '已批准，待实施前公示'
 * lifecycleTermsZh.event?.['approved-by-county-government']
 * //=> '县（市）政府审批'
 * ```
 */
export const lifecycleTermsZh: IssueTerms = {
  status: /* @__PURE__ */ Object.fromEntries(lifecycleStates.map((state) => [state.status, state.zh])),
  // A correction is not a command of the transition table, but it is recorded and refused like one.
  command: { ...lifecycleCommandLabelsZh, 'correct-event': '更正记录' },
  event: /* @__PURE__ */ Object.fromEntries([
    ...Object.entries(lifecycleCommandDefinitions).map(([command, definition]) => [definition.event, lifecycleCommandLabelsZh[command as LifecycleCommandType]]),
    ['event-corrected', '更正记录'],
  ]),
  grade: { fail: '不合格', pass: '合格', excellent: '优质' },
  announcement: { 'pre-implementation': '实施前', change: '调整', completion: '竣工' },
};
