// One partition's work: summarise its slice of the ledger and of the beneficiary records, and send the
// summaries back as JSON text (what would cross a network between machines).
import { parentPort, workerData } from 'node:worker_threads';
import {
  beneficiarySummaryToJSON,
  rollUpLedgerColumns,
  summariseBeneficiaryColumns,
  summariseLedgerTotals,
  type BeneficiaryColumns,
  type LedgerColumns,
} from '../src/index.js';

const { ledger, beneficiaries } = workerData as { ledger: LedgerColumns; beneficiaries: BeneficiaryColumns };
const rollUp = summariseLedgerTotals(rollUpLedgerColumns(ledger));
const people = summariseBeneficiaryColumns(beneficiaries, { groupBy: 'prefecture' });
parentPort?.postMessage({ rollUp: JSON.stringify(rollUp), beneficiaries: JSON.stringify(beneficiarySummaryToJSON(people)) });
