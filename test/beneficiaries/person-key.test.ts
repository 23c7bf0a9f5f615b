import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findPseudonymKeyCollisions,
  householdKeyFromAppNumber,
  householdKeyFromPseudonym,
  parsePseudonym,
  personKeyFromAppNumber,
  personKeyFromPseudonym,
  personKeyFromResidentId,
  personKeyKind,
  personKeyKinds,
  pseudonymise,
  pseudonymKey,
  residentId,
  residentIdCheckCharacter,
  unpackResidentId,
  type Pseudonym,
} from '../../src/index.js';

const key = pseudonymKey('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff');
const build = (first17: string) => residentId(`${first17}${residentIdCheckCharacter(first17)}`);
const validFirst17 = fc
  .tuple(fc.integer({ min: 110_000, max: 829_999 }), fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }))
  .map(([region, date, sequence]) => `${region}${date.toISOString().slice(0, 10).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`);

describe('person keys', () => {
  it('lists the three kinds in the order of their ranges', () => {
    expect(personKeyKinds).toEqual(['resident-id', 'app', 'pseudonym']);
    expect([personKeyFromResidentId(build('11010519491231002')), personKeyFromAppNumber(0), personKeyFromPseudonym(pseudonymise('x', key))].map(personKeyKind)).toEqual(personKeyKinds);
  });

  it('keeps the three kinds in separate ranges below 2^53', () => {
    fc.assert(
      fc.property(validFirst17, fc.integer({ min: 0, max: 2 ** 52 - 2 ** 46 - 1 }), fc.string(), (first17, appNumber, text) => {
        const fromId = personKeyFromResidentId(build(first17));
        const fromApp = personKeyFromAppNumber(appNumber);
        const fromPseudonym = personKeyFromPseudonym(pseudonymise(text, key));
        expect([personKeyKind(fromId), personKeyKind(fromApp), personKeyKind(fromPseudonym)]).toEqual(['resident-id', 'app', 'pseudonym']);
        expect(Number.isSafeInteger(fromId) && Number.isSafeInteger(fromApp) && Number.isSafeInteger(fromPseudonym)).toBe(true);
        expect(unpackResidentId(fromId)).toBe(build(first17));
      }),
    );
  });

  it('gives the same key for the same pseudonym and different keys for different app numbers', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (text, a, b) => {
        expect(personKeyFromPseudonym(pseudonymise(text, key))).toBe(personKeyFromPseudonym(pseudonymise(text, key)));
        expect(personKeyFromAppNumber(a) === personKeyFromAppNumber(b)).toBe(a === b);
        expect(householdKeyFromAppNumber(a) === householdKeyFromAppNumber(b)).toBe(a === b);
      }),
    );
  });

  it('takes the first 52 bits of a pseudonym', () => {
    const pseudonym = pseudonymise('11010519491231002X', key);
    const bytes = Buffer.from(pseudonym, 'base64url');
    const bits = bytes.readUIntBE(0, 6) * 16 + (bytes[6]! >> 4);
    expect(personKeyFromPseudonym(pseudonym)).toBe(2 ** 52 + bits);
    expect(householdKeyFromPseudonym(pseudonym)).toBe(2 ** 52 + bits);
  });

  describe('edge cases', () => {
    it('keeps the first and last numbers of each range in their kind', () => {
      expect(personKeyKind(personKeyFromAppNumber(0))).toBe('app');
      expect(personKeyFromAppNumber(0)).toBe(2 ** 46);
      expect(personKeyKind(personKeyFromAppNumber(2 ** 52 - 2 ** 46 - 1))).toBe('app');
      expect(personKeyFromAppNumber(2 ** 52 - 2 ** 46 - 1)).toBe(2 ** 52 - 1);
      expect(personKeyKind(personKeyFromResidentId(build('11010519491231002')))).toBe('resident-id');
      const lowest = parsePseudonym('A'.repeat(43));
      expect(lowest.ok && personKeyFromPseudonym(lowest.value)).toBe(2 ** 52);
      expect(lowest.ok && personKeyKind(personKeyFromPseudonym(lowest.value))).toBe('pseudonym');
      expect(householdKeyFromAppNumber(0)).toBe(0);
      expect(householdKeyFromAppNumber(2 ** 52 - 1)).toBe(2 ** 52 - 1);
    });

    it('says which number it refuses', () => {
      expect(() => personKeyFromAppNumber(-1)).toThrow('"-1"');
      expect(() => householdKeyFromAppNumber(0.5)).toThrow('"0.5"');
    });

    it.each([-1, 0.5, 2 ** 52 - 2 ** 46])('refuses app person number %s', (value) => {
      expect(() => personKeyFromAppNumber(value)).toThrow(/person-key-invalid/);
    });

    it.each([-1, 0.5, 2 ** 52])('refuses app household number %s', (value) => {
      expect(() => householdKeyFromAppNumber(value)).toThrow(/household-key-invalid/);
    });
  });
});

describe('findPseudonymKeyCollisions', () => {
  const made = (text: string): Pseudonym => {
    const parsed = parsePseudonym(text);
    if (!parsed.ok) throw new Error(text);
    return parsed.value;
  };

  it('finds none among real pseudonyms, repeats included', () => {
    const pseudonyms = Array.from({ length: 5000 }, (_, index) => pseudonymise(`person-${index % 4000}`, key));
    expect(findPseudonymKeyCollisions(pseudonyms)).toEqual([]);
  });

  it('finds distinct pseudonyms that share their first 52 bits', () => {
    // The ninth character's low two bits and everything after lie beyond the key.
    const first = made(`AAAAAAAAA${'A'.repeat(33)}A`);
    const second = made(`AAAAAAAAB${'A'.repeat(33)}A`);
    const third = made(`AAAAAAAAA${'B'.repeat(33)}A`);
    const apart = made(`AAAAAAAAE${'A'.repeat(33)}A`);
    expect(personKeyFromPseudonym(first)).toBe(personKeyFromPseudonym(second));
    const filler = Array.from({ length: 100 }, (_, index) => pseudonymise(String(index), key));
    expect(findPseudonymKeyCollisions([...filler, second, first, apart, first, third])).toEqual([[first, second, third].sort()]);
    // The highest keys: a collision among the last keys in order is found too.
    const last = made(`_________${'A'.repeat(33)}A`);
    const nextToLast = made(`________9${'A'.repeat(33)}A`);
    expect(findPseudonymKeyCollisions([last, ...filler, nextToLast])).toEqual([[last, nextToLast].sort()]);
    expect(findPseudonymKeyCollisions([first, ...filler, last, second, nextToLast])).toEqual([[first, second].sort(), [last, nextToLast].sort()]);
  });
});
