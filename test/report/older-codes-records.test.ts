import { describe, expect, it } from 'vitest';
import { twoYearAnnouncementPolicy, twoYearRecord, twoYearReportInput, twoYearReportOptions } from '../../examples/data/bijie-qiannan-2011-2012.js';
import {
  actor,
  amount,
  buildAnnualReport,
  isoDate,
  ledgerEntryId,
  organisationId,
  personCount,
  projectId,
  recordLifecycleCommand,
  regionCode,
  renderAnnualReport,
  subProjectId,
  timestamp,
  unwrap,
  type AnnualReport,
  type AnnualReportInput,
  type DeclaredCount,
  type IdentifiedBeneficiary,
  type LedgerEntry,
  type ProgrammeRecord,
  type Project,
} from '../../src/index.js';

// The 2011 report of the two-year programme: 大方县's village road is recorded under its 2011 code 522422, which
// gave way to 520521 on 2011-10-22; 都匀市's drinking water under 522701, still in force at the end of the year.
const BIJIE = '522400';
const QIANNAN = '522700';
// 遵义地区 (522100) became 遵义市 (520300) in 1997; its 道真县 was 522125 until then, and was renamed
// 道真仡佬族苗族自治县 in 1986.
const ZUNYI = '522100';

function report2011(change: { readonly record?: ProgrammeRecord; readonly before?: readonly Project[]; readonly ledger?: readonly LedgerEntry[]; readonly input?: Partial<AnnualReportInput>; readonly recipients?: readonly string[] } = {}): AnnualReport {
  const record = change.record ?? twoYearRecord;
  const { programme } = record;
  const changed = { ...programme, projects: [...(change.before ?? []), ...programme.projects], ledger: [...programme.ledger, ...(change.ledger ?? [])] };
  return buildAnnualReport(
    { ...twoYearReportInput, ...change.input, record: { ...record, programme: changed } },
    { ...twoYearReportOptions(2011), recipients: (change.recipients ?? [BIJIE, QIANNAN]).map((code) => regionCode(code)) },
  );
}

/** A project of 2011 not yet proposed (it has no log), in a county, its codes written on a day. */
const drafted = (id: string, name: Project['name'], region: string, writtenOn: string, extra: Partial<Project> = {}): Project => {
  const [road] = twoYearRecord.programme.projects;
  return { ...road!, id: projectId(id), name, location: { region: regionCode(region) }, locationDate: isoDate(writtenOn), year: 2011, endYear: 2011, subProjects: [], ...extra };
};

const nayong = (extra: Partial<Project> = {}) => drafted('NY-2011-01', { zh: '纳雍县2011年人畜饮水项目', en: 'Nayong County 2011 drinking water' }, '522426', '2011-03-01', extra);

const declaredCount = (region: string): DeclaredCount => ({
  figure: 'villagers-reached',
  unit: 'persons',
  count: personCount(300),
  year: 2011,
  region: regionCode(region),
  source: { document: { zh: '县扶贫办报告', en: 'county poverty-relief office report' }, completeness: 'complete' },
});

const reached = (appId: string, project: string, region: string, year: number): IdentifiedBeneficiary => ({
  person: { kind: 'app', appId },
  registeredPoor: true,
  attachedTo: { kind: 'project', project: projectId(project) },
  region: regionCode(region),
  year,
});

/** The lines naming the records written under older codes. */
function olderLines(report: AnnualReport, locale: 'en' | 'zh'): string[] {
  return renderAnnualReport(report, { locale })
    .split('\n')
    .filter((line) => line.includes(' → '));
}

describe('buildAnnualReport and renderAnnualReport, the records written under an older code', () => {
  it('lists the older codes in the order of their codes, each with the code it is counted under and the code of the data', () => {
    const report = report2011({ before: [nayong()] });
    expect(report.olderCodes.map((older) => [older.code, older.name, older.countedUnder, older.projects])).toEqual([
      ['522422', { zh: '大方县', en: 'Dafang County' }, { code: '520521', name: { zh: '大方县', en: 'Dafang County' }, codesInData: ['522422'] }, ['DF-2011-01']],
      ['522426', { zh: '纳雍县', en: 'Nayong County' }, { code: '520525', name: { zh: '纳雍县', en: 'Nayong County' }, codesInData: ['522426'] }, ['NY-2011-01']],
    ]);
    expect(olderLines(report, 'en')).toEqual([
      '  522422 Dafang County → 520521 Dafang County: 1 project, 4 ledger entries, 2 identified beneficiary records',
      '  522426 Nayong County → 520525 Nayong County: 1 project',
    ]);
    expect(olderLines(report, 'zh')).toEqual(['  522422 大方县 → 520521 大方县：项目1个，台账记录4条，有身份记录的受益人2条', '  522426 纳雍县 → 520525 纳雍县：项目1个']);
  });

  it('counts one sub-project and one ledger entry in the singular', () => {
    const sub = { id: subProjectId('NY-2011-01-a'), name: { zh: '纳雍县人畜饮水子项目A', en: 'Nayong County drinking water, sub-project A' }, type: 'drinking-water', location: { region: regionCode('522426') }, budget: amount('100万元') };
    const entry: LedgerEntry = { id: ledgerEntryId('ny-1'), kind: 'budget', project: projectId('NY-2011-01'), subProject: sub.id, category: 'counterpart-support', amount: amount('100万元'), date: isoDate('2011-06-01') };
    const report = report2011({ before: [nayong({ type: 'drinking-water', subProjects: [sub] })], ledger: [entry] });
    const older = report.olderCodes.find((found) => found.code === '522426');
    expect([older?.projects, older?.subProjects, older?.ledgerEntries]).toEqual([['NY-2011-01'], ['NY-2011-01-a'], ['ny-1']]);
    expect(olderLines(report, 'en')).toContain('  522426 Nayong County → 520525 Nayong County: 1 project, 1 sub-project, 1 ledger entry');
    expect(olderLines(report, 'zh')).toContain('  522426 纳雍县 → 520525 纳雍县：项目1个，子项目1个，台账记录1条');
  });

  it('counts the year’s declared counts and identified records under an older code, and none of another year, of a code in force, or outside the recipients', () => {
    const identifiedBeneficiaries = [
      ...twoYearReportInput.identifiedBeneficiaries,
      // Index 4: the road's villager of the next year, under its old code; index 5: a code outside the recipients.
      reached('dafang-004', 'DF-2011-01', '522422', 2012),
      reached('daozhen-001', 'DZ-2011-01', '522125', 2011),
    ];
    const report = report2011({ input: { declaredBeneficiaries: [declaredCount('522422'), declaredCount(QIANNAN)], identifiedBeneficiaries } });
    expect(report.olderCodes.map((older) => [older.code, older.declaredBeneficiaries, older.identifiedBeneficiaries])).toEqual([['522422', [0], [0, 1]]]);
    expect(olderLines(report, 'en')).toEqual(['  522422 Dafang County → 520521 Dafang County: 1 project, 4 ledger entries, 1 declared count, 2 identified beneficiary records']);
    expect(olderLines(report, 'zh')).toEqual(['  522422 大方县 → 520521 大方县：项目1个，台账记录4条，报告受益人数1项，有身份记录的受益人2条']);
  });

  it('does not count the identified records of a project cancelled in the year', () => {
    // The road's log up to the end of 2011, then cancelled by the support office on 28 December.
    const log = twoYearRecord.eventLogs['DF-2011-01'] ?? [];
    const upTo2011 = { ...twoYearRecord, eventLogs: { ...twoYearRecord.eventLogs, 'DF-2011-01': log.filter((stored) => stored.event.at < '2012') } };
    const cancel = { type: 'cancel', by: actor(organisationId('sz-office'), 'support-office'), at: timestamp('2011-12-28T10:00:00+08:00'), reason: 'Withdrawn by the county.' } as const;
    const cancelled = unwrap(recordLifecycleCommand(upTo2011, projectId('DF-2011-01'), cancel, { announcementPolicy: twoYearAnnouncementPolicy })).record;
    const report = report2011({ record: cancelled });
    expect(report.projects.withdrawn.projects).toBe(1);
    expect(report.olderCodes.map((older) => [older.code, older.projects, older.ledgerEntries.length, older.identifiedBeneficiaries])).toEqual([['522422', ['DF-2011-01'], 4, []]]);
    expect(olderLines(report, 'en')).toEqual(['  522422 Dafang County → 520521 Dafang County: 1 project, 4 ledger entries']);
  });

  it('names an older code as the registry listed it on the earliest day a record was written with it', () => {
    const daozhen = (id: string, writtenOn: string) => drafted(id, { zh: `道真县2011年项目${id}` }, '522125', writtenOn);
    const report = report2011({ before: [daozhen('DZ-1', '1990-06-01'), daozhen('DZ-2', '1985-06-01'), daozhen('DZ-3', '1988-06-01')], recipients: [BIJIE, QIANNAN, ZUNYI] });
    const [older] = report.olderCodes;
    expect([older?.code, older?.name, older?.countedUnder.code, older?.countedUnder.name, older?.projects]).toEqual([
      '522125',
      { zh: '道真县' },
      '520325',
      { zh: '道真仡佬族苗族自治县' },
      ['DZ-1', 'DZ-2', 'DZ-3'],
    ]);
    expect(olderLines(report, 'zh')[0]).toBe('  522125 道真县 → 520325 道真仡佬族苗族自治县：项目3个');
  });

  it('writes an older code by its code alone when the registry lists no name for it in the report’s year', () => {
    const report = report2011({ input: { declaredBeneficiaries: [declaredCount('522125')] }, recipients: [BIJIE, QIANNAN, ZUNYI] });
    const [older] = report.olderCodes;
    expect([older?.code, Object.keys(older ?? {}).includes('name'), older?.countedUnder.code, older?.declaredBeneficiaries]).toEqual(['522125', false, '520325', [0]]);
    expect(olderLines(report, 'en')[0]).toBe('  522125 → 520325 道真仡佬族苗族自治县: 1 declared count');
    expect(olderLines(report, 'zh')[0]).toBe('  522125 → 520325 道真仡佬族苗族自治县：报告受益人数1项');
  });
});
