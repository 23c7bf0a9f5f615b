import { createIssue, type Issue } from '../../errors/issue.js';
import { fenToDecimalString } from '../../money/amount.js';
import { isWithinRegion } from '../../regions/region-code.js';
import type { Programme } from '../programme.js';
import type { ProgrammeIndex } from './programme-index.js';

/** Rule 1 and the funds' references: breakdowns sum exactly, categories and donors are known. */
export function checkFunds(programme: Programme, index: ProgrammeIndex): Issue[] {
  const issues: Issue[] = [];
  programme.funds.forEach((fund, f) => {
    if (!index.organisations.has(fund.donor)) {
      issues.push(createIssue('organisation-unknown', ['funds', f, 'donor'], { organisation: fund.donor }));
    }
    let sum = 0n;
    fund.breakdown.forEach((share, s) => {
      sum += share.amount.fen;
      if (!index.categories.has(share.category)) {
        issues.push(createIssue('fund-category-unknown', ['funds', f, 'breakdown', s, 'category'], { category: share.category }));
      }
      const recipient = share.recipient;
      if (recipient !== undefined && fund.recipients.length > 0 && !fund.recipients.some((outer) => isWithinRegion(recipient, outer))) {
        issues.push(createIssue('fund-recipient-unlisted', ['funds', f, 'breakdown', s, 'recipient'], { recipient }));
      }
    });
    if (sum !== fund.total.fen) {
      issues.push(
        createIssue('fund-breakdown-mismatch', ['funds', f, 'breakdown'], {
          total: fund.total.toJSON(),
          sum: fenToDecimalString(sum),
        }),
      );
    }
  });
  return issues;
}
