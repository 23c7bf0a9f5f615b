import type { Amount } from '../money/amount.js';
import type { RegionCode } from '../regions/region-code.js';
import type { FundCategoryCode } from './fund-category.js';
import type { PlanId } from './ids.js';
import type { LocalizedText } from './text.js';

/** The kinds of plan: a long-term plan (the 12th Five-Year Plan, 2011–2015), near-term targets, an annual plan. */
export const planKinds = ['multi-year', 'near-term', 'annual'] as const;

/** One of {@link planKinds}. */
export type PlanKind = (typeof planKinds)[number];

/** An agreed amount (协议数), for a category, a recipient region, or both. */
export interface AgreedAmount {
  readonly category?: FundCategoryCode;
  readonly recipient?: RegionCode;
  readonly amount: Amount;
}

/** A target of a plan, compared with the actual figure of the same `measure`. */
export interface PlanTarget {
  /** What is counted, e.g. `"projects"`, `"beneficiaries"`, `"cadres-trained"`, `"labourers-placed"`. */
  readonly measure: string;
  /** The target as an exact decimal string. */
  readonly value: string;
  readonly unit: string;
  readonly recipient?: RegionCode;
}

/** A plan with its agreed amounts and targets. Completion rates above 100 % are normal and never capped. */
export interface Plan {
  readonly id: PlanId;
  readonly kind: PlanKind;
  readonly name: LocalizedText;
  readonly fromYear: number;
  readonly toYear: number;
  readonly agreed: readonly AgreedAmount[];
  readonly targets: readonly PlanTarget[];
}
