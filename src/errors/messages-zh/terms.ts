import { formatAmount } from '../../money/format-amount.js';
import { parseAmount } from '../../money/parse-amount.js';
import type { IssueParams } from '../issue.js';
import type { IssueTermKind, IssueTerms } from '../issue-terms.js';

// Params carry codes (statuses, commands, kinds, fields); the Chinese messages write the words the caller's
// term tables give for them, and show a code no table knows as it is (it is then the caller's own data).

/**
 * A value as a Chinese message quotes it: in full-width quotation marks (“522422”), with control characters,
 * backslashes and quotation marks escaped as in JSON, so that no value can break the message's sentence.
 */
export const quoteZh = (value: unknown): string => `“${JSON.stringify(String(value ?? '')).slice(1, -1)}”`;

/** The word for a code param: from the terms of its kind, else the value as given. */
export const termZh = (terms: IssueTerms | undefined, kind: IssueTermKind, value: unknown): string => {
  const text = String(value ?? '');
  const words = terms?.[kind];
  return words !== undefined && Object.hasOwn(words, text) ? (words[text] ?? text) : text;
};

/** A list param ("a, b" or "a or b") as words joined by 、 (or 或). */
export const termsZh = (terms: IssueTerms | undefined, kind: IssueTermKind, value: unknown, or = false): string =>
  String(value ?? '')
    .split(or ? /\s+or\s+/ : /,\s*/)
    .filter((part) => part !== '')
    .map((part) => termZh(terms, kind, part))
    .join(or ? '或' : '、');

/** "项目当前状态为“已批准，待实施前公示”": the clause that closes the lifecycle's refusals. */
export const statusNowZh = (p: IssueParams, terms: IssueTerms | undefined): string => `项目当前状态为“${termZh(terms, 'status', p.status)}”`;

/** An amount param (a decimal yuan string) in 万元, as Chinese finance documents write it; other text as given. */
export const wanZh = (value: unknown): string => {
  const parsed = parseAmount(String(value ?? ''));
  return parsed.ok ? formatAmount(parsed.value, { locale: 'zh', unit: 'wan' }) : String(value ?? '');
};

/** The word for a value from a message's own small vocabulary, else the value as given. */
export const wordZh = (names: Readonly<Record<string, string>>, value: unknown): string => {
  const text = String(value ?? '');
  return Object.hasOwn(names, text) ? (names[text] ?? text) : text;
};

/** A path written by `formatPath` ("projects[3].id") in words: "项目第4项的标识". */
export const pathZh = (terms: IssueTerms | undefined, path: unknown): string =>
  String(path ?? '')
    .split('.')
    .map((segment) => segment.replace(/^([^[]*)((?:\[\d+\])*)$/, (_, name: string, indices: string) =>
      termZh(terms, 'field', name) + [...indices.matchAll(/\[(\d+)\]/g)].map((index) => `第${Number(index[1]) + 1}项`).join('')))
    .join('的');
