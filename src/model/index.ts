export type { Fund, FundShare, FundSource } from './fund.js';
export { builtInFundCategories, type BuiltInFundCategoryCode, type FundCategory, type FundCategoryCode } from './fund-category.js';
export {
  activityId,
  fundId,
  ledgerEntryId,
  organisationId,
  pairingId,
  planId,
  programmeId,
  projectId,
  subProjectId,
  type ActivityId,
  type FundId,
  type LedgerEntryId,
  type OrganisationId,
  type PairingId,
  type PlanId,
  type ProgrammeId,
  type ProjectId,
  type SubProjectId,
} from './ids.js';
export { ledgerKinds, spendingPurposes, type LedgerEntry, type LedgerKind, type SpendingPurpose } from './ledger.js';
export type { Location } from './location.js';
export {
  organisationKinds,
  participationRoles,
  type Organisation,
  type OrganisationKind,
  type OrganisationSide,
  type Participation,
  type ParticipationRole,
} from './organisation.js';
export type { Pairing } from './pairing.js';
export {
  performanceDimensions,
  type Comparator,
  type PerformanceDimension,
  type PerformanceIndicator,
  type PerformanceTarget,
} from './performance-target.js';
export type { AgreedAmount, Plan, PlanKind, PlanTarget } from './plan.js';
export type { Programme } from './programme.js';
export type { ActivityCore, Project, SubProject } from './project.js';
export { builtInProjectTypes, type BuiltInProjectTypeCode, type ProjectType, type ProjectTypeCode } from './project-type.js';
export type { SourceReference } from './source.js';
export type { LocalizedText } from './text.js';
