import type { IsoDate } from '../dates/iso-date.js';
import type { WorkingDayCalendar } from './announcement-policy.js';
import { chinaHolidayLines } from './data/china-holidays.js';

// Decoded on first use; only the working-day policy and apps that ask for it import this module.
let decoded: WorkingDayCalendar | undefined;

/**
 * The State Council's public holidays and adjusted working days (法定节假日 and 调休上班) for every year
 * from 2004 to 2026, taken from the maintained `chinese-days` data (MIT) at build time: the weekdays off
 * as `holidays`, the Saturdays and Sundays worked as `workingWeekends`, and the years it is complete for.
 * A working-day period that reaches another year is refused (`holiday-calendar-does-not-cover`).
 *
 * @returns the calendar, decoded once
 *
 * @example
 * ```ts
 * chinaHolidayCalendar().workingWeekends.filter((day) => day.startsWith('2011-10'))
 * //=> ['2011-10-08', '2011-10-09']
 * chinaHolidayCalendar().years?.at(-1)
 * //=> 2026
 * ```
 */
export function chinaHolidayCalendar(): WorkingDayCalendar {
  decoded ??= decodeCalendar();
  return decoded;
}

function decodeCalendar(): WorkingDayCalendar {
  const holidays: IsoDate[] = [];
  const workingWeekends: IsoDate[] = [];
  const years: number[] = [];
  for (const line of chinaHolidayLines.split('\n')) {
    const [year = '', off = '', worked = ''] = line.split('|');
    years.push(Number(year));
    holidays.push(...expandRuns(year, off));
    workingWeekends.push(...expandRuns(year, worked));
  }
  return { holidays, workingWeekends, years };
}

function expandRuns(year: string, runs: string): IsoDate[] {
  const days: IsoDate[] = [];
  for (const run of runs === '' ? [] : runs.split(',')) {
    const [first = '', last = first] = run.split('-');
    const start = Date.UTC(Number(year), Number(first.slice(0, 2)) - 1, Number(first.slice(2)));
    const end = Date.UTC(Number(year), Number(last.slice(0, 2)) - 1, Number(last.slice(2)));
    for (let time = start; time <= end; time += 86_400_000) days.push(new Date(time).toISOString().slice(0, 10) as IsoDate);
  }
  return days;
}
