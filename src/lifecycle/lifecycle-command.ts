import type { ProjectId } from '../model/ids.js';
import type { OrganisationKind } from '../model/organisation.js';
import type { Actor } from './actor.js';
import type { AnnouncementPeriod } from './announcement-period.js';
import type { LifecycleCommandPayloads, LifecycleCommandType, LifecycleEventType, NoPayload } from './lifecycle-commands.js';
import type { LifecycleStatus } from './lifecycle-states.js';
import type { ActingKind, CommandTypeBy, LegalCommandType } from './lifecycle-transitions.js';
import type { Timestamp } from './timestamp.js';

/** What every command carries: which command, who makes it, when, and optionally why. */
export interface LifecycleCommandCore<Command extends LifecycleCommandType, Kind extends OrganisationKind> {
  readonly type: Command;
  readonly by: Actor<Kind>;
  readonly at: Timestamp;
  readonly reason?: string;
}

/**
 * One command, made by one of the kinds of organisation that may make it in `Status` (any state by default):
 * `LifecycleCommandOf<'approve-as-prefecture-government'>` needs an `Actor<'prefecture-government'>`.
 */
export type LifecycleCommandOf<Command extends LifecycleCommandType, Status extends LifecycleStatus = LifecycleStatus> = LifecycleCommandCore<
  Command,
  ActingKind<Command, Status>
> &
  LifecycleCommandPayloads[Command];

/**
 * A command on a project's lifecycle. `LifecycleCommand<'proposed'>` is only the commands that are legal on a
 * proposed project, each with the kinds of organisation that may make it there.
 */
export type LifecycleCommand<Status extends LifecycleStatus = LifecycleStatus> = {
  readonly [Command in LegalCommandType<Status>]: LifecycleCommandOf<Command, Status>;
}[LegalCommandType<Status>];

/** The commands an organisation of one kind may make (in some state). */
export type LifecycleCommandBy<Kind extends OrganisationKind> = {
  readonly [Command in CommandTypeBy<Kind>]: LifecycleCommandCore<Command, Kind> & LifecycleCommandPayloads[Command];
}[CommandTypeBy<Kind>];

/** The period an announcing event ran under, worked out when it was published. */
export interface PeriodPayload {
  readonly period: AnnouncementPeriod;
}

/** A failed acceptance inspection's grade, 不合格. */
export interface FailedAcceptancePayload {
  readonly grade: 'fail';
}

/** What each event carries beyond who, when and why: its command's payload, plus the period of an announcement. */
export type LifecycleEventPayloads = {
  readonly [Command in LifecycleCommandType]: LifecycleCommandPayloads[Command] &
    (Command extends 'announce' | 'announce-change' | 'announce-completion' ? PeriodPayload : NoPayload) &
    (Command extends 'fail-acceptance' ? FailedAcceptancePayload : NoPayload);
};

/** What every event records: what happened, to which project, who did it and when, and why where there was a reason. */
export interface LifecycleEventCore<Event extends string> {
  readonly type: Event;
  readonly project: ProjectId;
  readonly by: Actor;
  readonly at: Timestamp;
  readonly reason?: string;
}

/** The event one command records. */
export type LifecycleEventOf<Command extends LifecycleCommandType> = LifecycleEventCore<LifecycleEventType<Command>> & LifecycleEventPayloads[Command];

/** Something that happened to a project: the fact a successful command records. Events are never edited. */
export type LifecycleEvent = { readonly [Command in LifecycleCommandType]: LifecycleEventOf<Command> }[LifecycleCommandType];

/**
 * Makes a command, checking at compile time that the actor's kind may make it: a county department's actor
 * does not compile as the maker of `'approve-as-prefecture-government'`.
 *
 * @param type - the command
 * @param fields - who (`by`), when (`at`), why (`reason`) and the command's payload
 * @returns the command
 *
 * @example
 * ```ts
 * lifecycleCommand('approve-as-prefecture-government', { by: actor(organisationId('bijie-gov'), 'prefecture-government'), at: timestamp('2011-04-08T10:00:00+08:00') }).type
 * //=> 'approve-as-prefecture-government'
 * ```
 */
export function lifecycleCommand<Command extends LifecycleCommandType>(
  type: Command,
  fields: Omit<LifecycleCommandOf<Command>, 'type'>,
): LifecycleCommandOf<Command> {
  return { type, ...fields } as LifecycleCommandOf<Command>;
}
