import type { OrganisationKind } from '../model/organisation.js';
import type { LifecycleCommandType } from './lifecycle-commands.js';
import type { LifecycleStatus } from './lifecycle-states.js';

/**
 * A row's target when it is not a fixed state: back to where the project was before a suspension or a change, or
 * the state it is in (a record that moves nothing, such as the registration of assets).
 */
export type ReturnTarget = 'state-before-suspension' | 'state-before-change' | 'unchanged';

/** One row of {@link lifecycleTransitions}. */
export interface LifecycleTransition {
  /** The states the move is legal in. */
  readonly from: readonly LifecycleStatus[];
  readonly command: LifecycleCommandType;
  /** The state the move leads to. */
  readonly to: LifecycleStatus | ReturnTarget;
  /** The kinds of organisation that may make the move. */
  readonly by: readonly OrganisationKind[];
}

// Who may do what, by kind of organisation.
const PROPOSERS = ['implementing-unit', 'county-department', 'county-government', 'support-office'] as const;
const ANNOUNCERS = ['county-department', 'county-government', 'prefecture-government', 'support-office'] as const;
const DONOR_SIDE = ['municipal-government', 'leading-group', 'support-office', 'district-government'] as const;
const RECIPIENT_SIDE = ['county-government', 'prefecture-government'] as const;
const BUILDERS = ['implementing-unit', 'county-government'] as const;
const INSPECTORS = ['county-department', 'county-government', 'prefecture-government'] as const;
const SUPERVISORS = ['county-government', 'prefecture-government', 'leading-group', 'support-office'] as const;
const CLOSERS = ['county-government', 'prefecture-government', 'support-office'] as const;

// The states a project can be suspended in: every one that is neither terminal, nor drafted, nor suspended.
const ACTIVE = [
  'proposed', 'returned', 'reviewed', 'department-approved', 'county-approved', 'approved', 'announced', 'donor-signed',
  'recipient-signed', 'agreement-signed', 'in-implementation', 'rectification', 'completed', 'accepted', 'completion-announced',
  'change-proposed', 'change-approved', 'change-announced',
] as const;

// Approved but not yet completed: where a change (调整) can be proposed.
const CHANGEABLE = ['approved', 'announced', 'donor-signed', 'recipient-signed', 'agreement-signed', 'in-implementation'] as const;

/**
 * The lifecycle's legal moves, written once: in which states a command is legal, which state it leads to,
 * and which kinds of organisation may make it. Everything else is refused; the guide's state table is
 * generated from this one ({@link formatLifecycleTable}).
 */
export const lifecycleTransitions = [
  { from: ['drafted'], command: 'propose', to: 'proposed', by: PROPOSERS },
  { from: ['proposed'], command: 'pass-expert-review', to: 'reviewed', by: ['expert-review-team'] },
  { from: ['reviewed'], command: 'approve-as-county-department', to: 'department-approved', by: ['county-department'] },
  { from: ['department-approved'], command: 'approve-as-county-government', to: 'county-approved', by: ['county-government'] },
  { from: ['county-approved'], command: 'approve-as-prefecture-government', to: 'approved', by: ['prefecture-government'] },
  { from: ['proposed'], command: 'return-for-revision', to: 'returned', by: ['expert-review-team'] },
  { from: ['reviewed'], command: 'return-for-revision', to: 'returned', by: ['county-department'] },
  { from: ['department-approved'], command: 'return-for-revision', to: 'returned', by: ['county-government'] },
  { from: ['county-approved'], command: 'return-for-revision', to: 'returned', by: ['prefecture-government'] },
  { from: ['returned'], command: 'resubmit', to: 'proposed', by: PROPOSERS },
  { from: ['proposed'], command: 'reject', to: 'rejected', by: ['expert-review-team'] },
  { from: ['reviewed'], command: 'reject', to: 'rejected', by: ['county-department'] },
  { from: ['department-approved'], command: 'reject', to: 'rejected', by: ['county-government'] },
  { from: ['county-approved'], command: 'reject', to: 'rejected', by: ['prefecture-government'] },
  { from: ['approved'], command: 'announce', to: 'announced', by: ANNOUNCERS },
  { from: ['announced'], command: 'sign-agreement-as-donor', to: 'donor-signed', by: DONOR_SIDE },
  { from: ['announced'], command: 'sign-agreement-as-recipient', to: 'recipient-signed', by: RECIPIENT_SIDE },
  { from: ['recipient-signed'], command: 'sign-agreement-as-donor', to: 'agreement-signed', by: DONOR_SIDE },
  { from: ['donor-signed'], command: 'sign-agreement-as-recipient', to: 'agreement-signed', by: RECIPIENT_SIDE },
  { from: ['agreement-signed'], command: 'start-implementation', to: 'in-implementation', by: BUILDERS },
  { from: ['in-implementation'], command: 'complete', to: 'completed', by: BUILDERS },
  { from: ['completed'], command: 'pass-acceptance', to: 'accepted', by: INSPECTORS },
  { from: ['completed'], command: 'fail-acceptance', to: 'rectification', by: INSPECTORS },
  { from: ['rectification'], command: 'complete-rectification', to: 'completed', by: BUILDERS },
  { from: ['accepted'], command: 'announce-completion', to: 'completion-announced', by: ANNOUNCERS },
  { from: ['accepted', 'completion-announced'], command: 'register-assets', to: 'unchanged', by: ['county-department', 'county-government'] },
  { from: ['completion-announced'], command: 'close', to: 'closed', by: CLOSERS },
  { from: CHANGEABLE, command: 'propose-change', to: 'change-proposed', by: PROPOSERS },
  { from: ['change-proposed'], command: 'approve-change', to: 'change-approved', by: ['prefecture-government'] },
  { from: ['change-proposed'], command: 'reject-change', to: 'state-before-change', by: ['prefecture-government'] },
  { from: ['change-approved'], command: 'announce-change', to: 'change-announced', by: ANNOUNCERS },
  { from: ['change-announced'], command: 'put-change-into-effect', to: 'state-before-change', by: ANNOUNCERS },
  { from: ACTIVE, command: 'suspend', to: 'suspended', by: SUPERVISORS },
  { from: ['suspended'], command: 'resume', to: 'state-before-suspension', by: SUPERVISORS },
  { from: [...ACTIVE, 'suspended'], command: 'cancel', to: 'cancelled', by: SUPERVISORS },
] as const satisfies readonly LifecycleTransition[];

/** One row of {@link lifecycleTransitions}, with its literal types. */
export type LifecycleTransitionRow = (typeof lifecycleTransitions)[number];

/** The rows of {@link lifecycleTransitions} for a command that are legal in some state of `Status`. */
export type LifecycleTransitionRowsFor<Command, Status> = LifecycleTransitionRow extends infer Candidate
  ? Candidate extends { readonly command: Command; readonly from: readonly (infer From)[] }
    ? [Extract<Status, From>] extends [never]
      ? never
      : Candidate
    : never
  : never;

/**
 * The kinds of organisation that may make a command in a state (or in any of a union of states): what the
 * types know of {@link lifecycleTransitions}.
 */
export type ActingKind<Command extends LifecycleCommandType, Status extends LifecycleStatus = LifecycleStatus> = LifecycleTransitionRowsFor<Command, Status>['by'][number];

/** The commands that are legal in a state (or in any of a union of states). */
export type LegalCommandType<Status extends LifecycleStatus = LifecycleStatus> = LifecycleTransitionRowsFor<LifecycleCommandType, Status>['command'];

/** The commands a kind of organisation may make in some state. */
export type CommandTypeBy<Kind extends OrganisationKind> = LifecycleTransitionRow extends infer Candidate
  ? Candidate extends { readonly command: infer Command; readonly by: readonly (infer By)[] }
    ? Kind extends By
      ? Command
      : never
    : never
  : never;

/**
 * The row of a legal move, if any.
 * @internal
 */
export function transitionFor(status: LifecycleStatus, command: LifecycleCommandType): LifecycleTransition | undefined {
  return (lifecycleTransitions as readonly LifecycleTransition[]).find((row) => row.command === command && row.from.includes(status));
}
