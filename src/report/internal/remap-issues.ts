import type { Issue } from '../../errors/issue.js';
import type { Indexed } from './select-input.js';

/**
 * Moves issues found in a group of selected records (paths starting with the index in the group) to the
 * records' places in the input: `[1, 'reportedOn']` becomes `[list, <input index of the group's second>, 'reportedOn']`.
 */
export function remapIssues(issues: readonly Issue[], list: string | readonly (string | number)[], group: readonly Indexed<unknown>[]): Issue[] {
  const prefix = typeof list === 'string' ? [list] : list;
  return issues.map((issue) => {
    const [head, ...rest] = issue.path;
    const at = typeof head === 'number' ? group[head]?.index : undefined;
    return { ...issue, path: at === undefined ? [...prefix, ...issue.path] : [...prefix, at, ...rest] };
  });
}
