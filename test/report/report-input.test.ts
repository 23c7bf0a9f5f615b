import { describe, expect, it } from 'vitest';
import {
  amount,
  annualReportToJSON,
  buildAnnualReport,
  formatPath,
  isoDate,
  ledgerEntryId,
  personCount,
  planId,
  projectId,
  recordLifecycleCommand,
  regionCode,
  renderAnnualReport,
  timestamp,
  unwrap,
  actor,
  organisationId,
  activityId,
  type AnnualReport,
  type DeclaredCount,
  type Fund,
  type LedgerEntry,
  type NonProjectAid,
  type Plan,
  type Programme,
  type Project,
} from '../../src/index.js';
import { reportOf, seedInput, seedOptions, seedProgramme } from './fixtures.js';

/** A ledger entry of the 2011 programme's counterpart support. */
const entry = (id: string, kind: LedgerEntry['kind'], project: string, yuan: string, date: string, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id: ledgerEntryId(id),
  kind,
  project: projectId(project),
  category: 'counterpart-support',
  amount: amount(yuan),
  date: isoDate(date),
  ...extra,
});

/** The 2011 programme with one project changed and its ledger replaced by the entries given. */
const withProject = (id: string, change: Partial<Project>, ledger: readonly LedgerEntry[]): Programme => ({
  ...seedProgramme,
  projects: seedProgramme.projects.map((project) => (project.id === id ? { ...project, ...change } : project)),
  ledger: [...seedProgramme.ledger.filter((found) => found.project !== id), ...ledger],
});

const rowOf = (report: AnnualReport, id: string) => report.projects.rows.find((row) => row.project === id);
const lines = (report: AnnualReport, locale: 'en' | 'zh') => renderAnnualReport(report, { locale }).split('\n');

describe('which ledger entries a report counts', () => {
  it('counts the money of the projects itemised, by kind', () => {
    const report = reportOf();
    expect(annualReportToJSON(report).projects.itemised.ledger).toEqual({ budget: '24000000.00', commitment: '24000000.00', disbursement: '23980000.00', expenditure: '15832000.00' });
  });

  it('counts money dated on the first and on the last day of the year in the year', () => {
    const ledger = [entry('QN-13-jan', 'disbursement', 'QN-2011-13', '100000', '2011-01-01'), entry('QN-13-dec', 'expenditure', 'QN-2011-13', '40000', '2011-12-31')];
    const report = reportOf({ programme: withProject('QN-2011-13', {}, ledger) });
    const row = rowOf(report, 'QN-2011-13');
    expect([row?.inYear.disbursement.toJSON(), row?.inYear.expenditure.toJSON(), row?.toDate.disbursement.toJSON()]).toEqual(['100000.00', '40000.00', '100000.00']);
    const qiannan = report.projects.byPrefecture.find((found) => found.region.code === '522700');
    expect([qiannan?.ledger.disbursement.toJSON(), qiannan?.ledger.expenditure.toJSON()]).toEqual(['11150000.00', '7207250.00']);
  });

  it('carries over an earlier year’s project whose only money of the year is dated 1 January', () => {
    const ledger = [entry('QN-13-2010', 'disbursement', 'QN-2011-13', '500000', '2010-11-20'), entry('QN-13-jan', 'disbursement', 'QN-2011-13', '300000', '2011-01-01')];
    const report = reportOf({ programme: withProject('QN-2011-13', { year: 2010 }, ledger) });
    expect([report.projects.carriedOver.projects, report.projects.carriedOver.ledger.disbursement.toJSON()]).toEqual([1, '300000.00']);
    expect([rowOf(report, 'QN-2011-13')?.carriedOver, rowOf(report, 'QN-2011-13')?.toDate.disbursement.toJSON()]).toEqual([true, '800000.00']);
  });

  it('lists the next year’s project whose money is dated 31 December, with that money', () => {
    const ledger = [entry('QN-13-dec', 'disbursement', 'QN-2011-13', '250000', '2011-12-31')];
    const report = reportOf({ programme: withProject('QN-2011-13', { year: 2012 }, ledger) });
    expect([rowOf(report, 'QN-2011-13')?.year, rowOf(report, 'QN-2011-13')?.inYear.disbursement.toJSON()]).toEqual([2012, '250000.00']);
    expect(report.projects.itemised.projects).toBe(38);
  });

  it('counts the donor’s money only, leaving out the entries of other funding sources', () => {
    const local = entry('BJ-01-local', 'disbursement', 'BJ-2011-01', '200000', '2011-06-01', { source: 'local-integrated' });
    const report = reportOf({ programme: { ...seedProgramme, ledger: [...seedProgramme.ledger, local] } });
    expect(rowOf(report, 'BJ-2011-01')?.inYear.disbursement.toJSON()).toBe('500000.00');
    expect(report.projects.itemised.ledger.disbursement.toJSON()).toBe('23980000.00');
  });

  it('counts the money of a project recorded twice once in its prefecture', () => {
    const first = seedProgramme.projects[0]!;
    const report = reportOf({ programme: { ...seedProgramme, projects: [...seedProgramme.projects, first] } });
    expect(report.projects.byPrefecture.map((row) => [row.region.code, row.ledger.disbursement.toJSON()])).toEqual([
      ['520500', '11980000.00'],
      ['522700', '12000000.00'],
    ]);
  });

  it('compares a plan with the money of the approved projects only, leaving a cancelled one’s out', () => {
    const plan: Plan = { id: planId('sz-2011'), kind: 'annual', name: { en: '2011 plan' }, fromYear: 2011, toYear: 2011, agreed: [{ amount: amount('20 million') }], targets: [] };
    const cancelled = unwrap(
      recordLifecycleCommand(seedInput.record, projectId('QN-2011-13'), {
        type: 'cancel',
        by: actor(organisationId('sz-support-office'), 'support-office'),
        at: timestamp('2011-12-28T10:00:00+08:00'),
        reason: 'Withdrawn by the county.',
      }),
    ).record;
    const report = reportOf({ record: { ...cancelled, programme: { ...cancelled.programme, plans: [plan] } } });
    const [compared] = report.plans.plans;
    expect([compared?.inYear.amounts[0]?.actual.toJSON(), compared?.cumulative.amounts[0]?.actual.toJSON(), compared?.cumulative.amounts[0]?.percent]).toEqual(['23030000.00', '23030000.00', '115.15']);
  });
});

describe('which funds a report counts', () => {
  const fundOf = (change: Partial<Fund>): Fund => ({ ...seedProgramme.funds[0]!, ...change });
  const totalOf = (funds: readonly Fund[], recipients = seedOptions.recipients) => reportOf({ programme: { ...seedProgramme, funds } }, { recipients }).funds.total.toJSON();

  it('counts a fund that names no recipient for every recipient', () => {
    expect(totalOf([fundOf({ recipients: [] })])).toBe('46910000.00');
  });

  it('counts a fund for the recipients and others, and leaves out a fund for others only', () => {
    expect(totalOf([fundOf({ recipients: [regionCode('522400'), regionCode('520200')] })], [regionCode('522400')])).toBe('46910000.00');
    expect(totalOf([fundOf({ recipients: [regionCode('530000')] })])).toBe('0.00');
  });

  it('counts only the shares of the report’s recipients, and those that name none', () => {
    const [, relief, training] = seedProgramme.funds[0]!.breakdown;
    const split = fundOf({
      breakdown: [
        { category: 'counterpart-support', amount: amount('21000000'), recipient: regionCode('522400') },
        { category: 'counterpart-support', amount: amount('21810000'), recipient: regionCode('522700') },
        relief!,
        training!,
      ],
    });
    const qiannan = reportOf({ programme: { ...seedProgramme, funds: [split] } }, { recipients: [regionCode('522700')] });
    expect(qiannan.funds.byRecipient.map((row) => [row.region.code, row.amount.toJSON()])).toEqual([['522700', '21810000.00']]);
    expect(qiannan.funds.byCategory.map((row) => [row.category, row.donated.toJSON()])).toEqual([
      ['counterpart-support', '21810000.00'],
      ['disaster-relief', '2800000.00'],
      ['cadre-training', '1300000.00'],
    ]);
  });
});

describe('which declared beneficiaries a report counts', () => {
  const source = { document: { en: 'County statistics' }, completeness: 'complete' } as const;
  const count = (figure: string, persons: number, extra: Partial<DeclaredCount> = {}): DeclaredCount =>
    ({ figure, unit: 'persons', count: personCount(persons), year: 2011, source, ...extra }) as DeclaredCount;
  const figuresOf = (declaredBeneficiaries: readonly DeclaredCount[]) => reportOf({ declaredBeneficiaries }).beneficiaries.declared.map((found) => [found.figure, found.count]);

  it('counts those of the year and of the recipients, an undated count as the year’s', () => {
    const { year: _year, ...undated } = count('villagers-undated', 800);
    expect(
      figuresOf([
        count('villagers-2011', 900),
        undated as DeclaredCount,
        count('villagers-2012', 700, { year: 2012 }),
        count('villagers-bijie', 600, { region: regionCode('522401') }),
        count('villagers-yunnan', 500, { region: regionCode('530102') }),
      ]),
    ).toEqual([
      ['villagers-2011', 900],
      ['villagers-undated', 800],
      ['villagers-bijie', 600],
    ]);
  });
});

describe('which rules of the non-project aid a report checks', () => {
  it('reports aid whose fund category the programme does not define, under the aid’s path', () => {
    const nonProjectAid = seedInput.nonProjectAid.map((record): NonProjectAid => (record.kind === 'cadre-training' ? { ...record, funds: [{ category: 'tea-subsidies', amount: amount('1.3 million') }] } : record));
    const report = reportOf({ nonProjectAid });
    expect(report.issues.map((issue) => [issue.code, formatPath(issue.path)])).toContainEqual(['fund-category-unknown', 'nonProjectAid[0].funds[0].category']);
  });
});

describe('a donor named under a code since renumbered', () => {
  // 富阳市 330183 became 富阳区 330111 at the end of 2014; a report on 2015 may be asked under either code.
  const training = (id: string, donor: string): NonProjectAid => {
    const [first] = seedInput.nonProjectAid;
    return { ...(first as Extract<NonProjectAid, { kind: 'cadre-training' }>), id: activityId(id), year: 2015, donor: regionCode(donor), recipients: [regionCode('522600')], funds: [] };
  };
  const reportOn2015 = () =>
    buildAnnualReport(
      { ...seedInput, nonProjectAid: [training('fuyang-city-2015', '330183'), training('fuyang-district-2015', '330111'), training('yuhang-2015', '330110')] },
      { donor: regionCode('330183'), year: 2015, recipients: [regionCode('522600')] },
    );

  it('is shown under its code in force, with the code it was asked under', () => {
    const report = reportOn2015();
    expect([report.donor.code, report.donor.name?.zh, report.donor.codesInData]).toEqual(['330111', '富阳区', ['330183']]);
  });

  it('selects the records written under either of its codes, and no other district’s', () => {
    expect(reportOn2015().training.activities.map((row) => row.id)).toEqual(['fuyang-city-2015', 'fuyang-district-2015']);
  });
});

describe('amounts and personal data in the JSON of a report', () => {
  it('masks a mobile number in a name that ends or starts like an amount', () => {
    const [first, ...rest] = seedProgramme.projects;
    const named = (zh: string) => reportOf({ programme: { ...seedProgramme, projects: [{ ...first!, name: { zh } }, ...rest] } });
    expect(annualReportToJSON(named('联系13912345678 预算12.50')).projects.rows[0]?.name).toEqual({ zh: '联系139****5678 预算12.50' });
    expect(annualReportToJSON(named('12.50 联系13912345678')).projects.rows[0]?.name).toEqual({ zh: '12.50 联系139****5678' });
  });

  it('keeps an amount as it is', () => {
    expect(annualReportToJSON(reportOf()).funds.total).toBe('46910000.00');
  });
});

describe('the rendered money of a report', () => {
  it('writes the prefecture’s money with entries on the year’s first and last days, in both languages', () => {
    const ledger = [entry('QN-13-jan', 'disbursement', 'QN-2011-13', '100000', '2011-01-01'), entry('QN-13-dec', 'expenditure', 'QN-2011-13', '40000', '2011-12-31')];
    const report = reportOf({ programme: withProject('QN-2011-13', {}, ledger) });
    expect(lines(report, 'en')).toContain('  Qiannan Buyei and Miao Autonomous Prefecture (522700)        13            18   12.00      11.15   7.21                         13/18, 12.00* [5]');
    expect(lines(report, 'zh')).toContain('  黔南布依族苗族自治州（522700）       13      18  1,200.00  1,115.00  720.73   13/18、1,200.00* [5]');
  });
});
