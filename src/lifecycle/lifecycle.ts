import type { IsoDate } from '../dates/iso-date.js';
import type { ProjectId } from '../model/ids.js';
import type { ProjectAsset } from '../model/project-asset.js';
import type { Actor } from './actor.js';
import type { Announcement } from './announcement.js';
import type { AnnouncementPeriod } from './announcement-period.js';
import type { LiabilityAgreement } from './liability-agreement.js';
import type { LifecycleStatus } from './lifecycle-states.js';
import type { ProjectAlterations } from './project-alterations.js';
import type { Timestamp } from './timestamp.js';

/** Who did something and when: the instant and the day in China it fell on. */
export interface ActRecord {
  readonly by: Actor;
  readonly at: Timestamp;
  readonly on: IsoDate;
}

/** The four approvals, in the order they are given. */
export type ApprovalLevel = 'expert-review' | 'county-department' | 'county-government' | 'prefecture-government';

/** An approval given. */
export interface ApprovalRecord extends ActRecord {
  readonly level: ApprovalLevel;
}

/** An announcement put up, with the period it runs. */
export interface AnnouncementRecord extends ActRecord {
  readonly announcement: Announcement;
  readonly period: AnnouncementPeriod;
}

/** The liability agreement and each side's signature. */
export interface AgreementRecord {
  readonly agreement: LiabilityAgreement;
  readonly donorSide?: ActRecord;
  readonly recipientSide?: ActRecord;
  /** The day in China the second side signed: from then on money may be disbursed. */
  readonly signedOn?: IsoDate;
}

/** The grades of an acceptance inspection (验收): 不合格 fail, 合格 pass, 优质 excellent. */
export type AcceptanceGrade = 'fail' | 'pass' | 'excellent';

/** An acceptance inspection. */
export interface AcceptanceRecord extends ActRecord {
  readonly grade: AcceptanceGrade;
  /** What failed, for a failed inspection. */
  readonly findings?: string;
}

/** A registration of the assets a project created (资产登记移交), with why when it created none. */
export interface AssetRegistration extends ActRecord {
  readonly assets: readonly ProjectAsset[];
  readonly reason?: string;
}

/** A change (调整) to an approved project, from its proposal to its outcome. */
export interface ChangeRecord {
  readonly description: string;
  /** What it alters, as it was and as it is to be. */
  readonly alterations: ProjectAlterations;
  readonly reason: string;
  readonly proposed: ActRecord;
  readonly approved?: ActRecord;
  /** `in-effect` once announced and put into effect; `rejected` when the original authority refused it. */
  readonly outcome?: 'in-effect' | 'rejected';
  readonly settled?: ActRecord;
}

/**
 * The lifecycle of one project in one state: the fold of its events. Apps never build or edit it; they
 * start it with {@link startLifecycle} and move it with {@link applyLifecycleCommand} or
 * {@link evolveLifecycle}.
 */
export interface LifecycleIn<Status extends LifecycleStatus> {
  readonly project: ProjectId;
  readonly status: Status;
  /** How many events made it. */
  readonly eventCount: number;
  readonly lastEventAt?: Timestamp;
  readonly proposer?: Actor;
  /** Every approval given, in order (a resubmitted project's earlier round included). */
  readonly approvals: readonly ApprovalRecord[];
  /** The body that gave the final approval: it alone decides on changes. */
  readonly approvingAuthority?: Actor;
  readonly announcements: readonly AnnouncementRecord[];
  readonly agreement?: AgreementRecord;
  readonly acceptances: readonly AcceptanceRecord[];
  /** Every registration of the assets the project created, in order (a later one adds to the earlier). */
  readonly assetRegistrations: readonly AssetRegistration[];
  readonly changes: readonly ChangeRecord[];
  /** Where a `resume` returns to. */
  readonly stateBeforeSuspension?: LifecycleStatus;
  /** Where a change that takes effect or is rejected returns to. */
  readonly stateBeforeChange?: LifecycleStatus;
  readonly cancelledOn?: IsoDate;
  readonly closedOn?: IsoDate;
}

/** A project's lifecycle in whichever state it is; narrow it on `status`. */
export type Lifecycle = { readonly [Status in LifecycleStatus]: LifecycleIn<Status> }[LifecycleStatus];

/**
 * The lifecycle of a project before anything has happened to it: drafted, not yet proposed.
 *
 * @param project - the project's id
 * @returns the empty lifecycle
 *
 * @example
 * ```ts
 * startLifecycle(projectId('BJ-2011-07')).status
 * //=> 'drafted'
 * ```
 */
export function startLifecycle(project: ProjectId): LifecycleIn<'drafted'> {
  return { project, status: 'drafted', eventCount: 0, approvals: [], announcements: [], acceptances: [], assetRegistrations: [], changes: [] };
}
