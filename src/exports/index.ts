/**
 * Publishing: IATI activity XML 2.03, OC4IDS 0.9.5 project packages, announcement tables (公示表) as CSV and the JSON Schemas of the snapshots.
 *
 * Import it as `pairing-aid/exports`, or everything from `pairing-aid`.
 *
 * @module exports
 */
export type { ExportBeneficiaries } from './export-beneficiaries.js';
export type { ExportResult, PublishedExport, PublishOptions, RefusedOption, RefusedProject } from './publish-options.js';

// IATI activity XML 2.03
export { defaultIatiSectors, iatiOrganisationTypeCodes, iatiOrganisationTypes } from './iati/iati-codes.js';
export type { ActivityDates, ExportIatiActivitiesOptions, IatiReportingOrganisation, NarrativeLanguage } from './iati/iati-options.js';
export { checkIatiExport, exportIatiActivities } from './iati/export-iati-activities.js';

// OC4IDS 0.9.5
export { amountToJsonNumber } from './oc4ids/amount-to-json-number.js';
export { defaultOc4idsProjectTypes, defaultOc4idsSectors, oc4idsPartyRoles } from './oc4ids/oc4ids-codes.js';
export type {
  Oc4idsAddress,
  Oc4idsBenefit,
  Oc4idsBeneficiary,
  Oc4idsBudget,
  Oc4idsBudgetBreakdown,
  Oc4idsBudgetBreakdowns,
  Oc4idsClassification,
  Oc4idsCompletion,
  Oc4idsGazetteer,
  Oc4idsLocation,
  Oc4idsOrganizationReference,
  Oc4idsParty,
  Oc4idsPeriod,
  Oc4idsProject,
  Oc4idsProjectPackage,
  Oc4idsPublisher,
  Oc4idsValue,
} from './oc4ids/oc4ids-document.js';
export type { ExportOc4idsProjectsOptions, Oc4idsProjectTypeCode } from './oc4ids/oc4ids-options.js';
export { exportOc4idsProjects } from './oc4ids/export-oc4ids-projects.js';

// Announcement tables (公示表) as CSV
export { formatCsv, type FormatCsvOptions } from './csv/format-csv.js';
export { announcementTableColumns, type AnnouncementTableColumn } from './csv/announcement-table-columns.js';
export { exportAnnouncementTable, type ExportAnnouncementTableOptions } from './csv/export-announcement-table.js';

// JSON Schemas of the snapshots
export { snapshotJsonSchema, snapshotSchemaNames, type JsonSchemaDocument, type SnapshotSchemaName } from './json-schema/snapshot-json-schema.js';
export { exportTermsZh } from './export-labels.js';
