import type { IsoDate } from '../dates/iso-date.js';
import { followRegionCode } from './follow-region-code.js';
import type { RegionCode } from './region-code.js';
import type { RegionRegistry } from './region-registry.js';

/**
 * Whether two codes, each as written on its date, denote the same area: both are followed through their
 * successions to the later date (see {@link followRegionCode}) and must end at the same codes. 大方县
 * written as 522422 in 2010 and as 520521 in 2012 is one county.
 *
 * @param registry - the registry with its successions
 * @param first - one code and the date it was written on
 * @param second - the other code and its date
 * @returns `true` when they are the same area
 *
 * @example
 * ```ts
 * isSameRegion(gb2260Registry(), [regionCode('522422'), isoDate('2010-05-01')], [regionCode('520521'), isoDate('2012-05-01')])
 * //=> true
 * isSameRegion(gb2260Registry(), [regionCode('522422'), isoDate('2010-05-01')], [regionCode('520522'), isoDate('2012-05-01')])
 * //=> false
 * ```
 */
export function isSameRegion(
  registry: RegionRegistry,
  first: readonly [RegionCode, IsoDate],
  second: readonly [RegionCode, IsoDate],
): boolean {
  const later = first[1] > second[1] ? first[1] : second[1];
  const a = followRegionCode(registry, first[0], first[1], later);
  const b = followRegionCode(registry, second[0], second[1], later);
  return a.length === b.length && a.every((code, i) => code === b[i]);
}
