import { isValid, parseISO } from 'date-fns';
import { parseIsoDate, type IsoDate } from '../dates/iso-date.js';
import { createIssue } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';
import type { Brand } from '../internal/brand.js';
import { describeValue, readInput } from '../errors/read-input.js';

/**
 * An instant as an ISO 8601 date-time with an explicit offset (`2011-09-01T10:00:00+08:00`, or `Z`). The day
 * in China (UTC+8) at that instant is the one date gates use.
 */
export type Timestamp = Brand<string, 'Timestamp'>;

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * Reads an instant: `YYYY-MM-DDThh:mm[:ss[.fraction]]` followed by `Z` or an offset `±hh:mm`. A date-time
 * without an offset is refused, since the day it falls on would depend on the machine's time zone.
 *
 * @param input - the text
 * @returns the timestamp, or the issue `timestamp-invalid`
 *
 * @example
 * ```ts
 * parseTimestamp('2011-12-31T20:00:00-05:00').ok
 * //=> true
 * parseTimestamp('2011-12-31T20:00:00').ok
 * //=> false
 * ```
 */
export function parseTimestamp(input: unknown): Result<Timestamp> {
  return readInput(() => {
    const refused = fail([createIssue('timestamp-invalid', [], { input: describeValue(input) })]);
    if (typeof input !== 'string') return refused;
    const parts = TIMESTAMP.exec(input);
    if (!parts) return refused;
    const [, date, hours, minutes, seconds, offsetHours, offsetMinutes] = parts;
    const inRange =
      Number(hours) < 24 && Number(minutes) < 60 && Number(seconds ?? 0) < 60 && Number(offsetHours ?? 0) < 24 && Number(offsetMinutes ?? 0) < 60;
    if (!inRange || !parseIsoDate(date).ok || !isValid(parseISO(input))) return refused;
    return succeed(input as Timestamp);
  });
}

/**
 * Reads an instant like {@link parseTimestamp}, throwing instead of returning issues.
 *
 * @param text - the text
 * @returns the timestamp
 * @throws {@link PairingAidError} `timestamp-invalid`
 *
 * @example
 * ```ts
 * timestamp('2011-09-01T10:00:00+08:00')
 * //=> '2011-09-01T10:00:00+08:00'
 * ```
 */
export function timestamp(text: string): Timestamp {
  return unwrap(parseTimestamp(text));
}

/**
 * The calendar day in China (UTC+8) at an instant: the day that date gates and ledger dates compare with.
 *
 * @param at - the instant (a {@link Timestamp}, or any ISO date-time with an offset)
 * @returns its China date
 *
 * @example
 * ```ts
 * chinaDateOf(timestamp('2011-12-31T20:00:00-05:00'))
 * //=> '2012-01-01'
 * ```
 */
export function chinaDateOf(at: Timestamp): IsoDate {
  return unwrap(parseIsoDate(at));
}

/**
 * Whether instant `a` is strictly before instant `b`, whatever their offsets.
 * @internal
 */
export function isBeforeInstant(a: Timestamp, b: Timestamp): boolean {
  return parseISO(a).getTime() < parseISO(b).getTime();
}
