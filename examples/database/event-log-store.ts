// Stores a project's lifecycle events with their hash chain and reads them back verified.
import {
  headOfEventLog,
  replayEventLog,
  verifyEventLog,
  type Lifecycle,
  type LifecycleEventLog,
  type ProjectId,
  type Result,
} from '../../src/index.js';
import type { SqlDatabase } from './database.js';

/** What {@link appendEventLog} did: the events it added, and how many the stored log holds now. */
export interface AppendedEventLog {
  readonly appended: number;
  readonly stored: number;
}

/**
 * Appends the events of a log that are not stored yet (those past the stored head) and moves the head, in one
 * transaction. Stored events are never updated: the primary key (project, sequence) and the unique hash refuse
 * a second event in the same place. A log that does not continue the stored one (shorter than it, or with another
 * event where the stored head is) is refused and nothing is written.
 */
export async function appendEventLog(db: SqlDatabase, project: ProjectId, log: LifecycleEventLog): Promise<AppendedEventLog> {
  return db.transaction(async (tx) => {
    const stored = (await tx.query<{ count: number }>('SELECT count(*)::integer AS count FROM lifecycle_events WHERE project_id = $1', [project])).rows[0]?.count ?? 0;
    const storedHead = (await tx.query<{ head: string }>('SELECT head FROM lifecycle_heads WHERE project_id = $1', [project])).rows[0]?.head;
    const continues = stored === 0 || (stored <= log.length && storedHead === log[stored - 1]?.hash);
    if (!continues) throw new Error(`The log of ${project} does not continue the stored one (${stored} events, head ${storedHead ?? 'missing'}): nothing was appended.`);
    const fresh = log.slice(stored);
    for (const entry of fresh) {
      await tx.query('INSERT INTO lifecycle_events (project_id, sequence, previous_hash, hash, event) VALUES ($1, $2, $3, $4, $5)', [
        project, entry.sequence, entry.previousHash, entry.hash, JSON.stringify(entry.event),
      ]);
    }
    await tx.query(
      'INSERT INTO lifecycle_heads (project_id, head) VALUES ($1, $2) ON CONFLICT (project_id) DO UPDATE SET head = EXCLUDED.head',
      [project, headOfEventLog(log)],
    );
    return { appended: fresh.length, stored: stored + fresh.length };
  });
}

/** A log as read back, verified, and the lifecycle replayed from it. */
export interface LoadedEventLog {
  readonly log: unknown[];
  readonly head: string;
  readonly lifecycle: Lifecycle;
}

/**
 * Reads a project's log back in sequence order, verifies its hash chain against the head kept apart
 * (`verifyEventLog`), and replays it into the project's lifecycle (`replayEventLog`). An altered, removed,
 * inserted or reordered event, or events cut off the end, are refused with the index where they start.
 */
export async function loadEventLog(db: SqlDatabase, project: ProjectId): Promise<Result<LoadedEventLog>> {
  const rows = (await db.query<{ sequence: number; previous_hash: string; hash: string; event: unknown }>(
    'SELECT sequence, previous_hash, hash, event FROM lifecycle_events WHERE project_id = $1 ORDER BY sequence', [project],
  )).rows;
  const head = (await db.query<{ head: string }>('SELECT head FROM lifecycle_heads WHERE project_id = $1', [project])).rows[0]?.head;
  const log = rows.map((row) => ({ sequence: row.sequence, previousHash: row.previous_hash, hash: row.hash, event: row.event }));
  const options = head === undefined ? {} : { expectedHead: head };
  const verified = verifyEventLog(log, options);
  if (!verified.ok) return verified;
  const lifecycle = replayEventLog(project, log, options);
  if (!lifecycle.ok) return lifecycle;
  return { ok: true, value: { log, head: verified.value.head, lifecycle: lifecycle.value } };
}
