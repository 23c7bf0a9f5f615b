import { createIssue, type Issue, type IssuePath } from '../../errors/issue.js';
import { fenToDecimalString, type Amount } from '../../money/amount.js';
import { convertAmount } from '../../money/format-amount.js';
import { isWithinRegion } from '../../regions/region-code.js';
import type { Programme } from '../programme.js';
import type { ProgrammeIndex } from './programme-index.js';

/**
 * Rule 1 and the funds' references: breakdowns sum exactly, totals and shares are not negative (a reversal is a
 * ledger entry), categories and donors are known.
 */
export function checkFunds(programme: Programme, index: ProgrammeIndex): Issue[] {
  const issues: Issue[] = [];
  programme.funds.forEach((fund, f) => {
    if (!index.organisations.has(fund.donor)) {
      issues.push(createIssue('organisation-unknown', ['funds', f, 'donor'], { organisation: fund.donor }));
    }
    if (fund.total.fen < 0n) issues.push(negativeAmount(fund.total, ['funds', f, 'total']));
    let sum = 0n;
    fund.breakdown.forEach((share, s) => {
      sum += share.amount.fen;
      if (share.amount.fen < 0n) issues.push(negativeAmount(share.amount, ['funds', f, 'breakdown', s, 'amount']));
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

/** An amount that may not be negative, at its path: `amount-negative`, whose Chinese message states it in 万元. */
export function negativeAmount(value: Amount, path: IssuePath): Issue {
  return createIssue('amount-negative', path, { input: value.toJSON(), wan: convertAmount(value, 'wan').replace(/\.?0+$/, '') });
}
