import { describe, expect, it } from 'vitest';
import { createIssue, formatPath, ISSUE_PARAM_MAX_LENGTH, issueCodes, PairingAidError, parseAmount, prefixIssues, unwrap } from '../../src/index.js';

describe('formatPath', () => {
  it('writes a path as a developer reads it', () => {
    expect(formatPath(['projects', 3, 'subProjects', 1, 'budget'])).toBe('projects[3].subProjects[1].budget');
    expect(formatPath([])).toBe('(root)');
  });
});

describe('prefixIssues', () => {
  it('moves issues under the part they were found in', () => {
    const moved = prefixIssues([createIssue('amount-empty', ['budget'])], ['projects', 3]);
    expect(moved[0]?.path).toEqual(['projects', 3, 'budget']);
  });

  it('leaves issues where they are under the empty path', () => {
    const found = [createIssue('amount-empty', ['budget']), createIssue('amount-syntax', [], { input: 'abc' })];
    expect(prefixIssues(found, [])).toEqual(found);
  });
});

describe('unwrap', () => {
  it('throws a PairingAidError carrying every issue and naming their paths', () => {
    const failed = { ok: false as const, issues: prefixIssues(unwrapIssues(parseAmount('x')), ['funds', 0, 'total']) };
    try {
      unwrap(failed);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PairingAidError);
      expect((error as PairingAidError).issues[0]?.code).toBe('amount-syntax');
      expect((error as Error).message).toContain('funds[0].total');
    }
  });
});

describe('issueCodes', () => {
  it('lists every code once, each with a message', () => {
    expect(new Set(issueCodes).size).toBe(issueCodes.length);
    for (const code of issueCodes) expect(createIssue(code).message.length).toBeGreaterThan(5);
  });
});

function unwrapIssues(result: ReturnType<typeof parseAmount>) {
  return result.ok ? [] : result.issues;
}

describe('createIssue', () => {
  it('never echoes a resident ID or mobile number typed into the wrong field, in the message or the params', () => {
    const found = parseAmount('520502 19900101 1234');
    expect(found.ok).toBe(false);
    const issue = found.ok ? undefined : found.issues[0];
    expect(issue?.params.input).toBe('520502 ******** 1234');
    expect(issue?.message).not.toContain('19900101');
    expect(createIssue('invalid-input', ['contact', '13812345678'], { detail: '+86 138 1234 5678' }).path).toEqual(['contact', '138****5678']);
  });

  it('cuts a text param at ISSUE_PARAM_MAX_LENGTH characters', () => {
    const issue = createIssue('amount-syntax', [], { input: '中'.repeat(10_000) });
    expect(issue.params.input).toBe(`${'中'.repeat(ISSUE_PARAM_MAX_LENGTH - 1)}…`);
  });

  it('is at the root of the input and quotes nothing when given no path and no params', () => {
    const issue = createIssue('amount-empty');
    expect([issue.path, issue.params]).toEqual([[], {}]);
  });

  describe('edge cases', () => {
    it('keeps a text param of exactly ISSUE_PARAM_MAX_LENGTH characters whole', () => {
      const input = '中'.repeat(ISSUE_PARAM_MAX_LENGTH);
      expect(createIssue('amount-syntax', [], { input }).params.input).toBe(input);
    });

    it('never cuts a character written with two UTF-16 units in half', () => {
      // 𠀀 (U+20000) is two units: the cut would fall between them, so the whole character goes.
      const input = `${'中'.repeat(ISSUE_PARAM_MAX_LENGTH - 2)}𠀀𠀀`;
      expect(createIssue('amount-syntax', [], { input }).params.input).toBe(`${'中'.repeat(ISSUE_PARAM_MAX_LENGTH - 2)}…`);
    });

    it('keeps such characters whole before the cut', () => {
      const input = `𠀀${'中'.repeat(ISSUE_PARAM_MAX_LENGTH)}`;
      expect(createIssue('amount-syntax', [], { input }).params.input).toBe(`𠀀${'中'.repeat(ISSUE_PARAM_MAX_LENGTH - 3)}…`);
    });
  });
});
