import type { HouseholdCount, PersonCount, PersonTimeCount } from './counts.js';
import type { BeneficiaryGrouping } from './selection.js';

/**
 * Distinct beneficiaries of one reporting year (in a selection, or one group of it). Every person and
 * household is counted once however many projects reached them; registered-poor counts are subsets and never
 * exceed their totals; households count only the records whose household is known.
 */
export interface BeneficiaryTally {
  readonly year: number;
  /** Records counted: each is one person reached once by one project or activity. */
  readonly personTimes: PersonTimeCount;
  readonly persons: PersonCount;
  readonly registeredPoorPersons: PersonCount;
  readonly households: HouseholdCount;
  readonly registeredPoorHouseholds: HouseholdCount;
}

/** A {@link BeneficiaryTally} of one group; `group` is `null` where the grouping's value is not known. */
export interface BeneficiaryGroupTally extends BeneficiaryTally {
  readonly group: string | null;
}

/**
 * The result of counting: totals per year, and per group and year when a grouping was asked for. The sum
 * of the groups' persons is at least the total (a person reached in two groups counts in both), and equal
 * to it for person-times.
 */
export interface BeneficiaryCount {
  readonly groupBy: BeneficiaryGrouping | null;
  /** One per year with selected records, ascending. */
  readonly totals: readonly BeneficiaryTally[];
  /** By group (`null` first, then by label) and year; empty without a grouping. */
  readonly groups: readonly BeneficiaryGroupTally[];
}
