import type { IsoDate } from '../dates/iso-date.js';
import type { Lifecycle } from '../lifecycle/lifecycle.js';
import type { LifecycleStatus } from '../lifecycle/lifecycle-states.js';
import type { ProjectId } from '../model/ids.js';
import { projectHistory } from './project-history.js';
import type { ProgrammeRecord } from './programme-record.js';
import type { RecordOptions } from './record-options.js';

/**
 * A project's lifecycle as its stored log makes it (replayed up to the first event that should not have been
 * recorded, if any: {@link checkProgramme} reports that event), or `undefined` for a project the programme does
 * not have.
 *
 * @param record - the programme with its event logs
 * @param project - the project's id
 * @param options - the announcement policy
 * @returns the lifecycle
 *
 * @example
 * ```ts
 * import { seedRecord2011 } from 'pairing-aid/examples/2011'
 * projectLifecycle(seedRecord2011, projectId('BJ-2011-01'))?.status
 * //=> 'closed'
 * ```
 */
export function projectLifecycle(record: ProgrammeRecord, project: ProjectId, options: RecordOptions = {}): Lifecycle | undefined {
  const found = record.programme.projects.find((candidate) => candidate.id === project);
  return found === undefined ? undefined : projectHistory(record, found, options).lifecycle;
}

/**
 * The state a project was in at the end of a day: what a report as of 31 December shows, whatever happened
 * later. `drafted` before its first event; `undefined` for a project the programme does not have.
 *
 * @param record - the programme with its event logs
 * @param project - the project's id
 * @param date - the day (in China)
 * @param options - the announcement policy
 * @returns the state
 *
 * @example
 * ```ts
 * import { seedRecord2011 } from 'pairing-aid/examples/2011'
 * projectStatusOn(seedRecord2011, projectId('BJ-2011-01'), isoDate('2011-03-12'))
 * //=> 'approved'
 * projectStatusOn(seedRecord2011, projectId('BJ-2011-01'), isoDate('2011-12-31'))
 * //=> 'closed'
 * ```
 */
export function projectStatusOn(record: ProgrammeRecord, project: ProjectId, date: IsoDate, options: RecordOptions = {}): LifecycleStatus | undefined {
  const found = record.programme.projects.find((candidate) => candidate.id === project);
  if (found === undefined) return undefined;
  let status: LifecycleStatus = 'drafted';
  for (const span of projectHistory(record, found, options).timeline) {
    if (span.on > date) break;
    status = span.status;
  }
  return status;
}
