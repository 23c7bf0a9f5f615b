import type { CheckProgrammeOptions } from '../../record/check-programme.js';
import type { ProjectTypeCode } from '../../model/project-type.js';
import type { RegionRegistry } from '../../regions/region-registry.js';
import type { ExportBeneficiaries } from '../export-beneficiaries.js';
import type { PublishOptions } from '../publish-options.js';
import type { Oc4idsPublisher } from './oc4ids-document.js';

/** The values of OC4IDS's closed projectType codelist. */
export type Oc4idsProjectTypeCode = 'construction' | 'rehabilitation' | 'replacement' | 'expansion' | 'decommissioning';

/**
 * Options for {@link exportOc4idsProjects}. Each project's status, approval and completion dates are those of
 * its log in the record as of the day of `publishedAt`; nothing here can say otherwise.
 */
export interface ExportOc4idsProjectsOptions extends PublishOptions {
  /**
   * The publisher's registered OC4IDS project identifier prefix, e.g. `'oc4ids-bu3kcz-'`; each project's id
   * is the prefix followed by the library's project id.
   */
  readonly projectIdPrefix: string;
  /** Where the package will be published: an absolute URI. */
  readonly uri: string;
  readonly publisher: Oc4idsPublisher;
  /** The package's `publishedDate` and each project's `updated`: an ISO date-time with an offset. */
  readonly publishedAt: string;
  /** The licence's URI, if any. */
  readonly license?: string;
  /** The language of the texts (`language` of each project); default `en`, the other one where a text lacks it. */
  readonly language?: 'zh' | 'en';
  /** projectSector codes for project types, over {@link defaultOc4idsSectors}. */
  readonly sectors?: Readonly<Partial<Record<ProjectTypeCode, readonly string[]>>>;
  /** projectType codes for project types, over {@link defaultOc4idsProjectTypes}. */
  readonly projectTypes?: Readonly<Partial<Record<ProjectTypeCode, Oc4idsProjectTypeCode>>>;
  /** Beneficiary figures to publish as the projects' benefits (persons only; person-times are not people). */
  readonly beneficiaries?: ExportBeneficiaries;
  /** The registry that names the division codes; {@link gb2260Registry} by default. */
  readonly regionRegistry?: RegionRegistry;
  /** The policies {@link checkProgramme} runs with before anything is exported. */
  readonly check?: CheckProgrammeOptions;
}
