import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/dates/index.js';
import type { Issue } from '../../src/errors/issue.js';
import { parseResidentId, residentIdCheckCharacter, type ParseResidentIdOptions } from '../../src/privacy/index.js';

const build = (region: string, birth: string, sequence: string): string => {
  const first17 = `${region}${birth}${sequence}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
};

const issuesOf = (input: unknown, options: ParseResidentIdOptions = {}): readonly Issue[] => {
  const parsed = parseResidentId(input, options);
  if (parsed.ok) throw new Error(`${String(input)} was accepted`);
  return parsed.issues;
};

describe('residentIdCheckCharacter', () => {
  it('gives the check character of the standard example', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('52050219900101123')).toBe(build('520502', '19900101', '123').at(-1));
  });
});

describe('parseResidentId', () => {
  it('reads a lower-case check character and spaces around the number as the standard form', () => {
    expect(parseResidentId(' 11010519491231002x ')).toEqual({ ok: true, value: '11010519491231002X' });
  });

  it('accepts a birth on the day given as today, and from 1850 on', () => {
    const id = build('520502', '20261125', '001');
    expect(parseResidentId(id, { asOf: isoDate('2026-11-25') }).ok).toBe(true);
    expect(parseResidentId(build('520502', '18500101', '001')).ok).toBe(true);
    expect(parseResidentId(build('520502', '19001231', '001')).ok).toBe(true);
  });

  describe('issues', () => {
    it('give the length of a number of the wrong shape, never its digits', () => {
      expect(issuesOf('  12345 ')).toEqual([expect.objectContaining({ code: 'resident-id-format', path: [], params: { length: 5 } })]);
      expect(issuesOf(520502199001011234)).toEqual([expect.objectContaining({ code: 'resident-id-format', params: { length: 0 } })]);
    });

    it('name the prefix that is no region code', () => {
      expect(issuesOf(build('990101', '19900101', '123'))).toEqual([
        expect.objectContaining({ code: 'resident-id-region', path: [], params: { prefix: '990101' } }),
      ]);
    });

    it.each(['18491231', '19900001', '19901301', '19900100', '19900431', '19000229'])('refuse the birth date %s, which is no real date from 1850 on', (birth) => {
      expect(issuesOf(build('520502', birth, '123'))).toEqual([
        expect.objectContaining({ code: 'resident-id-birth-date', path: [], params: { birthDate: birth } }),
      ]);
    });

    it('name the birth date and the day it is after', () => {
      expect(issuesOf(build('520502', '20261126', '001'), { asOf: isoDate('2026-11-25') })).toEqual([
        expect.objectContaining({ code: 'resident-id-future-birth', path: [], params: { birthDate: '2026-11-26', asOf: '2026-11-25' } }),
      ]);
    });

    it('name the expected and the written check character', () => {
      expect(issuesOf('110105194912310021')).toEqual([
        expect.objectContaining({ code: 'resident-id-check-digit', path: [], params: { expected: 'X', actual: '1' } }),
      ]);
    });

    it('report every problem of one number together', () => {
      const id = `99010119900230123${'0'}`;
      const codes = issuesOf(id).map((issue) => issue.code);
      expect(codes).toContain('resident-id-region');
      expect(codes).toContain('resident-id-birth-date');
      expect(codes.length).toBeGreaterThanOrEqual(2);
    });
  });
});
