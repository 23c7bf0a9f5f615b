import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCounts, householdCount, householdKeyFromAppNumber, personCount, personKeyFromAppNumber, personTimeCount, type PairingAidError } from '../../src/index.js';

describe('personCount', () => {
  it('returns the number as a count', () => {
    expect(personCount(130_000)).toBe(130_000);
    expect(personTimeCount(0)).toBe(0);
    expect(householdCount(12)).toBe(12);
  });

  describe('edge cases', () => {
    it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %s', (value) => {
      expect(() => personCount(value)).toThrow(/count-invalid/);
      expect(() => personTimeCount(value)).toThrow(/count-invalid/);
      expect(() => householdCount(value)).toThrow(/count-invalid/);
    });

    it('refuses the value itself, at the empty path', () => {
      const issuesOf = (make: () => unknown) => {
        try {
          make();
        } catch (error) {
          return (error as PairingAidError).issues.map((issue) => [issue.code, issue.path]);
        }
        return [];
      };
      expect(issuesOf(() => personCount(-1))).toEqual([['count-invalid', []]]);
      expect(issuesOf(() => personKeyFromAppNumber(-1))).toEqual([['person-key-invalid', []]]);
      expect(issuesOf(() => householdKeyFromAppNumber(-1))).toEqual([['household-key-invalid', []]]);
    });

    it('says which kind of count it refuses', () => {
      expect(() => personCount(-1)).toThrow('A count of persons is');
      expect(() => personTimeCount(-1)).toThrow('A count of person-times is');
      expect(() => householdCount(-1)).toThrow('A count of households is');
    });
  });
});

describe('addCounts', () => {
  it('adds two counts of one kind', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (a, b) => addCounts(personTimeCount(a), personTimeCount(b)) === a + b),
    );
  });

  describe('edge cases', () => {
    it('refuses a sum past 2^53', () => {
      expect(() => addCounts(personCount(2 ** 52), personCount(2 ** 52))).toThrow(/count-invalid/);
      expect(() => addCounts(personCount(2 ** 52), personCount(2 ** 52))).toThrow('A count of sum is');
    });
  });
});
