import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { createIssue } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';
import { readInput } from '../errors/read-input.js';

declare const isoDateBrand: unique symbol;

/**
 * A calendar date as `YYYY-MM-DD`, with no time of day and no time zone: the date on which something
 * happened in China. Dates compare correctly as strings.
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i;

/** The first date the library reads. */
export const EARLIEST_DATE = '1900-01-01';
/** The last date the library reads. */
export const LATEST_DATE = '2199-12-31';
/** The longest date or date-time text read, in characters. */
export const DATE_MAX_LENGTH = 40;
/**
 * China's offset from UTC in milliseconds: it has kept UTC+8 with no daylight saving since 1991.
 * @internal
 */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Reads a calendar date. A plain `YYYY-MM-DD` is taken as it is; a full ISO date-time with an offset
 * (`2011-03-01T20:00:00-05:00`) is turned into the calendar date it was in China (UTC+8) at that instant.
 * A date-time without an offset is refused, since its day would depend on the machine's time zone.
 *
 * Reading is strict: ASCII digits only, no white space around or inside, at most {@link DATE_MAX_LENGTH}
 * characters, and the date must lie from {@link EARLIEST_DATE} to {@link LATEST_DATE} (so no year 0000).
 *
 * @param input - the text
 * @returns the date, or the issue `invalid-date`, `date-out-of-range` or `invalid-type`
 *
 * @example
 * ```ts
 * const parsed = parseIsoDate('2011-03-01T20:00:00-05:00')
 * parsed.ok && parsed.value
 * //=> '2011-03-02'
 * ```
 */
export function parseIsoDate(input: unknown): Result<IsoDate> {
  return readInput(() => {
    if (typeof input !== 'string') {
      return fail([createIssue('invalid-type', [], { expected: 'date string', received: input === null ? 'null' : typeof input })]);
    }
    if (input.length > DATE_MAX_LENGTH) return fail([createIssue('invalid-date', [], { input })]);
    const dateOnly = DATE_ONLY.exec(input);
    if (dateOnly) {
      // A day of the calendar, whatever the machine's time zone: a day skipped there (Samoa's 2011-12-30) exists.
      const [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
      const parsed = new Date(Date.UTC(2000, month - 1, day));
      parsed.setUTCFullYear(year);
      const roundTrips = parsed.getUTCFullYear() === year && parsed.getUTCMonth() + 1 === month && parsed.getUTCDate() === day;
      return roundTrips ? inRange(input, input) : fail([createIssue('invalid-date', [], { input })]);
    }
    if (!DATE_TIME.test(input)) return fail([createIssue('invalid-date', [], { input })]);
    const instant = parseISO(input);
    if (!isValid(instant)) return fail([createIssue('invalid-date', [], { input })]);
    return inRange(new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10), input);
  });
}

function inRange(date: string, input: string): Result<IsoDate> {
  if (date < EARLIEST_DATE || date > LATEST_DATE || !DATE_ONLY.test(date)) {
    return fail([createIssue('date-out-of-range', [], { input, minimum: EARLIEST_DATE, maximum: LATEST_DATE })]);
  }
  return succeed(date as IsoDate);
}

/**
 * Reads a calendar date like {@link parseIsoDate}, throwing instead of returning issues.
 *
 * @throws {@link PairingAidError} `invalid-date` or `invalid-type`
 *
 * @example
 * ```ts
 * isoDate('2011-09-01')
 * //=> '2011-09-01'
 * ```
 */
export function isoDate(input: string): IsoDate {
  return unwrap(parseIsoDate(input));
}

/**
 * The calendar year of a date.
 *
 * @example
 * ```ts
 * yearOf(isoDate('2011-12-31'))
 * //=> 2011
 * ```
 */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
