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
  it('refuses a factor written with spaces around it: factors are plain decimals', () => {
    expect(() => multiplyAmount(amount('100'), ' 1.5 ', 'half-up')).toThrow(PairingAidError);
    expect(() => percentOf(amount('100'), '\t3 ', 'half-up')).toThrow(PairingAidError);
  });

  describe('edge cases', () => {
    it.each(['', '   ', 'abc', 'Infinity', '1,5'])('refuses the factor %j, naming it', (factor) => {
      const error = refusal(() => multiplyAmount(amount('100'), factor, 'half-up'));
      expect(error.issues.map((issue) => issue.code)).toEqual(['factor-invalid']);
      expect(error.issues[0]?.path).toEqual(['factor']);
      expect(error.issues[0]?.params['input']).toBe(factor);
    });
  });
});
