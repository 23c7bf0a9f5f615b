import type { IsoDate } from '../dates/iso-date.js';
import type { RegionCode } from '../regions/region-code.js';
import type { Fund } from './fund.js';
import type { FundCategory } from './fund-category.js';
import type { OrganisationId, ProgrammeId } from './ids.js';
import type { LedgerEntry } from './ledger.js';
import type { Organisation } from './organisation.js';
import type { Pairing } from './pairing.js';
import type { Plan } from './plan.js';
import type { Project } from './project.js';
import type { ProjectType } from './project-type.js';
import type { SourceReference } from './source.js';
import type { LocalizedText } from './text.js';

/** The years a programme runs, first and last included, and the plan period's name. */
export interface ProgrammePeriod {
  readonly fromYear: number;
  readonly toYear: number;
  /** E.g. `{ zh: '“十二五”时期', en: '12th Five-Year Plan' }`. */
  readonly name?: LocalizedText;
}

/**
 * A donor's aid programme: who takes part, which regions are paired, the money given, the plans, the
 * projects with their sub-projects, and the ledger of money moving. It is readonly data; every function
 * that "changes" it returns a new one.
 */
export interface Programme {
  readonly id: ProgrammeId;
  readonly name: LocalizedText;
  /** The donor region (Shenzhen 440300). */
  readonly donor: RegionCode;
  /** The organisation that reports the programme (the donor's counterpart-support office). */
  readonly reportingOrganisation: OrganisationId;
  /** The fund categories in use: the built-in ones and any the app adds. */
  readonly fundCategories: readonly FundCategory[];
  /** The project types in use: the built-in ones and any the app adds. */
  readonly projectTypes: readonly ProjectType[];
  readonly organisations: readonly Organisation[];
  readonly pairings: readonly Pairing[];
  readonly funds: readonly Fund[];
  readonly plans: readonly Plan[];
  readonly projects: readonly Project[];
  readonly ledger: readonly LedgerEntry[];
  /** The years it runs (the 12th Five-Year Plan, 2011–2015); its projects' years must lie within them. */
  readonly period?: ProgrammePeriod;
  /**
   * The date the region codes that carry no date of their own (the donor, the organisations' regions) must
   * be valid on; 1 January of the earliest project year when absent.
   */
  readonly referenceDate?: IsoDate;
  /** Where the programme's figures come from. */
  readonly reportedIn?: SourceReference;
}
