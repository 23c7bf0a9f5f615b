import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentCalendar, isoDate } from '../../src/index.js';

describe('assessmentCalendar', () => {
  it('puts the self-evaluation at the end of the year, the cross-check at the end of January and the report at the end of February', () => {
    expect(assessmentCalendar(2011)).toEqual({ year: 2011, selfEvaluationDue: '2011-12-31', crossCheckDue: '2012-01-31', reportDue: '2012-02-29' });
    expect(assessmentCalendar(2099).reportDue).toBe('2100-02-28');
    expect(assessmentCalendar(1999).reportDue).toBe('2000-02-29');
  });

  it('gives real days in order, the report on the last day of February', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2198 }), (year) => {
        const calendar = assessmentCalendar(year);
        for (const day of [calendar.selfEvaluationDue, calendar.crossCheckDue, calendar.reportDue]) expect(isoDate(day)).toBe(day);
        expect(calendar.selfEvaluationDue < calendar.crossCheckDue && calendar.crossCheckDue < calendar.reportDue).toBe(true);
        const dayAfter = new Date(Date.UTC(year + 1, 1, Number(calendar.reportDue.slice(8)) + 1));
        expect(dayAfter.getUTCMonth()).toBe(2);
      }),
    );
  });

  describe('edge cases', () => {
    it('writes a year before 1000 with four digits, and knows the century years that are not leap years', () => {
      expect(assessmentCalendar(999)).toEqual({ year: 999, selfEvaluationDue: '0999-12-31', crossCheckDue: '1000-01-31', reportDue: '1000-02-28' });
      expect(assessmentCalendar(1899).reportDue).toBe('1900-02-28');
      expect(assessmentCalendar(2399).reportDue).toBe('2400-02-29');
      expect(assessmentCalendar(2015).reportDue).toBe('2016-02-29');
    });
  });
});
