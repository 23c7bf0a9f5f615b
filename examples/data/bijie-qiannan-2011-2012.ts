// A two-year programme, 2011–2012, recorded through the public API as a donor office's app records it: Shenzhen's
// projects in Bijie and Qiannan, one of them built across the year end, one recorded under 大方县's code of 2011
// (522422) and one under its code after the renumbering of 2011-10-22 (520521), announcements of 7 working days
// counted with the State Council's holidays. Projects, amounts and dates are invented; the codes, the dates of
// the renumbering and the holidays are the registry's and the calendar's.
import {
  actor,
  amount,
  buildAnnouncement,
  builtInFundCategories,
  builtInProjectTypes,
  createProgrammeRecord,
  fundId,
  isoDate,
  ledgerEntryId,
  organisationId,
  programmeId,
  projectId,
  recordLifecycleCommand,
  regionCode,
  timestamp,
  unwrap,
  workingDayPolicy,
  type AnnualReportInput,
  type AnnualReportOptions,
  type IdentifiedBeneficiary,
  type LedgerEntry,
  type LiabilityAgreement,
  type LifecycleCommand,
  type Organisation,
  type Programme,
  type ProgrammeRecord,
  type Project,
} from '../../src/index.js';
import { shenzhenPairingHistory } from './shenzhen-pairings.js';

const SHENZHEN = regionCode('440300');
const BIJIE_2011 = regionCode('522400');
const BIJIE_2012 = regionCode('520500');
const QIANNAN = regionCode('522700');
const DAFANG_2011 = regionCode('522422');
const DAFANG_2012 = regionCode('520521');
const DUYUN = regionCode('522701');

/** Announcements run 7 working days, counted with the State Council's holidays and adjusted working days. */
export const twoYearAnnouncementPolicy = workingDayPolicy(7);

// The bodies keep the codes they were registered under in 2011; their jurisdiction follows the successions.
const organisations: readonly Organisation[] = [
  { id: organisationId('sz-office'), name: { zh: '深圳市对口帮扶办公室', en: 'Shenzhen Counterpart Support Office' }, kind: 'support-office', region: SHENZHEN },
  { id: organisationId('sz-experts'), name: { zh: '深圳市项目评审组', en: 'Shenzhen project review team' }, kind: 'expert-review-team' },
  { id: organisationId('dafang-office'), name: { zh: '大方县扶贫开发办公室' }, kind: 'county-department', region: DAFANG_2011 },
  { id: organisationId('dafang-gov'), name: { zh: '大方县人民政府' }, kind: 'county-government', region: DAFANG_2011 },
  { id: organisationId('bijie-gov'), name: { zh: '毕节地区行政公署' }, kind: 'prefecture-government', region: BIJIE_2011 },
  { id: organisationId('duyun-office'), name: { zh: '都匀市扶贫开发办公室' }, kind: 'county-department', region: DUYUN },
  { id: organisationId('duyun-gov'), name: { zh: '都匀市人民政府' }, kind: 'county-government', region: DUYUN },
  { id: organisationId('qiannan-gov'), name: { zh: '黔南布依族苗族自治州人民政府' }, kind: 'prefecture-government', region: QIANNAN },
];

const project = (id: string, name: Project['name'], type: string, region: typeof DUYUN, budget: string, year: number, extra: Partial<Project> = {}): Project => ({
  id: projectId(id),
  name,
  type,
  location: { region },
  budget: amount(budget),
  implementingUnit: organisationId(id.startsWith('DY') ? 'duyun-gov' : 'dafang-gov'),
  performanceTarget: { indicators: [{ dimension: 'output-quantity', name: '受益农户', comparator: '>=', value: '100', unit: 'households' }] },
  povertyLinkage: { zh: '建档立卡贫困户优先受益' },
  year,
  category: 'counterpart-support',
  participations: [{ organisation: organisationId('sz-office'), role: 'extending' }],
  subProjects: [],
  ...extra,
});

/** 大方县's village road, recorded under 522422 in 2011 and built across the year end into 2012. */
const dafangRoad = project('DF-2011-01', { zh: '大方县2011年通村公路项目', en: 'Dafang County 2011 village road' }, 'rural-road', DAFANG_2011, '100万元', 2011, { endYear: 2012 });
/** Duyun's drinking water, done within 2011. */
const duyunWater = project('DY-2011-01', { zh: '都匀市2011年人畜饮水项目', en: 'Duyun 2011 drinking water' }, 'drinking-water', DUYUN, '60万元', 2011);
/** 大方县's drinking water of 2012, recorded under the county's new code 520521. */
const dafangWater = project('DF-2012-01', { zh: '大方县2012年人畜饮水项目', en: 'Dafang County 2012 drinking water' }, 'drinking-water', DAFANG_2012, '50万元', 2012, {
  locationDate: isoDate('2012-03-01'),
});

const entry = (id: string, kind: LedgerEntry['kind'], of: Project, yuan: string, date: string): LedgerEntry => ({
  id: ledgerEntryId(id),
  kind,
  project: of.id,
  category: 'counterpart-support',
  amount: amount(yuan),
  date: isoDate(date),
});

/** The programme as entered: its period, pairings (Shenzhen's documented history), funds, projects and ledger. */
export const twoYearProgramme: Programme = {
  id: programmeId('sz-guizhou-2011-2012'),
  name: { zh: '深圳市对口帮扶毕节、黔南（2011—2012年）', en: 'Shenzhen in Bijie and Qiannan, 2011–2012' },
  donor: SHENZHEN,
  reportingOrganisation: organisationId('sz-office'),
  fundCategories: builtInFundCategories,
  projectTypes: builtInProjectTypes,
  organisations,
  pairings: shenzhenPairingHistory,
  funds: [
    { id: fundId('sz-2011'), donor: organisationId('sz-office'), source: 'municipal-budget', year: 2011, total: amount('160万元'), breakdown: [{ category: 'counterpart-support', amount: amount('160万元') }], recipients: [BIJIE_2011, QIANNAN] },
    { id: fundId('sz-2012'), donor: organisationId('sz-office'), source: 'municipal-budget', year: 2012, total: amount('50万元'), breakdown: [{ category: 'counterpart-support', amount: amount('50万元') }], recipients: [BIJIE_2012] },
  ],
  plans: [],
  projects: [dafangRoad, duyunWater, dafangWater],
  ledger: [
    entry('dy-1', 'budget', duyunWater, '60万元', '2011-04-01'),
    entry('dy-2', 'commitment', duyunWater, '60万元', '2011-04-20'),
    entry('dy-3', 'disbursement', duyunWater, '60万元', '2011-05-10'),
    entry('dy-4', 'expenditure', duyunWater, '50万元', '2011-11-30'),
    entry('df-1', 'budget', dafangRoad, '100万元', '2011-09-20'),
    entry('df-2', 'commitment', dafangRoad, '100万元', '2011-10-17'),
    entry('df-3', 'disbursement', dafangRoad, '60万元', '2011-10-20'),
    entry('df-4', 'expenditure', dafangRoad, '40万元', '2011-12-20'),
    // Past the year end: the 2012 report shows this money as carried over (结转) from a 2011 project.
    entry('df-5', 'disbursement', dafangRoad, '40万元', '2012-02-15'),
    entry('df-6', 'expenditure', dafangRoad, '60万元', '2012-03-30'),
    entry('dw-1', 'budget', dafangWater, '50万元', '2012-03-20'),
    entry('dw-2', 'commitment', dafangWater, '50万元', '2012-04-20'),
    entry('dw-3', 'disbursement', dafangWater, '30万元', '2012-05-10'),
  ],
  period: { fromYear: 2011, toYear: 2012, name: { zh: '“十二五”时期前两年', en: 'first two years of the 12th Five-Year Plan' } },
};

const agreement = (reference: string, projects: readonly Project[]): LiabilityAgreement => ({ reference, projects: projects.map((found) => found.id) });
const bijie2011 = agreement('深圳市对口帮扶毕节地区2011年资金项目管理责任书', [dafangRoad]);
const qiannan2011 = agreement('深圳市对口帮扶黔南州2011年资金项目管理责任书', [duyunWater]);
const bijie2012 = agreement('深圳市对口帮扶毕节市2012年资金项目管理责任书', [dafangWater]);

const office = actor(organisationId('sz-office'), 'support-office');
const experts = actor(organisationId('sz-experts'), 'expert-review-team');
const dafangOffice = actor(organisationId('dafang-office'), 'county-department');
const dafangGov = actor(organisationId('dafang-gov'), 'county-government');
const bijieGov = actor(organisationId('bijie-gov'), 'prefecture-government');
const duyunOffice = actor(organisationId('duyun-office'), 'county-department');
const duyunGov = actor(organisationId('duyun-gov'), 'county-government');
const qiannanGov = actor(organisationId('qiannan-gov'), 'prefecture-government');
const at = (day: string) => timestamp(`${day}T10:00:00+08:00`);
const announce = (of: Project, kind: 'pre-implementation' | 'completion') => buildAnnouncement(of, kind, { organisations });

/**
 * The commands of each project, in order. 大方县's road is announced on Thursday 2011-09-29: its 7 working days
 * end on 2011-10-13 (the National Day week is off, the weekend of 8–9 October is worked), so building starts on
 * 2011-10-14. Its 2012 drinking-water project is proposed and approved by the same county and prefecture bodies,
 * registered under the 2011 codes.
 */
export const twoYearCommands: Readonly<Record<string, readonly LifecycleCommand[]>> = {
  [duyunWater.id]: [
    { type: 'propose', by: duyunGov, at: at('2011-02-21') },
    { type: 'pass-expert-review', by: experts, at: at('2011-03-01') },
    { type: 'approve-as-county-department', by: duyunOffice, at: at('2011-03-04') },
    { type: 'approve-as-county-government', by: duyunGov, at: at('2011-03-08') },
    { type: 'approve-as-prefecture-government', by: qiannanGov, at: at('2011-03-11') },
    { type: 'announce', by: duyunGov, at: at('2011-03-14'), announcement: announce(duyunWater, 'pre-implementation') },
    { type: 'sign-agreement-as-donor', by: office, at: at('2011-03-25'), agreement: qiannan2011 },
    { type: 'sign-agreement-as-recipient', by: qiannanGov, at: at('2011-03-28'), agreement: qiannan2011 },
    { type: 'start-implementation', by: duyunGov, at: at('2011-04-01') },
    { type: 'complete', by: duyunGov, at: at('2011-10-31') },
    { type: 'pass-acceptance', by: duyunOffice, at: at('2011-11-10'), grade: 'pass' },
    { type: 'announce-completion', by: duyunGov, at: at('2011-11-15'), announcement: announce(duyunWater, 'completion') },
    { type: 'close', by: qiannanGov, at: at('2011-12-15') },
  ],
  [dafangRoad.id]: [
    { type: 'propose', by: dafangGov, at: at('2011-08-22') },
    { type: 'pass-expert-review', by: experts, at: at('2011-08-29') },
    { type: 'approve-as-county-department', by: dafangOffice, at: at('2011-09-01') },
    { type: 'approve-as-county-government', by: dafangGov, at: at('2011-09-05') },
    { type: 'approve-as-prefecture-government', by: bijieGov, at: at('2011-09-08') },
    { type: 'announce', by: dafangGov, at: at('2011-09-29'), announcement: announce(dafangRoad, 'pre-implementation') },
    { type: 'sign-agreement-as-donor', by: office, at: at('2011-10-10'), agreement: bijie2011 },
    { type: 'sign-agreement-as-recipient', by: bijieGov, at: at('2011-10-11'), agreement: bijie2011 },
    { type: 'start-implementation', by: dafangGov, at: at('2011-10-14') },
    { type: 'complete', by: dafangGov, at: at('2012-04-20') },
    { type: 'pass-acceptance', by: dafangOffice, at: at('2012-04-27'), grade: 'pass' },
    { type: 'announce-completion', by: dafangGov, at: at('2012-05-03'), announcement: announce(dafangRoad, 'completion') },
    { type: 'close', by: bijieGov, at: at('2012-06-01') },
  ],
  [dafangWater.id]: [
    { type: 'propose', by: dafangGov, at: at('2012-02-20') },
    { type: 'pass-expert-review', by: experts, at: at('2012-02-27') },
    { type: 'approve-as-county-department', by: dafangOffice, at: at('2012-03-01') },
    { type: 'approve-as-county-government', by: dafangGov, at: at('2012-03-05') },
    { type: 'approve-as-prefecture-government', by: bijieGov, at: at('2012-03-08') },
    { type: 'announce', by: dafangGov, at: at('2012-03-12'), announcement: announce(dafangWater, 'pre-implementation') },
    { type: 'sign-agreement-as-donor', by: office, at: at('2012-03-22'), agreement: bijie2012 },
    { type: 'sign-agreement-as-recipient', by: bijieGov, at: at('2012-03-26'), agreement: bijie2012 },
    { type: 'start-implementation', by: dafangGov, at: at('2012-04-05') },
  ],
};

function recordAll(): ProgrammeRecord {
  let record = unwrap(createProgrammeRecord(twoYearProgramme));
  const options = { announcementPolicy: twoYearAnnouncementPolicy };
  for (const [id, commands] of Object.entries(twoYearCommands)) {
    for (const command of commands) record = unwrap(recordLifecycleCommand(record, projectId(id), command, options)).record;
  }
  return record;
}

/** The 2011–2012 programme with each project's event log, every command decided under 7-working-day announcements. */
export const twoYearRecord: ProgrammeRecord = recordAll();

// Villagers of 大方县 reached by the road (recorded under 522422) and by the water project (under 520521): one of
// them by both, in two years. The ids are app ids, never personal data.
const reached = (appId: string, project: Project, year: number): IdentifiedBeneficiary => ({
  person: { kind: 'app', appId },
  registeredPoor: true,
  attachedTo: { kind: 'project', project: project.id },
  region: project.location.region,
  year,
});

/** The input of both years' reports: the record and a few identified beneficiaries; no non-project aid or declared figures. */
export const twoYearReportInput: AnnualReportInput & { readonly identifiedBeneficiaries: readonly IdentifiedBeneficiary[] } = {
  record: twoYearRecord,
  nonProjectAid: [],
  declaredProjects: [],
  declaredBeneficiaries: [],
  declaredParts: [],
  identifiedBeneficiaries: [reached('dafang-001', dafangRoad, 2011), reached('dafang-002', dafangRoad, 2011), reached('dafang-001', dafangWater, 2012), reached('dafang-003', dafangWater, 2012)],
};

/** The options of the report of a year: Shenzhen's, on Bijie (its 2011 code) and Qiannan, under the programme's announcement policy. */
export const twoYearReportOptions = (year: 2011 | 2012): AnnualReportOptions => ({
  donor: SHENZHEN,
  year,
  recipients: [BIJIE_2011, QIANNAN],
  check: { announcementPolicy: twoYearAnnouncementPolicy },
});
