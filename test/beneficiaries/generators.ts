// Generators and a plain reference count for the beneficiary tests.
import fc from 'fast-check';
import {
  activityId,
  allocateBeneficiaryColumns,
  beneficiaryGroupings,
  attachmentLabel,
  householdKeyFromAppNumber,
  isWithinRegion,
  personKeyFromAppNumber,
  projectId,
  regionAtLevel,
  regionCode,
  subProjectId,
  type BeneficiaryAttachment,
  type BeneficiaryColumns,
  type BeneficiaryGrouping,
  type BeneficiarySelection,
  type IdentifiedBeneficiary,
  type RegionCode,
} from '../../src/index.js';

export const counties = ['520502', '520521', '520522', '522701', '522702'].map((code) => regionCode(code));
export const prefectures = ['520500', '522700'].map((code) => regionCode(code));
export const attachments: readonly BeneficiaryAttachment[] = [
  { kind: 'project', project: projectId('road') },
  { kind: 'sub-project', project: projectId('road'), subProject: subProjectId('road-a') },
  { kind: 'sub-project', project: projectId('road'), subProject: subProjectId('road-b') },
  { kind: 'project', project: projectId('water') },
  { kind: 'activity', activity: activityId('training') },
];
const categories = ['counterpart-support', 'disaster-relief'] as const;
const types = ['rural-road', 'drinking-water', 'education'] as const;

export const recordArbitrary = (people = 12, households = 5): fc.Arbitrary<IdentifiedBeneficiary> =>
  fc
    .record({
      person: fc.nat({ max: people - 1 }),
      household: fc.option(fc.nat({ max: households - 1 }), { nil: undefined }),
      registeredPoor: fc.nat({ max: 4 }).map((draw) => draw === 0),
      attachedTo: fc.constantFrom(...attachments),
      region: fc.constantFrom(...counties),
      fundCategory: fc.option(fc.constantFrom(...categories), { nil: undefined }),
      projectType: fc.option(fc.constantFrom(...types), { nil: undefined }),
      year: fc.constantFrom(2011, 2012),
    })
    .map(({ person, household, fundCategory, projectType, ...rest }) => ({
      ...rest,
      person: { kind: 'app' as const, appId: `p${person}` },
      ...(household === undefined ? {} : { household: `h${household}` }),
      ...(fundCategory === undefined ? {} : { fundCategory }),
      ...(projectType === undefined ? {} : { projectType }),
    }));

export const recordsArbitrary = (maxLength = 60): fc.Arbitrary<IdentifiedBeneficiary[]> => fc.array(recordArbitrary(), { maxLength });

/**
 * Runs of a property over generated records: fast-check's 100 in the test run; 25 in a mutation run
 * (`MUTATION_AREA` set by scripts/mutation/run.ts), where every mutant the property covers runs it again and the
 * first counterexample is enough (no shrinking).
 */
export const recordRuns: fc.Parameters<unknown> = process.env['MUTATION_AREA'] === undefined ? { numRuns: 100 } : { numRuns: 25, endOnFailure: true };

export const selectionArbitrary: fc.Arbitrary<BeneficiarySelection> = fc.record(
  {
    years: fc.subarray([2011, 2012]),
    projects: fc.subarray([projectId('road'), projectId('water')]),
    subProjects: fc.subarray([subProjectId('road-a')]),
    activities: fc.subarray([activityId('training')]),
    regions: fc.subarray([...counties, ...prefectures, regionCode('520000')]),
    fundCategories: fc.subarray([...categories]),
    projectTypes: fc.subarray([...types]),
  },
  { requiredKeys: [] },
);

export const groupingArbitrary: fc.Arbitrary<BeneficiaryGrouping | undefined> = fc.constantFrom(undefined, ...beneficiaryGroupings);

const personText = (record: IdentifiedBeneficiary): string =>
  record.person.kind === 'app' ? record.person.appId : record.person.kind === 'resident-id' ? record.person.residentId : record.person.pseudonym;

function selects(record: IdentifiedBeneficiary, selection: BeneficiarySelection): boolean {
  const { years, projects, subProjects, activities, regions, fundCategories, projectTypes } = selection;
  if (years !== undefined && !years.includes(record.year)) return false;
  if (projects !== undefined || subProjects !== undefined || activities !== undefined) {
    const attached = record.attachedTo;
    const matched =
      attached.kind === 'activity'
        ? (activities ?? []).includes(attached.activity)
        : (projects ?? []).includes(attached.project) || (attached.kind === 'sub-project' && (subProjects ?? []).includes(attached.subProject));
    if (!matched) return false;
  }
  if (regions !== undefined && !regions.some((outer) => isWithinRegion(record.region, outer))) return false;
  if (fundCategories !== undefined && (record.fundCategory === undefined || !fundCategories.includes(record.fundCategory))) return false;
  if (projectTypes !== undefined && (record.projectType === undefined || !projectTypes.includes(record.projectType))) return false;
  return true;
}

function groupOf(record: IdentifiedBeneficiary, groupBy: BeneficiaryGrouping): string | null {
  switch (groupBy) {
    case 'attachment':
      return attachmentLabel(record.attachedTo);
    case 'project':
      return record.attachedTo.kind === 'sub-project' ? `project:${record.attachedTo.project}` : attachmentLabel(record.attachedTo);
    case 'fund-category':
      return record.fundCategory ?? null;
    case 'project-type':
      return record.projectType ?? null;
    case 'region':
      return record.region;
    default:
      return regionAtLevel(record.region, groupBy) ?? null;
  }
}

/** A tally the slow, obvious way. */
export interface ReferenceTally {
  group?: string | null;
  year: number;
  personTimes: number;
  persons: number;
  registeredPoorPersons: number;
  households: number;
  registeredPoorHouseholds: number;
}

/** Counts with Sets, straight from the rules: status from the whole input, counts over the selection. */
export function referenceCount(records: readonly IdentifiedBeneficiary[], selection: BeneficiarySelection = {}, groupBy?: BeneficiaryGrouping) {
  const poorHouseholds = new Set(records.filter((r) => r.registeredPoor && r.household !== undefined).map((r) => `${r.year}|${r.household}`));
  const poorPersons = new Set(
    records
      .filter((r) => r.registeredPoor || (r.household !== undefined && poorHouseholds.has(`${r.year}|${r.household}`)))
      .map((r) => `${r.year}|${personText(r)}`),
  );
  const tally = (chosen: IdentifiedBeneficiary[], year: number): ReferenceTally => {
    const persons = new Set(chosen.map(personText));
    const households = new Set(chosen.flatMap((r) => (r.household === undefined ? [] : [r.household])));
    return {
      year,
      personTimes: chosen.length,
      persons: persons.size,
      registeredPoorPersons: [...persons].filter((p) => poorPersons.has(`${year}|${p}`)).length,
      households: households.size,
      registeredPoorHouseholds: [...households].filter((h) => poorHouseholds.has(`${year}|${h}`)).length,
    };
  };
  const chosen = records.filter((r) => selects(r, selection));
  const years = [...new Set(chosen.map((r) => r.year))].sort((a, b) => a - b);
  const totals = years.map((year) => tally(chosen.filter((r) => r.year === year), year));
  const groups: ReferenceTally[] = [];
  if (groupBy !== undefined) {
    const labels = [...new Set(chosen.map((r) => groupOf(r, groupBy)))].sort((a, b) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1));
    for (const group of labels) {
      for (const year of years) {
        const inGroup = chosen.filter((r) => r.year === year && groupOf(r, groupBy) === group);
        if (inGroup.length > 0) groups.push({ group, ...tally(inGroup, year) });
      }
    }
  }
  return { groupBy: groupBy ?? null, totals, groups };
}

/** Columns with stable keys for records whose persons are `p<n>` and households `h<n>`. */
export function columnsOf(records: readonly IdentifiedBeneficiary[]): BeneficiaryColumns {
  const entries = new Map<string, number>();
  const table: { attachedTo: BeneficiaryAttachment; fundCategory?: string; projectType?: string }[] = [];
  const regions: RegionCode[] = [];
  const regionIndex = new Map<string, number>();
  for (const record of records) {
    const key = JSON.stringify([attachmentLabel(record.attachedTo), record.fundCategory, record.projectType]);
    if (!entries.has(key)) {
      entries.set(key, table.length);
      table.push({
        attachedTo: record.attachedTo,
        ...(record.fundCategory === undefined ? {} : { fundCategory: record.fundCategory }),
        ...(record.projectType === undefined ? {} : { projectType: record.projectType }),
      });
    }
    if (!regionIndex.has(record.region)) regionIndex.set(record.region, regions.push(record.region) - 1);
  }
  const columns = allocateBeneficiaryColumns(records.length, table, regions, { households: true });
  records.forEach((record, index) => {
    columns.personKeys[index] = personKeyFromAppNumber(Number(personText(record).slice(1)));
    if (record.household !== undefined) columns.householdKeys![index] = householdKeyFromAppNumber(Number(record.household.slice(1)));
    columns.registeredPoor[index] = record.registeredPoor ? 1 : 0;
    columns.years[index] = record.year;
    columns.attachmentIndices[index] = entries.get(JSON.stringify([attachmentLabel(record.attachedTo), record.fundCategory, record.projectType])) ?? -1;
    columns.regionIndices[index] = regionIndex.get(record.region) ?? -1;
  });
  return columns;
}
