import type { IsoDate } from '../dates/iso-date.js';
import type { Amount } from '../money/amount.js';
import type { RegionCode } from '../regions/region-code.js';
import type { FundCategoryCode } from './fund-category.js';
import type { FundId, OrganisationId } from './ids.js';
import type { SourceReference } from './source.js';

/** Where the money of a fund can come from: a municipal or district budget, an enterprise, a donor. */
export const fundSources = [
  'municipal-budget',
  'district-budget',
  'state-owned-enterprise',
  'enterprise',
  'social-donation',
  'other',
] as const;

/** One of {@link fundSources}. */
export type FundSource = (typeof fundSources)[number];

/** One category's share of a fund. */
export interface FundShare {
  readonly category: FundCategoryCode;
  readonly amount: Amount;
  /** The recipient region this share goes to, where the source says. */
  readonly recipient?: RegionCode;
}

/**
 * Money a donor gives in a year: a total and its breakdown by category, which must sum exactly to the
 * total (rule 1).
 */
export interface Fund {
  readonly id: FundId;
  readonly donor: OrganisationId;
  readonly source: FundSource;
  readonly year: number;
  readonly total: Amount;
  readonly breakdown: readonly FundShare[];
  /** The recipient regions the fund is for. */
  readonly recipients: readonly RegionCode[];
  readonly date?: IsoDate;
  readonly reportedIn?: SourceReference;
}
