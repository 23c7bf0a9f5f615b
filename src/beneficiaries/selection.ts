import type { FundCategoryCode } from '../model/fund-category.js';
import type { ActivityId, ProjectId, SubProjectId } from '../model/ids.js';
import type { ProjectTypeCode } from '../model/project-type.js';
import type { RegionCode } from '../regions/region-code.js';

/**
 * Which records to count. A field left out places no condition; a field given keeps the records that match
 * any of its values; the fields are combined with "and". `projects`, `subProjects` and `activities` form a
 * single condition, "attached to any of these" (a project includes its sub-projects). Regions may be of
 * any level: a province keeps every record in it.
 */
export interface BeneficiarySelection {
  readonly years?: readonly number[];
  readonly projects?: readonly ProjectId[];
  readonly subProjects?: readonly SubProjectId[];
  readonly activities?: readonly ActivityId[];
  readonly regions?: readonly RegionCode[];
  readonly fundCategories?: readonly FundCategoryCode[];
  readonly projectTypes?: readonly ProjectTypeCode[];
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
 * | `region` | the region code as recorded | never |
 * | `province`, `prefecture`, `county` | the code of the region at that level | the record's region is coarser |
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
}
