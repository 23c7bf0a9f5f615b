// A seed project's lifecycle from proposal to closure, recorded through the public API as an app would.
import {
  createProgrammeRecord,
  projectLifecycle,
  recordLifecycleCommand,
  unwrap,
  type Lifecycle,
  type LifecycleEventLog,
  type LifecycleStatus,
  type Organisation,
  type Project,
} from '../../src/index.js';
import { seedCommands2011 } from '../data/shenzhen-guizhou-2011-lifecycles.js';
import { seedProgramme2011 } from '../data/shenzhen-guizhou-2011-projects.js';

/** A lifecycle and the stored log of the events that made it. */
export interface RecordedLifecycle {
  readonly lifecycle: Lifecycle;
  readonly log: LifecycleEventLog;
}

/**
 * Moves a seed project from proposal through the four approvals, the announcement, the liability agreement,
 * implementation, acceptance and the completion announcement to closure in 2011, stopping early at `until`.
 * Each command is decided against the programme's organisations (who may act, and where).
 */
export function recordSeedLifecycle(project: Project, organisations: readonly Organisation[], until: LifecycleStatus = 'closed'): RecordedLifecycle {
  let record = unwrap(createProgrammeRecord({ ...seedProgramme2011, organisations, projects: [project], ledger: [] }));
  for (const command of seedCommands2011(project)) {
    if (projectLifecycle(record, project.id)?.status === until) break;
    record = unwrap(recordLifecycleCommand(record, project.id, command)).record;
  }
  return { lifecycle: projectLifecycle(record, project.id)!, log: record.eventLogs[project.id] ?? [] };
}
