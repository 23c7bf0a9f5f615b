import { parseISO } from 'date-fns/parseISO';
import { CHINA_OFFSET_MS, EARLIEST_DATE, LATEST_DATE, parseIsoDate, type IsoDate } from '../dates/iso-date.js';
import { createIssue } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';
import type { Brand } from '../internal/brand.js';
import { describeValue, readInput } from '../errors/read-input.js';

/**
 * An instant as an ISO 8601 date-time with an explicit offset (`2011-09-01T10:00:00+08:00`, or `Z`). The day
 * in China (UTC+8) at that instant is the one date gates use.
 */
export type Timestamp = Brand<string, 'Timestamp'>;

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
    const refused = () => fail([createIssue('timestamp-invalid', [], { input: describeValue(input) })]);
    if (typeof input !== 'string') return refused();
    // The date must also lie in the years the library reads.
    if (instantOf(input) === undefined || !parseIsoDate(input.slice(0, 10)).ok) return refused();
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
  const instant = instantOf(at);
  if (instant !== undefined) {
    const day = instant.chinaDay ?? new Date(instant.ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
    if (day >= EARLIEST_DATE && day <= LATEST_DATE) return day as IsoDate;
  }
  return unwrap(parseIsoDate(at));
}

/**
 * Whether instant `a` is strictly before instant `b`, whatever their offsets.
 * @internal
 */
export function isBeforeInstant(a: Timestamp, b: Timestamp): boolean {
  const left = instantOf(a);
  const right = instantOf(b);
  if (left === undefined || right === undefined) return parseISO(a).getTime() < parseISO(b).getTime();
  return left.ms < right.ms || (left.ms === right.ms && left.belowMs < right.belowMs);
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The instant of a text of the {@link Timestamp} form, as milliseconds since 1970 in UTC and the digits of its
 * fraction of a second beyond the millisecond (six, padded with zeros, so they compare as text), with the day in
 * China when the text is written at +08:00 (the day it names); `undefined` for
 * any other text, or one whose fields are out of range (a 30 February, an hour 24, an offset of 24 hours), which the callers hand to the
 * general reader instead.
 */
function instantOf(text: string): Instant | undefined {
  // Replaying a log reads each event's time several times (its order after the event before, its day, the gates):
  // the last few texts read are kept with what they gave.
  for (let slot = 0; slot < RECENT; slot++) if (recentTexts[slot] === text) return recentInstants[slot];
  const instant = readInstant(text);
  recentTexts[next] = text;
  recentInstants[next] = instant;
  next = (next + 1) % RECENT;
  return instant;
}

interface Instant {
  readonly ms: number;
  readonly belowMs: string;
  readonly chinaDay: string | undefined;
}

const RECENT = 4;
const recentTexts: (string | undefined)[] = new Array<string | undefined>(RECENT).fill(undefined);
const recentInstants: (Instant | undefined)[] = new Array<Instant | undefined>(RECENT).fill(undefined);
let next = 0;

function readInstant(text: string): Instant | undefined {
  const parts = INSTANT.exec(text);
  if (parts === null) return undefined;
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  const hours = Number(parts[4]);
  const minutes = Number(parts[5]);
  const seconds = Number(parts[6] ?? 0);
  const offsetHours = Number(parts[9] ?? 0);
  const offsetMinutes = Number(parts[10] ?? 0);
  const inCalendar = year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!inCalendar || hours > 23 || minutes > 59 || seconds > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const fraction = (parts[7] ?? '').padEnd(9, '0');
  const sign = parts[8] === '-' ? -1 : 1;
  const ms = Date.UTC(year, month - 1, day, hours, minutes - sign * (offsetHours * 60 + offsetMinutes), seconds, Number(fraction.slice(0, 3)));
  // Written in China's own offset, the day is the one written.
  const chinaDay = parts[8] === '+' && offsetHours === 8 && offsetMinutes === 0 ? text.slice(0, 10) : undefined;
  return { ms, belowMs: fraction.slice(3), chinaDay };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
