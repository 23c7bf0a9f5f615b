import type { IssueTerms } from '../errors/issue-terms.js';
import { poolCommandDefinitions, type PoolCommandType, type PoolStatus } from './pool-commands.js';

/**
 * The Chinese name of every pool status.
 *
 * @example
 * ```ts
 * poolStatusLabelsZh.pooled
 * //=> '已入库'
 * ```
 */
export const poolStatusLabelsZh: Readonly<Record<PoolStatus, string>> = {
  'proposed-to-pool': '已申报，待村级公示',
  'announced-in-village': '村级已公示，待乡镇审核',
  'reviewed-by-township': '乡镇已审核公示，待县级审定',
  'pooled': '已入库',
  'returned-to-proposer': '已退回申报单位修改',
  'selected-for-plan': '已纳入年度计划',
  'withdrawn-from-pool': '已出库',
};

/**
 * The Chinese name of every pool command.
 *
 * @example
 * ```ts
 * poolCommandLabelsZh['select-for-plan']
 * //=> '纳入年度计划'
 * ```
 */
export const poolCommandLabelsZh: Readonly<Record<PoolCommandType, string>> = {
  'propose-to-pool': '申报入库',
  'announce-in-village': '村级公示',
  'review-as-township': '乡镇审核公示',
  'review-as-county': '县级审定公告入库',
  'return-to-proposer': '退回修改',
  'revise-proposal': '修改重报',
  'adjust-in-fourth-quarter': '第四季度动态调整',
  'select-for-plan': '纳入年度计划',
  'withdraw-from-pool': '出库',
};

/** The pool's words for the codes its issues carry (statuses, commands, events), for {@link translateIssue}. */
export const poolTermsZh: IssueTerms = {
  status: { ...poolStatusLabelsZh, none: '尚未申报' },
  command: poolCommandLabelsZh,
  event: /* @__PURE__ */ Object.fromEntries(Object.entries(poolCommandDefinitions).map(([command, definition]) => [definition.event, poolCommandLabelsZh[command as PoolCommandType]])),
};
