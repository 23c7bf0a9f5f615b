import { addDays } from 'date-fns/addDays';
import { isWeekend } from 'date-fns/isWeekend';
import { lightFormat } from 'date-fns/lightFormat';
import type { IsoDate } from '../dates/iso-date.js';

// Dates are handled at local noon so that no time-zone or daylight-saving shift can move them to another day.
const toLocalNoon = (date: IsoDate): Date => new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12);
const fromLocal = (date: Date): IsoDate => lightFormat(date, 'yyyy-MM-dd') as IsoDate;

/**
 * The date `days` calendar days after `date` (before, for a negative count).
 * @internal
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromLocal(addDays(toLocalNoon(date), days));
}

/**
 * Whether a date is a Saturday or Sunday.
 * @internal
 */
export function isWeekendDate(date: IsoDate): boolean {
  return isWeekend(toLocalNoon(date));
}
