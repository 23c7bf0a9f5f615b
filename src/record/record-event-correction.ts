import { createIssue, type Issue } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import type { Actor } from '../lifecycle/actor.js';
import { checkAuthority } from '../lifecycle/check-authority.js';
import { decideLifecycle } from '../lifecycle/decide-lifecycle.js';
import { correctedEvents, isEventCorrection, type EventCorrection } from '../lifecycle/event-correction.js';
import { appendToEventLog } from '../lifecycle/event-log.js';
import type { LifecycleCommand } from '../lifecycle/lifecycle-command.js';
import { isBeforeInstant, parseTimestamp, type Timestamp } from '../lifecycle/timestamp.js';
import type { ProjectId } from '../model/ids.js';
import type { OrganisationKind } from '../model/organisation.js';
import { carryHistories, projectHistory, replayCorrectedEvents, replayProjectLog } from './project-history.js';
import { lifecycleContextOf } from './lifecycle-context.js';
import type { ProgrammeRecord } from './programme-record.js';
import type { RecordOptions } from './record-options.js';
import type { RecordedCommand } from './record-lifecycle-command.js';

/** A correction as an app asks for it: which event, why, by whom, and what should stand in its place. */
export interface EventCorrectionRequest {
  /** The `sequence` of the event recorded wrongly. */
  readonly corrects: number;
  /** Why: required, and not blank. */
  readonly reason: string;
  readonly by: Actor;
  readonly at: Timestamp;
  /** The command that should have been recorded in its place (decided there); none to withdraw the event. */
  readonly replacement?: LifecycleCommand;
}

// Besides the body that recorded an event, the bodies that supervise a project may correct it.
const SUPERVISING: readonly OrganisationKind[] = ['county-government', 'prefecture-government', 'leading-group', 'support-office'];

/**
 * Corrects an event recorded wrongly, by appending a correction that names it with a reason and gives the event
 * that should stand in its place: nothing stored is edited, and the project's lifecycle, the checks, reports and
 * exports follow the corrected history. The replacement is decided where the wrong event stood, and the whole
 * corrected history is decided again, so a correction cannot make an impossible history.
 *
 * @param record - the programme with its event logs
 * @param project - the project
 * @param request - which event, why, by whom and when, and the replacement command (none to withdraw it)
 * @param options - the announcement policy
 * @returns the longer record and the correction event, or the issues: `project-unknown`,
 *   `correction-target-invalid`, `correction-not-allowed`, `reason-required`, `timestamp-invalid`,
 *   `event-before-previous-event`, the authority codes of {@link decideLifecycle}, and any refusal the corrected
 *   history meets
 *
 * @example
 * ```ts
 * import { seedRecord2011 } from 'pairing-aid/examples/2011'
 * // The county department's approval of BJ-2011-01 was entered with the wrong time: 3 April instead of 3 March.
 * const approval = seedRecord2011.eventLogs['BJ-2011-01']![2]!.event
 * const corrected = recordEventCorrection(seedRecord2011, projectId('BJ-2011-01'), {
 *   corrects: 2,
 *   reason: '录入时间有误，以审批文件为准',
 *   by: actor(organisationId('bijie-government'), 'prefecture-government'),
 *   at: timestamp('2011-12-28T10:00:00+08:00'),
 *   replacement: { type: 'approve-as-county-department', by: approval.by, at: timestamp('2011-03-03T10:00:00+08:00') } as LifecycleCommand,
 * })
 * corrected.ok && corrected.value.record.eventLogs['BJ-2011-01']?.length
 * //=> 14
 * ```
 */
export function recordEventCorrection(record: ProgrammeRecord, project: ProjectId, request: EventCorrectionRequest, options: RecordOptions = {}): Result<RecordedCommand> {
  const original = record.programme.projects.find((candidate) => candidate.id === project);
  if (original === undefined) return fail([createIssue('project-unknown', ['project'], { project: String(project) })]);
  const history = projectHistory(record, original, options);
  if (history.issues.length > 0) return fail(history.issues);
  const log = Object.hasOwn(record.eventLogs, project) ? (record.eventLogs[project] ?? []) : [];
  const logged = log.map((stored) => stored.event);
  const target = logged[request.corrects];
  const corrected = correctedEvents(logged);
  const alreadyCorrected = logged.some((event) => isEventCorrection(event) && event.corrects === request.corrects);
  if (target === undefined || isEventCorrection(target) || alreadyCorrected) return fail([createIssue('correction-target-invalid', ['corrects'], { corrects: request.corrects })]);

  const issues: Issue[] = [...checkAuthority(request.by, lifecycleContextOf(record, history.project, options))];
  if (issues.length === 0 && request.by.organisation !== target.by.organisation && !SUPERVISING.includes(request.by.kind)) {
    issues.push(createIssue('correction-not-allowed', ['by', 'organisation'], { organisation: request.by.organisation, corrects: request.corrects }));
  }
  if (typeof request.reason !== 'string' || request.reason.trim() === '') issues.push(createIssue('reason-required', ['reason'], { command: 'correct-event' }));
  const at = parseTimestamp(request.at);
  const last = logged.at(-1);
  if (!at.ok) issues.push(createIssue('timestamp-invalid', ['at'], { input: String(request.at) }));
  else if (last !== undefined && isBeforeInstant(at.value, last.at)) issues.push(createIssue('event-before-previous-event', ['at'], { at: at.value, previous: last.at }));
  if (issues.length > 0) return fail(issues);

  let replacement: EventCorrection['replacement'];
  if (request.replacement !== undefined) {
    const before = corrected.events.slice(0, corrected.events.findIndex((entry) => entry.index === request.corrects));
    const there = replayCorrectedEvents(record, original, before, options);
    const decided = decideLifecycle(there.lifecycle, request.replacement as never, lifecycleContextOf(record, there.project, options));
    if (!decided.ok) return fail(decided.issues.map((found) => ({ ...found, path: ['replacement', ...found.path] })));
    replacement = decided.value[0];
  }
  const correction: EventCorrection = {
    type: 'event-corrected',
    project,
    by: { organisation: request.by.organisation, kind: request.by.kind },
    at: request.at,
    reason: request.reason,
    corrects: request.corrects,
    ...(replacement === undefined ? {} : { replacement }),
  };
  const longer = appendToEventLog(log, [correction]);
  const replayed = replayProjectLog(record, original, longer, options);
  if (replayed.issues.length > 0) return fail(replayed.issues);
  const next: ProgrammeRecord = { programme: record.programme, eventLogs: { ...record.eventLogs, [project]: longer } };
  carryHistories(record, next, options, project);
  return succeed({ record: next, events: [correction] });
}
