import type { IssueCode } from './catalogue.js';
import type { MessageTemplate } from './messages/table.js';
import { assessmentMessagesZh } from './messages-zh/assessment.js';
import { beneficiariesMessagesZh } from './messages-zh/beneficiaries.js';
import { exportsMessagesZh } from './messages-zh/exports.js';
import { generalMessagesZh } from './messages-zh/general.js';
import { lifecycleMessagesZh } from './messages-zh/lifecycle.js';
import { modelMessagesZh } from './messages-zh/model.js';
import { poolMessagesZh } from './messages-zh/pool.js';
import { moneyMessagesZh } from './messages-zh/money.js';
import { regionsMessagesZh } from './messages-zh/regions.js';
import { reportMessagesZh } from './messages-zh/report.js';

/**
 * The library's Chinese message for every issue code, as a function of the issue's params: the same codes
 * and params as {@link issueMessages}, worded as in 扶贫 and finance documents.
 *
 * @example
 * ```ts
 * issueMessagesZh['amount-empty']({})
 * //=> '金额为空。'
 * issueMessagesZh['announcement-period-not-over']({ lastDay: '2011-09-07', earliestDay: '2011-09-08', day: '2011-09-05' })
 * //=> '公示期至2011-09-07（含当日）届满；此操作最早可于2011-09-08进行，而非2011-09-05。'
 * ```
 */
export const issueMessagesZh: Readonly<Record<IssueCode, MessageTemplate>> = {
  ...generalMessagesZh,
  ...moneyMessagesZh,
  ...regionsMessagesZh,
  ...modelMessagesZh,
  ...lifecycleMessagesZh,
  ...poolMessagesZh,
  ...beneficiariesMessagesZh,
  ...reportMessagesZh,
  ...exportsMessagesZh,
  ...assessmentMessagesZh,
};
