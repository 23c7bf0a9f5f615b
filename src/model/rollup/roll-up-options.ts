import type { IsoDate } from '../../dates/iso-date.js';
import { gb2260Registry } from '../../regions/gb2260-registry.js';
import type { RegionCode } from '../../regions/region-code.js';
import type { RegionRegistry } from '../../regions/region-registry.js';
import { successorRegionCode } from '../../regions/region-successions.js';
import { coverageOf } from '../../regions/registry-internals.js';
import type { Programme } from '../programme.js';
import type { Project } from '../project.js';

/** Options for {@link rollUpProgramme} and {@link ledgerColumnsFromProgramme}. */
export interface RollUpOptions {
  /**
   * The date whose codes regions are totalled under, following successions (see {@link successorRegionCode}):
   * 2011 records in 522426 and in 520525 are one county, 纳雍县 520525. Unless given, 31 December of the
   * programme's last year (its `period`, else the latest year of its projects and ledger entries), or the
   * registry's last day if that is earlier. `'as-recorded'` totals every record under the code it was written
   * with. Roll-ups of parts that are to be merged need one date: give the programme a period, or pass it here.
   */
  readonly regionsAsOf?: IsoDate | 'as-recorded';
  /** The registry whose successions are followed; {@link gb2260Registry} unless given. */
  readonly registry?: RegionRegistry;
}

/** The date a roll-up's regions are totalled under, or `undefined` for the codes as recorded. @internal */
export function rollUpRegionsAsOf(programme: Programme, options: RollUpOptions): IsoDate | undefined {
  const given = options.regionsAsOf;
  if (given === 'as-recorded') return undefined;
  if (given !== undefined) return given;
  let last = programme.period?.toYear;
  if (last === undefined) {
    last = 0;
    for (const project of programme.projects) last = Math.max(last, project.endYear ?? project.year);
    for (const entry of programme.ledger) last = Math.max(last, Number(entry.date.slice(0, 4)));
  }
  const yearEnd = `${String(last).padStart(4, '0')}-12-31` as IsoDate;
  const end = coverageOf(options.registry ?? gb2260Registry()).to;
  return yearEnd < end ? yearEnd : end;
}

/** The key a record's region is totalled under: the code in force on the roll-up's date, or the code as recorded. @internal */
export function regionKeyOf(programme: Programme, options: RollUpOptions): (code: RegionCode, writtenOn: IsoDate) => RegionCode {
  const asOf = rollUpRegionsAsOf(programme, options);
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

/** The date a project's and its sub-projects' codes were written on: its `locationDate`, else 1 January of its year. @internal */
export function locationWrittenOn(project: Project): IsoDate {
  return project.locationDate ?? (`${String(project.year).padStart(4, '0')}-01-01` as IsoDate);
}
