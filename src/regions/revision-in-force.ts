import type { IsoDate } from '../dates/iso-date.js';
import type { RegionRegistry } from './region-registry.js';
import { isCovered, monthOf, revisionIndexAt } from './registry-internals.js';

/**
 * The revision in force on a date: the latest release whose month (`YYYYMM`) is at or before the date's
 * month. A release takes effect from the first day of its month, so a record of 2011-06-01 is checked
 * against 201012 and one of 2011-12-15 against 201112. A date the registry does not cover (before its
 * first revision's month, after its last one's) has none.
 *
 * @param registry - the releases
 * @param date - the record's date
 * @returns the revision, `YYYYMM`, or `undefined` for a date outside the registry
 *
 * @example
 * ```ts
 * revisionInForce(gb2260Registry(), isoDate('2011-06-01'))
 * //=> '201012'
 * revisionInForce(gb2260Registry(), isoDate('2030-01-01'))
 * //=> undefined
 * ```
 */
export function revisionInForce(registry: RegionRegistry, date: IsoDate): string | undefined {
  if (!isCovered(registry, date)) return undefined;
  return registry.revisions[revisionIndexAt(registry.revisions, monthOf(date))];
}
