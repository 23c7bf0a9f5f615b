import type { FundCategoryCode } from '../../model/fund-category.js';
import type { Amount } from '../../money/amount.js';
import { addAmounts, subtractAmounts } from '../../money/add-amounts.js';
import { isZeroAmount } from '../../money/compare-amounts.js';
import { sumAmounts } from '../../money/sum-amounts.js';
import type { ExportActivity } from './activities.js';

/** One fund category's share of a project's budget. */
export interface CategoryShare {
  readonly category: FundCategoryCode;
  readonly amount: Amount;
}

/**
 * A project's approved budget (the activity of a project) by fund category: the budget entries booked on it and its sub-projects, by
 * category, with whatever of the approved budget they leave uncovered in the project's own category. The
 * shares sum exactly to the approved budget.
 */
export function budgetByCategory(exported: ExportActivity): CategoryShare[] {
  const { project } = exported;
  const byCategory = new Map<FundCategoryCode, Amount>();
  for (const entry of exported.budgetEntries) {
    const sum = byCategory.get(entry.category);
    byCategory.set(entry.category, sum === undefined ? entry.amount : addAmounts(sum, entry.amount));
  }
  const uncovered = subtractAmounts(project.budget, sumAmounts([...byCategory.values()]));
  if (!isZeroAmount(uncovered) || byCategory.size === 0) {
    const own = byCategory.get(project.category);
    byCategory.set(project.category, own === undefined ? uncovered : addAmounts(own, uncovered));
  }
  return [...byCategory].map(([category, amount]) => ({ category, amount }));
}
