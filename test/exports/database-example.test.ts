import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amount, canonicalJson, checkProgramme, ledgerEntryId, projectId, isoDate, type Programme } from '../../src/index.js';
import { openDatabase, type SqlDatabase } from '../../examples/database/database.js';
import { appendEventLog, loadEventLog } from '../../examples/database/event-log-store.js';
import { loadProgramme, saveProgramme } from '../../examples/database/programme-store.js';
import { runDatabaseExample, type DatabaseExampleReport } from '../../examples/database/run-example.js';
import { recordSeedLifecycle } from '../../examples/database/seed-lifecycle.js';
import { seedProgramme2011 } from './fixtures.js';

// One embedded PGlite for the file: starting one takes a few seconds.
let db: SqlDatabase;
let report: DatabaseExampleReport;

beforeAll(async () => {
  db = await openDatabase();
  report = await runDatabaseExample(db);
});

afterAll(async () => {
  await db.close();
});

describe('the database example (embedded PGlite)', () => {
  it('reads the programme back identical, every amount to the fen', () => {
    expect(report.database).toBe('pglite');
    expect([report.activities, report.ledgerEntries]).toEqual([109, seedProgramme2011.ledger.length]);
    expect(report.programmeIdentical).toBe(true);
    expect(report.loaded).toEqual(seedProgramme2011);
    expect(report.ledgerSum.readBack).toBe(report.ledgerSum.stored);
    expect(checkProgramme(report.loaded)).toEqual([]);
  });

  it('reads the event log back verified, and replays it to the stored lifecycle', () => {
    expect([report.eventsStored, report.lifecycleStatus, report.head.length]).toEqual([13, 'closed', 64]);
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
