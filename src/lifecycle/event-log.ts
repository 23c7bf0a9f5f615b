import { sha256Hex } from '../internal/sha256-hex.js';
import { canonicalJson } from './canonical-json.js';
import type { LoggedEvent } from './event-correction.js';

/**
 * One event as stored in a tamper-evident log: its place, the hash of the stored event before it, and its own
 * hash over the three (SHA-256 of the canonical JSON of `{ event, previousHash, sequence }`, in lowercase hex).
 */
export interface StoredLifecycleEvent {
  /** Its place in the log: 0, 1, 2, … */
  readonly sequence: number;
  /** The `hash` of the event before it; {@link genesisHash} for the first. */
  readonly previousHash: string;
  readonly hash: string;
  /** A lifecycle event, or the correction of one. */
  readonly event: LoggedEvent;
}

/** A project's events as stored: oldest first, each chained to the one before by its hash. */
export type LifecycleEventLog = readonly StoredLifecycleEvent[];

/**
 * The `previousHash` of the first event of every log: 64 zeros.
 *
 * @example
 * ```ts
 * genesisHash.length
 * //=> 64
 * ```
 */
export const genesisHash = '0000000000000000000000000000000000000000000000000000000000000000';

/**
 * The hash a stored event must carry: SHA-256 over the canonical JSON ({@link canonicalJson}) of its
 * `sequence`, `previousHash` and `event`, in lowercase hex. Any app that stores the log as JSON can recompute it.
 *
 * @param entry - the stored event's fields other than `hash`
 * @returns 64 hex digits
 * @throws TypeError when the entry holds a `bigint`
 *
 * @example
 * ```ts
 * import { recordSeedLifecycle, seedOrganisations2011, seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const { event } = recordSeedLifecycle(seedProgramme2011.projects[0]!, seedOrganisations2011).log[0]!
 * hashStoredEvent({ sequence: 0, previousHash: genesisHash, event }).length
 * //=> 64
 * ```
 */
export function hashStoredEvent(entry: { readonly sequence: unknown; readonly previousHash: unknown; readonly event: unknown }): string {
  const { sequence, previousHash, event } = entry;
  return sha256Hex(canonicalJson({ sequence, previousHash, event }));
}

/**
 * Appends events to a log, chaining each to the one before. The log given is not changed: nothing stored is
 * ever rewritten.
 *
 * @param log - the log so far (empty for a new project)
 * @param events - the events to add, oldest first
 * @returns the longer log
 *
 * @example
 * ```ts
 * import { recordSeedLifecycle, seedOrganisations2011, seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const { event } = recordSeedLifecycle(seedProgramme2011.projects[0]!, seedOrganisations2011).log[0]!
 * appendToEventLog([], [event])[0]?.previousHash === genesisHash
 * //=> true
 * ```
 */
export function appendToEventLog(log: LifecycleEventLog, events: readonly LoggedEvent[]): LifecycleEventLog {
  return chainEvents(log, events);
}

/**
 * Appends events of any kind to a hash-chained log (the lifecycle's, the project pool's): numbered, each chained
 * to the one before. The log given is not changed.
 * @internal
 */
export function chainEvents<Event>(
  log: readonly { readonly sequence: number; readonly previousHash: string; readonly hash: string; readonly event: Event }[],
  events: readonly Event[],
): { readonly sequence: number; readonly previousHash: string; readonly hash: string; readonly event: Event }[] {
  const stored = [...log];
  for (const event of events) {
    const sequence = stored.length;
    const previousHash = stored.at(-1)?.hash ?? genesisHash;
    stored.push({ sequence, previousHash, hash: hashStoredEvent({ sequence, previousHash, event }), event });
  }
  return stored;
}

/**
 * The hash of a log's last event ({@link genesisHash} when it is empty): what an app keeps apart from the log
 * (or publishes) so that {@link verifyEventLog} can also tell when events were cut off the end or added.
 *
 * @param log - the log
 * @returns 64 hex digits
 *
 * @example
 * ```ts
 * headOfEventLog([])
 * //=> '0000000000000000000000000000000000000000000000000000000000000000'
 * ```
 */
export function headOfEventLog(log: LifecycleEventLog): string {
  return log.at(-1)?.hash ?? genesisHash;
}
