import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaDateOf, parseTimestamp, timestamp } from '../../src/index.js';
import { isBeforeInstant } from '../../src/lifecycle/timestamp.js';

describe('parseTimestamp', () => {
  it.each(['2011-09-01T10:00:00+08:00', '2011-09-01T10:00+08:00', '2011-09-01T02:00:00Z', '2011-12-31T20:00:00.123-05:00', '2012-02-29T23:59:59+14:00', '2011-09-01T10:00:00.123456789+23:59', '1900-01-01T00:00Z'])(
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
      '2011-09-01T10:00:60+08:00',
      '2011-09-01T10:00:00+24:00',
      '2011-09-01T10:00:00+08:60',
      '2011-09-01T10:00:00.1234567890+08:00',
      '1899-12-31T23:59:59Z',
      '2200-01-01T00:00:00+08:00',
      '2011-09-01T10:00:00+8:00',
      '2011-09-01 10:00:00+08:00',
      '2011-09-01T10:00:00z',
      '',
      20110901,
    ])('refuses %j', (input) => {
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

describe('the order of instants', () => {
  // An instant written with any offset and any fraction of a second, and its exact time in nanoseconds since 1970.
  const writtenInstant = fc
    .record({
      seconds: fc.integer({ min: Date.UTC(1992, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }),
      nanoseconds: fc.integer({ min: 0, max: 999_999_999 }),
      digits: fc.integer({ min: 0, max: 9 }),
      offsetMinutes: fc.integer({ min: -12 * 60, max: 14 * 60 }),
    })
    .map(({ seconds, nanoseconds, digits, offsetMinutes }) => {
      const kept = digits === 0 ? 0 : Math.floor(nanoseconds / 10 ** (9 - digits)) * 10 ** (9 - digits);
      const local = new Date((seconds + offsetMinutes * 60) * 1000).toISOString().slice(0, 19);
      const fraction = digits === 0 ? '' : `.${String(kept).padStart(9, '0').slice(0, digits)}`;
      const absolute = Math.abs(offsetMinutes);
      const offset = offsetMinutes === 0 ? 'Z' : `${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
      return { text: timestamp(`${local}${fraction}${offset}`), exact: BigInt(seconds) * 1_000_000_000n + BigInt(kept) };
    });

  it('puts one instant before another by their times, whatever the offsets, to the nanosecond', () => {
    fc.assert(
      fc.property(writtenInstant, writtenInstant, (a, b) => {
        expect(isBeforeInstant(a.text, b.text)).toBe(a.exact < b.exact);
      }),
    );
  });

  it('puts no instant before itself written with another offset, and tells apart instants less than a millisecond apart', () => {
    expect(isBeforeInstant(timestamp('2011-09-01T10:00:00+08:00'), timestamp('2011-09-01T02:00:00Z'))).toBe(false);
    expect(isBeforeInstant(timestamp('2011-09-01T02:00:00Z'), timestamp('2011-09-01T10:00:00+08:00'))).toBe(false);
    expect(isBeforeInstant(timestamp('2011-09-01T10:00:00.0001+08:00'), timestamp('2011-09-01T10:00:00.0002+08:00'))).toBe(true);
    expect(isBeforeInstant(timestamp('2011-09-01T10:00:00.0002+08:00'), timestamp('2011-09-01T10:00:00.0001+08:00'))).toBe(false);
    expect(isBeforeInstant(timestamp('2011-12-31T23:59:59.999-05:00'), timestamp('2012-01-01T12:59:59.9991+08:00'))).toBe(true);
  });
});
