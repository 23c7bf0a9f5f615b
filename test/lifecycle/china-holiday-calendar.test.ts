import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { announcementPeriod, chinaHolidayCalendar, isoDate, workingDayPolicy, type IsoDate } from '../../src/index.js';

const calendar = chinaHolidayCalendar();
const source = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('chinese-days/dist/chinese-days.json'), 'utf8')) as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};
const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay());
const lastDayOf = (publishedOn: string, days: number) => {
  const period = announcementPeriod(isoDate(publishedOn), workingDayPolicy(days));
  return period.ok ? period.value.lastDay : period.issues.map((found) => found.code).join(', ');
};

describe('chinaHolidayCalendar', () => {
  it('holds the 2011 National Day notice: 1–7 October off, Saturday 8 and Sunday 9 October worked', () => {
    expect(calendar.holidays.filter((day) => day.startsWith('2011-10'))).toEqual(['2011-10-03', '2011-10-04', '2011-10-05', '2011-10-06', '2011-10-07']);
    expect(calendar.workingWeekends.filter((day) => day.startsWith('2011-10'))).toEqual(['2011-10-08', '2011-10-09']);
  });

  it('holds the 2020 Spring Festival extension to 2 February (国办发明电〔2020〕1号), with 1 February no longer worked', () => {
    expect(calendar.holidays.filter((day) => day >= '2020-01-20' && day <= '2020-02-10')).toEqual([
      '2020-01-24',
      '2020-01-27',
      '2020-01-28',
      '2020-01-29',
      '2020-01-30',
      '2020-01-31',
    ]);
    expect(calendar.workingWeekends).toContain('2020-01-19');
    expect(calendar.workingWeekends).not.toContain('2020-02-01');
  });

  it('covers every year from 2004 to 2026', () => {
    expect(calendar.years).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it('agrees with the package’s data: every weekday off is a holiday, every weekend day worked is listed', () => {
    const weekdaysOff = Object.keys(source.holidays).filter((day) => !isWeekend(day)).sort();
    expect(calendar.holidays).toEqual(weekdaysOff);
    expect(calendar.workingWeekends).toEqual(Object.keys(source.workdays).sort());
  });
});

describe('workingDayPolicy', () => {
  it('ends 7 working days from 2011-09-29 on 2011-10-13, with the National Day holiday and its adjusted working days', () => {
    expect(lastDayOf('2011-09-29', 7)).toBe('2011-10-13');
    // Monday to Friday alone would end on 2011-10-10; an app's empty calendar is refused instead.
    expect(announcementPeriod(isoDate('2011-09-29'), workingDayPolicy(7, { holidays: [], workingWeekends: [] }))).toMatchObject({
      ok: false,
      issues: [{ code: 'holiday-calendar-empty' }],
    });
  });

  it('counts across the 2020 Spring Festival extension', () => {
    // Thursday 23 January 2020: off 24 January to 2 February, then 3 February is the first working day.
    expect(lastDayOf('2020-01-23', 1)).toBe('2020-02-03');
  });

  it('refuses a period that reaches a year the calendar does not cover', () => {
    const period = announcementPeriod(isoDate('2026-12-25'), workingDayPolicy(7));
    expect(period).toMatchObject({ ok: false, issues: [{ code: 'holiday-calendar-does-not-cover', path: ['calendar', 'years'], params: { year: 2027 } }] });
  });

  describe('properties', () => {
    it('never ends a period on a day off', () => {
      const day = fc.date({ min: new Date('2004-01-01T00:00:00Z'), max: new Date('2026-09-30T00:00:00Z'), noInvalidDate: true });
      const off = new Set<string>(calendar.holidays);
      const worked = new Set<string>(calendar.workingWeekends);
      fc.assert(
        fc.property(day, fc.integer({ min: 1, max: 20 }), (when, days) => {
          const last = lastDayOf(when.toISOString().slice(0, 10), days) as IsoDate;
          return worked.has(last) || (!isWeekend(last) && !off.has(last));
        }),
      );
    });
  });
});
