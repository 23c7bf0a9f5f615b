import type { DeclaredCountRule } from '../beneficiaries/choose-declared-counts.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { CheckProgrammeOptions } from '../record/check-programme.js';
import type { LedgerKind } from '../model/ledger.js';
import type { RegionCode } from '../regions/region-code.js';
import type { RegionRegistry } from '../regions/region-registry.js';

/**
 * What {@link buildAnnualReport} reports on, and the rules it reports by.
 *
 * Figure names for `figureRules`:
 *
 * | figure | what |
 * |---|---|
 * | `projects.all`, `projects.infrastructure` | declared project counts |
 * | a declared count's `figure`, e.g. `residents-benefited` | declared beneficiaries |
 * | `cadre-training.trainees`, `cadre-training.personTimes`, `cadre-training.expertsOrganised`, `cadre-training.courses` | training figures |
 * | `student-subsidy.students`, `student-subsidy.amount` | student subsidies |
 * | `labour-cooperation.placed`, `labour-cooperation.workingInDonorCity` | labour cooperation |
 * | `industrial-cooperation.enterprises`, `industrial-cooperation.investment`, `industrial-cooperation.farmingFunds` | industrial cooperation |
 * | `exchange-visit.visits`, `cadre-secondment.cadres` | exchanges |
 */
export interface AnnualReportOptions {
  /** The donor region (Shenzhen 440300); records of its districts count too. */
  readonly donor: RegionCode;
  /** The calendar (fiscal) year. */
  readonly year: number;
  /** The recipient regions, in any revision's codes: 2011's 522400 and its successor 520500 select the same area. */
  readonly recipients: readonly RegionCode[];
  /**
   * How one report is chosen where sources disagree; default `{ rule: 'largest' }`: figures "according to
   * incomplete statistics" are lower bounds, and the largest of several lower bounds of one figure is the
   * best one. The report names the rule beside every choice and lists the other reports.
   */
  readonly figureRule?: DeclaredCountRule;
  /** A rule per figure, overriding `figureRule` (see the table above for the names). */
  readonly figureRules?: Readonly<Record<string, DeclaredCountRule>>;
  /**
   * The date whose division codes the report shows; default 31 December of the year. Records written with
   * older codes (2011's 522401) are shown under the code in force then (520502), by the registry's
   * successions (see {@link successorRegionCode} for merged and split areas).
   */
  readonly regionsAsOf?: IsoDate;
  /** Where region names and successions come from; {@link gb2260Registry} unless given. */
  readonly registry?: RegionRegistry;
  /** The policies for {@link checkProgramme}. */
  readonly check?: CheckProgrammeOptions;
  /** The ledger kind a plan's agreed amounts are compared with; default `disbursement` (see {@link comparePlan}). */
  readonly planActualKind?: LedgerKind;
}
