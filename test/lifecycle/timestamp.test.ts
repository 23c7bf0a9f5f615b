import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaDateOf, parseTimestamp, timestamp } from '../../src/index.js';

describe('parseTimestamp', () => {
  it.each(['2011-09-01T10:00:00+08:00', '2011-09-01T10:00+08:00', '2011-09-01T02:00:00Z', '2011-12-31T20:00:00.123-05:00', '2012-02-29T23:59:59+14:00'])(
    'accepts %s',
    (text) => {
      expect(parseTimestamp(text)).toEqual({ ok: true, value: text });
    },
  );

  describe('edge cases', () => {
    it.each([
      '2011-09-01T10:00:00',
      '2011-09-01',
      '2011-02-30T10:00:00+08:00',
      '2011-09-01T24:00:00+08:00',
      '2011-09-01T10:60:00+08:00',
      '2011-09-01T10:00:00+8:00',
      '2011-09-01 10:00:00+08:00',
      '2011-09-01T10:00:00z',
      '',
      20110901,
    ])('refuses %s', (input) => {
      expect(parseTimestamp(input)).toMatchObject({ ok: false, issues: [{ code: 'timestamp-invalid' }] });
    });
  });
});

describe('chinaDateOf', () => {
  it('gives the day in China at the instant, whatever the offset', () => {
    expect(chinaDateOf(timestamp('2011-12-31T20:00:00-05:00'))).toBe('2012-01-01');
    expect(chinaDateOf(timestamp('2011-12-31T15:59:59Z'))).toBe('2011-12-31');
    expect(chinaDateOf(timestamp('2011-12-31T16:00:00Z'))).toBe('2012-01-01');
    expect(chinaDateOf(timestamp('2012-01-01T01:00:00+14:00'))).toBe('2011-12-31');
    expect(chinaDateOf(timestamp('2011-09-01T00:00:00+08:00'))).toBe('2011-09-01');
  });

  it('is the date of the instant shifted to UTC+8', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (instant, offsetMinutes) => {
          const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const absolute = Math.abs(offsetMinutes);
          const offset = `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
          const china = new Date(Math.floor(instant.getTime() / 1000) * 1000 + 8 * 3_600_000).toISOString().slice(0, 10);
          expect(chinaDateOf(timestamp(`${local}${offset}`))).toBe(china);
        },
      ),
    );
  });
});
