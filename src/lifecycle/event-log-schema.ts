import type * as z from 'zod';
import { parseWithSchema } from '../schema/parse-with-schema.js';
import { fail, type Result } from '../errors/result.js';
import type { ProjectId } from '../model/ids.js';
import type { LifecycleEventLog } from './event-log.js';
import { buildEventLogSchema, buildLoggedEventSchema } from './event-log-shape.js';
import { replayLifecycle } from './evolve-lifecycle.js';
import type { Lifecycle } from './lifecycle.js';
import { verifyEventLog, type VerifyEventLogOptions } from './verify-event-log.js';
import { readInput } from '../errors/read-input.js';

// Built on first use, so that importing the library builds no schema.
let logSchema: z.ZodType | undefined;

/**
 * Reads a stored event log back (from JSON, say): verifies its hash chain first ({@link verifyEventLog}), then
 * the shape of every event, turning amounts back into {@link Amount} values.
 *
 * @param input - the stored log
 * @param options - see {@link VerifyEventLogOptions}
 * @returns the log, or the issues: the tampering found, or every shape problem with its path
 *   (`[3, 'event', 'at']`): `invalid-type`, `invalid-value` (an unknown event type among them),
 *   `unrecognized-key`, `timestamp-invalid`, `reason-required`, `id-invalid`, `invalid-date` and the amount codes
 *   (`amount-stored-form` for an amount not written as the library writes it)
 *
 * @example
 * ```ts
 * import { recordSeedLifecycle, seedOrganisations2011, seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const { log } = recordSeedLifecycle(seedProgramme2011.projects[0]!, seedOrganisations2011)
 * parseEventLog(JSON.parse(JSON.stringify(log))).ok
 * //=> true
 * ```
 */
export function parseEventLog(input: unknown, options: VerifyEventLogOptions = {}): Result<LifecycleEventLog> {
  return readInput(() => {
    const verified = verifyEventLog(input, options);
    if (!verified.ok) return verified;
    logSchema ??= buildEventLogSchema(buildLoggedEventSchema());
    return parseWithSchema(logSchema, input) as Result<LifecycleEventLog>;
  });
}

/**
 * Reads a stored event log and replays it: the project's current lifecycle, from a log any app stored as it
 * liked. The log is verified first, so an altered, removed, inserted or reordered event is reported, not
 * replayed.
 *
 * @param project - the project's id
 * @param input - the stored log
 * @param options - see {@link VerifyEventLogOptions}
 * @returns the lifecycle, or the issues of {@link parseEventLog} and {@link replayLifecycle} (whose paths
 *   start with the event's index)
 *
 * @example
 * ```ts
 * import { recordSeedLifecycle, seedOrganisations2011, seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const project = seedProgramme2011.projects[0]!
 * const stored = JSON.stringify(recordSeedLifecycle(project, seedOrganisations2011).log)
 * const replayed = replayEventLog(project.id, JSON.parse(stored))
 * replayed.ok && replayed.value.status
 * //=> 'closed'
 * ```
 */
export function replayEventLog(project: ProjectId, input: unknown, options: VerifyEventLogOptions = {}): Result<Lifecycle> {
  const parsed = parseEventLog(input, options);
  if (!parsed.ok) return parsed;
  const replayed = replayLifecycle(project, parsed.value.map((stored) => stored.event));
  if (replayed.ok) return replayed;
  // The replay names the event's index; in the stored log the event sits under `event`.
  return fail(replayed.issues.map((found) => ({ ...found, path: [found.path[0] ?? 0, 'event', ...found.path.slice(1)] })));
}
