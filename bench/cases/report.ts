// Benchmark 4: the annual report over a national-scale programme record held as objects (logs included), with its
// identified beneficiaries as columns (10,000,000 records at full scale, attached to the programme's projects).
// Beside it, interleaved, the work the report cannot do without: the distinct count of the same beneficiary columns,
// and that count with the column roll-up of the same ledger (its columns built before timing). The target is the
// report within 1.5× of the second.
import {
  allocateBeneficiaryColumns,
  buildAnnualReport,
  countBeneficiaryColumns,
  ledgerColumnsFromProgramme,
  projectId,
  rollUpLedgerColumns,
  type AnnualReport,
  type BeneficiaryColumns,
  type BeneficiaryCount,
  type LedgerColumns,
} from '../../src/index.js';
import { runCase } from '../case.js';
import { peakUnderOneGiB, withinOf } from '../report.js';
import { generateNationalBeneficiaries } from '../national-beneficiaries.js';
import { generateNationalProgramme, type NationalProgramme } from '../national-programme.js';

interface ReportInput extends NationalProgramme {
  readonly identified: BeneficiaryColumns;
}

// The national beneficiary records, each attached to one of the programme's projects and placed in its region.
function build(scale: number): ReportInput {
  const national = generateNationalProgramme(scale);
  const { projects } = national.input.record.programme;
  const data = generateNationalBeneficiaries(scale);
  const regions = [...new Set(projects.map((project) => project.location.region))];
  const regionOf = Int32Array.from(projects, (project) => regions.indexOf(project.location.region));
  const attachments = projects.map((project) => ({ attachedTo: { kind: 'project' as const, project: projectId(project.id) } }));
  const identified = allocateBeneficiaryColumns(data.records, attachments, regions);
  identified.personKeys.set(data.packed);
  identified.years.fill(national.year);
  for (let index = 0; index < data.records; index++) {
    const project = (data.project[index] as number) % projects.length;
    identified.attachmentIndices[index] = project;
    identified.regionIndices[index] = regionOf[project] as number;
  }
  return { ...national, identified };
}

const optionsOf = (input: ReportInput) => ({ donor: input.donor, year: input.year, recipients: input.recipients });

runCase<ReportInput>({
  name: 'annual report',
  file: import.meta.url,
  build,
  size: (input) => ({
    projects: input.input.record.programme.projects.length,
    subProjects: input.input.record.programme.projects.length * 10,
    ledgerEntries: input.input.record.programme.ledger.length,
    beneficiaryRecords: input.identified.personKeys.length,
  }),
  library: {
    name: 'library buildAnnualReport (ledger as objects, beneficiaries as columns)',
    run: (input) => buildAnnualReport({ ...input.input, identifiedBeneficiaries: input.identified }, optionsOf(input)),
  },
  baselines: [
    {
      name: 'distinct count of the same beneficiary columns',
      run: (input) => countBeneficiaryColumns(input.identified, { selection: { years: [input.year], regions: input.recipients } }),
    },
    {
      name: 'column roll-up of the same ledger (columns built before timing) and the distinct count',
      prepare: (input) => ledgerColumnsFromProgramme(input.input.record.programme),
      run: (input, columns) => {
        rollUpLedgerColumns(columns as LedgerColumns);
        return countBeneficiaryColumns(input.identified, { selection: { years: [input.year], regions: input.recipients } });
      },
    },
  ],
  runs: 3,
  warmup: 0,
  // The report's identified count is the distinct count's.
  same: (library, baseline) => JSON.stringify((library as AnnualReport).beneficiaries.identified) === JSON.stringify((baseline as BeneficiaryCount).totals[0]),
  targets: (library, baselines) => [withinOf(library, baselines[1], 1.5, 'the column roll-up and the distinct count'), peakUnderOneGiB(library)],
  details: (input, report) => {
    const built = report as AnnualReport;
    return {
      issuesFound: built.issues.length,
      fundsTotal: built.funds.total.toJSON(),
      prefectures: built.projects.byPrefecture.length,
      identifiedPersons: built.beneficiaries.identified?.persons ?? 0,
      inputHeapMiB: Number((process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)),
      projectsInInput: input.input.record.programme.projects.length,
    };
  },
});
