import { createIssue } from '../errors/issue.js';
import { fail, succeed, type Result } from '../errors/result.js';
import { genesisHash, hashStoredEvent } from './event-log.js';

/** Options for {@link verifyEventLog}. */
export interface VerifyEventLogOptions {
  /**
   * The hash the log should end with, kept apart from the log ({@link headOfEventLog}). Without it, events cut
   * off the end, or forged and chained onto the end, cannot be told from a shorter or longer honest log.
   */
  readonly expectedHead?: string;
}

/** What a verified log is known to be. */
export interface VerifiedEventLog {
  readonly length: number;
  /** The hash of its last event. */
  readonly head: string;
}

/** The kinds of tampering {@link verifyEventLog} tells apart. */
export type EventLogTampering = 'altered' | 'removed' | 'inserted' | 'reordered' | 'ambiguous';

type Entry = { readonly sequence?: unknown; readonly previousHash?: unknown; readonly hash?: unknown; readonly event?: unknown };

/**
 * Checks a stored event log's hash chain and finds the FIRST place it was tampered with: an event altered
 * (its content no longer matches its hash), removed (a sequence number is missing), inserted (an event that
 * does not belong between its neighbours) or reordered (an event stands before one that should precede it).
 * The issue's path is the index in the log where the tampering starts; for events cut off the end (known only
 * with `expectedHead`) it is the log's length.
 *
 * A forger who rewrites every hash after an edit keeps the chain consistent: only a head kept elsewhere
 * (`expectedHead`) reveals that. Where two events claim the last place and no head is given, nothing tells the
 * genuine one from the forged one: the issue is `event-log-ambiguous`, at the first of the two (the first
 * position in doubt), whichever of them came first.
 *
 * @param log - the stored log, as read back (any JSON value)
 * @param options - see {@link VerifyEventLogOptions}
 * @returns its length and head, or one issue: `event-log-altered`, `event-log-removed`, `event-log-inserted`,
 *   `event-log-reordered`, `event-log-ambiguous` with path `[index]` and params `{ index, tampering }`, or `invalid-type`
 *
 * @example
 * ```ts
 * import { recordSeedLifecycle, seedOrganisations2011, seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const { log } = recordSeedLifecycle(seedProgramme2011.projects[0]!, seedOrganisations2011)
 * const checked = verifyEventLog([log[0]!, log[2]!])
 * checked.ok || [checked.issues[0]?.code, checked.issues[0]?.path]
 * //=> ['event-log-removed', [1]]
 * ```
 */
export function verifyEventLog(log: unknown, options: VerifyEventLogOptions = {}): Result<VerifiedEventLog> {
  if (!Array.isArray(log)) return fail([createIssue('invalid-type', [], { expected: 'array', received: typeof log })]);
  const entries = log as readonly unknown[];
  const { expectedHead } = options;
  let previous = genesisHash;
  for (let index = 0; index < entries.length; index++) {
    if (expectedHead !== undefined && previous === expectedHead) return tampered('inserted', index);
    const entry = entries[index];
    if (!fitsSlot(entry, index, previous)) return tampered(...locate(entries, index, previous, expectedHead));
    previous = (entry as Entry).hash as string;
  }
  if (expectedHead !== undefined && previous !== expectedHead) return tampered('removed', entries.length);
  return succeed({ length: entries.length, head: previous });
}

function tampered(tampering: EventLogTampering, index: number): Result<never> {
  return fail([createIssue(`event-log-${tampering}`, [index], { index, tampering })]);
}

// Tells what happened at the first index whose entry does not fit the chain.
function locate(entries: readonly unknown[], index: number, previous: string, expectedHead: string | undefined): [EventLogTampering, number] {
  const entry = asEntry(entries[index]);
  const next = entries[index + 1];
  if (fitsSlot(next, index, previous)) {
    // The next entry is the one that belongs here: this one is either an intruder or its successor moved up.
    const movedUp = entry !== undefined && isIntact(entry) && entry.sequence === index + 1 && entry.previousHash === asEntry(next)?.hash;
    const copiedFromLater = entry !== undefined && entries.slice(index + 2).some((other) => asEntry(other)?.hash === entry.hash);
    return [movedUp && !copiedFromLater ? 'reordered' : 'inserted', index];
  }
  if (entry === undefined || !isIntact(entry) || typeof entry.sequence !== 'number') return ['altered', index];
  if (entry.sequence === index) return ['altered', index];
  if (entry.sequence < index) {
    const before = asEntry(entries[index - 1]);
    const competes = entry.sequence === index - 1 && before !== undefined && before.previousHash === entry.previousHash && before.hash !== entry.hash;
    if (!competes) return ['inserted', index];
    // Two entries claim the same place: the chain goes on from the genuine one. At the end of a log with no head
    // kept apart, nothing tells which one that is: the place itself is in doubt.
    if (next === undefined && expectedHead === undefined) return ['ambiguous', index - 1];
    const continuesFromThis = next === undefined ? expectedHead === entry.hash : asEntry(next)?.previousHash === entry.hash;
    return ['inserted', continuesFromThis ? index - 1 : index];
  }
  const belongsLater = entries.slice(index + 1).some((other) => fitsSlot(other, index, previous));
  return [belongsLater ? 'reordered' : 'removed', index];
}

function fitsSlot(candidate: unknown, index: number, previous: string): boolean {
  const entry = asEntry(candidate);
  return entry !== undefined && entry.sequence === index && entry.previousHash === previous && isIntact(entry);
}

function isIntact(entry: Entry): boolean {
  if (typeof entry.hash !== 'string') return false;
  try {
    return hashStoredEvent({ sequence: entry.sequence, previousHash: entry.previousHash, event: entry.event }) === entry.hash;
  } catch {
    return false;
  }
}

function asEntry(candidate: unknown): Entry | undefined {
  return typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate) ? (candidate as Entry) : undefined;
}
