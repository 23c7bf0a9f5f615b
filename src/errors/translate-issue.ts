import { issueMessages } from './catalogue.js';
import { issueMessagesZh } from './catalogue-zh.js';
import type { Issue } from './issue.js';

/** A language the library writes issue messages in: `en` English, `zh` Chinese. */
export type IssueLocale = 'en' | 'zh';

/**
 * Returns the issue with its message written in `locale`, rendered from the issue's code and params.
 *
 * @param issue - an issue the library reported (its message is English)
 * @param locale - the language of the message
 * @returns a new issue with the same code, path and params; the input is not changed
 *
 * @example
 * ```ts
 * translateIssue(createIssue('amount-syntax', ['budget'], { input: 'abc' }), 'zh').message
 * //=> '不是有效的金额："abc"。'
 * translateIssue(createIssue('amount-empty', ['budget']), 'en').message
 * //=> 'The amount is empty.'
 * ```
 */
export function translateIssue(issue: Issue, locale: IssueLocale): Issue {
  const messages = locale === 'zh' ? issueMessagesZh : issueMessages;
  return { ...issue, message: messages[issue.code](issue.params) };
}
