import type { IsoDate } from '../dates/iso-date.js';

/**
 * The public holidays and adjusted working days (调休) of some years: China's holidays and the weekends
 * worked in exchange change every year, and the library never guesses them. {@link chinaHolidayCalendar}
 * holds the State Council's for 2004–2026; an app may supply its own.
 */
export interface WorkingDayCalendar {
  /** Days off that would otherwise be working days (法定节假日). */
  readonly holidays: readonly IsoDate[];
  /** Saturdays and Sundays that are working days (调休上班). */
  readonly workingWeekends: readonly IsoDate[];
  /**
   * The years the calendar is complete for; a period reaching into any other year is refused. When
   * absent, the years its holidays fall in (every year has some).
   */
  readonly years?: readonly number[];
}

/** An announcement period counted in calendar days. */
export interface CalendarDayAnnouncementPolicy {
  readonly announcementDays: number;
  readonly dayKind: 'calendar';
}

/** An announcement period counted in working days, with the app's holiday calendar. */
export interface WorkingDayAnnouncementPolicy {
  readonly announcementDays: number;
  readonly dayKind: 'working';
  readonly calendar: WorkingDayCalendar;
}

/**
 * How long an announcement (公示) runs before the move it guards may happen: a number of calendar days, or of
 * working days with a holiday calendar. It is set per programme; see {@link defaultAnnouncementPolicy}.
 */
export type AnnouncementPolicy = CalendarDayAnnouncementPolicy | WorkingDayAnnouncementPolicy;

/**
 * The default announcement period: 10 calendar days, the national rule's "in principle not less than 10 days"
 * (原则上不少于10天) for the announcement of poverty-alleviation projects and funds. Some places use 7 working
 * days: pass {@link workingDayPolicy} `(7)` for them, or `{ announcementDays: 7, dayKind: 'working', calendar }`
 * with a calendar of the app's own.
 *
 * @example
 * ```ts
 * defaultAnnouncementPolicy
 * //=> { announcementDays: 10, dayKind: 'calendar' }
 * ```
 */
export const defaultAnnouncementPolicy: AnnouncementPolicy = /* @__PURE__ */ Object.freeze({ announcementDays: 10, dayKind: 'calendar' });
