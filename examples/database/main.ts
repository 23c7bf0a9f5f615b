// Stores the 2011 programme and a project's lifecycle event log in PostgreSQL and reads them back.
// Run: npx tsx examples/database/main.ts                          (embedded PGlite, nothing to install)
//      DATABASE_URL=postgres://user:pass@localhost:5432/aid npx tsx examples/database/main.ts   (needs `npm install pg`)
import { openDatabase } from './database.js';
import { runDatabaseExample } from './run-example.js';

const db = await openDatabase(process.env.DATABASE_URL);
try {
  const report = await runDatabaseExample(db);
  console.log(`database                    ${report.database}`);
  console.log(`projects and sub-projects   ${report.activities}`);
  console.log(`ledger entries              ${report.ledgerEntries}`);
  console.log(`ledger sum stored / read    ${report.ledgerSum.stored} / ${report.ledgerSum.readBack}`);
  console.log(`programme read back equal   ${report.programmeIdentical ? 'yes' : 'NO'}`);
  console.log(`events stored, log verified ${report.eventsStored}, head ${report.head.slice(0, 16)}…`);
  console.log(`lifecycle replayed          ${report.lifecycleStatus}`);
  if (!report.programmeIdentical || report.ledgerSum.stored !== report.ledgerSum.readBack) process.exitCode = 1;
} finally {
  await db.close();
}
