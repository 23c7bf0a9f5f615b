import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_MAX_LENGTH, EARLIEST_DATE, LATEST_DATE, parseIsoDate } from '../../src/index.js';

const codeOf = (input: unknown) => {
  const parsed = parseIsoDate(input);
  return parsed.ok ? 'ok' : parsed.issues[0]?.code;
};

describe('parseIsoDate', () => {
  it('reads a plain date and a date-time with an offset', () => {
    expect(codeOf('2011-09-01')).toBe('ok');
    expect(codeOf('2011-03-01T20:00:00-05:00')).toBe('ok');
  });

  describe('edge cases', () => {
    it('refuses white space around a date instead of trimming it', () => {
      for (const text of [' 2011-09-01', '2011-09-01 ', '2011-09-01\n', '\u30002011-09-01']) expect(codeOf(text)).toBe('invalid-date');
    });

    it('refuses year 0000 and dates outside the documented range', () => {
      expect(codeOf('0000-01-01')).toBe('date-out-of-range');
      expect(codeOf('1899-12-31')).toBe('date-out-of-range');
      expect(codeOf('2200-01-01')).toBe('date-out-of-range');
      expect(codeOf(EARLIEST_DATE)).toBe('ok');
      expect(codeOf(LATEST_DATE)).toBe('ok');
      expect(codeOf('2199-12-31T23:00:00Z')).toBe('date-out-of-range');
    });

    it('refuses full-width digits and text longer than DATE_MAX_LENGTH', () => {
      expect(codeOf('２０１１-０９-０１')).toBe('invalid-date');
      expect(codeOf(`2011-03-01T20:00:00${'0'.repeat(DATE_MAX_LENGTH)}Z`)).toBe('invalid-date');
    });
  });

  describe('properties', () => {
    it('accepts exactly the calendar dates of the range, written as they are', () => {
      fc.assert(
        fc.property(fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2300-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom('', ' ', '\t'), (date, pad) => {
          const text = date.toISOString().slice(0, 10);
          const parsed = parseIsoDate(`${pad}${text}`);
          const inRange = text >= EARLIEST_DATE && text <= LATEST_DATE;
          expect(parsed.ok).toBe(pad === '' && inRange);
          if (parsed.ok) expect(parsed.value).toBe(text);
        }),
      );
    });
  });
});

describe('parseIsoDate on machines in other time zones', () => {
  it('reads a day the machine’s zone skipped, and refuses a day no calendar has, wherever it runs', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Apia', 'America/Sao_Paulo', 'Asia/Shanghai', 'UTC']) {
        process.env.TZ = tz;
        expect([parseIsoDate('2011-12-30').ok, parseIsoDate('2012-02-29').ok, parseIsoDate('2011-02-29').ok], tz).toEqual([true, true, false]);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
