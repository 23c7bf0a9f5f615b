import type { IssueCode } from '../errors/catalogue.js';
import type { Announcement } from './announcement.js';
import type { LiabilityAgreement } from './liability-agreement.js';
import type { ProjectAlterations } from './project-alterations.js';
import type { ProjectAsset } from '../model/project-asset.js';

/** Nothing beyond who, when and (optionally) why. */
export type NoPayload = Readonly<Record<never, never>>;

/** A reason, where one is required (return, rejection, suspension, cancellation, a failed acceptance, a change). */
export interface ReasonPayload {
  /** Why: required, and not blank. */
  readonly reason: string;
}

/** An announcement put up by the move. */
export interface AnnouncementPayload {
  readonly announcement: Announcement;
}

/** The liability agreement a side signs. */
export interface AgreementPayload {
  readonly agreement: LiabilityAgreement;
}

/** The grade of an acceptance inspection that passed: 合格 (pass) or 优质 (excellent). */
export interface PassedAcceptancePayload {
  readonly grade: 'pass' | 'excellent';
}

/** A proposed change (调整): why, what changes in words, and each altered field as it was and is to be. */
export interface ChangePayload extends ReasonPayload {
  readonly description: string;
  readonly alterations: ProjectAlterations;
}

/**
 * The assets a project created, registered and handed over after its acceptance. A project that created none
 * registers an empty list, with a reason.
 */
export interface AssetsPayload {
  readonly assets: readonly ProjectAsset[];
}

/** What each lifecycle command carries beyond who (`by`), when (`at`) and an optional `reason`. */
export interface LifecycleCommandPayloads {
  'propose': NoPayload;
  'resubmit': NoPayload;
  'pass-expert-review': NoPayload;
  'approve-as-county-department': NoPayload;
  'approve-as-county-government': NoPayload;
  'approve-as-prefecture-government': NoPayload;
  'return-for-revision': ReasonPayload;
  'reject': ReasonPayload;
  'announce': AnnouncementPayload;
  'sign-agreement-as-donor': AgreementPayload;
  'sign-agreement-as-recipient': AgreementPayload;
  'start-implementation': NoPayload;
  'complete': NoPayload;
  'pass-acceptance': PassedAcceptancePayload;
  'fail-acceptance': ReasonPayload;
  'complete-rectification': NoPayload;
  'announce-completion': AnnouncementPayload;
  'register-assets': AssetsPayload;
  'close': NoPayload;
  'suspend': ReasonPayload;
  'resume': NoPayload;
  'cancel': ReasonPayload;
  'propose-change': ChangePayload;
  'approve-change': NoPayload;
  'reject-change': ReasonPayload;
  'announce-change': AnnouncementPayload;
  'put-change-into-effect': NoPayload;
}

/** The name of a lifecycle command. */
export type LifecycleCommandType = keyof LifecycleCommandPayloads;

/** What {@link lifecycleCommandDefinitions} records about each command. */
export interface LifecycleCommandDefinition {
  /** The event the command records. */
  readonly event: string;
  /** `change` for the moves that settle a change under way; `main` for all others. */
  readonly track: 'main' | 'change';
  /** Whether the command needs a reason. */
  readonly reasonRequired: boolean;
  /** The announcement kind the command puts up, if any. */
  readonly announces?: 'pre-implementation' | 'change' | 'completion';
  /** The issue when the command comes before the states it belongs to. */
  readonly early: IssueCode;
  /** The issue when the command comes after them (it was done already, or its time has passed). */
  readonly late: IssueCode;
}

/**
 * Every lifecycle command: the event it records, whether it needs a reason, and what it is refused with when
 * the project is not in a state it applies to (`early`: its state has not come yet; `late`: it has passed).
 */
export const lifecycleCommandDefinitions = {
  'propose': { event: 'proposed', track: 'main', reasonRequired: false, early: 'project-already-proposed', late: 'project-already-proposed' },
  'resubmit': { event: 'resubmitted', track: 'main', reasonRequired: false, early: 'project-not-returned', late: 'project-not-returned' },
  'pass-expert-review': { event: 'expert-review-passed', track: 'main', reasonRequired: false, early: 'approval-out-of-order', late: 'approval-already-given' },
  'approve-as-county-department': { event: 'approved-by-county-department', track: 'main', reasonRequired: false, early: 'approval-out-of-order', late: 'approval-already-given' },
  'approve-as-county-government': { event: 'approved-by-county-government', track: 'main', reasonRequired: false, early: 'approval-out-of-order', late: 'approval-already-given' },
  'approve-as-prefecture-government': { event: 'approved-by-prefecture-government', track: 'main', reasonRequired: false, early: 'approval-out-of-order', late: 'approval-already-given' },
  'return-for-revision': { event: 'returned-for-revision', track: 'main', reasonRequired: true, early: 'project-not-under-review', late: 'project-not-under-review' },
  'reject': { event: 'rejected', track: 'main', reasonRequired: true, early: 'project-not-under-review', late: 'project-not-under-review' },
  'announce': { event: 'announced-before-implementation', track: 'main', reasonRequired: false, announces: 'pre-implementation', early: 'announcement-needs-approval', late: 'project-already-announced' },
  'sign-agreement-as-donor': { event: 'agreement-signed-by-donor', track: 'main', reasonRequired: false, early: 'agreement-needs-announcement', late: 'agreement-already-signed' },
  'sign-agreement-as-recipient': { event: 'agreement-signed-by-recipient', track: 'main', reasonRequired: false, early: 'agreement-needs-announcement', late: 'agreement-already-signed' },
  'start-implementation': { event: 'implementation-started', track: 'main', reasonRequired: false, early: 'implementation-needs-liability-agreement', late: 'implementation-already-started' },
  'complete': { event: 'construction-completed', track: 'main', reasonRequired: false, early: 'completion-needs-implementation', late: 'project-already-completed' },
  'pass-acceptance': { event: 'acceptance-passed', track: 'main', reasonRequired: false, early: 'acceptance-needs-completion', late: 'acceptance-already-passed' },
  'fail-acceptance': { event: 'acceptance-failed', track: 'main', reasonRequired: true, early: 'acceptance-needs-completion', late: 'acceptance-already-passed' },
  'complete-rectification': { event: 'rectification-completed', track: 'main', reasonRequired: false, early: 'no-rectification-pending', late: 'no-rectification-pending' },
  'announce-completion': { event: 'completion-announced', track: 'main', reasonRequired: false, announces: 'completion', early: 'completion-announcement-needs-acceptance', late: 'completion-already-announced' },
  'register-assets': { event: 'assets-registered', track: 'main', reasonRequired: false, early: 'asset-registration-needs-acceptance', late: 'asset-registration-needs-acceptance' },
  'close': { event: 'closed', track: 'main', reasonRequired: false, early: 'closure-needs-completion-announcement', late: 'closure-needs-completion-announcement' },
  'suspend': { event: 'suspended', track: 'main', reasonRequired: true, early: 'project-not-proposed', late: 'project-suspended' },
  'resume': { event: 'resumed', track: 'main', reasonRequired: false, early: 'project-not-suspended', late: 'project-not-suspended' },
  'cancel': { event: 'cancelled', track: 'main', reasonRequired: true, early: 'project-not-proposed', late: 'project-cancelled' },
  'propose-change': { event: 'change-proposed', track: 'main', reasonRequired: true, early: 'change-needs-approval', late: 'change-after-completion' },
  'approve-change': { event: 'change-approved', track: 'change', reasonRequired: false, early: 'no-change-pending', late: 'change-already-approved' },
  'reject-change': { event: 'change-rejected', track: 'change', reasonRequired: true, early: 'no-change-pending', late: 'change-already-approved' },
  'announce-change': { event: 'change-announced', track: 'change', reasonRequired: false, announces: 'change', early: 'change-not-approved', late: 'change-already-announced' },
  'put-change-into-effect': { event: 'change-took-effect', track: 'change', reasonRequired: false, early: 'change-not-announced', late: 'change-not-announced' },
} as const satisfies { readonly [Command in LifecycleCommandType]: LifecycleCommandDefinition };

/** Every lifecycle command name, in the order of {@link lifecycleCommandDefinitions}. */
export const lifecycleCommandTypes = /* @__PURE__ */ Object.keys(lifecycleCommandDefinitions) as readonly LifecycleCommandType[];

/** The event a command records. */
export type LifecycleEventType<Command extends LifecycleCommandType = LifecycleCommandType> = (typeof lifecycleCommandDefinitions)[Command]['event'];
