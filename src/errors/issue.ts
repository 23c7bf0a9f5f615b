import type { IssueCode } from './catalogue.js';
import { messageFor } from './catalogue.js';
import { maskPersonalNumbers } from '../internal/personal-data.js';

/** One step of a path into the input: an object key or an array index. */
export type PathSegment = string | number;

/** Where in the input a problem was found, e.g. `['projects', 3, 'subProjects', 1, 'budget']`. */
export type IssuePath = readonly PathSegment[];

/** Values that explain an issue (the limit that was crossed, the value found); all JSON-safe. */
export type IssueParams = Readonly<Record<string, string | number | boolean>>;

/**
 * A problem found in input or a broken domain rule, as data.
 *
 * `code` is stable across releases and is what apps should branch on or translate; `message` is the
 * library's English rendering of it; `path` names the offending place; `params` carries the figures the
 * message quotes.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly path: IssuePath;
  readonly message: string;
  readonly params: IssueParams;
}

/**
 * Creates an {@link Issue} whose message comes from the library's message catalogue.
 *
 * Text in the params and the path is made safe to show before the message is written: a resident ID or mobile
 * number in it is masked (as `redactPersonalData` does), so an ID typed into the wrong field is never echoed,
 * and a text param longer than {@link ISSUE_PARAM_MAX_LENGTH} characters is cut there and ends with `…`.
 *
 * @param code - the stable issue code
 * @param path - where the problem is
 * @param params - the figures the message quotes
 * @returns the issue
 *
 * @example
 * ```ts
 * createIssue('amount-syntax', ['budget'], { input: 'abc' }).message
 * //=> 'Not an amount: "abc".'
 * ```
 */
export function createIssue(code: IssueCode, path: IssuePath = [], params: IssueParams = {}): Issue {
  const safeParams: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(params)) safeParams[key] = typeof value === 'string' ? safeText(value) : value;
  const safePath = path.map((segment) => (typeof segment === 'string' ? safeText(segment) : segment));
  return { code, path: safePath, message: messageFor(code, safeParams), params: safeParams };
}

/**
 * The most characters of a text an issue's params quote; longer text is cut and ends with `…`, so that a
 * huge input does not make a huge message.
 *
 * @example
 * ```ts
 * String(createIssue('amount-syntax', [], { input: 'x'.repeat(500) }).params.input).length
 * //=> 200
 * ```
 */
export const ISSUE_PARAM_MAX_LENGTH = 200;

// Masked before it is cut, so that a number cut in half is not left readable in the part that stays.
function safeText(text: string): string {
  const masked = maskPersonalNumbers(text);
  if (masked.length <= ISSUE_PARAM_MAX_LENGTH) return masked;
  const kept = masked.slice(0, ISSUE_PARAM_MAX_LENGTH - 1);
  return `${/[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept}…`;
}

/**
 * Returns the same issues with `prefix` put in front of each path, for nesting a parser's issues inside a
 * larger document.
 *
 * @param issues - the issues to move
 * @param prefix - the path of the part they were found in
 * @returns new issues; the input is not changed
 *
 * @example
 * ```ts
 * prefixIssues([createIssue('amount-empty', ['budget'])], ['projects', 3])[0]?.path
 * //=> ['projects', 3, 'budget']
 * ```
 */
export function prefixIssues(issues: readonly Issue[], prefix: IssuePath): Issue[] {
  if (prefix.length === 0) return [...issues];
  return issues.map((found) => ({ ...found, path: [...prefix, ...found.path] }));
}

/**
 * Writes a path the way a developer reads it: `projects[3].subProjects[1].budget`.
 *
 * @param path - the path
 * @returns the dotted form; the empty path is `(root)`
 *
 * @example
 * ```ts
 * formatPath(['projects', 3, 'subProjects', 1, 'budget'])
 * //=> 'projects[3].subProjects[1].budget'
 * ```
 */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}
