import type { IsoDate } from '../dates/iso-date.js';
import { followRegionCode } from './follow-region-code.js';
import { gb2260Registry } from './gb2260-registry.js';
import type { RegionCode } from './region-code.js';
import type { RegionRegistry, RegionSuccession } from './region-registry.js';

export type { RegionSuccession } from './region-registry.js';

/** Options for {@link successorRegionCode}. */
export interface SuccessorRegionCodeOptions {
  /** The registry whose successions are followed; {@link gb2260Registry} unless given. */
  readonly registry?: RegionRegistry;
  /** The record's date, which picks the area a reused code denoted; `date` unless given. */
  readonly writtenOn?: IsoDate;
}

/**
 * The one code that stands for an area on a later date, following successions (522401 → 520502): how
 * totals put records written with old and new codes of one area under one division. A merged area's
 * records go to the code it joined. A code whose area was split among several codes has no one
 * successor: its records stay under the code they were written with (their prefecture is still right
 * when all the parts lie in one). A code with no succession by the date is returned as it is.
 *
 * @param code - the code a record used
 * @param date - the date whose codes the totals use (a report's closing day)
 * @param options - see {@link SuccessorRegionCodeOptions}
 * @returns the code in force on `date` for the same area
 *
 * @example
 * ```ts
 * successorRegionCode(regionCode('522401'), isoDate('2011-12-31'))
 * //=> '520502'
 * successorRegionCode(regionCode('522401'), isoDate('2011-06-30'))
 * //=> '522401'
 * ```
 */
export function successorRegionCode(code: RegionCode, date: IsoDate, options: SuccessorRegionCodeOptions = {}): RegionCode {
  const codes = followRegionCode(options.registry ?? gb2260Registry(), code, options.writtenOn ?? date, date);
  return codes.length === 1 && codes[0] !== undefined ? codes[0] : code;
}

/**
 * The successions of a registry that concern a code, as the area that passed on or as one that
 * received it, by date: a code's story across renumberings, splits and merges.
 *
 * @param registry - the registry
 * @param code - the division code
 * @returns the successions from or to the code, oldest first
 *
 * @example
 * ```ts
 * regionSuccessions(gb2260Registry(), regionCode('520502')).map((succession) => succession.from)
 * //=> ['522401']
 * ```
 */
export function regionSuccessions(registry: RegionRegistry, code: RegionCode): readonly RegionSuccession[] {
  return registry.successions.filter((succession) => succession.from === code || succession.to.includes(code));
}
