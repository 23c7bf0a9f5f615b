import fc from 'fast-check';
import { addDays, differenceInCalendarDays, format, isWeekend, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  announcementPeriod,
  defaultAnnouncementPolicy,
  firstDayAfterAnnouncement,
  isAnnouncementPeriodOver,
  isoDate,
  type AnnouncementPeriod,
  type IsoDate,
  type WorkingDayCalendar,
} from '../../src/index.js';

// The app's holiday data: the State Council's notices for 2011 and 2012 (weekday holidays and the weekends worked).
const chinaHolidays: WorkingDayCalendar = {
  holidays: [
    '2011-01-03', '2011-02-02', '2011-02-03', '2011-02-04', '2011-02-07', '2011-02-08', '2011-04-04', '2011-04-05', '2011-05-02',
    '2011-06-06', '2011-09-12', '2011-10-03', '2011-10-04', '2011-10-05', '2011-10-06', '2011-10-07', '2012-01-02', '2012-01-03',
    '2012-01-23', '2012-01-24', '2012-01-25', '2012-01-26', '2012-01-27',
  ].map(isoDate),
  workingWeekends: ['2011-01-30', '2011-02-12', '2011-04-02', '2011-10-08', '2011-10-09', '2011-12-31', '2012-01-21', '2012-01-29'].map(isoDate),
  years: [2011, 2012],
};

function periodOf(publishedOn: string, policy = defaultAnnouncementPolicy): AnnouncementPeriod {
  const period = announcementPeriod(isoDate(publishedOn), policy);
  if (!period.ok) throw new Error(period.issues.map((found) => found.code).join(', '));
  return period.value;
}

const working = (announcementDays: number) => ({ announcementDays, dayKind: 'working' as const, calendar: chinaHolidays });

describe('announcementPeriod', () => {
  it('counts 10 calendar days from the day after publication by default', () => {
    expect(periodOf('2011-09-01')).toEqual({ publishedOn: '2011-09-01', firstDay: '2011-09-02', lastDay: '2011-09-11', announcementDays: 10, dayKind: 'calendar' });
    expect(firstDayAfterAnnouncement(periodOf('2011-09-01'))).toBe('2011-09-12');
  });

  it('counts working days, skipping weekends and the app’s holidays', () => {
    // Wed 7 Sep 2011; Mid-Autumn holiday Sat 10 – Mon 12 Sep.
    expect(periodOf('2011-09-07', working(7))).toMatchObject({ firstDay: '2011-09-08', lastDay: '2011-09-19' });
  });

  describe('edge cases', () => {
    it('ends a working-day period on a weekend worked in exchange (调休)', () => {
      // Thu 29 Sep 2011: Fri 30 Sep, then the National Day week off, then Sat 8 and Sun 9 Oct worked.
      const period = periodOf('2011-09-29', working(3));
      expect(period.lastDay).toBe('2011-10-09');
      expect(isWeekend(parseISO(`${period.lastDay}T12:00:00`))).toBe(true);
      expect(firstDayAfterAnnouncement(period)).toBe('2011-10-10');
    });

    it('lets the guarded move happen on a holiday once a working-day period is over', () => {
      const period = periodOf('2011-09-01', working(6));
      expect(period.lastDay).toBe('2011-09-09');
      expect(isAnnouncementPeriodOver(period, isoDate('2011-09-10'))).toBe(true);
    });

    it('does not stretch a calendar-day period that ends on a holiday', () => {
      expect(periodOf('2011-09-02').lastDay).toBe('2011-09-12');
    });

    it('runs across the year end', () => {
      expect(periodOf('2011-12-25')).toMatchObject({ firstDay: '2011-12-26', lastDay: '2012-01-04' });
      // Sat 31 Dec 2011 was worked; 1–3 Jan 2012 were off.
      expect(periodOf('2011-12-29', working(5))).toMatchObject({ firstDay: '2011-12-30', lastDay: '2012-01-06' });
      expect(periodOf('2012-02-25', { announcementDays: 10, dayKind: 'calendar' }).lastDay).toBe('2012-03-06');
    });

    it('refuses to count into a year the holiday calendar does not cover', () => {
      const only2011 = { ...chinaHolidays, years: [2011] };
      expect(announcementPeriod(isoDate('2011-12-29'), { announcementDays: 5, dayKind: 'working', calendar: only2011 })).toMatchObject({
        ok: false,
        issues: [{ code: 'holiday-calendar-does-not-cover', path: ['calendar', 'years'], params: { year: 2012 } }],
      });
    });

    it.each([0, -1, 1.5, 367, Number.NaN, '10'])('refuses %s days', (days) => {
      expect(announcementPeriod(isoDate('2011-09-01'), { announcementDays: days as number, dayKind: 'calendar' })).toMatchObject({
        ok: false,
        issues: [{ code: 'announcement-policy-invalid', path: ['announcementDays'] }],
      });
    });

    it('refuses a calendar that lists a weekday as a weekend worked, a day as both, or a bad date', () => {
      const calendar = { holidays: [isoDate('2011-10-08'), '2011-13-01' as IsoDate], workingWeekends: [isoDate('2011-10-10'), isoDate('2011-10-08')] };
      const period = announcementPeriod(isoDate('2011-09-01'), { announcementDays: 5, dayKind: 'working', calendar });
      expect(period.ok || period.issues.map((found) => [found.code, found.path])).toEqual([
        ['invalid-date', ['calendar', 'holidays', 1]],
        ['working-weekend-not-weekend', ['calendar', 'workingWeekends', 0]],
        ['holiday-calendar-conflict', ['calendar', 'workingWeekends', 1]],
      ]);
    });

    it('refuses an empty calendar rather than counting Monday to Friday', () => {
      for (const calendar of [{ holidays: [], workingWeekends: [] }, { holidays: [], workingWeekends: [], years: [] }]) {
        expect(announcementPeriod(isoDate('2011-09-29'), { announcementDays: 7, dayKind: 'working', calendar })).toMatchObject({
          ok: false,
          issues: [{ code: 'holiday-calendar-empty', path: ['calendar'] }],
        });
      }
    });

    it('takes the years of its holidays as a calendar’s years when it names none', () => {
      const { years: _, ...unnamed } = chinaHolidays;
      expect(periodOf('2011-09-29', { announcementDays: 7, dayKind: 'working', calendar: unnamed }).lastDay).toBe('2011-10-13');
      expect(announcementPeriod(isoDate('2012-12-25'), { announcementDays: 7, dayKind: 'working', calendar: unnamed })).toMatchObject({
        ok: false,
        issues: [{ code: 'holiday-calendar-does-not-cover', params: { year: 2013 } }],
      });
    });

    it('refuses an unknown kind of day', () => {
      const period = announcementPeriod(isoDate('2011-09-01'), { announcementDays: 5, dayKind: 'lunar' } as never);
      expect(period.ok || period.issues[0]?.code).toBe('invalid-value');
    });
  });

  describe('properties', () => {
    const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((value) => isoDate(value.toISOString().slice(0, 10)));
    const days = fc.integer({ min: 1, max: 60 });
    // Noon, so that no daylight-saving change can move a day (the test's own zone is not pinned).
    const toDate = (value: string): Date => parseISO(`${value}T12:00:00`);

    it('a calendar-day period is the N days after publication, over from the next day', () => {
      fc.assert(
        fc.property(date, days, (publishedOn, count) => {
          const period = periodOf(publishedOn, { announcementDays: count, dayKind: 'calendar' });
          expect(differenceInCalendarDays(toDate(period.lastDay), toDate(publishedOn))).toBe(count);
          expect(isAnnouncementPeriodOver(period, period.lastDay)).toBe(false);
          expect(isAnnouncementPeriodOver(period, firstDayAfterAnnouncement(period))).toBe(true);
        }),
      );
    });

    it('a working-day period holds exactly N working days and ends on one', () => {
      fc.assert(
        fc.property(date, days, fc.array(fc.integer({ min: 1, max: 90 }), { maxLength: 20 }), (publishedOn, count, offsets) => {
          const start = toDate(publishedOn);
          const holidays = offsets.map((offset) => isoDate(format(addDays(start, offset), 'yyyy-MM-dd')));
          const calendar = { holidays, workingWeekends: [], years: Array.from({ length: 33 }, (_, i) => 2000 + i) };
          const period = periodOf(publishedOn, { announcementDays: count, dayKind: 'working', calendar });
          const isWorking = (day: Date) => !isWeekend(day) && !holidays.includes(isoDate(format(day, 'yyyy-MM-dd')));
          let counted = 0;
          for (let day = addDays(start, 1); day <= toDate(period.lastDay); day = addDays(day, 1)) if (isWorking(day)) counted++;
          expect(counted).toBe(count);
          expect(isWorking(toDate(period.lastDay))).toBe(true);
          expect(isWorking(toDate(period.firstDay))).toBe(true);
        }),
      );
    });
  });
});
