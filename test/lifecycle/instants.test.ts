import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaDateOf, parseTimestamp, type Timestamp } from '../../src/index.js';
import { isBeforeInstant } from '../../src/lifecycle/timestamp.js';

// A text an app may hand over as an instant, not necessarily one parseTimestamp would accept.
const written = (text: string) => text as Timestamp;

const two = (value: number) => String(value).padStart(2, '0');

// Whether a year, month and day name a day of the Gregorian calendar.
const isCalendarDay = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

describe('what instant an event records', () => {
  it('refuses what is not a text, naming what it was given', () => {
    expect(parseTimestamp(20110901)).toMatchObject({ ok: false, issues: [{ code: 'timestamp-invalid', params: { input: '20110901' } }] });
    expect(parseTimestamp(undefined)).toMatchObject({ ok: false, issues: [{ code: 'timestamp-invalid', params: { input: 'nothing' } }] });
    // A String object is no JSON text, even when it spells an instant.
    expect(parseTimestamp(new String('2011-09-01T10:00:00+08:00'))).toMatchObject({ ok: false, issues: [{ code: 'timestamp-invalid', params: { input: 'object' } }] });
  });

  it('refuses an instant with anything written after its offset', () => {
    expect(parseTimestamp('2011-09-01T10:00:00+08:00 ')).toMatchObject({ ok: false, issues: [{ code: 'timestamp-invalid' }] });
    expect(parseTimestamp('2011-09-01T10:00:00Z[Asia/Shanghai]')).toMatchObject({ ok: false, issues: [{ code: 'timestamp-invalid' }] });
  });

  it('takes every day of the Gregorian calendar from 1900 to 2199, and no other, at any offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.constantFrom('+08:00', 'Z', '-05:00'),
        (year, month, day, offset) => {
          const date = `${year}-${two(month)}-${two(day)}`;
          expect(parseTimestamp(`${date}T12:00:00${offset}`).ok).toBe(isCalendarDay(year, month, day));
        },
      ),
    );
  });

  it('knows the leap days of the Gregorian calendar', () => {
    for (const leap of ['1904', '2000', '2012', '2196']) expect(parseTimestamp(`${leap}-02-29T12:00+08:00`).ok).toBe(true);
    for (const common of ['1900', '2011', '2100', '2199']) expect(parseTimestamp(`${common}-02-29T12:00+08:00`).ok).toBe(false);
  });
});

describe('the day in China at an instant', () => {
  it('is the day written for every day of the calendar written at +08:00, and there is none for a day not in the calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const date = `${year}-${two(month)}-${two(day)}`;
        const read = () => chinaDateOf(written(`${date}T12:00:00+08:00`));
        if (isCalendarDay(year, month, day)) expect(read()).toBe(date);
        else expect(read).toThrow();
      }),
    );
  });

  it.each([
    ['1900-02-29'], ['2100-02-29'], ['2011-02-29'], ['2011-02-30'], ['2011-04-31'], ['2011-06-31'], ['2011-09-31'], ['2011-11-31'],
    ['2011-09-00'], ['2011-00-01'], ['2011-13-01'],
  ])('there is no day in China at a time on %s, a day the calendar does not have', (date) => {
    expect(() => chinaDateOf(written(`${date}T12:00:00+08:00`))).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'invalid-date' })] }));
  });

  it.each([['2000-02-29'], ['2012-02-29'], ['2011-04-30'], ['2011-06-30'], ['2011-09-30'], ['2011-11-30'], ['2011-12-31'], ['2011-01-31']])(
    'a time on %s, a day the calendar has, falls on it in China',
    (date) => {
      expect(chinaDateOf(written(`${date}T12:00:00+08:00`))).toBe(date);
    },
  );

  it('is the next or the day before where the offset is not China’s, even by half an hour', () => {
    expect(chinaDateOf(written('2011-09-01T00:10:00+08:30'))).toBe('2011-08-31');
    expect(chinaDateOf(written('2011-09-01T23:50:00+07:30'))).toBe('2011-09-02');
    expect(chinaDateOf(written('2011-09-01T20:00:00-08:00'))).toBe('2011-09-02');
    expect(chinaDateOf(written('2011-09-01T04:00:00-08:00'))).toBe('2011-09-01');
  });

  it('counts the last nanosecond before midnight in China as the day that ends', () => {
    expect(chinaDateOf(written('2011-12-31T15:59:59.999999999Z'))).toBe('2011-12-31');
    expect(chinaDateOf(written('2011-12-31T10:59:59.999999999-05:00'))).toBe('2011-12-31');
    expect(chinaDateOf(written('1900-01-01T15:59:59.999999999Z'))).toBe('1900-01-01');
    expect(chinaDateOf(written('2199-12-31T15:59:59.999999999Z'))).toBe('2199-12-31');
  });

  it('is refused for an instant whose day in China lies outside the years the library reads', () => {
    const outOfRange = expect.objectContaining({ issues: [expect.objectContaining({ code: 'date-out-of-range' })] });
    expect(() => chinaDateOf(written('1900-01-01T00:00:00+14:00'))).toThrow(outOfRange);
    expect(() => chinaDateOf(written('2199-12-31T20:00:00Z'))).toThrow(outOfRange);
    expect(() => chinaDateOf(written('0050-06-01T12:00:00Z'))).toThrow(outOfRange);
    expect(() => chinaDateOf(written('0999-06-01T12:00:00+08:00'))).toThrow(outOfRange);
  });

  it('reads any ISO date-time with an offset, and a date alone as that date', () => {
    expect(chinaDateOf(written('2011-12-31T20:00:00.5-0500'))).toBe('2012-01-01');
    expect(chinaDateOf(written('2011-09-01T10:00:00+0800'))).toBe('2011-09-01');
    expect(chinaDateOf(written('2011-09-01'))).toBe('2011-09-01');
  });

  it('is refused for a text that is no date-time, whatever instant it contains', () => {
    const invalid = expect.objectContaining({ issues: [expect.objectContaining({ code: 'invalid-date' })] });
    expect(() => chinaDateOf(written('on 2011-09-01T10:00:00-05:00'))).toThrow(invalid);
    expect(() => chinaDateOf(written('2011-09-01T10:00:00-05:00 or later'))).toThrow(invalid);
  });
});

describe('the order of instants written in other forms', () => {
  it('puts one before another by their times when either is written with an offset without a colon', () => {
    const nine = written('2011-09-01T10:00:00+0800');
    expect(isBeforeInstant(nine, written('2011-09-01T03:00:01+0100'))).toBe(true);
    expect(isBeforeInstant(nine, written('2011-09-01T03:00:00+0100'))).toBe(false);
    expect(isBeforeInstant(written('2011-09-01T03:00:01+0100'), nine)).toBe(false);
    expect(isBeforeInstant(written('2011-09-01T10:00:00+08:00'), written('2011-09-01T03:00:01+0100'))).toBe(true);
    expect(isBeforeInstant(written('2011-09-01T03:00:01+0100'), written('2011-09-01T10:00:00+08:00'))).toBe(false);
    expect(isBeforeInstant(written('2011-09-01T02:00:00Z'), nine)).toBe(false);
    expect(isBeforeInstant(nine, written('2011-09-01T02:00:00Z'))).toBe(false);
  });

  it('reads a fraction of a second as the digits after the point, however many are written', () => {
    expect(isBeforeInstant(written('2011-09-01T10:00:00.5+08:00'), written('2011-09-01T10:00:00.05+08:00'))).toBe(false);
    expect(isBeforeInstant(written('2011-09-01T10:00:00.05+08:00'), written('2011-09-01T10:00:00.5+08:00'))).toBe(true);
    expect(isBeforeInstant(written('2011-09-01T10:00:00.0001+08:00'), written('2011-09-01T10:00:00.00010+08:00'))).toBe(false);
    expect(isBeforeInstant(written('2011-09-01T10:00:00.00010+08:00'), written('2011-09-01T10:00:00.0001+08:00'))).toBe(false);
  });

  it('agrees with the order of their times for every instant written to the millisecond from the year 1000', () => {
    const instant = fc.record({
      ms: fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9998, 11, 31) }),
      offsetMinutes: fc.integer({ min: -23 * 60, max: 23 * 60 }),
      digits: fc.constantFrom(0, 1, 2, 3),
    });
    const write = ({ ms, offsetMinutes, digits }: { ms: number; offsetMinutes: number; digits: number }) => {
      const local = new Date(ms + offsetMinutes * 60_000).toISOString();
      const absolute = Math.abs(offsetMinutes);
      const fraction = digits === 0 ? '' : `.${local.slice(20, 23).slice(0, digits)}`;
      const offset = `${offsetMinutes < 0 ? '-' : '+'}${two(Math.floor(absolute / 60))}:${two(absolute % 60)}`;
      return written(`${local.slice(0, 19)}${fraction}${offset}`);
    };
    // The time the text states: the milliseconds it writes, cut to its digits.
    const kept = ({ ms, digits }: { ms: number; digits: number }) => {
      const millisecond = ((ms % 1000) + 1000) % 1000;
      return ms - millisecond + Math.floor(millisecond / 10 ** (3 - digits)) * 10 ** (3 - digits);
    };
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        expect(isBeforeInstant(write(a), write(b))).toBe(kept(a) < kept(b));
      }),
    );
  });

  it('tells apart instants less than a millisecond apart in the year 1000', () => {
    expect(isBeforeInstant(written('1000-01-01T00:00:00.0001Z'), written('1000-01-01T00:00:00.0002Z'))).toBe(true);
  });
});
