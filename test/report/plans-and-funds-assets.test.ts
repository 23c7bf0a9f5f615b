import { describe, expect, it } from 'vitest';
import { seedAnnualReportInput2011, seedRecord2011, seedReportOptions2011 } from '../../examples/data/index.js';
import {
  amount,
  buildAnnualReport,
  isoDate,
  ledgerEntryId,
  projectId,
  renderAnnualReport,
  type ProgrammeRecord,
} from '../../src/index.js';
import { withAssetsRegistered } from './fixtures.js';

// QN-2011-01 announced its completion by 20 December 2011. Its county registers a road on the last day of 2011
// and a cold store on the first day of 2012, when the project still has money paid out (a carried-over payment).
const project = projectId('QN-2011-01');
function registeredAcrossTheYearEnd(): ProgrammeRecord {
  const register = (record: ProgrammeRecord, at: string, name: string, value: string) =>
    withAssetsRegistered([{ class: 'public-welfare', name: { zh: name }, value: amount(value), owner: '村民委员会', manager: '村民委员会', handedOverOn: isoDate(at.slice(0, 10)) }], at, record);
  const registered = register(register(seedRecord2011, '2011-12-31T10:00:00+08:00', '村组道路1.2公里', '500000'), '2012-01-01T10:00:00+08:00', '农产品冷库', '200000');
  const carriedOver = { id: ledgerEntryId('qn-2011-01-2012-payment'), kind: 'disbursement' as const, project, category: 'counterpart-support' as const, amount: amount('10000'), date: isoDate('2012-03-01') };
  return { ...registered, programme: { ...registered.programme, ledger: [...registered.programme.ledger, carriedOver] } };
}
const reportFor = (year: number) => buildAnnualReport({ ...seedAnnualReportInput2011, record: registeredAcrossTheYearEnd() }, { ...seedReportOptions2011, year });

describe('the assets of a year, at its two ends', () => {
  it('count what is registered on the year’s last day', () => {
    const report = reportFor(2011);
    expect(report.assets.assets.map((asset) => [asset.project, asset.name, asset.registeredOn])).toEqual([[project, { zh: '村组道路1.2公里' }, '2011-12-31']]);
    expect(renderAnnualReport(report, { locale: 'zh' })).toContain('2011年登记移交的项目资产：公益性1项（50.00万元）');
  });

  it('count what is registered on the year’s first day, and not what a listed project registered the year before', () => {
    const report = reportFor(2012);
    expect(report.projects.rows.map((row) => row.project)).toContain(project);
    expect(report.assets.assets.map((asset) => [asset.project, asset.name, asset.registeredOn])).toEqual([[project, { zh: '农产品冷库' }, '2012-01-01']]);
    expect(report.assets.byClass.map((row) => [row.class, row.count, row.value.toJSON()])).toEqual([
      ['operating', 0, '0.00'],
      ['public-welfare', 1, '200000.00'],
      ['household', 0, '0.00'],
    ]);
    expect(renderAnnualReport(report, { locale: 'zh' })).toContain('2012年登记移交的项目资产：公益性1项（20.00万元）');
  });
});
