import type { IsoDate } from '../dates/iso-date.js';
import type { Region, RegionDateOptions } from './region.js';
import type { RegionRegistry } from './region-registry.js';
import { isCovered, monthOf, regionInRevision, revisionIndexAt } from './registry-internals.js';

/**
 * Looks a code up in the revision in force on a date (see {@link revisionInForce}).
 *
 * @param registry - the releases
 * @param code - the division code
 * @param date - the record's date
 * @param options - see {@link RegionDateOptions}
 * @returns the division, or `undefined` when that revision does not list the code or the registry
 *   does not cover the date
 *
 * @example
 * ```ts
 * findRegion(gb2260Registry(), '522401', isoDate('2011-06-01'))
 * //=> { code: '522401', name: { zh: '毕节市', en: 'Bijie (county-level city)' }, level: 'county', parent: '522400', revision: '201012' }
 * findRegion(gb2260Registry(), '520502', isoDate('2011-06-01'))
 * //=> undefined
 * ```
 */
export function findRegion(
  registry: RegionRegistry,
  code: string,
  date: IsoDate,
  options: RegionDateOptions = {},
): Region | undefined {
  if (!isCovered(registry, date)) return undefined;
  const index = revisionIndexAt(registry.revisions, monthOf(date));
  const found = regionInRevision(registry, code, registry.revisions[index] ?? '', options.englishNames);
  if (found || options.acceptNextRevision !== true) return found;
  const next = registry.revisions[index + 1];
  return next === undefined ? undefined : regionInRevision(registry, code, next, options.englishNames);
}

/**
 * The division a code belongs to on a date, read from the registry rather than from the code's digits:
 * the province for a county directly under it (省直辖县, such as 429004 仙桃市) or for a district of a
 * municipality.
 *
 * @param registry - the releases
 * @param code - the division code
 * @param date - the record's date
 * @param options - see {@link RegionDateOptions}
 * @returns the parent division, or `undefined` for a province or a code not listed then
 *
 * @example
 * ```ts
 * parentRegion(gb2260Registry(), '429004', isoDate('2011-06-01'))?.code
 * //=> '420000'
 * ```
 */
export function parentRegion(
  registry: RegionRegistry,
  code: string,
  date: IsoDate,
  options: RegionDateOptions = {},
): Region | undefined {
  const child = findRegion(registry, code, date, options);
  if (child?.parent === undefined) return undefined;
  return regionInRevision(registry, child.parent, child.revision, options.englishNames);
}
