import type { IsoDate } from '../../dates/iso-date.js';
import type { ActivityCore } from '../project.js';
import type { Programme } from '../programme.js';
import { ledgerColumnsFromProgramme } from './ledger-columns-from-programme.js';
import { rollUpActivities } from './roll-up-activities.js';
import { regionKeyOf, type RollUpOptions } from './roll-up-options.js';
import { mergeRollUps, type RollUp } from './roll-up.js';
import { rollUpLedgerColumns } from './roll-up-ledger-columns.js';
import { summariseLedgerTotals } from './summarise-ledger-totals.js';

/**
 * Rolls up a programme: its ledger's totals by project, category, type, region and year, and its
 * projects and sub-projects counted by region. For a national ledger held as columns, use
 * {@link rollUpLedgerColumns} and {@link summariseLedgerTotals} directly.
 *
 * @param programme - the programme (or one part of it: some projects with their entries)
 * @param options - see {@link RollUpOptions}; with `regionsAsOf` a region's totals hold the records
 *   written under its older codes (522426 under 520525 at the end of 2011)
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
  const regionKey = regionKeyOf(options);
  const firstDay = (year: number) => `${String(year).padStart(4, '0')}-01-01` as IsoDate;
  const projects =
    options.regionsAsOf === undefined
      ? programme.projects
      : programme.projects.map((project) => {
          const writtenOn = project.locationDate ?? firstDay(project.year);
          const place = <T extends ActivityCore>(activity: T): T => ({ ...activity, location: { ...activity.location, region: regionKey(activity.location.region, writtenOn) } });
          return { ...place(project), subProjects: project.subProjects.map(place) };
        });
  return mergeRollUps(ledger, rollUpActivities(projects));
}
