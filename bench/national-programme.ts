// A national-scale programme record as objects (what buildAnnualReport takes): 100,000 projects with 10
// sub-projects each, 5,000,000 ledger entries and each project's event log (proposed, reviewed, approved by
// its county department, county and prefecture, announced, the liability agreement signed by both sides,
// implementation started) at full scale, consistent with the rules, so the report does the work of a real
// year (replaying every log among it) rather than listing millions of violations.
import {
  actor,
  amountFromFen,
  appendToEventLog,
  applyLifecycleCommand,
  buildAnnouncement,
  childRegions,
  createProgrammeRecord,
  gb2260Registry,
  startLifecycle,
  timestamp,
  unwrap,
  builtInFundCategories,
  builtInProjectTypes,
  fundId,
  isoDate,
  ledgerEntryId,
  organisationId,
  pairingId,
  programmeId,
  projectId,
  regionCode,
  subProjectId,
  type AnnualReportInput,
  type LedgerEntry,
  type Lifecycle,
  type LifecycleCommand,
  type LifecycleEvent,
  type LifecycleEventLog,
  type Organisation,
  type Programme,
  type Project,
  type RegionCode,
} from '../src/index.js';
import { PREFECTURE_CODES } from './national-ledger.js';
import { createRandom } from './random.js';

const YEAR = 2020;
const DONOR = regionCode('440300');
const SUPPORT_OFFICE = organisationId('donor-office');

export interface NationalProgramme {
  readonly input: AnnualReportInput;
  readonly recipients: readonly RegionCode[];
  readonly year: number;
  readonly donor: RegionCode;
}

export function generateNationalProgramme(scale: number, seed = 2011): NationalProgramme {
  const random = createRandom(seed);
  const projectCount = Math.round(100_000 * scale);
  const projects: Project[] = [];
  const ledger: LedgerEntry[] = [];
  const dates = ['2020-03-02', '2020-05-11', '2020-07-20', '2020-10-12', '2020-12-01'].map(isoDate);
  let budgetTotal = 0n;
  let entry = 0;
  const add = (fields: Omit<LedgerEntry, 'id'>): void => {
    ledger.push({ id: ledgerEntryId(`E${entry++}`), ...fields });
  };
  // Each project sits in the first county of its prefecture, whose bodies approve it.
  const registry = gb2260Registry();
  const counties = PREFECTURE_CODES.flatMap((code) => {
    const first = childRegions(registry, code, isoDate('2019-04-30'))[0];
    return first === undefined ? [] : [regionCode(first.code)];
  });
  for (let index = 0; index < projectCount; index++) {
    const region = counties[random.below(counties.length)] as RegionCode;
    const type = builtInProjectTypes[random.below(5)]?.code as string;
    const category = 'counterpart-support';
    const id = projectId(`P${index}`);
    const subProjects = Array.from({ length: 10 }, (_, sub) => ({
      id: subProjectId(`P${index}-${sub}`),
      name: { zh: `子项目${sub}` },
      type,
      location: { region },
      budget: amountFromFen(1_000_000 + random.below(9_000_000)),
    }));
    const subBudget = subProjects.reduce((sum, sub) => sum + sub.budget.fen, 0n);
    projects.push({
      id,
      name: { zh: `项目${index}`, en: `Project ${index}` },
      type,
      location: { region },
      budget: amountFromFen(subBudget),
      year: YEAR,
      category,
      participations: [{ organisation: SUPPORT_OFFICE, role: 'funding' }],
      implementingUnit: SUPPORT_OFFICE,
      performanceTarget: { indicators: [{ dimension: 'output-quantity', name: 'households', comparator: '>=', value: '100', unit: '户' }] },
      povertyLinkage: { zh: '建档立卡贫困户优先受益' },
      subProjects,
    });
    budgetTotal += subBudget;
    // Five entries per sub-project: budget, commitment, two disbursements, one expenditure.
    for (const sub of subProjects) {
      const fen = Number(sub.budget.fen);
      const first = Math.floor(fen / 2);
      const spent = Math.floor(fen / 3);
      const common = { project: id, subProject: sub.id, category };
      add({ ...common, kind: 'budget', amount: sub.budget, date: dates[0] as never });
      add({ ...common, kind: 'commitment', amount: sub.budget, date: dates[1] as never });
      add({ ...common, kind: 'disbursement', amount: amountFromFen(first), date: dates[2] as never });
      add({ ...common, kind: 'disbursement', amount: amountFromFen(fen - first), date: dates[3] as never });
      add({ ...common, kind: 'expenditure', amount: amountFromFen(spent), date: dates[4] as never });
    }
  }
  const recipients = PREFECTURE_CODES.map((code) => regionCode(code));
  const programme: Programme = {
    id: programmeId('national-2020'),
    name: { zh: '东西部扶贫协作2020年（模拟）', en: 'East–west pairing 2020 (generated)' },
    donor: DONOR,
    reportingOrganisation: SUPPORT_OFFICE,
    fundCategories: builtInFundCategories,
    projectTypes: builtInProjectTypes,
    organisations: organisationsOf(counties),
    pairings: recipients.map((recipient, index) => ({ id: pairingId(`pairing-${index}`), donor: DONOR, recipient, from: isoDate('2016-01-01') })),
    funds: [
      {
        id: fundId('national-2020'),
        donor: SUPPORT_OFFICE,
        source: 'municipal-budget',
        year: YEAR,
        total: amountFromFen(budgetTotal),
        breakdown: [{ category: 'counterpart-support', amount: amountFromFen(budgetTotal) }],
        recipients,
      },
    ],
    plans: [],
    projects,
    ledger,
  };
  const eventLogs: Record<string, LifecycleEventLog> = {};
  for (const project of projects) eventLogs[project.id] = eventLogOf(programme, project);
  const record = unwrap(createProgrammeRecord(programme, eventLogs));
  return {
    input: { record, nonProjectAid: [], declaredProjects: [], declaredBeneficiaries: [], declaredParts: [], identifiedBeneficiaries: [] },
    recipients,
    year: YEAR,
    donor: DONOR,
  };
}

const bodyOf = (kind: string, region: string) => organisationId(`${kind}-${region}`);

function organisationsOf(counties: readonly RegionCode[]): Organisation[] {
  const organisations: Organisation[] = [
    { id: SUPPORT_OFFICE, name: { zh: '对口帮扶办公室' }, kind: 'support-office', region: DONOR },
    { id: organisationId('experts'), name: { zh: '项目评审组' }, kind: 'expert-review-team' },
  ];
  for (const county of counties) {
    const prefecture = `${county.slice(0, 4)}00`;
    organisations.push(
      { id: bodyOf('department', county), name: { zh: `${county}扶贫办` }, kind: 'county-department', region: county },
      { id: bodyOf('county', county), name: { zh: `${county}人民政府` }, kind: 'county-government', region: county },
      { id: bodyOf('prefecture', prefecture), name: { zh: `${prefecture}人民政府` }, kind: 'prefecture-government', region: regionCode(prefecture) },
    );
  }
  return organisations;
}

// The log of one project up to the start of implementation, every command decided as an app's would be.
function eventLogOf(programme: Programme, project: Project): LifecycleEventLog {
  const county = project.location.region;
  const prefecture = `${county.slice(0, 4)}00`;
  const at = (day: string) => timestamp(`${YEAR}-${day}T10:00:00+08:00`);
  const countyGovernment = actor(bodyOf('county', county), 'county-government');
  const prefectureGovernment = actor(bodyOf('prefecture', prefecture), 'prefecture-government');
  const agreement = { reference: `${project.id} 责任书`, projects: [project.id] };
  const commands = [
    { type: 'propose', by: countyGovernment, at: at('01-06') },
    { type: 'pass-expert-review', by: actor(organisationId('experts'), 'expert-review-team'), at: at('01-13') },
    { type: 'approve-as-county-department', by: actor(bodyOf('department', county), 'county-department'), at: at('01-20') },
    { type: 'approve-as-county-government', by: countyGovernment, at: at('01-27') },
    { type: 'approve-as-prefecture-government', by: prefectureGovernment, at: at('02-03') },
    { type: 'announce', by: countyGovernment, at: at('02-05'), announcement: buildAnnouncement(project, 'pre-implementation', { organisations: programme.organisations, subProjects: false }) },
    { type: 'sign-agreement-as-donor', by: actor(SUPPORT_OFFICE, 'support-office'), at: at('02-17'), agreement },
    { type: 'sign-agreement-as-recipient', by: prefectureGovernment, at: at('02-18'), agreement },
    { type: 'start-implementation', by: countyGovernment, at: at('02-24') },
  ] as const satisfies readonly LifecycleCommand[];
  let lifecycle: Lifecycle = startLifecycle(project.id);
  let log: LifecycleEventLog = [];
  for (const command of commands) {
    const applied: { readonly lifecycle: Lifecycle; readonly events: readonly LifecycleEvent[] } = unwrap(
      applyLifecycleCommand(lifecycle as never, command as never, { project, organisations: programme.organisations, donor: programme.donor }),
    );
    lifecycle = applied.lifecycle;
    log = appendToEventLog(log, applied.events);
  }
  return log;
}
