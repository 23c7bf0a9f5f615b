import { describe, expect, it } from 'vitest';
import {
  twoYearAnnouncementPolicy,
  twoYearCommands,
  twoYearProgramme,
  twoYearRecord,
  twoYearReportInput,
  twoYearReportOptions,
} from '../../examples/data/bijie-qiannan-2011-2012.js';
import {
  annualReportToJSON,
  announcementPeriod,
  buildAnnualReport,
  checkProgramme,
  checkRegionInForce,
  createProgrammeRecord,
  gb2260Registry,
  isoDate,
  projectId,
  recordLifecycleCommand,
  regionCode,
  regionSuccessions,
  renderAnnualReport,
  rollUpProgramme,
  timestamp,
  unwrap,
  workingDayPolicy,
  type LifecycleCommand,
  type ProgrammeRecord,
} from '../../src/index.js';

const registry = gb2260Registry();
const policy = { announcementPolicy: twoYearAnnouncementPolicy };
const report2011 = buildAnnualReport(twoYearReportInput, twoYearReportOptions(2011));
const report2012 = buildAnnualReport(twoYearReportInput, twoYearReportOptions(2012));
const money = (totals: { readonly [kind: string]: { toJSON(): string } }) => Object.fromEntries(Object.entries(totals).map(([kind, value]) => [kind, value.toJSON()]));

// Records the commands up to (not including) the first dated after `until`, on the programme's projects of those years.
function recordUntil(until: string): ProgrammeRecord {
  const projects = twoYearProgramme.projects.filter((project) => `${project.year}-01-01` <= until);
  const programme = { ...twoYearProgramme, projects, ledger: twoYearProgramme.ledger.filter((entry) => entry.date <= until) };
  let record = unwrap(createProgrammeRecord(programme));
  for (const [id, commands] of Object.entries(twoYearCommands)) {
    if (!projects.some((project) => project.id === id)) continue;
    for (const command of commands.filter((found) => found.at.slice(0, 10) <= until)) record = unwrap(recordLifecycleCommand(record, projectId(id), command, policy)).record;
  }
  return record;
}

describe('a two-year programme in Bijie and Qiannan, 2011–2012', () => {
  describe('the renumbering of Bijie, as the registry dates it', () => {
    it('passes 大方县 522422 to 520521 on 2011-10-22, the day of the State Council’s approval', () => {
      const [succession] = regionSuccessions(registry, regionCode('522422'));
      expect(succession).toMatchObject({ from: '522422', to: ['520521'], extent: 'whole', date: '2011-10-22', dayKnown: true });
      expect(regionSuccessions(registry, regionCode('522400'))[0]).toMatchObject({ to: ['520500'], date: '2011-10-22' });
    });

    it('accepts the new code from that day, and the old one until the 201112 release is in force', () => {
      const next = { acceptNextRevision: true };
      expect(checkRegionInForce(registry, '520521', isoDate('2011-10-21'), [], next).map((issue) => issue.code)).toEqual(['region-not-in-force']);
      expect(checkRegionInForce(registry, '520521', isoDate('2011-10-22'), [], next)).toEqual([]);
      expect(checkRegionInForce(registry, '522422', isoDate('2011-11-30'))).toEqual([]);
      expect(checkRegionInForce(registry, '522422', isoDate('2011-12-01')).map((issue) => issue.code)).toEqual(['region-not-in-force']);
    });
  });

  describe('the record', () => {
    it('keeps every rule under 7-working-day announcements, projects under both codes of 大方县 included', () => {
      expect(twoYearProgramme.projects.map((project) => [project.id, project.location.region])).toEqual([
        ['DF-2011-01', '522422'],
        ['DY-2011-01', '522701'],
        ['DF-2012-01', '520521'],
      ]);
      expect(checkProgramme(twoYearRecord, policy)).toEqual([]);
    });

    it('finds the stored periods wrong when judged by 10 calendar days instead', () => {
      expect(checkProgramme(twoYearRecord).map((issue) => issue.code)).toContain('event-log-event-mismatch');
    });

    it('counts the National Day announcement in working days: from 2011-09-29 it ends on 2011-10-13, on 2011-10-10 without the holidays', () => {
      const period = announcementPeriod(isoDate('2011-09-29'), twoYearAnnouncementPolicy);
      expect(period.ok && period.value.lastDay).toBe('2011-10-13');
      const noHolidays = announcementPeriod(isoDate('2011-09-29'), workingDayPolicy(7, { holidays: [], workingWeekends: [], years: [2011] }));
      expect(noHolidays.ok && noHolidays.value.lastDay).toBe('2011-10-10');
    });

    it('refuses to start building the road before the announcement has run, on 2011-10-10 or 2011-10-13', () => {
      const signed = recordUntil('2011-10-11');
      const start = (day: string): LifecycleCommand => ({ ...(twoYearCommands['DF-2011-01']?.[8] as LifecycleCommand), at: timestamp(`${day}T10:00:00+08:00`) });
      for (const day of ['2011-10-10', '2011-10-13']) {
        const refused = recordLifecycleCommand(signed, projectId('DF-2011-01'), start(day), policy);
        expect(refused.ok ? [] : refused.issues.map((issue) => issue.code), day).toContain('announcement-period-not-over');
      }
      expect(recordLifecycleCommand(signed, projectId('DF-2011-01'), start('2011-10-14'), policy).ok).toBe(true);
    });
  });

  describe('the 2011 report', () => {
    it('shows the road’s 2011 money and Bijie under 520500, the code in force at the year end', () => {
      expect(report2011.issues).toEqual([]);
      expect(report2011.projects.byPrefecture.map((row) => [row.region.code, row.region.codesInData, row.projects, money(row.ledger)])).toEqual([
        ['520500', ['522400'], 1, { budget: '1000000.00', commitment: '1000000.00', disbursement: '600000.00', expenditure: '400000.00' }],
        ['522700', [], 1, { budget: '600000.00', commitment: '600000.00', disbursement: '600000.00', expenditure: '500000.00' }],
      ]);
      expect(report2011.projects.rows.map((row) => [row.project, row.region.code, row.status])).toEqual([
        ['DF-2011-01', '520521', 'in-implementation'],
        ['DY-2011-01', '522701', 'closed'],
      ]);
      expect(report2011.projects.carriedOver.projects).toBe(0);
    });

    it('names the records written under 522422 and the code they were counted under', () => {
      expect(report2011.olderCodes).toEqual([
        expect.objectContaining({ code: '522422', countedUnder: expect.objectContaining({ code: '520521' }), projects: ['DF-2011-01'], ledgerEntries: ['df-1', 'df-2', 'df-3', 'df-4'], identifiedBeneficiaries: [0, 1] }),
      ]);
    });

    it('is the same whether or not the 2012 data has been recorded', () => {
      const asOf2011 = buildAnnualReport({ ...twoYearReportInput, record: recordUntil('2011-12-31'), identifiedBeneficiaries: twoYearReportInput.identifiedBeneficiaries.filter((record) => record.year === 2011) }, twoYearReportOptions(2011));
      expect(JSON.stringify(annualReportToJSON(report2011))).toBe(JSON.stringify(annualReportToJSON(asOf2011)));
    });
  });

  describe('the 2012 report', () => {
    it('shows the road’s 2012 money as carried over, apart from the new project’s', () => {
      expect(report2012.issues).toEqual([]);
      expect([report2012.projects.itemised.projects, money(report2012.projects.itemised.ledger)]).toEqual([1, { budget: '500000.00', commitment: '500000.00', disbursement: '300000.00', expenditure: '0.00' }]);
      expect([report2012.projects.carriedOver.projects, money(report2012.projects.carriedOver.ledger)]).toEqual([1, { budget: '0.00', commitment: '0.00', disbursement: '400000.00', expenditure: '600000.00' }]);
      expect(report2012.projects.rows.map((row) => [row.project, row.carriedOver, row.status])).toEqual([
        ['DF-2011-01', true, 'closed'],
        ['DF-2012-01', false, 'in-implementation'],
      ]);
    });

    it('counts both codes of 大方县 as one area, under 520521 and 毕节市 520500', () => {
      expect(report2012.projects.byPrefecture.map((row) => [row.region.code, row.region.codesInData, money(row.ledger).disbursement, money(row.carriedOver).disbursement])).toEqual([
        ['520500', ['522400'], '300000.00', '400000.00'],
      ]);
      expect(report2012.projects.rows.map((row) => row.region.code)).toEqual(['520521', '520521']);
      expect(report2012.olderCodes.map((older) => [older.code, older.countedUnder.code, older.projects, older.ledgerEntries])).toEqual([['522422', '520521', ['DF-2011-01'], ['df-5', 'df-6']]]);
      const both = rollUpProgramme(twoYearProgramme);
      expect(both.byRegion['520521']?.budget.toJSON()).toBe('1500000.00');
      expect(both.byRegion['522422']).toBeUndefined();
    });

    it('writes the carry-over and the older code in both languages', () => {
      const en = renderAnnualReport(report2012, { locale: 'en' });
      expect(en).toContain('Carried over into 2012 by 1 earlier year\'s project: disbursed 0.40 million yuan, spent 0.60 million yuan');
      expect(en).toContain('  522422 Dafang County → 520521 Dafang County: 1 project, 2 ledger entries\n');
      expect(renderAnnualReport(report2012, { locale: 'zh' })).toContain('  522422 大方县 → 520521 大方县：项目1个，台账记录2条\n');
    });
  });
});
