import { parseIsoDate, yearOf, type IsoDate } from '../dates/iso-date.js';
import { createIssue, type Issue } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import { defaultAnnouncementPolicy, type AnnouncementPolicy, type WorkingDayCalendar } from './announcement-policy.js';
import { addCalendarDays, isWeekendDate } from './calendar-days.js';

/**
 * The days an announcement runs. Published on day D, it counts from the next day: in calendar mode the
 * days D+1 … D+N, in working-day mode the first N working days after D. The guarded move may happen from
 * the day after `lastDay`.
 */
export interface AnnouncementPeriod {
  /** The day in China the announcement went up. */
  readonly publishedOn: IsoDate;
  /** The first counted day. */
  readonly firstDay: IsoDate;
  /** The last counted day; the period is over from the next day. */
  readonly lastDay: IsoDate;
  readonly announcementDays: number;
  readonly dayKind: 'calendar' | 'working';
}

const MAX_DAYS = 366;

/**
 * Works out the days an announcement published on `publishedOn` runs under a policy. Published on day D
 * with the default 10 calendar days, the period counts D+1 … D+10 and the guarded move may happen on D+11.
 * In working-day mode a day counts when it is a Monday to Friday that is not a holiday, or a weekend day
 * listed as an adjusted working day (调休); every day counted must lie in a year the calendar covers (its
 * `years`, else the years its holidays fall in), so an empty or incomplete calendar never silently
 * becomes Monday to Friday. {@link workingDayPolicy} counts with the State Council's calendar.
 *
 * @param publishedOn - the day in China the announcement went up
 * @param policy - see {@link AnnouncementPolicy}; {@link defaultAnnouncementPolicy} when left out
 * @returns the period, or issues: `announcement-policy-invalid`, `invalid-value`, `invalid-date`,
 *   `holiday-calendar-conflict`, `working-weekend-not-weekend`, `holiday-calendar-empty` (no holidays and
 *   no years), `holiday-calendar-does-not-cover` (a counted day in a year the calendar does not cover)
 *
 * @example
 * ```ts
 * const period = announcementPeriod(isoDate('2011-09-01'))
 * period.ok && period.value.lastDay
 * //=> '2011-09-11'
 * ```
 */
export function announcementPeriod(publishedOn: IsoDate, policy: AnnouncementPolicy = defaultAnnouncementPolicy): Result<AnnouncementPeriod> {
  const issues = checkAnnouncementPolicy(policy);
  if (issues.length > 0) return fail(issues);
  const days = policy.announcementDays;
  if (policy.dayKind === 'calendar') {
    return succeed({ publishedOn, firstDay: addCalendarDays(publishedOn, 1), lastDay: addCalendarDays(publishedOn, days), announcementDays: days, dayKind: 'calendar' });
  }
  const counted = countWorkingDays(publishedOn, days, policy.calendar);
  if (!counted.ok) return counted;
  const [firstDay, lastDay] = counted.value;
  return succeed({ publishedOn, firstDay, lastDay, announcementDays: days, dayKind: 'working' });
}

/**
 * Whether an announcement's period is over on a day: true from the day after its last counted day.
 *
 * @param period - the period, from {@link announcementPeriod}
 * @param day - the day in China to test
 * @returns whether the guarded move may happen on `day`
 *
 * @example
 * ```ts
 * const period = unwrap(announcementPeriod(isoDate('2011-09-01')))
 * isAnnouncementPeriodOver(period, isoDate('2011-09-11'))
 * //=> false
 * isAnnouncementPeriodOver(period, isoDate('2011-09-12'))
 * //=> true
 * ```
 */
export function isAnnouncementPeriodOver(period: AnnouncementPeriod, day: IsoDate): boolean {
  return day > period.lastDay;
}

/**
 * The first day on which the move an announcement guards may happen: the day after its last counted day.
 *
 * @param period - the period, from {@link announcementPeriod}
 * @returns the day after `period.lastDay`
 *
 * @example
 * ```ts
 * firstDayAfterAnnouncement(unwrap(announcementPeriod(isoDate('2011-09-01'))))
 * //=> '2011-09-12'
 * ```
 */
export function firstDayAfterAnnouncement(period: AnnouncementPeriod): IsoDate {
  return addCalendarDays(period.lastDay, 1);
}

/**
 * Checks a policy's values: the number of days and, for working days, the holiday calendar.
 * @internal
 */
export function checkAnnouncementPolicy(policy: AnnouncementPolicy): readonly Issue[] {
  const issues: Issue[] = [];
  const days: unknown = policy.announcementDays;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    issues.push(createIssue('announcement-policy-invalid', ['announcementDays'], { input: String(days) }));
  }
  const kind: unknown = policy.dayKind;
  if (kind === 'working') issues.push(...checkCalendar((policy as { calendar: WorkingDayCalendar }).calendar));
  else if (kind !== 'calendar') issues.push(createIssue('invalid-value', ['dayKind'], { input: String(kind), allowed: 'calendar, working' }));
  return issues;
}

// A calendar is readonly data: checked once, and its day sets built once, however many periods use it.
const checkedCalendars = new WeakMap<WorkingDayCalendar, readonly Issue[]>();
const calendarSets = new WeakMap<WorkingDayCalendar, CalendarSets>();

interface CalendarSets {
  readonly years: ReadonlySet<number>;
  readonly holidays: ReadonlySet<string>;
  readonly workingWeekends: ReadonlySet<string>;
}

function checkCalendar(calendar: WorkingDayCalendar): readonly Issue[] {
  let issues = checkedCalendars.get(calendar);
  if (issues === undefined) {
    issues = checkCalendarOnce(calendar);
    checkedCalendars.set(calendar, issues);
  }
  return issues;
}

function setsOf(calendar: WorkingDayCalendar): CalendarSets {
  let sets = calendarSets.get(calendar);
  if (sets === undefined) {
    sets = { years: coveredYears(calendar), holidays: new Set(calendar.holidays), workingWeekends: new Set(calendar.workingWeekends) };
    calendarSets.set(calendar, sets);
  }
  return sets;
}

function checkCalendarOnce(calendar: WorkingDayCalendar): Issue[] {
  const issues: Issue[] = [];
  if (coveredYears(calendar).size === 0) return [createIssue('holiday-calendar-empty', ['calendar'])];
  calendar.holidays.forEach((date, index) => {
    if (!isPlainDate(date)) issues.push(createIssue('invalid-date', ['calendar', 'holidays', index], { input: String(date) }));
  });
  const holidays = new Set(calendar.holidays);
  calendar.workingWeekends.forEach((date, index) => {
    const path = ['calendar', 'workingWeekends', index];
    if (!isPlainDate(date)) issues.push(createIssue('invalid-date', path, { input: String(date) }));
    else if (!isWeekendDate(date)) issues.push(createIssue('working-weekend-not-weekend', path, { date }));
    else if (holidays.has(date)) issues.push(createIssue('holiday-calendar-conflict', path, { date }));
  });
  return issues;
}

const isPlainDate = (date: unknown): date is IsoDate => typeof date === 'string' && date.length === 10 && parseIsoDate(date).ok;

// The years a calendar is complete for: those it names, else those its holidays fall in.
function coveredYears(calendar: WorkingDayCalendar): ReadonlySet<number> {
  if (calendar.years !== undefined) return new Set(calendar.years);
  return new Set(calendar.holidays.filter((day) => isPlainDate(day)).map((day) => yearOf(day)));
}

function countWorkingDays(publishedOn: IsoDate, days: number, calendar: WorkingDayCalendar): Result<readonly [IsoDate, IsoDate]> {
  const { years, holidays, workingWeekends } = setsOf(calendar);
  let day = publishedOn;
  let firstDay: IsoDate | undefined;
  for (let counted = 0; counted < days; ) {
    day = addCalendarDays(day, 1);
    if (!years.has(yearOf(day))) {
      return fail([createIssue('holiday-calendar-does-not-cover', ['calendar', 'years'], { year: yearOf(day) })]);
    }
    const working = workingWeekends.has(day) || (!isWeekendDate(day) && !holidays.has(day));
    if (!working) continue;
    counted += 1;
    firstDay ??= day;
  }
  return succeed([firstDay ?? day, day]);
}
