import type { RegionCode } from './region-code.js';

/** One line of a release of division codes: a code and the Chinese name it is listed under. */
export interface RegionReleaseEntry {
  readonly code: string;
  readonly name: string;
}

/**
 * A dated release of division codes, such as the Ministry of Civil Affairs' list of county-level and
 * higher codes (县级以上行政区划代码) of December 2010: its revision (`YYYYMM`) and every code it lists.
 */
export interface RegionRelease {
  readonly revision: string;
  readonly entries: readonly RegionReleaseEntry[];
}

/** A run of consecutive revisions of a registry, `first` and `last` included (`YYYYMM` each). */
export interface RevisionSpan {
  readonly first: string;
  readonly last: string;
}

/** A code listed under one name, with the runs of revisions that list it so. */
export interface RegionListing {
  readonly code: RegionCode;
  readonly name: string;
  readonly spans: readonly RevisionSpan[];
}

/**
 * Every release of a set of dated releases, held per code: which names a code was listed under, and in
 * which revisions. Build one with {@link gb2260Registry} (the built-in releases) or
 * {@link createRegionRegistry} (an app's own).
 */
export interface RegionRegistry {
  /** The revisions (`YYYYMM`), oldest first. */
  readonly revisions: readonly string[];
  /**
   * The listings of each code, ordered by code; a code's listings by first revision. A code has more than
   * one listing when its name changed, or when a release listed it twice.
   */
  readonly listings: ReadonlyMap<RegionCode, readonly RegionListing[]>;
}
