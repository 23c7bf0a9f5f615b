import { createIssue } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import { decideLifecycle } from '../lifecycle/decide-lifecycle.js';
import { appendToEventLog } from '../lifecycle/event-log.js';
import type { LoggedEvent } from '../lifecycle/event-correction.js';
import type { LifecycleCommand } from '../lifecycle/lifecycle-command.js';
import type { ProjectId } from '../model/ids.js';
import { carryHistories, projectHistory } from './project-history.js';
import { lifecycleContextOf } from './lifecycle-context.js';
import type { ProgrammeRecord } from './programme-record.js';
import type { RecordOptions } from './record-options.js';

/** What {@link recordLifecycleCommand} gives back: the record with the events appended, and the events. */
export interface RecordedCommand {
  readonly record: ProgrammeRecord;
  readonly events: readonly LoggedEvent[];
}

/**
 * Decides a command on one project of a record and appends the events it records to that project's log: the one
 * way an app moves a project. The decision sees everything the record holds — the project's data with its
 * changes in effect, the programme's registered organisations with their regions (who may act, and where), the
 * donor region — so an approval by the wrong body or for another county is refused here, with its code. Nothing
 * is changed when a command is refused: the record given stays as it was.
 *
 * @param record - the programme with its event logs
 * @param project - the project the command is about
 * @param command - the command (from {@link lifecycleCommand}, or read from JSON by {@link parseLifecycleCommand})
 * @param options - the announcement policy
 * @returns the longer record and the events, or the issues: `project-unknown`, the problems of the project's
 *   stored log (a log that does not replay cannot be extended), and the refusals of {@link decideLifecycle}
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const drafted = unwrap(createProgrammeRecord(seedProgramme2011))
 * const proposed = recordLifecycleCommand(drafted, projectId('BJ-2011-01'), { type: 'propose', by: actor(organisationId('gov-522401'), 'county-government'), at: timestamp('2011-02-21T09:30:00+08:00') })
 * proposed.ok && proposed.value.record.eventLogs['BJ-2011-01']?.length
 * //=> 1
 * ```
 */
export function recordLifecycleCommand(record: ProgrammeRecord, project: ProjectId, command: LifecycleCommand, options: RecordOptions = {}): Result<RecordedCommand> {
  const original = record.programme.projects.find((candidate) => candidate.id === project);
  if (original === undefined) return fail([createIssue('project-unknown', ['project'], { project: String(project) })]);
  const history = projectHistory(record, original, options);
  if (history.issues.length > 0) return fail(history.issues);
  const decided = decideLifecycle(history.lifecycle, command as never, lifecycleContextOf(record, history.project, options));
  if (!decided.ok) return decided;
  const log = Object.hasOwn(record.eventLogs, project) ? (record.eventLogs[project] ?? []) : [];
  const eventLogs = { ...record.eventLogs, [project]: appendToEventLog(log, decided.value) };
  const next: ProgrammeRecord = { programme: record.programme, eventLogs };
  carryHistories(record, next, options, project);
  return succeed({ record: next, events: decided.value });
}
