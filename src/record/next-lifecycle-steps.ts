import type { IsoDate } from '../dates/iso-date.js';
import { createIssue, type Issue } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import type { Actor } from '../lifecycle/actor.js';
import { buildAnnouncement } from '../lifecycle/build-announcement.js';
import { checkAuthority } from '../lifecycle/check-authority.js';
import { decideLifecycle, type LifecycleContext } from '../lifecycle/decide-lifecycle.js';
import type { Lifecycle } from '../lifecycle/lifecycle.js';
import type { LifecycleCommand } from '../lifecycle/lifecycle-command.js';
import { lifecycleCommandDefinitions, type LifecycleCommandType } from '../lifecycle/lifecycle-commands.js';
import { lifecycleTransitions, type LifecycleTransition } from '../lifecycle/lifecycle-transitions.js';
import { parseTimestamp, type Timestamp } from '../lifecycle/timestamp.js';
import type { OrganisationId, ProjectId } from '../model/ids.js';
import type { Project } from '../model/project.js';
import { projectHistory } from './project-history.js';
import { lifecycleContextOf } from './lifecycle-context.js';
import type { ProgrammeRecord } from './programme-record.js';
import type { RecordOptions } from './record-options.js';

/** What stands in the way of a step, and what would clear it. */
export interface StepBlocker {
  /** The refusal the command would get now, as {@link decideLifecycle} gives it. */
  readonly issue: Issue;
  /** The first day the blocker is gone by itself (an announcement period that runs until the day before). */
  readonly until?: IsoDate;
}

/** A move the project can make from its state: who may make it, and what blocks it today. */
export interface LifecycleStep {
  readonly command: LifecycleCommandType;
  /** The programme's registered organisations that may make it here: of an allowed kind, with jurisdiction. */
  readonly by: readonly OrganisationId[];
  /** Why it would be refused if made now; empty when it can be made now. */
  readonly blockers: readonly StepBlocker[];
}

/**
 * Every move a project can make from its current state, for an office's dashboard: for each legal command, the
 * registered bodies that may make it (the right kind, with jurisdiction over the project's place: the county's
 * department, the county's government, the prefecture's government, the programme's review team), and the
 * gates that block it at `at` with the day they clear (the announcement runs until 2011-03-23: the agreement can
 * be signed, but implementation starts from 2011-03-24). A command no registered body may make is listed with
 * the blocker `no-body-may-act`. The contents an app supplies (an announcement's text, an agreement, a
 * change's alterations) are taken as the app would write them; their own checks run when the command is made.
 *
 * @param record - the programme with its event logs
 * @param project - the project
 * @param at - the moment asked about
 * @param options - the announcement policy
 * @returns the steps, in the order of the lifecycle's transition table, or the issues: `project-unknown`,
 *   `timestamp-invalid`, and the problems of the project's log (a log that does not replay has no next step)
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const drafted = unwrap(createProgrammeRecord(seedProgramme2011))
 * const steps = unwrap(nextLifecycleSteps(drafted, projectId('BJ-2011-01'), timestamp('2011-02-21T09:00:00+08:00')))
 * steps.map((step) => [step.command, step.by, step.blockers.length])
 * //=> [['propose', ['sz-support-office', 'gov-522401', 'poverty-office-522401'], 0]]
 * ```
 */
export function nextLifecycleSteps(record: ProgrammeRecord, project: ProjectId, at: Timestamp, options: RecordOptions = {}): Result<readonly LifecycleStep[]> {
  const original = record.programme.projects.find((candidate) => candidate.id === project);
  if (original === undefined) return fail([createIssue('project-unknown', ['project'], { project: String(project) })]);
  const when = parseTimestamp(at);
  if (!when.ok) return fail([createIssue('timestamp-invalid', ['at'], { input: String(at) })]);
  const history = projectHistory(record, original, options);
  if (history.issues.length > 0) return fail(history.issues);
  const { lifecycle } = history;
  const context = lifecycleContextOf(record, history.project, options);
  const rows = (lifecycleTransitions as readonly LifecycleTransition[]).filter((row) => row.from.includes(lifecycle.status));
  return succeed(rows.map((row) => stepOf(row, lifecycle, context, when.value)));
}

function stepOf(row: LifecycleTransition, lifecycle: Lifecycle, context: LifecycleContext, at: Timestamp): LifecycleStep {
  const bodies = context.organisations
    .filter((organisation) => row.by.includes(organisation.kind))
    .map((organisation): Actor => ({ organisation: organisation.id, kind: organisation.kind }))
    .filter((by) => checkAuthority(by, context).length === 0)
    .filter((by) => mayMake(row.command, by, lifecycle));
  const [first] = bodies;
  if (first === undefined) {
    return { command: row.command, by: [], blockers: [{ issue: createIssue('no-body-may-act', [], { command: row.command, kinds: row.by.join(', ') }) }] };
  }
  const decided = decideLifecycle(lifecycle, probe(row.command, first, at, lifecycle, context.project) as never, context);
  const blockers = decided.ok ? [] : decided.issues.map(blockerOf);
  return { command: row.command, by: bodies.map((by) => by.organisation), blockers };
}

// The bodies a move names beyond kind and jurisdiction: the proposer resubmits, the original authority decides
// on a change.
function mayMake(command: LifecycleCommandType, by: Actor, lifecycle: Lifecycle): boolean {
  if (command === 'resubmit') return lifecycle.proposer === undefined || lifecycle.proposer.organisation === by.organisation;
  if (command === 'approve-change' || command === 'reject-change') {
    return lifecycle.approvingAuthority === undefined || lifecycle.approvingAuthority.organisation === by.organisation;
  }
  return true;
}

function blockerOf(issue: Issue): StepBlocker {
  const until = issue.params?.earliestDay;
  return typeof until === 'string' ? { issue, until: until as IsoDate } : { issue };
}

// A well-formed command as an app would make it: what the app writes (texts, the agreement, alterations) taken
// from the project and the lifecycle, so that only the state, the parties and the dates decide.
function probe(command: LifecycleCommandType, by: Actor, at: Timestamp, lifecycle: Lifecycle, project: Project): LifecycleCommand {
  const definition: { readonly reasonRequired: boolean; readonly announces?: 'pre-implementation' | 'change' | 'completion' } = lifecycleCommandDefinitions[command];
  const fields: Record<string, unknown> = { type: command, by, at };
  if (definition.reasonRequired) fields.reason = command;
  if (definition.announces !== undefined) fields.announcement = buildAnnouncement(project, definition.announces);
  if (command === 'sign-agreement-as-donor' || command === 'sign-agreement-as-recipient') {
    fields.agreement = lifecycle.agreement?.agreement ?? { reference: project.id, projects: [project.id] };
  }
  if (command === 'pass-acceptance') fields.grade = 'pass';
  if (command === 'register-assets') {
    fields.assets = [];
    fields.reason = command;
  }
  if (command === 'propose-change') {
    fields.description = command;
    fields.alterations = { budget: { before: project.budget, after: project.budget } };
  }
  return fields as unknown as LifecycleCommand;
}
