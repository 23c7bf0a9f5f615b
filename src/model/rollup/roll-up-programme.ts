import type { ActivityCore } from '../project.js';
import type { Programme } from '../programme.js';
import { ledgerColumnsFromProgramme } from './ledger-columns-from-programme.js';
import { rollUpActivities } from './roll-up-activities.js';
import { locationWrittenOn, regionKeyOf, type RollUpOptions } from './roll-up-options.js';
import { mergeRollUps, type RollUp } from './roll-up.js';
import { rollUpLedgerColumns } from './roll-up-ledger-columns.js';
import { summariseLedgerTotals } from './summarise-ledger-totals.js';

/**
 * Rolls up a programme: its ledger's totals by project, category, type, region and year, and its
 * projects and sub-projects counted by region. For a national ledger held as columns, use
 * {@link rollUpLedgerColumns} and {@link summariseLedgerTotals} directly.
 *
 * @param programme - the programme (or one part of it: some projects with their entries)
 * @param options - see {@link RollUpOptions}: a region's totals hold the records written under its older
 *   codes (522426 under 520525 from late 2011), as of the end of the programme's last year unless a date is given
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
export function rollUpProgramme(programme: Programme, options: RollUpOptions = {}): RollUp {
  const ledger = summariseLedgerTotals(rollUpLedgerColumns(ledgerColumnsFromProgramme(programme, programme.ledger, options)));
  const regionKey = regionKeyOf(programme, options);
  const projects = programme.projects.map((project) => {
    const writtenOn = locationWrittenOn(project);
    const place = <T extends ActivityCore>(activity: T): T => ({ ...activity, location: { ...activity.location, region: regionKey(activity.location.region, writtenOn) } });
    return { ...place(project), subProjects: project.subProjects.map(place) };
  });
  return mergeRollUps(ledger, rollUpActivities(projects));
}
