import type * as z from 'zod';
import { fail, succeed, type Result } from '../errors/result.js';
import { readInput } from '../errors/read-input.js';
import { parseWithSchema } from '../schema/parse-with-schema.js';
import { chainEvents } from '../lifecycle/event-log.js';
import { buildEventLogSchema } from '../lifecycle/event-log-shape.js';
import { verifyEventLog, type VerifyEventLogOptions } from '../lifecycle/verify-event-log.js';
import type { PoolCommand, PoolEvent } from './pool-commands.js';
import { buildPoolCommandSchema, buildPoolEventSchema } from './pool-schema.js';
import { replayPool } from './evolve-pool.js';
import type { PoolStanding } from './pool-standing.js';

/** A pool event as stored: numbered, and chained to the one before by its hash, as the lifecycle's events are. */
export interface StoredPoolEvent {
  readonly sequence: number;
  readonly previousHash: string;
  readonly hash: string;
  readonly event: PoolEvent;
}

/** A pool entry's stored events, oldest first. */
export type PoolEventLog = readonly StoredPoolEvent[];

/**
 * Appends events to a pool entry's log, chaining each to the one before, with the hash the lifecycle's logs use
 * ({@link hashStoredEvent}); {@link verifyEventLog} checks either kind of log. The log given is not changed.
 *
 * @param log - the log so far (empty for a new entry)
 * @param events - the events to add, oldest first
 * @returns the longer log
 */
export function appendToPoolLog(log: PoolEventLog, events: readonly PoolEvent[]): PoolEventLog {
  return chainEvents(log, events);
}

let logSchema: z.ZodType | undefined;
let commandSchema: z.ZodType | undefined;

/**
 * Reads a stored pool log back (from JSON, say): its hash chain first ({@link verifyEventLog}), then the shape of
 * every event, amounts back into amounts (written as the library writes them, else `amount-stored-form`).
 *
 * @param input - the stored log
 * @param options - see {@link VerifyEventLogOptions}
 * @returns the log, or the tampering found, or every shape problem with its path (`[2, 'event', 'at']`)
 */
export function parsePoolLog(input: unknown, options: VerifyEventLogOptions = {}): Result<PoolEventLog> {
  return readInput(() => {
    const verified = verifyEventLog(input, options);
    if (!verified.ok) return verified;
    logSchema ??= buildEventLogSchema(buildPoolEventSchema());
    return parseWithSchema(logSchema, input) as Result<PoolEventLog>;
  });
}

/**
 * Reads a stored pool log and replays it: where the entry stands.
 *
 * @param input - the stored log
 * @param options - see {@link VerifyEventLogOptions}
 * @returns the standing (`undefined` for an empty log), or the issues of {@link parsePoolLog} and
 *   {@link replayPool} (under the event's index and `event`)
 */
export function replayPoolLog(input: unknown, options: VerifyEventLogOptions = {}): Result<PoolStanding | undefined> {
  const parsed = parsePoolLog(input, options);
  if (!parsed.ok) return parsed;
  const replayed = replayPool(parsed.value.map((stored) => stored.event));
  if (replayed.ok) return succeed(replayed.value);
  return fail(replayed.issues.map((found) => ({ ...found, path: [found.path[0] ?? 0, 'event', ...found.path.slice(1)] })));
}

/**
 * Reads a pool command from JSON (a web form, a queue): its shape, amounts and timestamps. Whether it may be
 * given is {@link decidePool}'s question.
 *
 * @param input - the command as received
 * @returns the command, or every shape problem with its path
 */
export function parsePoolCommand(input: unknown): Result<PoolCommand> {
  return readInput(() => {
    commandSchema ??= buildPoolCommandSchema();
    return parseWithSchema(commandSchema, input) as Result<PoolCommand>;
  });
}
