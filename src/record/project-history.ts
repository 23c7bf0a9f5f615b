import type { IsoDate } from '../dates/iso-date.js';
import { createIssue, prefixIssues, type Issue } from '../errors/issue.js';
import { isSameJson } from '../lifecycle/canonical-json.js';
import { commandFromEvent } from '../lifecycle/command-from-event.js';
import { decideLifecycle } from '../lifecycle/decide-lifecycle.js';
import type { LifecycleEventLog } from '../lifecycle/event-log.js';
import { tryEvolveLifecycle } from '../lifecycle/evolve-lifecycle.js';
import { startLifecycle, type Lifecycle } from '../lifecycle/lifecycle.js';
import type { LifecycleEvent } from '../lifecycle/lifecycle-command.js';
import type { LifecycleStatus } from '../lifecycle/lifecycle-states.js';
import { chinaDateOf, type Timestamp } from '../lifecycle/timestamp.js';
import { verifyEventLog } from '../lifecycle/verify-event-log.js';
import { correctedEvents, type CorrectedEvent } from '../lifecycle/event-correction.js';
import type { ProjectId } from '../model/ids.js';
import type { Project } from '../model/project.js';
import { applyProjectChange } from './apply-project-change.js';
import { lifecycleContextOf } from './lifecycle-context.js';
import type { ProgrammeRecord } from './programme-record.js';
import { recordOptionsKey, type RecordOptions } from './record-options.js';

/** A state a project entered, with when. */
export interface StatusSpan {
  readonly status: LifecycleStatus;
  /** The instant of the event that led into it. */
  readonly at: Timestamp;
  /** The day in China it began. */
  readonly on: IsoDate;
}

/**
 * What a project's log makes of it, replayed by deciding every stored event again: its lifecycle, the project's
 * data with the changes that took effect, the states it went through, the events that stand, and every problem
 * of the log (a broken chain, an event its state, actor or gates did not allow, or one that differs from what
 * the decision gives).
 * @internal
 */
export interface ProjectHistory {
  readonly project: Project;
  readonly lifecycle: Lifecycle;
  readonly timeline: readonly StatusSpan[];
  /** The events replayed, up to the first one refused. */
  readonly events: readonly LifecycleEvent[];
  readonly issues: readonly Issue[];
}

const cache = new WeakMap<ProgrammeRecord, WeakMap<object, Map<ProjectId, ProjectHistory>>>();

/**
 * The history of one project of a record (computed once per record, project and announcement policy).
 * @internal
 */
export function projectHistory(record: ProgrammeRecord, project: Project, options: RecordOptions = {}): ProjectHistory {
  const key = recordOptionsKey(options);
  let byPolicy = cache.get(record);
  if (byPolicy === undefined) cache.set(record, (byPolicy = new WeakMap()));
  let byProject = byPolicy.get(key);
  if (byProject === undefined) byPolicy.set(key, (byProject = new Map()));
  const known = byProject.get(project.id);
  if (known !== undefined) return known;
  const log = Object.hasOwn(record.eventLogs, project.id) ? record.eventLogs[project.id] : undefined;
  const history = replayProjectLog(record, project, log ?? [], options);
  byProject.set(project.id, history);
  return history;
}

/**
 * Gives a record made from another by appending to one project's log the histories already known of the other
 * projects, so that moving one project does not replay the whole programme again.
 * @internal
 */
export function carryHistories(from: ProgrammeRecord, to: ProgrammeRecord, options: RecordOptions, changed: ProjectId): void {
  if (from.programme !== to.programme) return;
  const key = recordOptionsKey(options);
  const known = cache.get(from)?.get(key);
  if (known === undefined) return;
  const carried = new Map([...known].filter(([id]) => id !== changed));
  let byPolicy = cache.get(to);
  if (byPolicy === undefined) cache.set(to, (byPolicy = new WeakMap()));
  byPolicy.set(key, carried);
}

/**
 * Replays a stored log by deciding each event again, under the record's organisations, donor and policy, after
 * its corrections are applied.
 * @internal
 */
export function replayProjectLog(record: ProgrammeRecord, original: Project, log: LifecycleEventLog, options: RecordOptions): ProjectHistory {
  const verified = verifyEventLog(log);
  if (!verified.ok) return { project: original, lifecycle: startLifecycle(original.id), timeline: [], events: [], issues: prefixIssues(verified.issues, ['eventLogs', original.id]) };
  for (const [index, stored] of log.entries()) {
    if (stored.event.project !== original.id) {
      const issue = createIssue('lifecycle-project-mismatch', ['eventLogs', original.id, index, 'event', 'project'], { expected: original.id, found: String(stored.event.project) });
      return { project: original, lifecycle: startLifecycle(original.id), timeline: [], events: [], issues: [issue] };
    }
  }
  const corrected = correctedEvents(log.map((stored) => stored.event));
  const replayed = replayCorrectedEvents(record, original, corrected.events, options);
  return corrected.issues.length === 0 ? replayed : { ...replayed, issues: [...prefixIssues(corrected.issues, ['eventLogs', original.id]), ...replayed.issues] };
}

/**
 * Decides each event of a corrected history again and folds it.
 * @internal
 */
export function replayCorrectedEvents(record: ProgrammeRecord, original: Project, corrected: readonly CorrectedEvent[], options: RecordOptions): ProjectHistory {
  let lifecycle: Lifecycle = startLifecycle(original.id);
  let project = original;
  const timeline: StatusSpan[] = [];
  const events: LifecycleEvent[] = [];
  const done = (issues: readonly Issue[]): ProjectHistory => ({ project, lifecycle, timeline, events, issues });
  for (const { event, index, replaces } of corrected) {
    const at = (...rest: readonly (string | number)[]) => ['eventLogs', original.id, index, 'event', ...(replaces === undefined ? [] : ['replacement']), ...rest];
    if (event.project !== original.id) return done([createIssue('lifecycle-project-mismatch', at('project'), { expected: original.id, found: String(event.project) })]);
    const command = commandFromEvent(event);
    if (command === undefined) return done([createIssue('event-not-applicable', at('type'), { type: String(event.type), status: lifecycle.status })]);
    const decided = decideLifecycle(lifecycle, command as never, lifecycleContextOf(record, project, options));
    if (!decided.ok) return done(prefixIssues(decided.issues.map(eventPath), at()));
    const [again] = decided.value;
    if (again === undefined || !isSameJson(again, event)) {
      return done([createIssue('event-log-event-mismatch', at(), { index, type: event.type })]);
    }
    const evolved = tryEvolveLifecycle(lifecycle, event);
    if (!evolved.ok) return done(prefixIssues(evolved.issues, at()));
    lifecycle = evolved.value;
    events.push(event);
    if (event.type === 'change-took-effect') project = applyProjectChange(project, lifecycle);
    if (timeline.at(-1)?.status !== lifecycle.status) timeline.push({ status: lifecycle.status, at: event.at, on: chinaDateOf(event.at) });
  }
  return done([]);
}

// A decision's issue points into the command it decided; in a stored event the same field sits under `event`,
// except what the decision read from its context (the project's data): such an issue points at the event.
function eventPath(found: Issue): Issue {
  return found.path[0] === 'context' ? { ...found, path: [] } : found;
}
