import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateBeneficiaryColumns,
  annualReportToJSON,
  buildAnnualReport,
  projectId,
  regionCode,
  type AnnualReportInput,
  type AnnualReportOptions,
  type BeneficiaryAttachmentEntry,
  type BeneficiaryColumns,
  type IdentifiedBeneficiary,
  type RegionCode,
} from '../../src/index.js';
import { twoYearReportInput, twoYearReportOptions } from '../../examples/data/bijie-qiannan-2011-2012.js';
import { identified2011, seedInput, seedOptions } from './fixtures.js';
import { anyFates, recordWithFates, withdrawnBy } from './record-arbitraries.js';

// The same records as columns, as an app would pack them: each distinct person and household text numbered,
// each attachment and region once in the small tables.
function packed(records: readonly IdentifiedBeneficiary[]): BeneficiaryColumns {
  const numbers = new Map<string, number>();
  const numberOf = (text: string) => numbers.get(text) ?? (numbers.set(text, numbers.size).get(text) as number);
  const attachments: BeneficiaryAttachmentEntry[] = [];
  const attachmentIndex = new Map<string, number>();
  const regions: RegionCode[] = [];
  for (const record of records) {
    const key = JSON.stringify([record.attachedTo, record.fundCategory, record.projectType]);
    if (!attachmentIndex.has(key)) {
      attachmentIndex.set(key, attachments.length);
      attachments.push({ attachedTo: record.attachedTo, ...(record.fundCategory === undefined ? {} : { fundCategory: record.fundCategory }), ...(record.projectType === undefined ? {} : { projectType: record.projectType }) });
    }
    if (!regions.includes(record.region)) regions.push(record.region);
  }
  const columns = allocateBeneficiaryColumns(records.length, attachments, regions, { households: true });
  records.forEach((record, index) => {
    columns.personKeys[index] = numberOf(`person ${JSON.stringify(record.person)}`);
    if (record.household !== undefined) (columns.householdKeys as Float64Array)[index] = numberOf(`household ${record.household}`);
    columns.registeredPoor[index] = record.registeredPoor ? 1 : 0;
    columns.years[index] = record.year;
    columns.attachmentIndices[index] = attachmentIndex.get(JSON.stringify([record.attachedTo, record.fundCategory, record.projectType])) as number;
    columns.regionIndices[index] = regions.indexOf(record.region);
  });
  return columns;
}

const asJson = (input: AnnualReportInput, options: AnnualReportOptions) => JSON.stringify(annualReportToJSON(buildAnnualReport(input, options)));

describe('an annual report from identified beneficiaries given as columns', () => {
  it('is the report from the same records as objects, in both years of a renumbering', () => {
    for (const year of [2011, 2012] as const) {
      const columns = packed(twoYearReportInput.identifiedBeneficiaries);
      const fromColumns = asJson({ ...twoYearReportInput, identifiedBeneficiaries: columns }, twoYearReportOptions(year));
      expect(fromColumns).toBe(asJson(twoYearReportInput, twoYearReportOptions(year)));
      expect(fromColumns).toContain('"identified"');
    }
  });

  it('is the report from the same records whatever became of the projects (approved, pending, rejected, cancelled)', () => {
    // Every project of the seed reached by two people, one of them by every project, some records under 522401.
    const records: IdentifiedBeneficiary[] = [
      ...identified2011,
      ...seedInput.record.programme.projects.flatMap((project, index): IdentifiedBeneficiary[] => [
        { person: { kind: 'app', appId: 'everywhere' }, registeredPoor: true, attachedTo: { kind: 'project', project: project.id }, region: project.location.region, year: 2011 },
        { person: { kind: 'app', appId: `only-${index}` }, registeredPoor: false, attachedTo: { kind: 'project', project: project.id }, region: index % 2 === 0 ? regionCode('522401') : project.location.region, year: 2011 },
      ]),
    ];
    const columns = packed(records);
    fc.assert(
      fc.property(anyFates, (fates) => {
        const input = { ...seedInput, record: recordWithFates(fates, { keepGates: true }) };
        expect(asJson({ ...input, identifiedBeneficiaries: columns }, seedOptions)).toBe(asJson({ ...input, identifiedBeneficiaries: records }, seedOptions));
        // The people of a cancelled or rejected project are not counted, in its row or in the total.
        const report = buildAnnualReport({ ...input, identifiedBeneficiaries: columns }, seedOptions);
        const withdrawn = withdrawnBy(fates);
        for (const row of report.projects.rows) expect(row.beneficiaries.identified === undefined).toBe(withdrawn.has(row.project));
        const counted = seedInput.record.programme.projects.filter((project) => !withdrawn.has(project.id)).length;
        expect(report.beneficiaries.identified?.personTimes).toBe(2 * counted + identified2011.slice(0, 4).filter((record) => record.attachedTo.kind === 'activity' || !withdrawn.has(record.attachedTo.project)).length);
      }),
      { numRuns: 15 },
    );
  });

  it('reports columns that do not hold together, with where, and counts none of their records', () => {
    const columns = packed(identified2011);
    const broken = { ...columns, regionIndices: Int32Array.from(columns.regionIndices, (index, at) => (at === 2 ? 99 : index)) };
    const report = buildAnnualReport({ ...seedInput, identifiedBeneficiaries: broken }, seedOptions);
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual([['beneficiary-columns-index', ['identifiedBeneficiaries', 'regionIndices', 2]]]);
    expect(report.beneficiaries.identified).toBeUndefined();
    expect(report.olderCodes.flatMap((older) => older.identifiedBeneficiaries)).toEqual([]);
  });

  it('reports a record whose year no column can hold instead of throwing', () => {
    const record = { ...(identified2011[0] as IdentifiedBeneficiary), year: 70_000 };
    const report = buildAnnualReport({ ...seedInput, identifiedBeneficiaries: [record] }, seedOptions);
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual([['beneficiary-year-invalid', ['identifiedBeneficiaries', 0, 'year']]]);
    expect(report.projects.rows.find((row) => row.project === projectId('BJ-2011-01'))?.beneficiaries.identified).toBeUndefined();
  });
});
