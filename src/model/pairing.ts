import type { IsoDate } from '../dates/iso-date.js';
import type { RegionCode } from '../regions/region-code.js';
import type { PairingId } from './ids.js';
import type { SourceReference } from './source.js';

/**
 * A pairing (结对): a donor region supports a recipient region from one date to another. Pairings are
 * many-to-many and the two sides may be at different levels (a city with a prefecture, a district with a
 * county). Pairings are re-arranged over the years: Shenzhen supported Bijie and Qiannan from 1996,
 * passed Qiannan to Guangzhou in 2013 and took on Baise in Guangxi in 2016. A pairing recorded on a code
 * covers the areas of the codes that succeeded it (522400 毕节地区 → 520500 毕节市 in 2011).
 */
export interface Pairing {
  readonly id: PairingId;
  readonly donor: RegionCode;
  readonly recipient: RegionCode;
  /** First day in force. */
  readonly from: IsoDate;
  /** Last day in force; open-ended when absent. */
  readonly to?: IsoDate;
  /** The arrangement that made or ended it (a State Council notice, a newspaper report of it). */
  readonly source?: SourceReference;
}
