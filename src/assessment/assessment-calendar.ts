import type { IsoDate } from '../dates/iso-date.js';

/** The days by which the steps of a year's assessment are due. */
export interface AssessmentCalendar {
  readonly year: number;
  /** The self-evaluation (自评), by the end of the assessed year. */
  readonly selfEvaluationDue: IsoDate;
  /** The cross-check between the paired sides (交叉考核), by the end of January of the next year. */
  readonly crossCheckDue: IsoDate;
  /** The report of the results, by the end of February of the next year. */
  readonly reportDue: IsoDate;
}

/**
 * The calendar of the assessment of year N: self-evaluation by N-12-31, cross-check by (N+1)-01-31, report by
 * the last day of February of N+1 (the 29th in a leap year).
 *
 * @param year - the assessed year
 * @returns the three due days
 *
 * @example
 * ```ts
 * assessmentCalendar(2019)
 * //=> { year: 2019, selfEvaluationDue: '2019-12-31', crossCheckDue: '2020-01-31', reportDue: '2020-02-29' }
 * assessmentCalendar(2011).reportDue
 * //=> '2012-02-29'
 * assessmentCalendar(2012).reportDue
 * //=> '2013-02-28'
 * ```
 */
export function assessmentCalendar(year: number): AssessmentCalendar {
  const next = year + 1;
  const leap = (next % 4 === 0 && next % 100 !== 0) || next % 400 === 0;
  const pad = (value: number): string => String(value).padStart(4, '0');
  return {
    year,
    selfEvaluationDue: `${pad(year)}-12-31` as IsoDate,
    crossCheckDue: `${pad(next)}-01-31` as IsoDate,
    reportDue: `${pad(next)}-02-${leap ? '29' : '28'}` as IsoDate,
  };
}
