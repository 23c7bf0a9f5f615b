import type { RegionCode } from '../regions/region-code.js';

/**
 * Where a project or sub-project is: a division code (usually a county) and, below it, the township and
 * village by name (they have no GB/T 2260 code). A functional area without a code of its own (光明新区) is
 * its parent district's code plus `area`.
 */
export interface Location {
  readonly region: RegionCode;
  readonly township?: string;
  readonly village?: string;
  /** A functional area's name where `region` is its parent district, e.g. `"光明新区"`. */
  readonly area?: string;
}
