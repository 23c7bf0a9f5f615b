import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountFromFen, formatPath, issueTermsZh, translateIssue } from '../../src/index.js';
// The model's rules; checkProgramme runs them on a record together with the lifecycles' rules.
import { checkProgrammeModel as checkProgramme } from '../../src/model/check/check-programme-model.js';
import { seedProgramme2011 } from '../exports/fixtures.js';

describe('checkProgramme on funds', () => {
  it('refuses a negative total or share: a reversal belongs in the ledger', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: -1n }), (fen) => {
        const [fund] = seedProgramme2011.funds;
        if (fund === undefined) throw new Error('The seed programme has a fund');
        const negative = amountFromFen(fen);
        const breakdown = [{ ...fund.breakdown[0], category: fund.breakdown[0]?.category ?? '', amount: negative }];
        const issues = checkProgramme({ ...seedProgramme2011, funds: [{ ...fund, total: negative, breakdown }] });
        const negatives = issues.filter((found) => found.code === 'amount-negative').map((found) => formatPath(found.path));
        expect(negatives).toEqual(['funds[0].total', 'funds[0].breakdown[0].amount']);
      }),
      { numRuns: 20 },
    );
  });

  it('states the negative amount in 万元 in Chinese', () => {
    const [fund] = seedProgramme2011.funds;
    if (fund === undefined) throw new Error('The seed programme has a fund');
    const issues = checkProgramme({ ...seedProgramme2011, funds: [{ ...fund, total: amountFromFen(-4691000000n) }] });
    const negative = issues.find((found) => found.code === 'amount-negative');
    expect(negative === undefined ? '' : translateIssue(negative, 'zh', issueTermsZh).message).toBe('金额为负数（-4691万元），此处不得为负；冲销请记入台账。');
  });
});
