import type { IsoDate } from '../../dates/iso-date.js';
import { gb2260Registry } from '../../regions/gb2260-registry.js';
import type { RegionCode } from '../../regions/region-code.js';
import type { RegionRegistry } from '../../regions/region-registry.js';
import { successorRegionCode } from '../../regions/region-successions.js';

/** Options for {@link rollUpProgramme} and {@link ledgerColumnsFromProgramme}. */
export interface RollUpOptions {
  /**
   * Group regions under the codes in force on this date (a report's closing day), following successions
   * (see {@link successorRegionCode}): 2011 records in 522426 and in 520525 are then one county. Without
   * it, regions are the codes as recorded.
   */
  readonly regionsAsOf?: IsoDate;
  /** The registry whose successions are followed; {@link gb2260Registry} unless given. */
  readonly registry?: RegionRegistry;
}

/** The key a record's region is totalled under: its code, or the code in force on `regionsAsOf`. @internal */
export function regionKeyOf(options: RollUpOptions): (code: RegionCode, writtenOn: IsoDate) => RegionCode {
  const asOf = options.regionsAsOf;
  if (asOf === undefined) return (code) => code;
  const registry = options.registry ?? gb2260Registry();
  const cache = new Map<string, RegionCode>();
  return (code, writtenOn) => {
    const key = `${code}|${writtenOn}`;
    let found = cache.get(key);
    if (found === undefined) {
      found = successorRegionCode(code, asOf, { registry, writtenOn });
      cache.set(key, found);
    }
    return found;
  };
}
