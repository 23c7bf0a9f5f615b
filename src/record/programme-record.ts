import type { LifecycleEventLog } from '../lifecycle/event-log.js';
import type { Programme } from '../model/programme.js';

/**
 * A programme with the lifecycle of each of its projects: the one value that checks, reports, exports and
 * announcements judge and publish. `programme` is the data as entered (a project's data as it was approved);
 * `eventLogs` holds each project's stored, hash-chained event log by project id. What happened to a project —
 * its approvals, announcements, agreement, acceptance, the changes that took effect — is read from its log, so
 * nothing about a project's state is entered twice. A project without a log is drafted: nothing has happened
 * to it yet.
 *
 * Build one with {@link createProgrammeRecord}, read one from JSON with {@link parseProgrammeRecord}, move a
 * project with {@link recordLifecycleCommand}. `JSON.stringify(record)` stores it whole.
 */
export interface ProgrammeRecord {
  readonly programme: Programme;
  /** Each project's stored event log, oldest event first, keyed by project id. */
  readonly eventLogs: Readonly<Record<string, LifecycleEventLog>>;
}
