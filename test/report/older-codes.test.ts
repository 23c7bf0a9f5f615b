import { beforeEach, describe, expect, it } from 'vitest';
import { annualReportToJSON, isoDate, personCount, regionCode, renderAnnualReport, type DeclaredCount, type AnnualReport } from '../../src/index.js';
import { identified2011, reportOf, seedInput } from './fixtures.js';
import { bijieCounties } from '../regions/bijie-counties.js';


describe('the records a report names as written under an older code', () => {
  // Built in each test rather than once for the file, so that each test is known to run the code behind it.
  let report: AnnualReport;
  beforeEach(() => {
    report = reportOf();
  });

  it('lists each Bijie county code of 2011 with the code it is counted under at the end of the year', () => {
    expect(report.olderCodes.map((older) => [older.code, older.name?.zh, older.countedUnder.code, older.countedUnder.name?.zh])).toEqual(
      bijieCounties.map(([old, now]) => [old, expect.any(String), now, expect.any(String)]),
    );
    expect(report.olderCodes.find((older) => older.code === '522422')?.countedUnder.name?.zh).toBe('大方县');
    expect(report.olderCodes.find((older) => older.code === '522401')?.countedUnder.name?.zh).toBe('七星关区');
  });

  it('names every Bijie project, sub-project and ledger entry of the year, and none of Qiannan', () => {
    const projects = report.olderCodes.flatMap((older) => older.projects);
    const bijie = seedInput.record.programme.projects.filter((project) => project.id.startsWith('BJ'));
    expect([...projects].sort()).toEqual(bijie.map((project) => project.id).sort());
    expect(report.olderCodes.flatMap((older) => older.subProjects).length).toBe(53);
    const entries = new Set(report.olderCodes.flatMap((older) => older.ledgerEntries));
    const bijieEntries = seedInput.record.programme.ledger.filter((entry) => entry.project.startsWith('BJ') && entry.date <= '2011-12-31');
    expect(entries).toEqual(new Set(bijieEntries.map((entry) => entry.id)));
  });

  it('names the declared counts and identified records by their position in the input, never the persons', () => {
    const dafang: DeclaredCount = { figure: 'dafang-reached', unit: 'persons', count: personCount(800), year: 2011, region: regionCode('522422'), source: { document: { en: 'county report' }, completeness: 'complete' } };
    const built = reportOf({ identifiedBeneficiaries: identified2011, declaredBeneficiaries: [...seedInput.declaredBeneficiaries, dafang] });
    const older = (code: string) => built.olderCodes.find((found) => found.code === code);
    expect(older('522422')?.declaredBeneficiaries).toEqual([seedInput.declaredBeneficiaries.length]);
    const expected = identified2011.flatMap((record, index) => (record.region === '522401' ? [index] : []));
    expect(expected.length).toBeGreaterThan(0);
    expect(older('522401')?.identifiedBeneficiaries).toEqual(expected);
    expect(JSON.stringify(annualReportToJSON(built).olderCodes)).not.toMatch(/5224011980/);
  });

  it('lists nothing when the report shows the codes of a day before the renumbering', () => {
    expect(reportOf({}, { regionsAsOf: isoDate('2011-06-30') }).olderCodes).toEqual([]);
  });

  it('writes them in English and in Chinese', () => {
    expect(renderAnnualReport(report, { locale: 'en' })).toContain('  522422 Dafang County → 520521 Dafang County: 3 projects, 6 sub-projects, 26 ledger entries\n');
    expect(renderAnnualReport(report, { locale: 'zh' })).toContain('  522422 大方县 → 520521 大方县：项目3个，子项目6个，台账记录26条\n');
  });
});
