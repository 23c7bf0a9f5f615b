import type { IsoDate } from '../dates/iso-date.js';
import type { RegionRegistry } from '../regions/region-registry.js';
import type { FundCategoryCode } from '../model/fund-category.js';
import type { ActivityId, ProjectId, SubProjectId } from '../model/ids.js';
import type { ProjectTypeCode } from '../model/project-type.js';
import type { RegionCode } from '../regions/region-code.js';

/**
 * Which records to count. A field left out places no condition; a field given keeps the records that match
 * any of its values; the fields are combined with "and". `projects`, `subProjects` and `activities` form a
 * single condition, "attached to any of these" (a project includes its sub-projects). Regions may be of
 * any level: a province keeps every record in it. `exceptProjects` leaves out the records attached to those
 * projects or their sub-projects, whatever else is selected: the annual report leaves out those of cancelled
 * and rejected projects.
 */
export interface BeneficiarySelection {
  readonly years?: readonly number[];
  readonly projects?: readonly ProjectId[];
  readonly subProjects?: readonly SubProjectId[];
  readonly activities?: readonly ActivityId[];
  readonly regions?: readonly RegionCode[];
  readonly fundCategories?: readonly FundCategoryCode[];
  readonly projectTypes?: readonly ProjectTypeCode[];
  /** Projects whose records (and their sub-projects' records) are not counted. */
  readonly exceptProjects?: readonly ProjectId[];
}

/**
 * The ways counts can be broken down, besides the year:
 *
 * | grouping | group label | `null` when |
 * |---|---|---|
 * | `attachment` | `project:<id>`, `sub-project:<id>`, `activity:<id>` | never |
 * | `project` | `project:<id>` (sub-projects counted with their project), `activity:<id>` | never |
 * | `fund-category` | the category code | the record has no category |
 * | `project-type` | the type code | the record has no type |
 * | `region` | the region code in force on `regionsAsOf` for the recorded one | never |
 * | `province`, `prefecture`, `county` | the code of that region at that level | the record's region is coarser |
 *
 * Region groups follow successions (see {@link successorRegionCode}): 大方县 recorded as 522422 and as
 * 520521 is counted once, under 520521 and prefecture 520500.
 */
export const beneficiaryGroupings = [
  'attachment',
  'project',
  'fund-category',
  'project-type',
  'region',
  'province',
  'prefecture',
  'county',
] as const;

/** One of {@link beneficiaryGroupings}. */
export type BeneficiaryGrouping = (typeof beneficiaryGroupings)[number];

/** Options for counting and summarising beneficiaries. */
export interface CountBeneficiariesOptions {
  /** Which records to count (default: all). */
  readonly selection?: BeneficiarySelection;
  /** Also count per group (default: totals per year only). */
  readonly groupBy?: BeneficiaryGrouping;
  /**
   * The date whose codes region groups use; unless given, 31 December of the latest year counted (the
   * selection's years, else the records'), or the registry's last day if that is earlier.
   */
  readonly regionsAsOf?: IsoDate;
  /** The registry whose successions region groups follow; {@link gb2260Registry} unless given. */
  readonly registry?: RegionRegistry;
}
