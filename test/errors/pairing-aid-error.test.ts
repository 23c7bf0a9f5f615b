import { describe, expect, it } from 'vitest';
import { amount, createIssue, PairingAidError, prefixIssues } from '../../src/index.js';

describe('PairingAidError', () => {
  it('is named PairingAidError, so logs and stack traces name the library’s refusal', () => {
    let refused: unknown;
    try {
      amount('一千二百元');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(PairingAidError);
    expect((refused as Error).name).toBe('PairingAidError');
    expect(String(refused)).toBe('PairingAidError: amount-syntax: Not an amount: "一千二百元".');
  });

  it('writes one problem as its path, its code and its message on one line', () => {
    expect(new PairingAidError([createIssue('amount-empty', ['funds', 0, 'total'])]).message).toBe('funds[0].total: amount-empty: The amount is empty.');
  });

  it('writes a problem of the whole input without a path', () => {
    expect(new PairingAidError([createIssue('amount-empty')]).message).toBe('amount-empty: The amount is empty.');
  });

  it('counts several problems and lists each on its own line, in the order found', () => {
    const issues = prefixIssues([createIssue('amount-empty', ['budget']), createIssue('amount-syntax', [], { input: 'abc' })], ['projects', 3]);
    expect(new PairingAidError(issues).message).toBe(
      '2 problems:\nprojects[3].budget: amount-empty: The amount is empty.\nprojects[3]: amount-syntax: Not an amount: "abc".',
    );
  });

  describe('edge cases', () => {
    it('says it was refused without a stated reason when it carries no issue', () => {
      const refused = new PairingAidError([]);
      expect(refused.message).toBe('Refused without a stated reason.');
      expect(refused.issues).toEqual([]);
    });
  });
});
