import type * as z from 'zod';
import { readInput } from '../errors/read-input.js';
import { fail, succeed, type Result } from '../errors/result.js';
import { chainEvents } from '../lifecycle/event-log.js';
import { buildEventLogSchema } from '../lifecycle/event-log-shape.js';
import { verifyEventLog, type VerifyEventLogOptions } from '../lifecycle/verify-event-log.js';
import { parseWithSchema } from '../schema/parse-with-schema.js';
import { buildAssessmentCommandSchema, buildAssessmentEventSchema } from './assessment-schema.js';
import type { AssessmentCommand, AssessmentEvent, AssessmentStanding } from './assessment-steps.js';
import type { AssessmentContext } from './decide-assessment.js';
import { foldAssessmentEvents, replayAssessment } from './evolve-assessment.js';

/** An assessment event as stored: numbered, and chained to the one before by its hash, as the lifecycle's are. */
export interface StoredAssessmentEvent {
  readonly sequence: number;
  readonly previousHash: string;
  readonly hash: string;
  readonly event: AssessmentEvent;
}

/** A year's assessment of one side, as stored events, oldest first. */
export type AssessmentEventLog = readonly StoredAssessmentEvent[];

/**
 * Appends events to an assessment's log, chaining each to the one before with the lifecycle's hash
 * ({@link hashStoredEvent}), so {@link verifyEventLog} checks it like any other log. The log given is not changed.
 *
 * @param log - the log so far (empty for a new assessment)
 * @param events - the events to add, oldest first
 * @returns the longer log
 *
 * @example
 * ```ts
 * import { seedAssessmentLog2011 } from 'pairing-aid/examples/2011'
 * appendToAssessmentLog([], seedAssessmentLog2011.map((stored) => stored.event)).at(-1)?.hash === seedAssessmentLog2011.at(-1)?.hash
 * //=> true
 * ```
 */
export function appendToAssessmentLog(log: AssessmentEventLog, events: readonly AssessmentEvent[]): AssessmentEventLog {
  return chainEvents(log, events);
}

let logSchema: z.ZodType | undefined;
let commandSchema: z.ZodType | undefined;

/**
 * Reads a stored assessment log back (from JSON, say): its hash chain first ({@link verifyEventLog}), then the
 * shape of every event, then whether each event can follow the one before (one year and side, steps in order).
 * {@link replayAssessmentLog} also decides every event again under the assessment's context.
 *
 * @param input - the stored log
 * @param options - see {@link VerifyEventLogOptions}
 * @returns the log, or the tampering found, or every shape problem with its path (`[2, 'event', 'at']`), or
 *   the first event out of order (`assessment-event-out-of-order`, `assessment-mismatch`)
 *
 * @example
 * ```ts
 * import { seedAssessmentLog2011 } from 'pairing-aid/examples/2011'
 * parseAssessmentLog(JSON.parse(JSON.stringify(seedAssessmentLog2011))).ok
 * //=> true
 * const altered = JSON.parse(JSON.stringify(seedAssessmentLog2011))
 * altered[1].event.late = false
 * const refused = parseAssessmentLog(altered)
 * refused.ok || refused.issues[0]?.code
 * //=> 'event-log-altered'
 * ```
 */
export function parseAssessmentLog(input: unknown, options: VerifyEventLogOptions = {}): Result<AssessmentEventLog> {
  return readInput(() => {
    const verified = verifyEventLog(input, options);
    if (!verified.ok) return verified;
    logSchema ??= buildEventLogSchema(buildAssessmentEventSchema());
    const parsed = parseWithSchema(logSchema, input) as Result<AssessmentEventLog>;
    if (!parsed.ok) return parsed;
    const folded = foldAssessmentEvents(parsed.value.map((stored) => stored.event));
    return folded.ok ? parsed : fail(underEvent(folded.issues));
  });
}

/**
 * Reads a stored assessment log and replays it, deciding every event again under the context: where the year's
 * assessment of one side stands, with each step's finding, due day and lateness.
 *
 * @param input - the stored log
 * @param context - whose year, the organisations and the designated bodies
 * @param options - see {@link VerifyEventLogOptions}
 * @returns the standing (`undefined` for an empty log), or the issues of {@link parseAssessmentLog} and
 *   {@link replayAssessment} (under the event's index and `event`)
 *
 * @example
 * ```ts
 * import { seedAssessmentContext2011, seedAssessmentLog2011 } from 'pairing-aid/examples/2011'
 * const replayed = replayAssessmentLog(JSON.parse(JSON.stringify(seedAssessmentLog2011)), seedAssessmentContext2011)
 * replayed.ok && [replayed.value?.status, replayed.value?.late.map((step) => step.event)]
 * //=> ['reported', ['self-evaluation-corrected', 'cross-checked']]
 * ```
 */
export function replayAssessmentLog(input: unknown, context: AssessmentContext, options: VerifyEventLogOptions = {}): Result<AssessmentStanding | undefined> {
  return readInput(() => {
    const parsed = parseAssessmentLog(input, options);
    if (!parsed.ok) return parsed;
    const replayed = replayAssessment(
      parsed.value.map((stored) => stored.event),
      context,
    );
    return replayed.ok ? succeed(replayed.value) : fail(underEvent(replayed.issues));
  });
}

// The replay names the event's index; in the stored log the event sits under `event`.
const underEvent = (issues: readonly { readonly path: readonly (string | number)[] }[]) =>
  issues.map((found) => ({ ...found, path: [found.path[0] ?? 0, 'event', ...found.path.slice(1)] })) as never;

/**
 * Reads an assessment command from JSON (a web form, a queue): its shape and timestamp. Whether it may be
 * given is {@link decideAssessment}'s question.
 *
 * @param input - the command as received
 * @returns the command, or every shape problem with its path
 *
 * @example
 * ```ts
 * parseAssessmentCommand({ type: 'report', by: { organisation: 'gd-leading-group', kind: 'leading-group' }, at: '2012-02-20T10:00:00+08:00', finding: { score: '60.00', grade: 'fair' } }).ok
 * //=> true
 * ```
 */
export function parseAssessmentCommand(input: unknown): Result<AssessmentCommand> {
  return readInput(() => {
    commandSchema ??= buildAssessmentCommandSchema();
    return parseWithSchema(commandSchema, input) as Result<AssessmentCommand>;
  });
}
