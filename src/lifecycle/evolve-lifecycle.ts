import { createIssue, type Issue } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';
import type { ProjectId } from '../model/ids.js';
import type { ActRecord, Lifecycle, LifecycleIn } from './lifecycle.js';
import { startLifecycle } from './lifecycle.js';
import type { LifecycleEvent } from './lifecycle-command.js';
import { correctedEvents, type LoggedEvent } from './event-correction.js';
import { lifecycleCommandDefinitions, lifecycleCommandTypes, type LifecycleCommandType } from './lifecycle-commands.js';
import type { LifecycleStatus } from './lifecycle-states.js';
import { transitionFor } from './lifecycle-transitions.js';
import { chinaDateOf, isBeforeInstant } from './timestamp.js';

type Draft = { -readonly [Key in keyof LifecycleIn<LifecycleStatus>]: LifecycleIn<LifecycleStatus>[Key] };

/**
 * The command that records an event type.
 * @internal
 */
export function commandOfEvent(type: string): LifecycleCommandType | undefined {
  return lifecycleCommandTypes.find((command) => lifecycleCommandDefinitions[command].event === type);
}

/**
 * Applies one event to a lifecycle and returns the next one; the input is not changed. This is the fold step:
 * a project's lifecycle is `events.reduce(evolveLifecycle, startLifecycle(project))`. It checks the move is
 * legal for the state and the actor's kind, but not the gates that need the project's data or dates: those
 * were checked when {@link decideLifecycle} made the event.
 *
 * @param lifecycle - the lifecycle so far
 * @param event - the next event
 * @returns the lifecycle after the event
 * @throws {@link PairingAidError} `event-not-applicable`, `actor-not-allowed`, `lifecycle-project-mismatch`,
 *   `event-before-previous-event` when the event cannot follow (use {@link replayLifecycle} for a result instead)
 *
 * @example
 * ```ts
 * const by = actor(organisationId('bijie-government'), 'implementing-unit')
 * const at = timestamp('2011-03-01T09:00:00+08:00')
 * evolveLifecycle(startLifecycle(projectId('BJ-1')), { type: 'proposed', project: projectId('BJ-1'), by, at }).status
 * //=> 'proposed'
 * ```
 */
export function evolveLifecycle(lifecycle: Lifecycle, event: LifecycleEvent): Lifecycle {
  return unwrap(tryEvolveLifecycle(lifecycle, event));
}

/**
 * Folds events into the lifecycle they make, stopping at the first event that cannot follow. Corrections
 * ({@link EventCorrection}) are applied first: a corrected event counts as its replacement, or not at all.
 *
 * @param project - the project's id
 * @param events - its events, oldest first
 * @returns the lifecycle, or the issue of the first event that cannot follow, with the event's index as path:
 *   `event-not-applicable`, `actor-not-allowed`, `lifecycle-project-mismatch`, `event-before-previous-event`
 *
 * @example
 * ```ts
 * import { recordSeedLifecycle, seedOrganisations2011, seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const project = seedProgramme2011.projects[0]!
 * const events = recordSeedLifecycle(project, seedOrganisations2011).log.map((stored) => stored.event)
 * const replayed = replayLifecycle(project.id, events)
 * replayed.ok && replayed.value.status
 * //=> 'closed'
 * ```
 */
export function replayLifecycle(project: ProjectId, events: readonly LoggedEvent[]): Result<Lifecycle> {
  const corrected = correctedEvents(events);
  if (corrected.issues.length > 0) return fail(corrected.issues.map((found) => ({ ...found, path: found.path.filter((segment) => segment !== 'event') })));
  let lifecycle: Lifecycle = startLifecycle(project);
  for (const { event, index, replaces } of corrected.events) {
    const next = tryEvolveLifecycle(lifecycle, event);
    const at = replaces === undefined ? [index] : [index, 'replacement'];
    if (!next.ok) return fail(next.issues.map((found) => ({ ...found, path: [...at, ...found.path] })));
    lifecycle = next.value;
  }
  return succeed(lifecycle);
}

/**
 * The checked fold step behind {@link evolveLifecycle}.
 * @internal
 */
export function tryEvolveLifecycle(lifecycle: Lifecycle, event: LifecycleEvent): Result<Lifecycle> {
  const refused = (found: Issue): Result<Lifecycle> => fail([found]);
  if (event.project !== lifecycle.project) {
    return refused(createIssue('lifecycle-project-mismatch', ['project'], { expected: lifecycle.project, found: event.project }));
  }
  const command = commandOfEvent(event.type);
  const row = command === undefined ? undefined : transitionFor(lifecycle.status, command);
  const notApplicable = createIssue('event-not-applicable', ['type'], { type: event.type, status: lifecycle.status });
  if (command === undefined || row === undefined) return refused(notApplicable);
  if (!row.by.includes(event.by.kind)) {
    return refused(createIssue('actor-not-allowed', ['by', 'kind'], { kind: event.by.kind, command, status: lifecycle.status, allowed: row.by.join(', ') }));
  }
  if (lifecycle.lastEventAt !== undefined && isBeforeInstant(event.at, lifecycle.lastEventAt)) {
    return refused(createIssue('event-before-previous-event', ['at'], { at: event.at, previous: lifecycle.lastEventAt }));
  }
  const draft: Draft = { ...lifecycle, eventCount: lifecycle.eventCount + 1, lastEventAt: event.at };
  if (row.to === 'state-before-suspension') {
    if (lifecycle.stateBeforeSuspension === undefined) return refused(notApplicable);
    draft.status = lifecycle.stateBeforeSuspension;
    delete draft.stateBeforeSuspension;
  } else if (row.to === 'state-before-change') {
    if (lifecycle.stateBeforeChange === undefined) return refused(notApplicable);
    draft.status = lifecycle.stateBeforeChange;
    delete draft.stateBeforeChange;
  } else if (row.to !== 'unchanged') {
    draft.status = row.to;
  }
  record(draft, lifecycle, event);
  return succeed(draft as Lifecycle);
}

// Writes what an event adds to the lifecycle beyond its new status.
function record(draft: Draft, before: Lifecycle, event: LifecycleEvent): void {
  const act: ActRecord = { by: event.by, at: event.at, on: chinaDateOf(event.at) };
  switch (event.type) {
    case 'proposed':
      draft.proposer = event.by;
      return;
    case 'expert-review-passed':
      draft.approvals = [...before.approvals, { ...act, level: 'expert-review' }];
      return;
    case 'approved-by-county-department':
      draft.approvals = [...before.approvals, { ...act, level: 'county-department' }];
      return;
    case 'approved-by-county-government':
      draft.approvals = [...before.approvals, { ...act, level: 'county-government' }];
      return;
    case 'approved-by-prefecture-government':
      draft.approvals = [...before.approvals, { ...act, level: 'prefecture-government' }];
      draft.approvingAuthority = event.by;
      return;
    case 'announced-before-implementation':
    case 'change-announced':
    case 'completion-announced':
      draft.announcements = [...before.announcements, { ...act, announcement: event.announcement, period: event.period }];
      return;
    case 'agreement-signed-by-donor':
    case 'agreement-signed-by-recipient': {
      const side = event.type === 'agreement-signed-by-donor' ? 'donorSide' : 'recipientSide';
      const signed = before.agreement === undefined ? { agreement: event.agreement, [side]: act } : { ...before.agreement, [side]: act, signedOn: act.on };
      draft.agreement = signed;
      return;
    }
    case 'acceptance-passed':
      draft.acceptances = [...before.acceptances, { ...act, grade: event.grade }];
      return;
    case 'acceptance-failed':
      draft.acceptances = [...before.acceptances, { ...act, grade: 'fail', findings: event.reason }];
      return;
    case 'assets-registered':
      draft.assetRegistrations = [...before.assetRegistrations, { ...act, assets: event.assets, ...(event.reason === undefined ? {} : { reason: event.reason }) }];
      return;
    case 'closed':
      draft.closedOn = act.on;
      return;
    case 'cancelled':
      draft.cancelledOn = act.on;
      return;
    case 'suspended':
      draft.stateBeforeSuspension = before.status;
      return;
    case 'change-proposed':
      draft.stateBeforeChange = before.status;
      draft.changes = [...before.changes, { description: event.description, alterations: event.alterations, reason: event.reason, proposed: act }];
      return;
    case 'change-approved':
      draft.changes = settleLastChange(before, (change) => ({ ...change, approved: act }));
      return;
    case 'change-rejected':
      draft.changes = settleLastChange(before, (change) => ({ ...change, outcome: 'rejected', settled: act }));
      return;
    case 'change-took-effect':
      draft.changes = settleLastChange(before, (change) => ({ ...change, outcome: 'in-effect', settled: act }));
      return;
    case 'resubmitted':
    case 'returned-for-revision':
    case 'rejected':
    case 'implementation-started':
    case 'construction-completed':
    case 'rectification-completed':
    case 'resumed':
      return;
    default:
      return assertNever(event);
  }
}

function settleLastChange(before: Lifecycle, update: (change: Lifecycle['changes'][number]) => Lifecycle['changes'][number]): Lifecycle['changes'] {
  const last = before.changes.at(-1);
  return last === undefined ? before.changes : [...before.changes.slice(0, -1), update(last)];
}

function assertNever(value: never): never {
  throw new TypeError(`Unhandled lifecycle event ${JSON.stringify(value)}.`);
}
