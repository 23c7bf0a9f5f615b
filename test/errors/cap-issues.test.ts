import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capIssues, createIssue, fail, MAX_ISSUES, type Issue } from '../../src/index.js';

// A long list of distinct problems: the n-th record's amount is empty.
const problems = (count: number): readonly Issue[] => Array.from({ length: count }, (_, index) => createIssue('amount-empty', ['records', index, 'amount']));

describe('capIssues', () => {
  it('keeps a list of up to MAX_ISSUES problems as it is', () => {
    expect(capIssues([])).toEqual([]);
    expect(capIssues(problems(3))).toEqual(problems(3));
    expect(capIssues(problems(MAX_ISSUES))).toEqual(problems(MAX_ISSUES));
  });

  it('keeps the first problems of a longer list in order and counts the rest in a last issues-truncated', () => {
    const capped = capIssues(problems(MAX_ISSUES + 1));
    expect(capped).toHaveLength(MAX_ISSUES);
    expect(capped.slice(0, -1)).toEqual(problems(MAX_ISSUES - 1));
    expect(capped.at(-1)).toEqual(createIssue('issues-truncated', [], { omitted: 2, maximum: MAX_ISSUES }));
    expect(capped.at(-1)?.message).toBe('2 more issues were found and are not listed; at most 1000 are reported.');
  });

  it('adds the problems a parser left out before to the count, even when the list itself is short', () => {
    expect(capIssues(problems(2), 5)).toEqual([...problems(2), createIssue('issues-truncated', [], { omitted: 5, maximum: MAX_ISSUES })]);
    expect(capIssues(problems(MAX_ISSUES + 500), 7).at(-1)?.params).toEqual({ omitted: 508, maximum: MAX_ISSUES });
  });

  it('does not count the left-out problems twice when a capped list is capped again, as fail does', () => {
    const once = capIssues(problems(1500), 7);
    expect(capIssues(once, 7)).toEqual(once);
    expect(fail(once).issues).toEqual(once);
    const short = capIssues(problems(2), 5);
    expect(capIssues(short, 5)).toEqual(short);
  });

  it('caps again the problems of two capped parts put together', () => {
    const joined = [...capIssues(problems(1500)), ...capIssues(problems(1500))];
    const capped = capIssues(joined);
    expect(capped).toHaveLength(MAX_ISSUES);
    expect(capped.at(-1)?.code).toBe('issues-truncated');
  });

  it('never lists more than MAX_ISSUES problems, and loses none from the count (property)', () => {
    fc.assert(
      fc.property(fc.nat(2500), fc.nat(50), (count, before) => {
        const capped = capIssues(problems(count), before);
        expect(capped.length).toBeLessThanOrEqual(MAX_ISSUES);
        const truncated = capped.at(-1)?.code === 'issues-truncated' ? capped.at(-1) : undefined;
        const listed = capped.length - (truncated === undefined ? 0 : 1);
        expect(listed + Number(truncated?.params.omitted ?? 0)).toBe(count + before);
      }),
      { numRuns: 40 },
    );
  });
});
