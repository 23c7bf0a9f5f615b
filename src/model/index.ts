/**
 * The programme model: pairings, organisations, funds, plans, projects and sub-projects, the ledger, their snapshots' parsers, checks and roll-ups.
 *
 * Import it as `pairing-aid/model`, or everything from `pairing-aid`.
 *
 * @module model
 */
export { fundSources, type Fund, type FundShare, type FundSource } from './fund.js';
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
export { pairingCovers, type PairedActivity } from './pairing-covers.js';
export { organisationCovers, type OrganisationCoversOptions } from './organisation-covers.js';
export {
  comparators,
  levelOfDimension,
  performanceDimensions,
  performanceLevels,
  type BoundIndicator,
  type Comparator,
  type PerformanceDimension,
  type PerformanceIndicator,
  type PerformanceIndicatorCore,
  type PerformanceLevel,
  type PerformanceTarget,
  type RangeIndicator,
} from './performance-target.js';
export { assetClasses, type AssetClass, type ProjectAsset } from './project-asset.js';
export type { PerformanceActual } from './performance-actual.js';
export {
  performanceTargetTree,
  type PerformanceTargetTree,
  type PerformanceTreeDimension,
  type PerformanceTreeLevel,
} from './performance-target-tree.js';
export {
  evaluatePerformanceTarget,
  type BudgetExecutionEvaluation,
  type EvaluatePerformanceOptions,
  type IndicatorEvaluation,
  type IndicatorStatus,
  type LevelEvaluation,
  type PerformanceEvaluation,
} from './performance/evaluate-performance.js';
export { defaultPerformanceScoring, scoredParts, type PerformanceScoring, type ScoredPart } from './performance/performance-scoring.js';
export {
  performanceDimensionLabels,
  performanceLevelLabels,
  renderPerformanceEvaluation,
  type RenderPerformanceOptions,
} from './performance/render-performance-evaluation.js';
export { planKinds, type AgreedAmount, type Plan, type PlanKind, type PlanTarget } from './plan.js';
export type { Programme, ProgrammePeriod } from './programme.js';
export type { ActivityCore, PoolReference, Project, SubProject } from './project.js';
export {
  contributionFormLabels,
  contributionForms,
  fundingSourceKinds,
  fundingSourceLabels,
  type BeneficiaryFundingSource,
  type ContributionForm,
  type EastWestFundingSource,
  type FunderFundingSource,
  type FundingSource,
  type FundingSourceKind,
  type LocalIntegratedFundingSource,
  type OtherFundingSource,
} from './funding-source.js';
export { formatFundingSource, type FormatFundingSourceOptions } from './format-funding-source.js';
export { donorShareOf, fundingSourcesOf, isDonorEntry, totalInvestmentOf } from './funding-sources-of.js';
export { builtInProjectTypes, type BuiltInProjectTypeCode, type ProjectType, type ProjectTypeCode } from './project-type.js';
export type { Snapshot } from './snapshot.js';
export type { SourceReference } from './source.js';
export type { LocalizedText } from './text.js';
export type { Brand } from '../internal/brand.js';

// JSON snapshots: schemas and parsers
export {
  activityIdSchema,
  fundIdSchema,
  ledgerEntryIdSchema,
  organisationIdSchema,
  pairingIdSchema,
  planIdSchema,
  programmeIdSchema,
  projectIdSchema,
  subProjectIdSchema,
} from './schemas/id-schemas.js';
export { fundCategorySchema, fundSchema, fundShareSchema } from './schemas/fund-schema.js';
export { ledgerEntrySchema } from './schemas/ledger-schema.js';
export { organisationSchema, participationSchema } from './schemas/organisation-schema.js';
export { pairingSchema } from './schemas/pairing-schema.js';
export { agreedAmountSchema, planSchema, planTargetSchema } from './schemas/plan-schema.js';
export { performanceActualSchema } from './schemas/performance-actual-schema.js';
export { programmeSchema } from './schemas/programme-schema.js';
export {
  fundingSourceSchema,
  locationSchema,
  performanceIndicatorSchema,
  performanceTargetSchema,
  poolReferenceSchema,
  projectSchema,
  projectTypeSchema,
  subProjectSchema,
} from './schemas/project-schema.js';
export { localizedTextSchema, sourceReferenceSchema, textOrStringSchema } from './schemas/text-schema.js';
export {
  fund,
  ledgerEntry,
  organisation,
  pairing,
  parseFund,
  parseLedgerEntry,
  parseOrganisation,
  parsePairing,
  parsePlan,
  parsePerformanceActuals,
  parseProgramme,
  parseProject,
  parseSubProject,
  plan,
  programme,
  project,
  subProject,
} from './parse-model.js';

// Rules
export {
  defaultManagementFeePolicy,
  defaultNegativeListPolicy,
  negativeListPurposes,
  regionCheckOf,
  type ModelRulePolicies,
  type ManagementFeePolicy,
  type NegativeListPolicy,
  type RegionCheck,
} from './check/policies.js';

// Flat storage
export type { ActivityRow, ProgrammeRows, ProjectRow, SubProjectRow } from './assembly/activity-row.js';
export { assembleProgramme, assembleProjects } from './assembly/assemble-projects.js';
export { flattenProgramme, flattenProjects } from './assembly/flatten-programme.js';

// Roll-ups
export { ledgerDimensions, type LedgerColumns, type LedgerDimension, type LedgerKeys } from './rollup/ledger-columns.js';
export {
  appendLedgerRow,
  createLedgerColumnsBuilder,
  finishLedgerColumns,
  ledgerKeyIndex,
  type LedgerColumnsBuilder,
  type LedgerRow,
} from './rollup/ledger-columns-builder.js';
export { ledgerColumnsFromProgramme } from './rollup/ledger-columns-from-programme.js';
export { ledgerTotalsOf } from './rollup/ledger-totals-of.js';
export { activityCountSchema, ledgerTotalsSchema, parseRollUp, rollUp, rollUpSchema } from './rollup/parse-roll-up.js';
export {
  addLedgerTotals,
  emptyRollUp,
  isZeroLedgerTotals,
  mergeRollUps,
  zeroLedgerTotals,
  type ActivityCount,
  type LedgerTotals,
  type RollUp,
} from './rollup/roll-up.js';
export { rollUpActivities } from './rollup/roll-up-activities.js';
export type { RollUpOptions } from './rollup/roll-up-options.js';
export { rollUpLedgerColumns, type LedgerColumnTotals } from './rollup/roll-up-ledger-columns.js';
export { rollUpProgramme } from './rollup/roll-up-programme.js';
export { summariseLedgerTotals, type SummariseLedgerTotalsOptions } from './rollup/summarise-ledger-totals.js';

// Plans
export {
  comparePlan,
  type AgreedAmountComparison,
  type ComparePlanOptions,
  type PlanActual,
  type PlanComparison,
  type PlanTargetComparison,
} from './plans/compare-plan.js';
export { ledgerKindLabelsZh, modelTermsZh, organisationKindLabelsZh, spendingPurposeLabelsZh } from './model-labels.js';
export { textFromString } from './text-from-string.js';
export { textMatches } from './match-text.js';
