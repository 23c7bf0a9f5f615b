/**
 * Who benefits: households, persons and person-times, identified beneficiaries counted without double counting, declared counts and summaries.
 *
 * Import it as `pairing-aid/beneficiaries`, or everything from `pairing-aid`.
 *
 * @module beneficiaries
 */
export { attachmentLabel, type BeneficiaryAttachment } from './attachment.js';
export {
  allocateBeneficiaryColumns,
  checkBeneficiaryColumns,
  type AllocateBeneficiaryColumnsOptions,
  type BeneficiaryAttachmentEntry,
  type BeneficiaryColumns,
  type CheckBeneficiaryColumnsOptions,
} from './beneficiary-columns.js';
export type { BeneficiaryCount, BeneficiaryGroupTally, BeneficiaryTally } from './beneficiary-count.js';
export {
  emptyBeneficiarySummary,
  mergeBeneficiarySummaries,
  summariseBeneficiaryColumns,
  tallyBeneficiarySummary,
  type BeneficiaryGroupSummaryCell,
  type BeneficiarySummary,
  type BeneficiarySummaryCell,
} from './beneficiary-summary.js';
export {
  beneficiarySummary,
  beneficiarySummaryToJSON,
  parseBeneficiarySummary,
  type BeneficiaryKeysJson,
  type BeneficiarySummaryCellJson,
  type BeneficiarySummaryJson,
} from './beneficiary-summary-json.js';
export {
  boundBeneficiaries,
  boundDeclaredPersons,
  selectDeclaredCounts,
  sumDeclaredPersonTimes,
  type BeneficiaryBounds,
  type DeclaredPersonBounds,
} from './bound-beneficiaries.js';
export {
  chooseDeclaredCounts,
  sameDeclaredFigure,
  type ChosenDeclaredCount,
  type DeclaredCountRule,
  type PreferredSource,
} from './choose-declared-counts.js';
export { countBeneficiaries } from './count-beneficiaries.js';
export { countBeneficiaryColumns } from './count-beneficiary-columns.js';
export {
  addCounts,
  householdCount,
  personCount,
  personTimeCount,
  type Headcount,
  type HouseholdCount,
  type PersonCount,
  type PersonTimeCount,
} from './counts.js';
export {
  declaredCount,
  parseDeclaredCount,
  type DeclaredCount,
  type DeclaredCountBase,
  type DeclaredHouseholdCount,
  type DeclaredPersonCount,
  type DeclaredPersonTimeCount,
} from './declared-count.js';
export { checkDeclaredCounts } from './check-declared-counts.js';
export { findPseudonymKeyCollisions } from './find-pseudonym-key-collisions.js';
export type { BeneficiaryPerson, IdentifiedBeneficiary } from './identified-beneficiary.js';
export { checkLabourPlacement, type LabourPlacement } from './labour-placement.js';
export { identifiedBeneficiaries, parseIdentifiedBeneficiaries } from './parse-identified-beneficiary.js';
export {
  householdKeyFromAppNumber,
  householdKeyFromPseudonym,
  personKeyFromAppNumber,
  personKeyFromPseudonym,
  personKeyFromResidentId,
  personKeyKind,
  personKeyKinds,
  type HouseholdKey,
  type PersonKey,
  type PersonKeyKind,
} from './person-key.js';
export { resolveRegisteredPoor } from './resolve-registered-poor.js';
export {
  beneficiaryGroupings,
  type BeneficiaryGrouping,
  type BeneficiarySelection,
  type CountBeneficiariesOptions,
} from './selection.js';
export { beneficiaryGroupingLabelsZh, beneficiaryTermsZh } from './beneficiary-labels.js';
