import { createIssue, prefixIssues, type Issue } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import type { LifecycleEventLog } from '../lifecycle/event-log.js';
import { verifyEventLog } from '../lifecycle/verify-event-log.js';
import type { Programme } from '../model/programme.js';
import type { ProgrammeRecord } from './programme-record.js';

/**
 * Puts a programme and its projects' event logs together into a {@link ProgrammeRecord}, refusing logs that
 * cannot belong to it: a log for a project the programme does not have, an event of another project, or a broken
 * hash chain. Whether each event was allowed (by whom, where, after which gates) is judged by
 * {@link checkProgramme}, which replays every log.
 *
 * @param programme - the programme
 * @param eventLogs - each project's stored log by project id; none for a programme whose projects are all drafted
 * @returns the record, or every issue: `event-log-project-unknown`, `lifecycle-project-mismatch` and the
 *   tampering codes of {@link verifyEventLog}, with paths under `eventLogs`
 *
 * @example
 * ```ts
 * import { seedProgramme2011, seedEventLogs2011 } from 'pairing-aid/examples/2011'
 * const record = createProgrammeRecord(seedProgramme2011, seedEventLogs2011)
 * record.ok && Object.keys(record.value.eventLogs).length
 * //=> 38
 * ```
 */
export function createProgrammeRecord(programme: Programme, eventLogs: Readonly<Record<string, LifecycleEventLog>> = {}): Result<ProgrammeRecord> {
  const projects = new Set<string>(programme.projects.map((project) => project.id));
  const issues: Issue[] = [];
  for (const [id, log] of Object.entries(eventLogs)) {
    if (!projects.has(id)) {
      issues.push(createIssue('event-log-project-unknown', ['eventLogs', id], { project: id }));
      continue;
    }
    const verified = verifyEventLog(log);
    if (!verified.ok) {
      issues.push(...prefixIssues(verified.issues, ['eventLogs', id]));
      continue;
    }
    log.forEach((stored, index) => {
      if (stored.event.project !== id) {
        issues.push(createIssue('lifecycle-project-mismatch', ['eventLogs', id, index, 'event', 'project'], { expected: id, found: String(stored.event.project) }));
      }
    });
  }
  return issues.length > 0 ? fail(issues) : succeed({ programme, eventLogs });
}
