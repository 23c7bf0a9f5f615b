import { issueMessages } from './catalogue.js';
import { issueMessagesZh } from './catalogue-zh.js';
import type { Issue } from './issue.js';
import type { IssueTerms } from './issue-terms.js';

/** A language the library writes issue messages in: `en` English, `zh` Chinese. */
export type IssueLocale = 'en' | 'zh';

/**
 * Returns the issue with its message written in `locale`, rendered from the issue's code and params.
 *
 * A Chinese message names the codes its params carry (statuses, commands, kinds of body, ledger kinds,
 * fund categories…) by the words `terms` gives for them: pass `issueTermsZh`, merged with a programme's own
 * categories and types ({@link mergeIssueTerms}). A code no table names is shown as it is; amounts are
 * written in 万元.
 *
 * @param issue - an issue the library reported (its message is English)
 * @param locale - the language of the message
 * @param terms - the words for codes, for `zh`
 * @returns a new issue with the same code, path and params; the input is not changed
 *
 * @example
 * ```ts
 * translateIssue(createIssue('amount-syntax', ['budget'], { input: 'abc' }), 'zh').message
 * //=> '不是有效的金额：“abc”。'
 * translateIssue(createIssue('reason-required', ['reason'], { command: 'reject' }), 'zh', issueTermsZh).message
 * //=> '执行“不予批准”须说明理由。'
 * translateIssue(createIssue('amount-empty', ['budget']), 'en').message
 * //=> 'The amount is empty.'
 * ```
 */
export function translateIssue(issue: Issue, locale: IssueLocale, terms: IssueTerms = {}): Issue {
  const message = locale === 'zh' ? issueMessagesZh[issue.code](issue.params, terms) : issueMessages[issue.code](issue.params);
  return { ...issue, message };
}
