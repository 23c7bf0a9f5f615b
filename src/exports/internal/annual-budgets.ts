import { yearOf } from '../../dates/iso-date.js';
import type { Amount } from '../../money/amount.js';
import { addAmounts } from '../../money/add-amounts.js';
import type { ExportActivity } from './activities.js';

/** An activity's budget for one calendar (fiscal) year. */
export interface AnnualBudget {
  readonly year: number;
  readonly amount: Amount;
}

/**
 * An activity's budget by year: its budget entries in the ledger (a project's own and its sub-projects',
 * since a project's budget covers its sub-projects), net of reversals, by the year of their date; the
 * approved budget in the plan year where the ledger holds none.
 */
export function annualBudgetsOf(activity: ExportActivity): AnnualBudget[] {
  const byYear = new Map<number, Amount>();
  for (const entry of activity.budgetEntries) {
    const year = yearOf(entry.date);
    const sum = byYear.get(year);
    byYear.set(year, sum === undefined ? entry.amount : addAmounts(sum, entry.amount));
  }
  if (byYear.size === 0) return [{ year: activity.project.year, amount: activity.activity.budget }];
  return [...byYear].sort(([a], [b]) => a - b).map(([year, amount]) => ({ year, amount }));
}
