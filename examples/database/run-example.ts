// The database example as a function, so that a test can run it against the embedded database.
import { canonicalJson, sumAmounts, type Programme } from '../../src/index.js';
import { seedProgramme2011 } from '../data/shenzhen-guizhou-2011-projects.js';
import type { SqlDatabase } from './database.js';
import { appendEventLog, loadEventLog } from './event-log-store.js';
import { loadProgramme, saveProgramme } from './programme-store.js';
import { createTables } from './schema.js';
import { recordSeedLifecycle } from './seed-lifecycle.js';

/** What the example found. */
export interface DatabaseExampleReport {
  readonly database: 'pglite' | 'postgres';
  /** The server's own `SELECT version()`. */
  readonly serverVersion: string;
  /** Whether the programme was new to the database or replaced the copy a previous run stored. */
  readonly programmeSaved: 'stored' | 'replaced';
  readonly activities: number;
  readonly ledgerEntries: number;
  /** Whether the programme read back is the one stored, field for field (amounts to the fen). */
  readonly programmeIdentical: boolean;
  /** The sum of the ledger's amounts, stored and read back. */
  readonly ledgerSum: { readonly stored: string; readonly readBack: string };
  /** Lifecycle events: added by this run (0 when a previous run stored them all), and read back verified. */
  readonly events: { readonly appended: number; readonly verified: number };
  readonly lifecycleStatus: string;
  readonly head: string;
  readonly loaded: Programme;
}

/**
 * Stores the 2011 programme and one project's event log, reads both back and checks them. Run again on the same
 * database, it replaces the programme and appends no event: the log is already stored and must still verify.
 */
export async function runDatabaseExample(db: SqlDatabase, programme: Programme = seedProgramme2011): Promise<DatabaseExampleReport> {
  await db.exec(createTables);
  const serverVersion = (await db.query<{ version: string }>('SELECT version() AS version')).rows[0]?.version ?? '';
  const programmeSaved = await saveProgramme(db, programme);
  const loaded = await loadProgramme(db, programme.id);
  if (!loaded.ok) throw new Error(`The stored programme does not read back: ${loaded.issues.map((issue) => issue.message).join('; ')}`);

  const project = programme.projects[0];
  if (project === undefined) throw new Error('The programme has no project.');
  const { log } = recordSeedLifecycle(project, programme.organisations);
  const { appended } = await appendEventLog(db, project.id, log);
  const readLog = await loadEventLog(db, project.id);
  if (!readLog.ok) throw new Error(`The stored event log does not verify: ${readLog.issues.map((issue) => issue.message).join('; ')}`);

  return {
    database: db.kind,
    serverVersion,
    programmeSaved,
    activities: loaded.value.projects.reduce((count, each) => count + 1 + each.subProjects.length, 0),
    ledgerEntries: loaded.value.ledger.length,
    programmeIdentical: canonicalJson(loaded.value) === canonicalJson(programme),
    ledgerSum: {
      stored: sumAmounts(programme.ledger.map((entry) => entry.amount)).toJSON(),
      readBack: sumAmounts(loaded.value.ledger.map((entry) => entry.amount)).toJSON(),
    },
    events: { appended, verified: readLog.value.log.length },
    lifecycleStatus: readLog.value.lifecycle.status,
    head: readLog.value.head,
    loaded: loaded.value,
  };
}
