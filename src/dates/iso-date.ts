import { isValid, parseISO } from 'date-fns';
import { createIssue } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';

declare const isoDateBrand: unique symbol;

/**
 * A calendar date as `YYYY-MM-DD`, with no time of day and no time zone: the date on which something
 * happened in China. Dates compare correctly as strings.
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// China has kept UTC+8 with no daylight saving since 1991.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Reads a calendar date. A plain `YYYY-MM-DD` is taken as it is; a full ISO date-time with an offset
 * (`2011-03-01T20:00:00-05:00`) is turned into the calendar date it was in China (UTC+8) at that instant.
 * A date-time without an offset is refused, since its day would depend on the machine's time zone.
 *
 * @param input - the text
 * @returns the date, or the issue `invalid-date`
 *
 * @example
 * ```ts
 * const parsed = parseIsoDate('2011-03-01T20:00:00-05:00')
 * parsed.ok && parsed.value
 * //=> '2011-03-02'
 * ```
 */
export function parseIsoDate(input: unknown): Result<IsoDate> {
  if (typeof input !== 'string') {
    return fail([createIssue('invalid-type', [], { expected: 'date string', received: typeof input })]);
  }
  const text = input.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const parsed = parseISO(text);
    const roundTrips =
      isValid(parsed) &&
      parsed.getFullYear() === Number(dateOnly[1]) &&
      parsed.getMonth() + 1 === Number(dateOnly[2]) &&
      parsed.getDate() === Number(dateOnly[3]);
    return roundTrips ? succeed(text as IsoDate) : fail([createIssue('invalid-date', [], { input: text })]);
  }
  if (!/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    return fail([createIssue('invalid-date', [], { input: text })]);
  }
  const instant = parseISO(text);
  if (!isValid(instant)) return fail([createIssue('invalid-date', [], { input: text })]);
  return succeed(new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10) as IsoDate);
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
