import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containsPersonalData,
  createPseudonymiser,
  parsePseudonym,
  parsePseudonymKey,
  pseudonymise,
  pseudonymKey,
  residentIdCheckCharacter,
} from '../../src/index.js';
import { createHmac } from 'node:crypto';

const build = (first17: string): string => `${first17}${residentIdCheckCharacter(first17)}`;
const keyBytes = fc.uint8Array({ minLength: 16, maxLength: 64 });
const ids = fc.array(fc.stringMatching(/^\d{17}$/).map(build), { minLength: 1, maxLength: 20 });

describe('pseudonymise', () => {
  it('is HMAC-SHA-256 of the UTF-8 bytes, base64url without padding', () => {
    const key = pseudonymKey('00112233445566778899aabbccddeeff');
    const expected = createHmac('sha256', Buffer.from('00112233445566778899aabbccddeeff', 'hex')).update('11010519491231002X').digest('base64url');
    expect(pseudonymise('11010519491231002X', key)).toBe(expected);
    expect(pseudonymise('户主', key)).toBe(createHmac('sha256', key).update('户主', 'utf8').digest('base64url'));
  });

  it('returns the same pseudonym for the same id and key', () => {
    fc.assert(
      fc.property(keyBytes, fc.string(), (bytes, id) => {
        const key = pseudonymKey(bytes);
        return pseudonymise(id, key) === pseudonymise(id, pseudonymKey(Uint8Array.from(bytes))) && parsePseudonym(pseudonymise(id, key)).ok;
      }),
    );
  });

  it('does not link the same ids under different keys', () => {
    fc.assert(
      fc.property(keyBytes, keyBytes, ids, (first, second, people) => {
        fc.pre(Buffer.compare(Buffer.from(first), Buffer.from(second)) !== 0);
        const underFirst = new Set(people.map((id) => pseudonymise(id, pseudonymKey(first))));
        return people.every((id) => !underFirst.has(pseudonymise(id, pseudonymKey(second))));
      }),
    );
  });

  it('never contains the id or personal data in the clear', () => {
    fc.assert(
      fc.property(keyBytes, ids, (bytes, people) =>
        people.every((id) => {
          const pseudonym = pseudonymise(id, pseudonymKey(bytes));
          return !pseudonym.includes(id.slice(6, 14)) && !containsPersonalData(pseudonym);
        }),
      ),
    );
  });
});

describe('createPseudonymiser', () => {
  it('gives the same pseudonyms as pseudonymise', () => {
    fc.assert(
      fc.property(keyBytes, fc.array(fc.string()), (bytes, people) => {
        const key = pseudonymKey(bytes);
        const prepared = createPseudonymiser(key);
        return people.every((id) => prepared(id) === pseudonymise(id, key));
      }),
    );
  });
});

describe('parsePseudonymKey', () => {
  it('copies the bytes so later changes do not alter the key', () => {
    const bytes = new Uint8Array(32).fill(7);
    const key = pseudonymKey(bytes);
    const before = pseudonymise('x', key);
    bytes[0] = 8;
    expect(pseudonymise('x', key)).toBe(before);
  });

  describe('edge cases', () => {
    it.each([new Uint8Array(15), 'secret', '0011', 'zz112233445566778899aabbccddeeff', 42, undefined])('refuses %s', (input) => {
      const parsed = parsePseudonymKey(input);
      expect(!parsed.ok && parsed.issues[0]?.code).toBe('pseudonym-key-invalid');
    });
  });
});

describe('parsePseudonym', () => {
  describe('edge cases', () => {
    it.each(['', 'abc', `${'A'.repeat(42)}B`, `${'A'.repeat(43)}A`, `${'A'.repeat(42)}+`])('refuses %j', (input) => {
      const parsed = parsePseudonym(input);
      expect(!parsed.ok && parsed.issues[0]?.code).toBe('pseudonym-format');
    });
  });
});
