import type { IsoDate } from '../dates/iso-date.js';
import type { RegionCode } from '../regions/region-code.js';
import type { PairingId } from './ids.js';

/**
 * A pairing (结对): a donor region supports a recipient region from one date to another. Pairings are
 * many-to-many and the two sides may be at different levels (a city with a prefecture, a district with a
 * county). Shenzhen has been paired with Bijie and Qiannan since 1996.
 */
export interface Pairing {
  readonly id: PairingId;
  readonly donor: RegionCode;
  readonly recipient: RegionCode;
  /** First day in force. */
  readonly from: IsoDate;
  /** Last day in force; open-ended when absent. */
  readonly to?: IsoDate;
}
