import { describe, expect, it } from 'vitest';
import { announcementPeriod, isoDate, type IsoDate, type WorkingDayCalendar } from '../../src/index.js';

const publishedOn = isoDate('2011-09-01');
const calendar2011: WorkingDayCalendar = { holidays: [isoDate('2011-09-12')], workingWeekends: [isoDate('2011-10-08')], years: [2011] };
const issuesOf = (policy: unknown) => {
  const period = announcementPeriod(publishedOn, policy as never);
  return period.ok ? [] : period.issues.map(({ code, path, params }) => ({ code, path, ...(params === undefined ? {} : { params }) }));
};

describe('an announcement policy', () => {
  it('runs a period of up to a leap year’s 366 days, and no longer', () => {
    const year = announcementPeriod(publishedOn, { announcementDays: 366, dayKind: 'calendar' });
    expect(year.ok && year.value.lastDay).toBe('2012-09-01');
    expect(issuesOf({ announcementDays: 367, dayKind: 'calendar' })).toEqual([{ code: 'announcement-policy-invalid', path: ['announcementDays'], params: { input: '367' } }]);
  });

  it('is refused for a number of days that is not a whole number, naming what was given', () => {
    for (const days of ['10', null, 2.5]) {
      expect(issuesOf({ announcementDays: days, dayKind: 'calendar' })).toEqual([{ code: 'announcement-policy-invalid', path: ['announcementDays'], params: { input: String(days) } }]);
    }
  });

  it('is refused for a kind of day that is neither calendar nor working, naming both it and those allowed', () => {
    expect(issuesOf({ announcementDays: 5, dayKind: 'lunar' })).toEqual([{ code: 'invalid-value', path: ['dayKind'], params: { input: 'lunar', allowed: 'calendar, working' } }]);
  });
});

describe('a holiday calendar', () => {
  const working = (calendar: unknown) => ({ announcementDays: 5, dayKind: 'working', calendar });

  it('is refused for each date that is not a date of the calendar, named as given', () => {
    const bad = { ...calendar2011, holidays: [isoDate('2011-09-12'), 20111001, '2011-10-001', '2011-02-30'], workingWeekends: ['2011-10-8', isoDate('2011-10-08')] };
    expect(issuesOf(working(bad))).toEqual([
      { code: 'invalid-date', path: ['calendar', 'holidays', 1], params: { input: '20111001' } },
      { code: 'invalid-date', path: ['calendar', 'holidays', 2], params: { input: '2011-10-001' } },
      { code: 'invalid-date', path: ['calendar', 'holidays', 3], params: { input: '2011-02-30' } },
      { code: 'invalid-date', path: ['calendar', 'workingWeekends', 0], params: { input: '2011-10-8' } },
    ]);
  });

  it('is refused for a weekend worked that is a weekday or also a holiday, naming the day', () => {
    const bad = { holidays: [isoDate('2011-10-09')], workingWeekends: [isoDate('2011-10-10'), isoDate('2011-10-09')], years: [2011] };
    expect(issuesOf(working(bad))).toEqual([
      { code: 'working-weekend-not-weekend', path: ['calendar', 'workingWeekends', 0], params: { date: '2011-10-10' } },
      { code: 'holiday-calendar-conflict', path: ['calendar', 'workingWeekends', 1], params: { date: '2011-10-09' } },
    ]);
  });

  it('names no year when it names none and none of its holidays is a date', () => {
    expect(issuesOf(working({ holidays: ['someday' as IsoDate], workingWeekends: [] }))).toEqual([{ code: 'holiday-calendar-empty', path: ['calendar'], params: {} }]);
  });

  it('gives the same answer however many periods are counted on it', () => {
    const bad = { ...calendar2011, holidays: ['2011-13-01'] };
    const first = issuesOf(working(bad));
    expect(issuesOf(working(bad))).toEqual(first);
    const periods = Array.from({ length: 3 }, () => announcementPeriod(publishedOn, { announcementDays: 7, dayKind: 'working', calendar: calendar2011 }));
    expect(periods.map((period) => period.ok && period.value.lastDay)).toEqual(['2011-09-13', '2011-09-13', '2011-09-13']);
  });
});
