import { createIssue, type Issue } from '../../errors/issue.js';
import { PairingAidError } from '../../errors/pairing-aid-error.js';
import { isDonorEntry } from '../funding-sources-of.js';
import { ledgerKinds, type LedgerEntry } from '../ledger.js';
import type { Programme } from '../programme.js';
import type { ActivityCore, Project } from '../project.js';
import {
  appendLedgerRow,
  createLedgerColumnsBuilder,
  finishLedgerColumns,
  ledgerKeyIndex,
  type LedgerRow,
} from './ledger-columns-builder.js';
import type { LedgerColumns } from './ledger-columns.js';
import { locationWrittenOn, regionKeyOf, type RollUpOptions } from './roll-up-options.js';

interface Placement {
  readonly project: Project;
  readonly activity: ActivityCore;
  buckets: { readonly project: number; readonly type: number; readonly region: number } | undefined;
}

/**
 * Builds ledger columns from a programme's entries: each entry's project, fund category, year, its
 * project's type, and the region of its sub-project (or, without one, of its project). The columns hold the donor's
 * money: entries of another funding source ({@link isDonorEntry}) are left out, so roll-ups are the donor's.
 *
 * @param programme - the programme
 * @param entries - the entries to take (default the programme's ledger)
 * @param options - see {@link RollUpOptions}: old and new codes of one area are put together under the code in force
 *   at the end of the programme's last year, or on `regionsAsOf`
 * @returns the columns
 * @throws {@link PairingAidError} `ledger-project-unknown`, `ledger-sub-project-unknown` for entries
 *   that cannot be placed (check the programme first with {@link checkProgramme})
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * ledgerColumnsFromProgramme(seedProgramme2011).keys.region.length
 * //=> 20
 * ```
 */
export function ledgerColumnsFromProgramme(
  programme: Programme,
  entries: readonly LedgerEntry[] = programme.ledger,
  options: RollUpOptions = {},
): LedgerColumns {
  const regionKey = regionKeyOf(programme, options);
  // Each activity's project, type and region buckets are found at its first entry and kept for the others: the
  // keys are still added in the order the entries first name them.
  const activities = new Map<string, Placement>();
  for (const project of programme.projects) {
    activities.set(project.id, { project, activity: project, buckets: undefined });
    for (const sub of project.subProjects) activities.set(sub.id, { project, activity: sub, buckets: undefined });
  }
  const builder = createLedgerColumnsBuilder(entries.length);
  const row: LedgerRow = { fen: 0, kind: 0, project: 0, category: 0, type: 0, region: 0, year: 0 };
  const issues: Issue[] = [];
  entries.forEach((entry, e) => {
    if (!isDonorEntry(entry)) return;
    const project = activities.get(entry.project);
    const placed = entry.subProject === undefined ? project : activities.get(entry.subProject);
    if (project === undefined || project.project.id !== entry.project) {
      issues.push(createIssue('ledger-project-unknown', [e, 'project'], { project: entry.project }));
      return;
    }
    if (placed === undefined || placed.project.id !== entry.project) {
      issues.push(createIssue('ledger-sub-project-unknown', [e, 'subProject'], { subProject: entry.subProject ?? '', project: entry.project }));
      return;
    }
    row.fen = Number(entry.amount.fen);
    if (!Number.isSafeInteger(row.fen)) {
      issues.push(createIssue('ledger-row-invalid', [e, 'amount'], { index: e, field: 'fen', value: entry.amount.toJSON() }));
      return;
    }
    row.kind = ledgerKinds.indexOf(entry.kind);
    let buckets = placed.buckets;
    if (buckets === undefined) {
      const projectBucket = ledgerKeyIndex(builder, 'project', entry.project);
      row.category = ledgerKeyIndex(builder, 'category', entry.category);
      const typeBucket = ledgerKeyIndex(builder, 'type', project.project.type);
      const regionBucket = ledgerKeyIndex(builder, 'region', regionKey(placed.activity.location.region, locationWrittenOn(project.project)));
      buckets = placed.buckets = { project: projectBucket, type: typeBucket, region: regionBucket };
    } else {
      row.category = ledgerKeyIndex(builder, 'category', entry.category);
    }
    row.project = buckets.project;
    row.type = buckets.type;
    row.region = buckets.region;
    row.year = ledgerKeyIndex(builder, 'year', entry.date.slice(0, 4));
    appendLedgerRow(builder, row);
  });
  if (issues.length > 0) throw new PairingAidError(issues);
  return finishLedgerColumns(builder);
}
