import type { Programme } from '../programme.js';
import { ledgerColumnsFromProgramme } from './ledger-columns-from-programme.js';
import { rollUpActivities } from './roll-up-activities.js';
import { mergeRollUps, type RollUp } from './roll-up.js';
import { rollUpLedgerColumns } from './roll-up-ledger-columns.js';
import { summariseLedgerTotals } from './summarise-ledger-totals.js';

/**
 * Rolls up a programme: its ledger's totals by project, category, type, region and year, and its
 * projects and sub-projects counted by region. For a national ledger held as columns, use
 * {@link rollUpLedgerColumns} and {@link summariseLedgerTotals} directly.
 *
 * @param programme - the programme (or one part of it: some projects with their entries)
 * @returns the roll-up
 * @throws {@link PairingAidError} as {@link ledgerColumnsFromProgramme} does for entries of unknown projects
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const summary = rollUpProgramme(seedProgramme2011);
 * [summary.activityTotal, summary.byRegion['522700']?.budget.toJSON()]
 * //=> [{ projects: 38, subProjects: 71 }, '12000000.00']
 * ```
 */
export function rollUpProgramme(programme: Programme): RollUp {
  const ledger = summariseLedgerTotals(rollUpLedgerColumns(ledgerColumnsFromProgramme(programme)));
  return mergeRollUps(ledger, rollUpActivities(programme.projects));
}
