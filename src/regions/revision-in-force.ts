import type { IsoDate } from '../dates/iso-date.js';
import type { RegionRegistry } from './region-registry.js';
import { monthOf, revisionIndexAt } from './registry-internals.js';

/**
 * The revision in force on a date: the latest release whose month (`YYYYMM`) is at or before the date's
 * month, or the first release for a date before it. A release takes effect from the first day of its
 * month, so a record of 2011-06-01 is checked against 201012 and one of 2011-12-15 against 201112.
 *
 * @param registry - the releases
 * @param date - the record's date
 * @returns the revision, `YYYYMM`
 *
 * @example
 * ```ts
 * revisionInForce(gb2260Registry(), isoDate('2011-06-01'))
 * //=> '201012'
 * revisionInForce(gb2260Registry(), isoDate('1990-01-01'))
 * //=> '199612'
 * ```
 */
export function revisionInForce(registry: RegionRegistry, date: IsoDate): string {
  return registry.revisions[revisionIndexAt(registry.revisions, monthOf(date))] ?? '';
}
