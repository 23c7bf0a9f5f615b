import type { IsoDate } from '../dates/iso-date.js';
import { findRegion } from './find-region.js';
import { followRegionCode } from './follow-region-code.js';
import { gb2260Registry } from './gb2260-registry.js';
import { regionAtLevel, type RegionCode } from './region-code.js';
import type { RegionRegistry, RegionSuccession } from './region-registry.js';
import { coverageOf } from './registry-internals.js';

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
 * totals put records written with old and new codes of one area under one division. The rules:
 *
 * | change by `date` | the records go under |
 * |---|---|
 * | renumbered or renamed (522422 → 520521) | the new code |
 * | merged (110103 崇文区 into 110101 东城区) | the code the area joined |
 * | split (130421 邯郸县 → 130402, 130403) | the smallest division in force that holds every part: their prefecture (130400) when they share one, else their province; the record does not say which part it concerns, so it counts in no county |
 * | part passed on (440306 → 440309), or no change | the code itself |
 *
 * The parts of a split are those {@link followRegionCode} gives. Only when they lie in different
 * provinces (no such split is in the built-in registry) does the code stay as written.
 *
 * @param code - the code a record used
 * @param date - the date whose codes the totals use (a report's closing day)
 * @param options - see {@link SuccessorRegionCodeOptions}
 * @returns the code in force on `date` for the same area, or the division holding all its parts
 *
 * @example
 * ```ts
 * successorRegionCode(regionCode('522401'), isoDate('2011-12-31'))
 * //=> '520502'
 * successorRegionCode(regionCode('522401'), isoDate('2011-06-30'))
 * //=> '522401'
 * successorRegionCode(regionCode('130421'), isoDate('2017-01-01'))
 * //=> '130400'
 * ```
 */
export function successorRegionCode(code: RegionCode, date: IsoDate, options: SuccessorRegionCodeOptions = {}): RegionCode {
  const registry = options.registry ?? gb2260Registry();
  const codes = followRegionCode(registry, code, options.writtenOn ?? date, date);
  if (codes.length === 1 && codes[0] !== undefined) return codes[0];
  return commonRegion(registry, codes, date) ?? code;
}

// The prefecture (listed on the date, or on the registry's last day after it) or else the province that holds every code.
function commonRegion(registry: RegionRegistry, codes: readonly RegionCode[], date: IsoDate): RegionCode | undefined {
  const last = coverageOf(registry).to;
  const listedOn = date > last ? last : date;
  for (const level of ['prefecture', 'province'] as const) {
    const holders = new Set(codes.map((part) => regionAtLevel(part, level)));
    const [holder] = holders;
    if (holders.size !== 1 || holder === undefined) continue;
    if (level === 'province' || findRegion(registry, holder, listedOn) !== undefined) return holder;
  }
  return undefined;
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
