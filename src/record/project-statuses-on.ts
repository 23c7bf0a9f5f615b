import { parseIsoDate, type IsoDate } from '../dates/iso-date.js';
import { tryEvolveLifecycle } from '../lifecycle/evolve-lifecycle.js';
import { startLifecycle, type Lifecycle } from '../lifecycle/lifecycle.js';
import type { LifecycleEvent } from '../lifecycle/lifecycle-command.js';
import type { LifecycleStatus } from '../lifecycle/lifecycle-states.js';
import type { ProjectId } from '../model/ids.js';
import { projectHistory } from './project-history.js';
import type { ProgrammeRecord } from './programme-record.js';
import type { RecordOptions } from './record-options.js';

/**
 * Where a project stood at the end of a day, by its log: its state, its lifecycle up to then, and the days of
 * the events that reports and exports date it by.
 * @internal
 */
export interface ProjectStatusOn {
  readonly status: LifecycleStatus;
  readonly lifecycle: Lifecycle;
  /** Whether the final (prefecture government's) approval had been given and the project was not cancelled. */
  readonly approved: boolean;
  /** Cancelled (已撤销) or rejected (不予批准): not counted as approved or planned. */
  readonly withdrawn: boolean;
  /** The day of the final approval. */
  readonly approvedOn?: IsoDate;
  /** The day implementation started. */
  readonly startedOn?: IsoDate;
  /** The day of the last completion (a rectification's included). */
  readonly completedOn?: IsoDate;
  /** The day it was cancelled or rejected. */
  readonly withdrawnOn?: IsoDate;
}

// The day in China of an event: the date part of a timestamp written at +08:00, else the converted instant.
function dayOf(at: string): IsoDate | undefined {
  if (at.endsWith('+08:00')) return at.slice(0, 10) as IsoDate;
  const day = parseIsoDate(at);
  return day.ok ? day.value : undefined;
}

/**
 * Each project's standing at the end of a day (in China), from the events of its log that stand (a log is
 * replayed up to its first refused event, which {@link checkProgramme} reports). Events dated later do not
 * count, so a report as of 31 December shows the year as it ended, whatever happened afterwards.
 * @internal
 */
export function projectStatusesOn(record: ProgrammeRecord, date: IsoDate, options: RecordOptions = {}): ReadonlyMap<ProjectId, ProjectStatusOn> {
  const statuses = new Map<ProjectId, ProjectStatusOn>();
  for (const project of record.programme.projects) {
    const history = projectHistory(record, project, options);
    const last = history.events.at(-1);
    const whole = last === undefined || (dayOf(last.at) ?? date) <= date;
    statuses.set(project.id, standingOf(whole ? history.lifecycle : undefined, project.id, history.events, date));
  }
  return statuses;
}

function standingOf(final: Lifecycle | undefined, project: ProjectId, events: readonly LifecycleEvent[], date: IsoDate): ProjectStatusOn {
  let lifecycle: Lifecycle = final ?? startLifecycle(project);
  let approvedOn: IsoDate | undefined;
  let startedOn: IsoDate | undefined;
  let completedOn: IsoDate | undefined;
  let withdrawnOn: IsoDate | undefined;
  for (const event of events) {
    const dated = DATED_EVENTS.has(event.type);
    if (final !== undefined && !dated) continue;
    const on = dayOf(event.at);
    if (on === undefined || on > date) break;
    if (final === undefined) {
      const next = tryEvolveLifecycle(lifecycle, event);
      if (!next.ok) break;
      lifecycle = next.value;
    }
    if (event.type === 'approved-by-prefecture-government') approvedOn ??= on;
    else if (event.type === 'implementation-started') startedOn ??= on;
    else if (event.type === 'construction-completed' || event.type === 'rectification-completed') completedOn = on;
    else if (event.type === 'cancelled' || event.type === 'rejected') withdrawnOn = on;
  }
  const withdrawn = lifecycle.status === 'cancelled' || lifecycle.status === 'rejected';
  return {
    status: lifecycle.status,
    lifecycle,
    approved: approvedOn !== undefined && !withdrawn,
    withdrawn,
    ...(approvedOn === undefined ? {} : { approvedOn }),
    ...(startedOn === undefined ? {} : { startedOn }),
    ...(completedOn === undefined ? {} : { completedOn }),
    ...(withdrawnOn === undefined ? {} : { withdrawnOn }),
  };
}

const DATED_EVENTS: ReadonlySet<string> = new Set([
  'approved-by-prefecture-government',
  'implementation-started',
  'construction-completed',
  'rectification-completed',
  'cancelled',
  'rejected',
]);
