import type { IsoDate } from '../dates/iso-date.js';
import { createIssue, type Issue } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import { checkAuthority, type AuthorityContext } from './check-authority.js';
import { checkAlterations } from './project-alterations.js';
import { checkAssets, checkAssetsBeforeClosure, type AssetRegistrationPolicy } from './check-assets.js';
import type { AnnouncementPolicy } from './announcement-policy.js';
import { tryEvolveLifecycle } from './evolve-lifecycle.js';
import type { Lifecycle, LifecycleIn } from './lifecycle.js';
import type { LifecycleCommand, LifecycleEvent } from './lifecycle-command.js';
import { lifecycleCommandDefinitions, type LifecycleCommandType } from './lifecycle-commands.js';
import {
  checkActor,
  checkAgreement,
  checkAnnouncementMove,
  checkApprovalContents,
  checkOriginalAuthority,
  checkPeriodsOver,
  checkReason,
  checkText,
} from './lifecycle-gates.js';
import { stateDefinition, type LifecycleStatus } from './lifecycle-states.js';
import { lifecycleTransitions, transitionFor, type LifecycleTransition } from './lifecycle-transitions.js';
import { chinaDateOf, isBeforeInstant, parseTimestamp } from './timestamp.js';
import type { Announcement, AnnouncementKind } from './announcement.js';

/**
 * What a decision needs besides the lifecycle and the command: the project's current data (approvals check its
 * performance target and poverty-linkage statement), the programme's organisations and donor region (who may
 * act, and where), and the announcement policy.
 */
export interface LifecycleContext extends AuthorityContext {
  /** How long announcements run; {@link defaultAnnouncementPolicy} (10 calendar days) when left out. */
  readonly announcementPolicy?: AnnouncementPolicy;
  /** When closing needs the project's assets registered; {@link defaultAssetRegistrationPolicy} (from 2021) when left out. */
  readonly assetRegistration?: AssetRegistrationPolicy;
}

/**
 * Decides a command: the events it records, or every reason it is refused. Pure: nothing is changed, so a
 * refused command leaves no trace (apply the events with {@link evolveLifecycle}, or use
 * {@link applyLifecycleCommand}). A move the state does not allow is refused with one specific code (see the
 * guide's table); a legal move is then checked for who may make it, a reason where one is required, a valid
 * time not before the previous event, and the gates: approvals need a performance target and a
 * poverty-linkage statement, announcements their contents, implementation and closure the end of the
 * announcement period, signatures an agreement covering the project, changes the original authority.
 *
 * The type of `command` follows the lifecycle's state: on a `LifecycleIn<'county-approved'>` only the moves
 * legal there compile, each for the kinds of organisation that may make it.
 *
 * @param lifecycle - the project's lifecycle
 * @param command - the command
 * @param context - the project's data, the programme's organisations and donor, and the announcement policy
 * @returns the events (one per command), or the issues. Codes: the refusals of {@link lifecycleStates} and
 *   {@link lifecycleCommandDefinitions}, `command-unknown`, `actor-not-allowed`, `id-invalid`,
 *   `actor-unregistered`, `actor-kind-mismatch`, `actor-wrong-jurisdiction`, `actor-not-implementing-unit`,
 *   `reason-required`, `timestamp-invalid`, `event-before-previous-event`, `lifecycle-project-mismatch`,
 *   `not-the-proposer`, `approval-needs-performance-target`, `approval-needs-poverty-linkage`,
 *   `announcement-kind-mismatch`, the codes of {@link checkAnnouncement} and {@link announcementPeriod},
 *   `announcement-period-not-over`, `agreement-reference-required`, `agreement-does-not-cover-project`,
 *   `agreement-mismatch`, `acceptance-grade-invalid`, `change-description-required`, `change-alters-nothing`, `change-before-mismatch`,
 *   `change-approver-not-original`, `assets-none-without-reason`, `asset-field-required`, `asset-value-negative`,
 *   `asset-handover-after-registration`, `closure-needs-asset-registration`
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const project = seedProgramme2011.projects[0]!
 * const context = { project, organisations: seedProgramme2011.organisations, donor: seedProgramme2011.donor }
 * const county = actor(project.implementingUnit!, 'county-government')
 * const decided = decideLifecycle(startLifecycle(project.id), lifecycleCommand('propose', { by: county, at: timestamp('2011-03-01T09:00:00+08:00') }), context)
 * decided.ok && decided.value[0]?.type
 * //=> 'proposed'
 * ```
 */
export function decideLifecycle<Status extends LifecycleStatus>(
  lifecycle: LifecycleIn<Status>,
  command: NoInfer<LifecycleCommand<Status>>,
  context: LifecycleContext,
): Result<readonly LifecycleEvent[]> {
  const current = lifecycle as Lifecycle;
  const type: unknown = typeof command === 'object' && command !== null ? command.type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(lifecycleCommandDefinitions, type)) {
    return fail([createIssue('command-unknown', ['type'], { type: String(type) })]);
  }
  const commandType = type as LifecycleCommandType;
  const row = transitionFor(current.status, commandType);
  if (row === undefined) return fail([refusalFor(current.status, commandType)]);

  const given = command as LifecycleCommand;
  const actorIssues = checkActor(given.by, row.by, commandType, current.status);
  const issues: Issue[] = [
    ...actorIssues,
    ...(actorIssues.length === 0 ? checkAuthority(given.by, context) : []),
    ...checkReason(given.reason, lifecycleCommandDefinitions[commandType], commandType),
  ];
  const at = parseTimestamp(given.at);
  let day: IsoDate | undefined;
  if (!at.ok) issues.push(createIssue('timestamp-invalid', ['at'], { input: String(given.at) }));
  else {
    day = chinaDateOf(at.value);
    if (current.lastEventAt !== undefined && isBeforeInstant(at.value, current.lastEventAt)) {
      issues.push(createIssue('event-before-previous-event', ['at'], { at: at.value, previous: current.lastEventAt }));
    }
  }
  if (context.project.id !== current.project) {
    issues.push(createIssue('lifecycle-project-mismatch', ['context', 'project', 'id'], { expected: current.project, found: context.project.id }));
    return fail(issues);
  }
  const gated = checkGates(current, given, context, day);
  issues.push(...gated.issues);
  if (issues.length > 0) return fail(issues);
  // The event is built from known fields only: nothing else the command object carries is recorded.
  const event = {
    type: lifecycleCommandDefinitions[commandType].event,
    project: current.project,
    by: { organisation: given.by.organisation, kind: given.by.kind },
    at: given.at,
    ...(given.reason === undefined ? {} : { reason: given.reason }),
    ...gated.payload,
  } as LifecycleEvent;
  return succeed([event]);
}

/**
 * Decides a command and applies its events: the lifecycle after it and the events to store.
 *
 * @param lifecycle - the project's lifecycle
 * @param command - the command
 * @param context - the project's data and the announcement policy
 * @returns the next lifecycle and the events, or the issues of {@link decideLifecycle}
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const project = seedProgramme2011.projects[0]!
 * const context = { project, organisations: seedProgramme2011.organisations, donor: seedProgramme2011.donor }
 * const county = actor(project.implementingUnit!, 'county-government')
 * const at = timestamp('2011-03-01T09:00:00+08:00')
 * const applied = applyLifecycleCommand(startLifecycle(project.id), lifecycleCommand('propose', { by: county, at }), context)
 * applied.ok && applied.value.lifecycle.status
 * //=> 'proposed'
 * ```
 */
export function applyLifecycleCommand<Status extends LifecycleStatus>(
  lifecycle: LifecycleIn<Status>,
  command: NoInfer<LifecycleCommand<Status>>,
  context: LifecycleContext,
): Result<{ readonly lifecycle: Lifecycle; readonly events: readonly LifecycleEvent[] }> {
  const decided = decideLifecycle(lifecycle as Lifecycle, command as LifecycleCommand, context);
  if (!decided.ok) return decided;
  let next = lifecycle as Lifecycle;
  for (const event of decided.value) {
    const evolved = tryEvolveLifecycle(next, event);
    if (!evolved.ok) return evolved;
    next = evolved.value;
  }
  return succeed({ lifecycle: next, events: decided.value });
}

/**
 * The specific refusal of a command the state does not allow: the state's own refusal when it blocks the
 * command (a closed or suspended project, a change under way), otherwise the command's `early` or `late`
 * issue, by whether the project has yet to reach the states the command belongs to or has passed them.
 *
 * @param status - the project's state
 * @param command - the command
 * @returns the issue
 *
 * @example
 * ```ts
 * refusalFor('approved', 'start-implementation').code
 * //=> 'implementation-needs-liability-agreement'
 * refusalFor('in-implementation', 'announce').code
 * //=> 'project-already-announced'
 * ```
 */
export function refusalFor(status: LifecycleStatus, command: LifecycleCommandType): Issue {
  const state = stateDefinition(status);
  const definition = lifecycleCommandDefinitions[command];
  const params = { status, command };
  if (state.refusal && (state.refusal.commands === 'all' || definition.track === 'main')) return createIssue(state.refusal.code, [], params);
  const legalRanks = (lifecycleTransitions as readonly LifecycleTransition[])
    .filter((row) => row.command === command)
    .flatMap((row) => row.from.map((from) => stateDefinition(from).rank));
  return createIssue(state.rank < Math.min(...legalRanks) ? definition.early : definition.late, [], params);
}

interface Gated {
  readonly issues: readonly Issue[];
  readonly payload: Readonly<Record<string, unknown>>;
}

function checkGates(lifecycle: Lifecycle, command: LifecycleCommand, context: LifecycleContext, day: IsoDate | undefined): Gated {
  const { project, announcementPolicy } = context;
  const announcing = (announcement: Announcement, kind: AnnouncementKind): Gated => {
    const checked = checkAnnouncementMove(announcement, kind, lifecycle, day, announcementPolicy);
    return { issues: checked.issues, payload: { announcement, period: checked.period } };
  };
  switch (command.type) {
    case 'propose':
    case 'return-for-revision':
    case 'reject':
    case 'complete':
    case 'complete-rectification':
    case 'suspend':
    case 'resume':
    case 'cancel':
      return { issues: [], payload: {} };
    case 'resubmit': {
      const proposer = lifecycle.proposer;
      const isProposer = proposer === undefined || proposer.organisation === command.by.organisation;
      return { issues: isProposer ? [] : [createIssue('not-the-proposer', ['by', 'organisation'], { proposer: proposer.organisation })], payload: {} };
    }
    case 'pass-expert-review':
    case 'approve-as-county-department':
    case 'approve-as-county-government':
    case 'approve-as-prefecture-government':
      return { issues: checkApprovalContents(project), payload: {} };
    case 'announce':
      return announcing(command.announcement, 'pre-implementation');
    case 'announce-change':
      return announcing(command.announcement, 'change');
    case 'announce-completion':
      return announcing(command.announcement, 'completion');
    case 'sign-agreement-as-donor':
    case 'sign-agreement-as-recipient':
      return { issues: checkAgreement(command.agreement, lifecycle), payload: { agreement: command.agreement } };
    case 'start-implementation':
      return { issues: checkPeriodsOver(lifecycle, ['pre-implementation', 'change'], day), payload: {} };
    case 'pass-acceptance': {
      const grade: unknown = command.grade;
      const valid = grade === 'pass' || grade === 'excellent';
      return { issues: valid ? [] : [createIssue('acceptance-grade-invalid', ['grade'], { grade: String(grade) })], payload: { grade } };
    }
    case 'fail-acceptance':
      return { issues: [], payload: { grade: 'fail' } };
    case 'register-assets':
      return { issues: checkAssets(command.assets, command.reason, day), payload: { assets: command.assets } };
    case 'close':
      return { issues: [...checkPeriodsOver(lifecycle, ['completion'], day), ...checkAssetsBeforeClosure(lifecycle, day, context.assetRegistration)], payload: {} };
    case 'propose-change':
      return {
        issues: [...checkText(command.description, ['description'], 'change-description-required'), ...checkAlterations(command.alterations, project)],
        payload: { description: command.description, alterations: command.alterations },
      };
    case 'approve-change':
      return { issues: [...checkOriginalAuthority(command.by, lifecycle), ...checkApprovalContents(project)], payload: {} };
    case 'reject-change':
      return { issues: checkOriginalAuthority(command.by, lifecycle), payload: {} };
    case 'put-change-into-effect':
      return { issues: checkPeriodsOver(lifecycle, ['change'], day), payload: {} };
    default:
      return assertNever(command);
  }
}

function assertNever(value: never): never {
  throw new TypeError(`Unhandled lifecycle command ${JSON.stringify(value)}.`);
}
