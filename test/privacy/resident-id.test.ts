import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containsPersonalData,
  isoDate,
  maskResidentId,
  parseResidentId,
  redactPersonalData,
  residentIdCheckCharacter,
} from '../../src/index.js';

// Builds a valid id from its parts with the published check-digit algorithm.
const build = (region: string, birth: string, sequence: string): string => {
  const first17 = `${region}${birth}${sequence}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
};

describe('parseResidentId', () => {
  it('accepts the standard example with check character X', () => {
    expect(parseResidentId('11010519491231002X').ok).toBe(true);
    expect(parseResidentId(' 11010519491231002x ').ok).toBe(true);
  });

  it('accepts ids built with the check-digit algorithm', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('520502', '522701', '440303'),
        fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2010-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        (region, date, sequence) => {
          const birth = date.toISOString().slice(0, 10).replaceAll('-', '');
          return parseResidentId(build(region, birth, String(sequence).padStart(3, '0'))).ok;
        },
      ),
    );
  });

  it('detects every single-character change of a valid id', () => {
    const valid = build('520502', '19900101', '123');
    for (let index = 0; index < 18; index++) {
      for (const digit of '0123456789X') {
        if (digit === valid[index] || (index < 17 && digit === 'X')) continue;
        const changed = `${valid.slice(0, index)}${digit}${valid.slice(index + 1)}`;
        expect(parseResidentId(changed).ok, changed).toBe(false);
      }
    }
  });

  describe('edge cases', () => {
    it.each([
      ['12345', 'resident-id-format'],
      ['52050219900101123', 'resident-id-format'],
      ['5205021990010112345', 'resident-id-format'],
      ['52050219900101123A', 'resident-id-format'],
      [build('990101', '19900101', '123'), 'resident-id-region'],
      [build('520502', '19900230', '123'), 'resident-id-birth-date'],
      [build('520502', '19901301', '123'), 'resident-id-birth-date'],
      ['110105194912310021', 'resident-id-check-digit'],
    ])('refuses %s with %s', (input, code) => {
      const parsed = parseResidentId(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.issues.map((issue) => issue.code)).toContain(code);
    });

    it('refuses a birth date after the given day', () => {
      const parsed = parseResidentId(build('520502', '20300101', '001'), { asOf: isoDate('2026-11-25') });
      expect(!parsed.ok && parsed.issues[0]?.code).toBe('resident-id-future-birth');
    });

    it('accepts 29 February only in leap years', () => {
      expect(parseResidentId(build('520502', '20000229', '001')).ok).toBe(true);
      expect(parseResidentId(build('520502', '19000229', '001')).ok).toBe(false);
    });
  });
});

describe('maskResidentId', () => {
  it('keeps the region code and the last four characters by default', () => {
    expect(maskResidentId('520502199001011234')).toBe('520502********1234');
  });

  it('never shows the birth date, whatever the options', () => {
    expect(() => maskResidentId('520502199001011234', { keepStart: 8 })).toThrow(/mask-options/);
    expect(() => maskResidentId('520502199001011234', { keepEnd: 5 })).toThrow(/mask-options/);
    expect(() => maskResidentId('520502199001011234', { maskCharacter: '1' })).toThrow(/mask-options/);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 }), (keepStart, keepEnd) => {
        const masked = maskResidentId('520502199001011234', { keepStart, keepEnd });
        return !masked.includes('19900101') && masked.length === 18 && !containsPersonalData(masked);
      }),
    );
  });
});

describe('redactPersonalData', () => {
  it('masks ids and mobile numbers inside text', () => {
    expect(redactPersonalData('户主 520502199001011234，电话 13812345678')).toBe('户主 520502********1234，电话 138****5678');
  });

  it('leaves no personal number in the clear for any text around it', () => {
    const id = build('520502', '19900101', '123');
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const text = `${before} ${id} ${after}`;
        return !redactPersonalData(text).includes(id) && !containsPersonalData(redactPersonalData(` ${id} `));
      }),
    );
  });

  it('leaves amounts and short numbers alone', () => {
    expect(redactPersonalData('投资 12000000 元，受益 60400 人')).toBe('投资 12000000 元，受益 60400 人');
  });
});

describe('redactPersonalData on numbers written back to back', () => {
  const first = build('520502', '19900101', '123');
  const second = build('522701', '19851231', '456');

  it('masks two ids with no separator between them', () => {
    const redacted = redactPersonalData(`${first}${second}`);
    expect(redacted).not.toContain(first);
    expect(redacted).not.toContain(second);
    expect(redacted).not.toContain('19900101');
    expect(containsPersonalData(redacted)).toBe(false);
    expect(containsPersonalData(`${first}${second}`)).toBe(true);
  });

  it('masks a mobile number that runs into other digits', () => {
    expect(redactPersonalData('电话138123456789')).toBe('电话138*****6789');
    expect(containsPersonalData('电话138123456789')).toBe(true);
  });

  it('never leaves a full id in the clear, whatever digits surround it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{0,20}$/), fc.stringMatching(/^[0-9]{0,20}$/), (before, after) => {
        const redacted = redactPersonalData(`${before}${first}${after}`);
        return !redacted.includes(first) && !containsPersonalData(redacted);
      }),
    );
  });

  it('refuses options that would show a birth date even when the text holds no id', () => {
    expect(() => redactPersonalData('no ids here', { keepStart: 10 })).toThrow(/mask-options/);
  });
});
