import type { IsoDate } from '../dates/iso-date.js';

/** How precisely a source dates an event: "on August 18" (`day`), "in September 2011" (`month`), "in 2011" (`year`). */
export const datePrecisions = ['day', 'month', 'year'] as const;

/** One of {@link datePrecisions}. */
export type DatePrecision = (typeof datePrecisions)[number];

/**
 * A date known to a day, a month or a year. `date` is the first day of the period for `month` and `year`
 * ("in September 2011" is `{ date: '2011-09-01', precision: 'month' }`), so sorting by it sorts periods;
 * inventing a day the source does not give is avoided.
 */
export interface PartialDate {
  readonly date: IsoDate;
  readonly precision: DatePrecision;
}
