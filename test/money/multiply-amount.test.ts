import { describe, expect, it } from 'vitest';
import { PairingAidError } from '../../src/errors/pairing-aid-error.js';
import { amount, multiplyAmount, percentOf } from '../../src/money/index.js';

const refusal = (run: () => unknown): PairingAidError => {
  try {
    run();
  } catch (error) {
    if (error instanceof PairingAidError) return error;
    throw error;
  }
  throw new Error('the factor was accepted');
};

describe('multiplyAmount', () => {
  it('reads a factor written as text with spaces around it', () => {
    expect(String(multiplyAmount(amount('100'), ' 1.5 ', 'half-up'))).toBe('150.00');
    expect(String(percentOf(amount('100'), '\t3 ', 'half-up'))).toBe('3.00');
  });

  describe('edge cases', () => {
    it.each(['', '   ', 'abc', 'Infinity', '1,5'])('refuses the factor %j, naming it', (factor) => {
      const error = refusal(() => multiplyAmount(amount('100'), factor, 'half-up'));
      expect(error.issues.map((issue) => issue.code)).toEqual(['factor-invalid']);
      expect(error.issues[0]?.path).toEqual([]);
      expect(error.issues[0]?.params['input']).toBe(factor.trim());
    });
  });
});
