import type { OrganisationKind } from '../model/organisation.js';
import type { ProjectId } from '../model/ids.js';
import type { Actor } from '../lifecycle/actor.js';
import type { AnnouncementPeriod } from '../lifecycle/announcement-period.js';
import type { ProjectAlterations } from '../lifecycle/project-alterations.js';
import type { Timestamp } from '../lifecycle/timestamp.js';
import type { PoolEntry } from './pool-entry.js';

/**
 * Where a project stands in the county's pool: proposed by its village or township, announced in the village
 * (村级公示), reviewed and announced by the township (乡镇审核公示), reviewed by the county and announced as
 * pooled (县级审定公告，入库), returned to its proposer for revision, selected into an annual plan (纳入年度计划),
 * or withdrawn (出库).
 */
export const poolStatuses = [
  'proposed-to-pool',
  'announced-in-village',
  'reviewed-by-township',
  'pooled',
  'returned-to-proposer',
  'selected-for-plan',
  'withdrawn-from-pool',
] as const;

/** One of {@link poolStatuses}. */
export type PoolStatus = (typeof poolStatuses)[number];

/** What each pool command carries beyond who (`by`), when (`at`) and an optional `reason`. */
export interface PoolCommandPayloads {
  'propose-to-pool': { readonly entry: PoolEntry };
  'announce-in-village': Readonly<Record<never, never>>;
  'review-as-township': Readonly<Record<never, never>>;
  'review-as-county': Readonly<Record<never, never>>;
  'return-to-proposer': { readonly reason: string };
  'revise-proposal': { readonly entry: PoolEntry };
  'adjust-in-fourth-quarter': { readonly reason: string; readonly alterations: ProjectAlterations };
  'select-for-plan': { readonly planYear: number };
  'withdraw-from-pool': { readonly reason: string };
}

/** The name of a pool command. */
export type PoolCommandType = keyof PoolCommandPayloads;

/** A pool command: who, when, why, and its payload. */
export type PoolCommand = {
  readonly [Type in PoolCommandType]: { readonly type: Type; readonly by: Actor; readonly at: Timestamp; readonly reason?: string } & PoolCommandPayloads[Type];
}[PoolCommandType];

/** What {@link poolCommandDefinitions} records about each command. */
export interface PoolCommandDefinition {
  /** The event the command records. */
  readonly event: string;
  /** The statuses it may be given in; empty for the proposal, which starts an entry. */
  readonly from: readonly PoolStatus[];
  readonly to: PoolStatus;
  /** The kinds of organisation that may give it. */
  readonly by: readonly OrganisationKind[];
  readonly reasonRequired: boolean;
  /** The level whose announcement the move puts up; the next move waits for its period to end. */
  readonly announces?: 'village' | 'township' | 'county';
}

const proposers = ['village-committee', 'township-government'] as const;

/**
 * The pool's commands: from what, to what, by whom. A township-wide project (no village in its place) goes from
 * its proposal straight to the township's review; a village's project is announced in the village first. The
 * township returns what comes from its villages, the county what comes from its townships. Only the county
 * withdraws a pooled project (出库); a proposer may withdraw its own proposal before that.
 *
 * | command | from | to | by |
 * |---|---|---|---|
 * | `propose-to-pool` | (nothing) | `proposed-to-pool` | village committee, township government |
 * | `announce-in-village` | `proposed-to-pool` | `announced-in-village` | village committee |
 * | `review-as-township` | `announced-in-village` (or `proposed-to-pool` with no village) | `reviewed-by-township` | township government |
 * | `review-as-county` | `reviewed-by-township` | `pooled` | county department |
 * | `return-to-proposer` | `proposed-to-pool`, `announced-in-village`, `reviewed-by-township` | `returned-to-proposer` | township government, county department |
 * | `revise-proposal` | `returned-to-proposer` | `proposed-to-pool` | village committee, township government |
 * | `adjust-in-fourth-quarter` | `pooled` | `pooled` | county department, October to December |
 * | `select-for-plan` | `pooled` | `selected-for-plan` | county government |
 * | `withdraw-from-pool` | every status before the plan | `withdrawn-from-pool` | the proposers before pooling, the county department |
 *
 * @example
 * ```ts
 * poolCommandDefinitions['review-as-county'].to
 * //=> 'pooled'
 * ```
 */
export const poolCommandDefinitions: { readonly [Type in PoolCommandType]: PoolCommandDefinition } = {
  'propose-to-pool': { event: 'proposed-to-pool', from: [], to: 'proposed-to-pool', by: proposers, reasonRequired: false },
  'announce-in-village': { event: 'announced-in-village', from: ['proposed-to-pool'], to: 'announced-in-village', by: ['village-committee'], reasonRequired: false, announces: 'village' },
  'review-as-township': {
    event: 'reviewed-by-township',
    from: ['announced-in-village', 'proposed-to-pool'],
    to: 'reviewed-by-township',
    by: ['township-government'],
    reasonRequired: false,
    announces: 'township',
  },
  'review-as-county': { event: 'pooled', from: ['reviewed-by-township'], to: 'pooled', by: ['county-department'], reasonRequired: false, announces: 'county' },
  'return-to-proposer': {
    event: 'returned-to-proposer',
    from: ['proposed-to-pool', 'announced-in-village', 'reviewed-by-township'],
    to: 'returned-to-proposer',
    by: ['township-government', 'county-department'],
    reasonRequired: true,
  },
  'revise-proposal': { event: 'proposal-revised', from: ['returned-to-proposer'], to: 'proposed-to-pool', by: proposers, reasonRequired: false },
  'adjust-in-fourth-quarter': { event: 'adjusted-in-fourth-quarter', from: ['pooled'], to: 'pooled', by: ['county-department'], reasonRequired: true },
  'select-for-plan': { event: 'selected-for-plan', from: ['pooled'], to: 'selected-for-plan', by: ['county-government'], reasonRequired: false },
  'withdraw-from-pool': {
    event: 'withdrawn-from-pool',
    from: ['proposed-to-pool', 'announced-in-village', 'reviewed-by-township', 'pooled', 'returned-to-proposer'],
    to: 'withdrawn-from-pool',
    by: [...proposers, 'county-department'],
    reasonRequired: true,
  },
};

/** Every pool command, in the order of {@link poolCommandDefinitions}. */
export const poolCommandTypes = /* @__PURE__ */ Object.keys(poolCommandDefinitions) as readonly PoolCommandType[];

/** The event a pool command records. */
export type PoolEventType = (typeof poolCommandDefinitions)[PoolCommandType]['event'];

/** What every pool event has. */
export interface PoolEventCore {
  readonly entry: ProjectId;
  readonly by: Actor;
  readonly at: Timestamp;
  readonly reason?: string;
}

/**
 * Something that happened to a pool entry, as its log records it. Announcing moves carry the period their
 * announcement runs; the proposal and a revision carry the entry as proposed.
 */
export type PoolEvent =
  | (PoolEventCore & { readonly type: 'proposed-to-pool' | 'proposal-revised'; readonly proposal: PoolEntry })
  | (PoolEventCore & { readonly type: 'announced-in-village' | 'reviewed-by-township' | 'pooled'; readonly period: AnnouncementPeriod })
  | (PoolEventCore & { readonly type: 'returned-to-proposer' | 'withdrawn-from-pool'; readonly reason: string })
  | (PoolEventCore & { readonly type: 'adjusted-in-fourth-quarter'; readonly reason: string; readonly alterations: ProjectAlterations })
  | (PoolEventCore & { readonly type: 'selected-for-plan'; readonly planYear: number });
