import type { IsoDate } from '../dates/iso-date.js';
import type { Amount } from '../money/amount.js';
import type { RegionCode } from '../regions/region-code.js';
import type { FundCategoryCode } from './fund-category.js';
import type { FundingSource } from './funding-source.js';
import type { OrganisationId, ProjectId, SubProjectId } from './ids.js';
import type { Location } from './location.js';
import type { Participation } from './organisation.js';
import type { PerformanceTarget } from './performance-target.js';
import type { ProjectTypeCode } from './project-type.js';
import type { LocalizedText } from './text.js';

/** What projects and sub-projects have in common. */
export interface ActivityCore {
  readonly name: LocalizedText;
  readonly type: ProjectTypeCode;
  readonly location: Location;
  /**
   * The donor's approved budget: its east–west cooperation funds, what the ledger, the donor's reports and IATI
   * track. Of a co-financed project, one source of its `funding`.
   */
  readonly budget: Amount;
  /**
   * Where the money comes from (筹资方式), one line per source; its `east-west-cooperation` lines sum to `budget`.
   * Left out, the whole budget is one east–west line (see {@link fundingSourcesOf}).
   */
  readonly funding?: readonly FundingSource[];
  /** The total investment (总投资) as published, which must equal the sum of `funding` (or `budget` without it). */
  readonly totalInvestment?: Amount;
  readonly implementingUnit?: OrganisationId;
  readonly performanceTarget?: PerformanceTarget;
  /**
   * Who benefits and how the project links to the poor (受益对象 / 带贫减贫机制). Required, with a
   * performance target, before a project may enter the approved plan.
   */
  readonly povertyLinkage?: LocalizedText;
  readonly description?: LocalizedText;
}

/** A sub-project (子项目): part of a project, inside its region, within its budget. */
export interface SubProject extends ActivityCore {
  readonly id: SubProjectId;
}

/**
 * An aid project: the unit that is approved, announced, covered by a liability agreement and inspected.
 * It may hold sub-projects, whose budgets sum to at most its own and whose locations lie inside its region.
 */
export interface Project extends ActivityCore {
  readonly id: ProjectId;
  /** The plan year the project belongs to: its first year when it spans several. */
  readonly year: number;
  /** The last year of a project that spans several (`year` to `endYear`, both included). */
  readonly endYear?: number;
  /** The fund category that pays for it. */
  readonly category: FundCategoryCode;
  /** The donor region when it is not the programme's own (a district of the donor city, say). */
  readonly donor?: RegionCode;
  readonly participations: readonly Participation[];
  readonly subProjects: readonly SubProject[];
  /**
   * The date its and its sub-projects' region codes must be valid on (its approval date, say); 1 January
   * of `year` when absent. Codes change: 毕节地区's 522401 gave way to 520502 late in 2011.
   */
  readonly locationDate?: IsoDate;
  /** Where it came from, when it was selected from a county's project pool ({@link projectFromPool} sets it). */
  readonly pool?: PoolReference;
}

/** The county project pool (项目库) entry a project was selected from. */
export interface PoolReference {
  /** The day the county took the entry into its pool (入库). */
  readonly pooledOn: IsoDate;
  /** The county's own number of the entry (项目库编号), when it gives one. */
  readonly reference?: string;
}
