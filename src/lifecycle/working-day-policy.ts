import type { WorkingDayAnnouncementPolicy, WorkingDayCalendar } from './announcement-policy.js';
import { chinaHolidayCalendar } from './china-holiday-calendar.js';

/**
 * An announcement period of `announcementDays` working days, counted with the State Council's holidays
 * and adjusted working days ({@link chinaHolidayCalendar}) unless the app passes its own calendar. Seven
 * working days from Thursday 2011-09-29 end on 2011-10-13: Friday 30 September, the weekend of 8–9
 * October worked in exchange for the National Day week, then 10–13 October.
 *
 * @param announcementDays - how many working days the announcement runs
 * @param calendar - the holidays to count with; {@link chinaHolidayCalendar} unless given
 * @returns the policy, for {@link announcementPeriod}
 *
 * @example
 * ```ts
 * const period = announcementPeriod(isoDate('2011-09-29'), workingDayPolicy(7))
 * period.ok && period.value.lastDay
 * //=> '2011-10-13'
 * ```
 */
export function workingDayPolicy(announcementDays: number, calendar?: WorkingDayCalendar): WorkingDayAnnouncementPolicy {
  return { announcementDays, dayKind: 'working', calendar: calendar ?? chinaHolidayCalendar() };
}
