import type { IsoDate } from '../dates/iso-date.js';
import { followRegionCode } from './follow-region-code.js';
import { isWithinRegion, type RegionCode } from './region-code.js';
import type { RegionRegistry } from './region-registry.js';

/**
 * Whether an area, as written on its date, covers a location, as written on its own: both are followed
 * through their successions to the later date (see {@link followRegionCode}), and each code the location
 * ends at must lie within (or be) one the area ends at. So a 1996 pairing recorded on 522400 毕节地区
 * covers a 2012 project in 520525 纳雍县, and a jurisdiction recorded on 520500 covers a 2010 record in
 * 522426. The rules follow from those of {@link followRegionCode}: an area that was split covers every
 * part; one merged into another covers the whole of the merged area; a part that passed to another code
 * is no longer covered; a part of a split area does not cover the whole it came from.
 *
 * @param registry - the registry with its successions
 * @param area - the covering code (a pairing's recipient, an organisation's region) and its date
 * @param location - the covered code (a project's location) and its date
 * @returns `true` when the area covers the location
 *
 * @example
 * ```ts
 * regionCovers(gb2260Registry(), [regionCode('522400'), isoDate('1996-01-01')], [regionCode('520525'), isoDate('2012-03-01')])
 * //=> true
 * regionCovers(gb2260Registry(), [regionCode('522400'), isoDate('1996-01-01')], [regionCode('522701'), isoDate('2012-03-01')])
 * //=> false
 * ```
 */
export function regionCovers(
  registry: RegionRegistry,
  area: readonly [RegionCode, IsoDate],
  location: readonly [RegionCode, IsoDate],
): boolean {
  const later = area[1] > location[1] ? area[1] : location[1];
  const areas = followRegionCode(registry, area[0], area[1], later);
  const locations = followRegionCode(registry, location[0], location[1], later);
  return locations.every((code) => areas.some((covering) => isWithinRegion(code, covering)));
}
