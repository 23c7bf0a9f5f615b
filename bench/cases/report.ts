// Benchmark 4: the annual report over a national-scale programme record held as objects (logs included). No baseline: the
// figures are how long it takes and how much memory it adds.
import { buildAnnualReport, type AnnualReport } from '../../src/index.js';
import { runCase } from '../case.js';
import { generateNationalProgramme, type NationalProgramme } from '../national-programme.js';

runCase<NationalProgramme>({
  name: 'annual report',
  file: import.meta.url,
  build: generateNationalProgramme,
  size: (input) => ({
    projects: input.input.record.programme.projects.length,
    subProjects: input.input.record.programme.projects.length * 10,
    ledgerEntries: input.input.record.programme.ledger.length,
  }),
  library: {
    name: 'library buildAnnualReport',
    run: (input) => buildAnnualReport(input.input, { donor: input.donor, year: input.year, recipients: input.recipients }),
  },
  baselines: [],
  runs: 3,
  warmup: 0,
  same: () => true,
  targets: () => [],
  details: (input, report) => {
    const built = report as AnnualReport;
    return {
      issuesFound: built.issues.length,
      fundsTotal: built.funds.total.toJSON(),
      prefectures: built.projects.byPrefecture.length,
      inputHeapMiB: Number((process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)),
      projectsInInput: input.input.record.programme.projects.length,
    };
  },
});
