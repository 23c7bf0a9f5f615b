import type { IsoDate } from '../dates/iso-date.js';
import { isWithinRegion } from './region-code.js';
import type { Region, RegionDateOptions } from './region.js';
import type { RegionRegistry } from './region-registry.js';
import { listingIn, parentInRevision, regionInRevision } from './registry-internals.js';
import { revisionInForce } from './revision-in-force.js';

/**
 * The divisions directly under a division in the revision in force on a date, by code: a province's
 * prefectures and the counties directly under it (省直辖县), a prefecture's counties and districts.
 *
 * @param registry - the releases
 * @param code - the division code
 * @param date - the date
 * @param options - `englishNames` of {@link RegionDateOptions} (`acceptNextRevision` does not apply: the
 *   children come from one revision)
 * @returns the children; none for a county, a code not listed then, or a date the registry does not cover
 *
 * @example
 * ```ts
 * childRegions(gb2260Registry(), '522400', isoDate('2011-06-01')).map((county) => county.code)
 * //=> ['522401', '522422', '522423', '522424', '522425', '522426', '522427', '522428']
 * ```
 */
export function childRegions(
  registry: RegionRegistry,
  code: string,
  date: IsoDate,
  options: RegionDateOptions = {},
): readonly Region[] {
  const revision = revisionInForce(registry, date);
  if (revision === undefined) return [];
  const parent = listingIn(registry, code, revision)?.code;
  if (parent === undefined) return [];
  const children: Region[] = [];
  for (const candidate of registry.listings.keys()) {
    if (candidate === parent || !isWithinRegion(candidate, parent)) continue;
    if (parentInRevision(registry, candidate, revision) !== parent) continue;
    const child = regionInRevision(registry, candidate, revision, options.englishNames);
    if (child) children.push(child);
  }
  return children;
}

