import type { PersonCount } from '../beneficiaries/counts.js';
import type { LabourPlacement } from '../beneficiaries/labour-placement.js';
import type { AidActivityCore } from './aid-activity.js';
import type { LocalizedText } from '../model/text.js';
import type { ReportedFigure } from './reported-figure.js';

/**
 * Whether a split of a total is what a source reports, or an illustration that only keeps the source's total
 * (for examples and tests, never for publication as fact).
 */
export const figureBases = ['reported', 'illustrative'] as const;

/** One of {@link figureBases}. */
export type FigureBasis = (typeof figureBases)[number];

/** Labourers placed, split into the exclusive buckets of the national statistics, with where the split comes from. */
export interface LabourPlacementSplit {
  readonly buckets: LabourPlacement;
  readonly basis: FigureBasis;
  /** Why the split is what it is, e.g. that the source gives only the total. */
  readonly note?: LocalizedText;
}

/**
 * Labour cooperation (劳务协作): labourers placed in work in a year, split into exclusive buckets where the
 * split is known, and the stock of people from the recipient working in the donor city ("more than 500,000
 * people from Guizhou are now working in Shenzhen"), which is not a flow of the year.
 */
export interface LabourCooperation extends AidActivityCore {
  readonly kind: 'labour-cooperation';
  /** Labourers placed in work (转移就业) in the year. */
  readonly placed: readonly ReportedFigure<PersonCount>[];
  /** The placed labourers by bucket (省外 / 省内县外 / 县内); their total must equal the chosen `placed` figure. */
  readonly placement?: LabourPlacementSplit;
  /** People from the recipient working in the donor city: a stock, not a flow of the year. */
  readonly workingInDonorCity: readonly ReportedFigure<PersonCount>[];
}
