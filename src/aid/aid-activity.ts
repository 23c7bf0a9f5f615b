import type { FundShare } from '../model/fund.js';
import type { ActivityId } from '../model/ids.js';
import type { SourceReference } from '../model/source.js';
import type { LocalizedText } from '../model/text.js';
import type { RegionCode } from '../regions/region-code.js';
import type { PartialDate } from './partial-date.js';

/**
 * What every non-project aid record has: who gives it, to whom, in which year, with which money, and
 * where it is reported.
 */
export interface AidActivityCore {
  readonly id: ActivityId;
  readonly name: LocalizedText;
  /** The calendar (reporting) year. */
  readonly year: number;
  /** The donor region: the donor city (440300) or one of its districts (罗湖区 440303). */
  readonly donor: RegionCode;
  /** The recipient regions, at any level. */
  readonly recipients: readonly RegionCode[];
  /**
   * The money it used, by fund category (and recipient where known). These are parts of the donor's funds
   * of the year, not additions to them: a report sets them beside the funds' breakdown.
   */
  readonly funds: readonly FundShare[];
  /** Where the record as a whole is reported; each figure carries its own source too. */
  readonly source: SourceReference;
  /** When it happened, as precisely as the source says. */
  readonly date?: PartialDate;
  readonly description?: LocalizedText;
}
