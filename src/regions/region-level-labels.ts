import type { RegionLevel } from './region-code.js';

/**
 * The Chinese name of each level of the administrative hierarchy, as messages and reports write it.
 *
 * @example
 * ```ts
 * regionLevelLabelsZh.prefecture
 * //=> '地级'
 * ```
 */
export const regionLevelLabelsZh: Readonly<Record<RegionLevel, string>> = {
  province: '省级',
  prefecture: '地级',
  county: '县级',
};
