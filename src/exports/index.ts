export type { ExportBeneficiaries } from './export-beneficiaries.js';
export type { ProjectStatusSource, ProjectStatuses } from './export-status.js';

// IATI activity XML 2.03
export { defaultIatiSectors, iatiOrganisationTypeCodes, iatiOrganisationTypes } from './iati/iati-codes.js';
export type { ActivityDates, ExportIatiActivitiesOptions, IatiReportingOrganisation, NarrativeLanguage } from './iati/iati-options.js';
export { checkIatiExport, exportIatiActivities } from './iati/export-iati-activities.js';
