import type { RegionEnglishName } from './english-region-names.js';
import type { RegionCode, RegionLevel } from './region-code.js';

/** A division's name: Chinese as the releases list it, English where the library knows it. */
export interface RegionName {
  readonly zh: string;
  readonly en?: string;
}

/** A division as listed in one revision of a registry. */
export interface Region {
  readonly code: RegionCode;
  readonly name: RegionName;
  readonly level: RegionLevel;
  /**
   * The division it belongs to in that revision: the prefecture its code names if that revision lists
   * it, otherwise the province (as for a 省直辖县 such as 429004 仙桃市, or a district of a municipality);
   * absent for a province.
   */
  readonly parent?: RegionCode;
  /** The revision (`YYYYMM`) that lists it. */
  readonly revision: string;
}

/** Options for the functions that look a code up on a date ({@link findRegion}, {@link checkRegionInForce}). */
export interface RegionDateOptions {
  /**
   * Also accept a code that the revision in force does not list but the next revision does: for a code
   * created during the year and used by a record dated before the next release came out (a record of
   * 2011-11 that already uses 520502). Off by default: the revision in force decides.
   */
  readonly acceptNextRevision?: boolean;
  /** English names to attach; {@link seedRegionEnglishNames} unless given. */
  readonly englishNames?: readonly RegionEnglishName[];
}
