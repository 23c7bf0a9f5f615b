import type { IsoDate } from '../dates/iso-date.js';
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
 * A change of division codes: the area of `from` passed to the codes `to` (`whole`: `from` was retired,
 * or redrawn when `to` holds it again; several codes in `to` when the area was split), or part of it
 * did while `from` stayed in use (`part`: 440306 宝安区 gave 440309 龙华区 its area in 2016).
 */
export interface RegionSuccession {
  readonly from: RegionCode;
  readonly to: readonly RegionCode[];
  readonly extent: 'whole' | 'part';
  /** The first revision of the registry that shows the change (`YYYYMM`). */
  readonly revision: string;
  /**
   * The day from which the new codes stand for the area: the day of the instrument that made the change
   * where the library knows it (2011-10-22 for 毕节), else the first day of `revision`'s month.
   */
  readonly date: IsoDate;
  /** Whether `date` is the day of the instrument (`true`) or only the start of the revision's month. */
  readonly dayKnown: boolean;
}

/**
 * Every release of a set of dated releases, held per code: which names a code was listed under, and in
 * which revisions, and the successions that say where a retired code's area went. A registry covers the
 * days from the first day of its first revision's month to the last day of its last revision's month;
 * a date outside them is never judged against the nearest release. Build one with {@link gb2260Registry} (the built-in releases) or
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
  /** The changes of codes, by date; empty for a registry built from releases alone. */
  readonly successions: readonly RegionSuccession[];
}
