import type { FundCategoryCode } from '../model/fund-category.js';
import type { ProjectTypeCode } from '../model/project-type.js';
import type { Pseudonym } from '../privacy/pseudonym.js';
import type { ResidentId } from '../privacy/resident-id.js';
import type { RegionCode } from '../regions/region-code.js';
import type { BeneficiaryAttachment } from './attachment.js';

/**
 * Who a beneficiary is: a validated resident ID number, the app's own person id, or a keyed pseudonym.
 * Two records name the same person when they have the same kind and the same text.
 */
export type BeneficiaryPerson =
  | { readonly kind: 'resident-id'; readonly residentId: ResidentId }
  | { readonly kind: 'app'; readonly appId: string }
  | { readonly kind: 'pseudonym'; readonly pseudonym: Pseudonym };

/**
 * One person reached by one project, sub-project or activity in one reporting year: the identified form of
 * beneficiary data, which can be de-duplicated. A person on three courses has three records: three
 * person-times, one person.
 */
export interface IdentifiedBeneficiary {
  readonly person: BeneficiaryPerson;
  /** The household (户): the app's household id or a household pseudonym, compared as text. */
  readonly household?: string;
  /**
   * Registered poor (建档立卡贫困户). The status belongs to the household: when any record of a reporting
   * year flags a household, every person recorded in that household that year counts as registered poor.
   */
  readonly registeredPoor: boolean;
  readonly attachedTo: BeneficiaryAttachment;
  /** Where the person was reached, usually a county. */
  readonly region: RegionCode;
  readonly fundCategory?: FundCategoryCode;
  readonly projectType?: ProjectTypeCode;
  /** The reporting year (calendar year). */
  readonly year: number;
}
