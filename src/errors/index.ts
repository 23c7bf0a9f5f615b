/**
 * Typed issues with stable codes and paths, the message catalogue in English and Chinese, `Result` and the one error class.
 *
 * Import it as `pairing-aid/errors`, or everything from `pairing-aid`.
 *
 * @module errors
 */
export { issueCodes, issueMessages, type IssueCode } from './catalogue.js';
export { issueMessagesZh } from './catalogue-zh.js';
export { generalTermsZh } from './messages-zh/general.js';
export { mergeIssueTerms, type IssueTermKind, type IssueTerms } from './issue-terms.js';
export { createIssue, formatPath, ISSUE_PARAM_MAX_LENGTH, prefixIssues } from './issue.js';
export type { Issue, IssueParams, IssuePath, PathSegment } from './issue.js';
export { PairingAidError } from './pairing-aid-error.js';
export { capIssues, fail, MAX_ISSUES, succeed, unwrap } from './result.js';
export type { Failure, Ok, Result } from './result.js';
export type { MessageTemplate } from './messages/table.js';
export { translateIssue, type IssueLocale } from './translate-issue.js';
