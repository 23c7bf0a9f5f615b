import type { IssueParams } from './issue.js';
import type { MessageTemplate } from './messages/table.js';
import { assessmentMessages } from './messages/assessment.js';
import { beneficiariesMessages } from './messages/beneficiaries.js';
import { exportsMessages } from './messages/exports.js';
import { generalMessages } from './messages/general.js';
import { lifecycleMessages } from './messages/lifecycle.js';
import { modelMessages } from './messages/model.js';
import { poolMessages } from './messages/pool.js';
import { moneyMessages } from './messages/money.js';
import { regionsMessages } from './messages/regions.js';
import { reportMessages } from './messages/report.js';

// The whole English catalogue, one table per area merged; catalogue-zh.ts mirrors it table by table in Chinese.
const catalogue = {
  ...generalMessages,
  ...moneyMessages,
  ...regionsMessages,
  ...modelMessages,
  ...lifecycleMessages,
  ...poolMessages,
  ...beneficiariesMessages,
  ...reportMessages,
  ...exportsMessages,
  ...assessmentMessages,
};

/** Every stable issue code the library can report. */
export type IssueCode = keyof typeof catalogue;

/**
 * Every issue code, in catalogue order: for apps that keep their own translations and want to check they
 * cover them all.
 */
export const issueCodes = /* @__PURE__ */ Object.freeze(Object.keys(catalogue)) as readonly IssueCode[];

/**
 * The library's English message for every issue code, as a function of the issue's params: for apps that
 * render their own translations and want the English as a reference.
 *
 * @example
 * ```ts
 * issueMessages['amount-empty']({})
 * //=> 'The amount is empty.'
 * ```
 */
export const issueMessages: Readonly<Record<IssueCode, MessageTemplate>> = catalogue;

/** Renders the English message of an issue code. */
export function messageFor(code: IssueCode, params: IssueParams): string {
  return issueMessages[code](params);
}
