import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors/issue.js';
import {
  packResidentId,
  parsePseudonym,
  parsePseudonymKey,
  pseudonymise,
  pseudonymKey,
  residentId,
  residentIdCheckCharacter,
  unpackResidentId,
} from '../../src/privacy/index.js';

const onlyIssue = (parsed: { ok: true } | { ok: false; issues: readonly Issue[] }): Issue => {
  if (parsed.ok) throw new Error('accepted');
  expect(parsed.issues).toHaveLength(1);
  return parsed.issues[0] as Issue;
};

describe('parsePseudonymKey', () => {
  it('takes 16 bytes or more, as bytes or as hexadecimal in either case', () => {
    expect(parsePseudonymKey(new Uint8Array(16)).ok).toBe(true);
    const lower = pseudonymKey('00112233445566778899aabbccddeeff');
    const upper = pseudonymKey('00112233445566778899AABBCCDDEEFF');
    const bytes = pseudonymKey(Uint8Array.from([0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff]));
    expect(pseudonymise('520502199001011234', lower)).toBe(pseudonymise('520502199001011234', bytes));
    expect(pseudonymise('520502199001011234', upper)).toBe(pseudonymise('520502199001011234', bytes));
  });

  it('reads a long hexadecimal key byte for byte', () => {
    const long = Uint8Array.from({ length: 40 }, (_, index) => index * 5);
    const hex = [...long].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    expect(pseudonymise('520502199001011234', pseudonymKey(hex))).toBe(pseudonymise('520502199001011234', pseudonymKey(long)));
  });

  it.each([
    [new Uint8Array(15), 15],
    ['0011', 2],
    ['00112233445566778899aabbccddee', 15],
    ['0123456789abcdef', 8],
    [`zz${'ab'.repeat(16)}`, 17],
    [`${'ab'.repeat(16)}zz`, 17],
    [`${'ab'.repeat(16)}a`, 16.5],
    [42, 0],
  ])('refuses the key %s, giving its size in bytes and never its value', (input, bytes) => {
    expect(onlyIssue(parsePseudonymKey(input))).toMatchObject({ code: 'pseudonym-key-invalid', path: [], params: { bytes } });
  });
});

describe('parsePseudonymKey and parsePseudonym', () => {
  it('refuse a value that is not text, even when it writes itself as a key or a pseudonym', () => {
    const key = { toString: () => 'ab'.repeat(16) };
    expect(onlyIssue(parsePseudonymKey(key))).toMatchObject({ code: 'pseudonym-key-invalid', params: { bytes: 0 } });
    const pseudonym = pseudonymise('520502199001011234', pseudonymKey(new Uint8Array(32).fill(1)));
    expect(onlyIssue(parsePseudonym({ toString: () => pseudonym })).code).toBe('pseudonym-format');
  });
});

describe('parsePseudonym', () => {
  it('accepts what pseudonymise writes', () => {
    const pseudonym = pseudonymise('520502199001011234', pseudonymKey(new Uint8Array(32).fill(1)));
    expect(parsePseudonym(pseudonym)).toEqual({ ok: true, value: pseudonym });
  });

  it('names at most the first 60 characters of what it refuses', () => {
    const long = 'a'.repeat(100);
    expect(onlyIssue(parsePseudonym(long))).toMatchObject({ code: 'pseudonym-format', path: [], params: { input: 'a'.repeat(60) } });
    expect(onlyIssue(parsePseudonym(42))).toMatchObject({ params: { input: '42' } });
  });
});

describe('packResidentId and unpackResidentId', () => {
  const build = (first17: string): string => `${first17}${residentIdCheckCharacter(first17)}`;

  it('name the birth date that cannot be packed', () => {
    const error = (() => {
      try {
        packResidentId(residentId(build('52050221170803001')));
      } catch (caught) {
        return caught as { issues: readonly Issue[] };
      }
      throw new Error('packed');
    })();
    expect(error.issues).toEqual([expect.objectContaining({ code: 'resident-id-pack-range', path: [], params: { birthDate: '21170803' } })]);
  });

  it('unpacks 0, the first packed id: region 110000, born 1 January 1850, sequence 000', () => {
    expect(unpackResidentId(0).slice(0, 17)).toBe('11000018500101000');
    expect(packResidentId(unpackResidentId(0))).toBe(0);
  });

  it('name the number that is no packed id', () => {
    expect(() => unpackResidentId(-1)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: [], params: { packed: '-1' } })] }));
  });
});
