import { beforeEach, describe, expect, it } from 'vitest';
import { amount, annualReportToJSON, containsPersonalData, type NonProjectAid, type AnnualReport } from '../../src/index.js';
import { reportOf, residentId, seedInput } from './fixtures.js';

describe('annualReportToJSON', () => {
  // Built in each test rather than once for the file, so that each test is known to run the code behind it.
  let report: AnnualReport;
  beforeEach(() => {
    report = reportOf();
  });

  it('writes amounts as decimal strings of yuan', () => {
    const json = annualReportToJSON(report);
    expect(json.funds.total).toBe('46910000.00');
    expect(json.projects.byPrefecture.map((row) => [row.budget, row.ledger.disbursement])).toEqual([
      ['12000000.00', '11980000.00'],
      ['12000000.00', '12000000.00'],
    ]);
    expect(json.industry.farmingFunds).toBe('2000000.00');
  });

  it('is the report’s own JSON when nothing personal is in it', () => {
    expect(JSON.stringify(annualReportToJSON(report))).toBe(JSON.stringify(report));
  });

  it('masks personal numbers in texts but leaves amounts alone, even one that looks like a mobile number', () => {
    const id = residentId('52050219900101123');
    const nonProjectAid: NonProjectAid[] = seedInput.nonProjectAid.map((record, i) => (i === 1 ? { ...record, name: { en: `Paid to ${id}` } } : record));
    const fund = seedInput.record.programme.funds[0]!;
    const programme = { ...seedInput.record.programme, funds: [{ ...fund, total: amount('13812345678'), breakdown: [{ category: 'counterpart-support', amount: amount('13812345678') }] }] };
    const text = JSON.stringify(annualReportToJSON(reportOf({ nonProjectAid, programme })));
    // Amounts are the only strings left as they are; everything else is free of personal numbers.
    expect(containsPersonalData(text.replace(/"-?\d+\.\d{2}"/g, '""'))).toBe(false);
    expect(text).toContain('"total":"13812345678.00"');
    expect(text).toContain('Paid to 520502********');
  });
});
