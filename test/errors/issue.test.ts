import { describe, expect, it } from 'vitest';
import { createIssue, formatPath, issueCodes, PairingAidError, parseAmount, prefixIssues, unwrap } from '../../src/index.js';

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
