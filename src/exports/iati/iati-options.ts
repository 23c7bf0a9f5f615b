import type { IsoDate } from '../../dates/iso-date.js';
import type { CheckProgrammeOptions } from '../../record/check-programme.js';
import type { OrganisationId, ProjectId, SubProjectId } from '../../model/ids.js';
import type { ProjectTypeCode } from '../../model/project-type.js';
import type { LocalizedText } from '../../model/text.js';
import type { RegionRegistry } from '../../regions/region-registry.js';
import type { ExportBeneficiaries } from '../export-beneficiaries.js';
import type { PerformanceActual } from '../../model/performance-actual.js';
import type { PublishOptions } from '../publish-options.js';

/** The organisation that publishes the IATI file, as IATI identifies it. */
export interface IatiReportingOrganisation {
  /**
   * Its IATI organisation identifier, `{registration agency}-{number}`: for a Chinese government body its
   * unified social credit identifier under the agency `CN-USCI`, e.g. `CN-USCI-11440300MB2C92071X`.
   */
  readonly ref: string;
  /** Its OrganisationType code, e.g. `'11'` (local government). */
  readonly type: string;
  /** Its name; the programme's reporting organisation's name when absent. */
  readonly name?: LocalizedText;
}

/**
 * An activity's planned dates, which the model does not hold; they default to the first and last day of the
 * project's plan year. The actual dates are never given: they come from the project's log (the day
 * implementation started, the day construction was completed).
 */
export interface ActivityDates {
  readonly plannedStart?: IsoDate;
  readonly plannedEnd?: IsoDate;
}

/** The languages IATI narratives are written in. */
export type NarrativeLanguage = 'zh' | 'en';

/**
 * Options for {@link exportIatiActivities}. Each project's activity status and actual dates are those of its
 * log in the record as of the day of `generatedAt`; nothing here can say otherwise.
 */
export interface ExportIatiActivitiesOptions extends PublishOptions {
  readonly reportingOrganisation: IatiReportingOrganisation;
  /** The file's `generated-datetime` and each activity's `last-updated-datetime`: an ISO date-time with an offset. */
  readonly generatedAt: string;
  /** Planned dates by project or sub-project id; a sub-project without its own has its project's. */
  readonly activityDates?: ReadonlyMap<ProjectId | SubProjectId, ActivityDates>;
  /** The narrative languages, the first being the activities' default (`xml:lang`); default (and when empty) `['zh', 'en']`. */
  readonly languages?: readonly NarrativeLanguage[];
  /** DAC 5-digit codes for project types, over {@link defaultIatiSectors}. */
  readonly sectors?: Readonly<Partial<Record<ProjectTypeCode, string>>>;
  /** IATI identifiers of participating organisations (`participating-org/@ref`), where they have one. */
  readonly organisationRefs?: ReadonlyMap<OrganisationId, string>;
  /** Beneficiary figures to publish as result indicators. */
  readonly beneficiaries?: ExportBeneficiaries;
  /**
   * Actual values of the performance indicators ({@link parsePerformanceActuals}), published as each indicator's
   * `actual`: per calendar year of the day measured, the latest of that year, with the day and the source.
   */
  readonly performanceActuals?: readonly PerformanceActual[];
  /** The registry that names the division codes; {@link gb2260Registry} by default. */
  readonly regionRegistry?: RegionRegistry;
  /** The policies {@link checkProgramme} runs with before anything is exported. */
  readonly check?: CheckProgrammeOptions;
}
