import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors/issue.js';
import { PairingAidError } from '../../src/errors/pairing-aid-error.js';
import { DATE_MAX_LENGTH, EARLIEST_DATE, LATEST_DATE, isoDate, parseIsoDate, yearOf } from '../../src/dates/index.js';

const onlyIssue = (input: unknown): Issue => {
  const parsed = parseIsoDate(input);
  if (parsed.ok) throw new Error(`${String(input)} was read as ${parsed.value}`);
  expect(parsed.issues).toHaveLength(1);
  return parsed.issues[0] as Issue;
};

describe('parseIsoDate', () => {
  it('reads a calendar date as written, and refuses one with spaces around it', () => {
    expect(parseIsoDate('2011-03-15')).toEqual({ ok: true, value: '2011-03-15' });
    expect(parseIsoDate(' 2011-12-31\n')).toMatchObject({ ok: false, issues: [{ code: 'invalid-date' }] });
    expect(parseIsoDate('2012-02-29')).toEqual({ ok: true, value: '2012-02-29' });
  });

  it('reads a timestamp as the date it was in China (UTC+8)', () => {
    expect(isoDate('2011-03-15T15:59:59Z')).toBe('2011-03-15');
    expect(isoDate('2011-03-15T16:00:00Z')).toBe('2011-03-16');
    expect(isoDate('2011-03-15T23:30:00+08:00')).toBe('2011-03-15');
    expect(isoDate('2011-03-15T20:00:00-0500')).toBe('2011-03-16');
    expect(isoDate('2011-12-31T16:00:00.000Z')).toBe('2012-01-01');
  });

  describe('edge cases', () => {
    it.each(['2011-02-29', '2011-04-31', '2011-13-01', '2011-00-10', '2011-01-00', '2011-01-32'])(
      'refuses %s, a day that is not in the calendar, naming it',
      (input) => {
        const issue = onlyIssue(input);
        expect(issue).toMatchObject({ code: 'invalid-date', path: [], params: { input } });
        expect(issue.message).toContain(input);
      },
    );

    it.each([
      '2011-3-15',
      '11-03-15',
      '2011/03/15',
      '2011-03-15 junk',
      'on 2011-03-15',
      '2011-03-15T10:00:00',
      'x2011-03-15T10:00:00Z',
      '2011-03-15T10:00:00Z and later',
      '2011-03-15Tnoon+08:00',
      '2011-03-15T10:00:00Zjunk',
      '2011-03-15T10:00:00+0800x',
      '+002011-03-15',
      '+002011-03-15T10:00:00Z',
      '',
    ])('refuses %j, which is neither a calendar date nor a timestamp with its zone', (input) => {
      expect(onlyIssue(input)).toMatchObject({ code: 'invalid-date', path: [], params: { input: input.trim() } });
    });

    it('reads a timestamp of DATE_MAX_LENGTH characters and refuses one a character longer, naming it', () => {
      const timestamp = (decimals: number) => `2011-03-01T20:00:00.${'0'.repeat(decimals)}+08:00`;
      expect(timestamp(14)).toHaveLength(DATE_MAX_LENGTH);
      expect(parseIsoDate(timestamp(14))).toEqual({ ok: true, value: '2011-03-01' });
      const issue = onlyIssue(timestamp(15));
      expect(issue).toMatchObject({ code: 'invalid-date', path: [] });
      expect(issue.params['input']).toMatch(/^2011-03-01T20:00:00\./);
      expect(issue.message).toContain('2011-03-01T20:00:00.');
    });

    it.each(['1899-12-31', '2200-01-01', '2199-12-31T16:00:00Z'])('refuses %s, outside the dates the library reads, naming it and the range', (input) => {
      const issue = onlyIssue(input);
      expect(issue).toEqual({
        code: 'date-out-of-range',
        path: [],
        message: `"${input}" is outside the dates the library reads, ${EARLIEST_DATE} to ${LATEST_DATE}.`,
        params: { input, minimum: EARLIEST_DATE, maximum: LATEST_DATE },
      });
    });

    it.each([
      ['null', null],
      ['number', 20110315],
      ['undefined', undefined],
      ['object', new Date(0)],
    ])('refuses a %s, naming its type', (received, input) => {
      expect(onlyIssue(input)).toMatchObject({ code: 'invalid-type', path: [], params: { expected: 'date string', received } });
    });
  });
});

describe('isoDate', () => {
  it('throws a PairingAidError for what parseIsoDate refuses', () => {
    expect(() => isoDate('2011-02-29')).toThrow(PairingAidError);
    expect(() => isoDate('2011-02-29')).toThrow(/invalid-date/);
  });
});

describe('yearOf', () => {
  it('gives the calendar year of a date', () => {
    expect(yearOf(isoDate('2011-03-15'))).toBe(2011);
    expect(yearOf(isoDate('2011-12-31T16:00:00Z'))).toBe(2012);
  });
});
