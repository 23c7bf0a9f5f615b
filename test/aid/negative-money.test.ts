import { describe, expect, it } from 'vitest';
import { seedNonProjectAid2011 } from '../../examples/data/shenzhen-guizhou-2011.js';
import { amount, checkNonProjectAid, translateIssue, type IndustrialCooperation, type NonProjectAid, type StudentSubsidy } from '../../src/index.js';

const subsidy = seedNonProjectAid2011.find((record): record is StudentSubsidy => record.kind === 'student-subsidy')!;
const farming = seedNonProjectAid2011.find((record): record is IndustrialCooperation => record.kind === 'industrial-cooperation')!;
const figure = (yuan: string) => ({ ...farming.farmingFunds[0]!, value: amount(yuan) });
const findings = (record: NonProjectAid) => checkNonProjectAid([record]).map((issue) => [issue.code, issue.path, issue.params['input']]);

describe('the money of non-project aid is never negative', () => {
  it('refuses negative farming funds and investment, each at its report', () => {
    const record: IndustrialCooperation = { ...farming, investment: [figure('30000000'), figure('-5000000')], farmingFunds: [figure('-2000000')] };
    expect(findings(record)).toEqual([
      ['amount-negative', [0, 'investment', 1, 'value'], '-5000000.00'],
      ['amount-negative', [0, 'farmingFunds', 0, 'value'], '-2000000.00'],
    ]);
  });

  it('refuses a negative subsidy and a negative share of a fund', () => {
    const record: StudentSubsidy = { ...subsidy, amount: [figure('-1')], funds: [{ category: 'education-aid', amount: amount('-300000') }] };
    expect(findings(record)).toEqual([
      ['amount-negative', [0, 'funds', 0, 'amount'], '-300000.00'],
      ['amount-negative', [0, 'amount', 0, 'value'], '-1.00'],
    ]);
  });

  it('accepts zero, and says in Chinese how much in 万元 was negative', () => {
    expect(findings({ ...farming, investment: [figure('0')], farmingFunds: [figure('0')] })).toEqual([]);
    expect(findings({ ...subsidy, amount: [figure('0')], funds: [{ category: 'education-aid', amount: amount('0') }] })).toEqual([]);
    const [issue] = checkNonProjectAid([{ ...farming, investment: [figure('-5000000')] }]);
    expect(translateIssue(issue!, 'zh').message).toBe('金额为负数（-500万元），此处不得为负；冲销请记入台账。');
  });
});
