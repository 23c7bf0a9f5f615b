// A national-scale programme as objects (what buildAnnualReport takes): 100,000 projects with 10
// sub-projects each and 5,000,000 ledger entries at full scale, consistent with the rules, so the report
// does the work of a real year rather than listing millions of violations.
import {
  amountFromFen,
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
  for (let index = 0; index < projectCount; index++) {
    // County codes are not needed at this scale: each project sits in its prefecture.
    const region = regionCode(PREFECTURE_CODES[random.below(PREFECTURE_CODES.length)] as string);
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
    organisations: [{ id: SUPPORT_OFFICE, name: { zh: '对口帮扶办公室' }, kind: 'support-office', region: DONOR }],
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
  return {
    input: { programme, nonProjectAid: [], declaredProjects: [], declaredBeneficiaries: [], declaredParts: [], identifiedBeneficiaries: [] },
    recipients,
    year: YEAR,
    donor: DONOR,
  };
}
