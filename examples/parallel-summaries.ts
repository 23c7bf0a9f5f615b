// Splits a national-scale programme across worker threads, summarises each part in parallel, merges the
// summaries exactly, and checks the result against the same summaries computed in one process.
// Run: npx tsx examples/parallel-summaries.ts [--scale 0.1] [--workers 4]
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import {
  beneficiarySummaryToJSON,
  emptyBeneficiarySummary,
  emptyRollUp,
  mergeBeneficiarySummaries,
  mergeRollUps,
  parseBeneficiarySummary,
  parseRollUp,
  rollUpLedgerColumns,
  summariseBeneficiaryColumns,
  summariseLedgerTotals,
  unwrap,
  type BeneficiaryColumns,
  type LedgerColumns,
} from '../src/index.js';
import { generateNationalLedger } from '../bench/national-ledger.js';
import { buildBeneficiaryColumns } from '../bench/national-beneficiary-columns.js';

/** The outcome of one run: sizes, times, and whether the merged summaries equal the single-process ones. */
export interface ParallelSummariesOutcome {
  readonly workers: number;
  readonly ledgerEntries: number;
  readonly beneficiaryRecords: number;
  readonly singleProcessMs: number;
  readonly parallelMs: number;
  readonly rollUpsAgree: boolean;
  readonly beneficiaryCountsAgree: boolean;
}

// Rows [start, end) of each column, copied so the copies can be moved to a worker without cloning the rest.
function sliceLedger(columns: LedgerColumns, start: number, end: number): LedgerColumns {
  return {
    length: end - start,
    fen: columns.fen.slice(start, end),
    kind: columns.kind.slice(start, end),
    project: columns.project.slice(start, end),
    category: columns.category.slice(start, end),
    type: columns.type.slice(start, end),
    region: columns.region.slice(start, end),
    year: columns.year.slice(start, end),
    keys: columns.keys,
  };
}

function sliceBeneficiaries(columns: BeneficiaryColumns, start: number, end: number): BeneficiaryColumns {
  return {
    personKeys: columns.personKeys.slice(start, end),
    registeredPoor: columns.registeredPoor.slice(start, end),
    years: columns.years.slice(start, end),
    attachmentIndices: columns.attachmentIndices.slice(start, end),
    regionIndices: columns.regionIndices.slice(start, end),
    attachments: columns.attachments,
    regions: columns.regions,
  };
}

function buffersOf(columns: object): ArrayBuffer[] {
  return Object.values(columns).flatMap((value) => (ArrayBuffer.isView(value) ? [value.buffer as ArrayBuffer] : []));
}

const tsxLoader = import.meta.resolve('tsx/esm/api');
const workerModule = new URL('./parallel-summaries-worker.ts', import.meta.url).href;

function summariseInWorker(ledger: LedgerColumns, beneficiaries: BeneficiaryColumns): Promise<{ rollUp: string; beneficiaries: string }> {
  return new Promise((resolve, reject) => {
    // The worker is TypeScript: it registers tsx's loader first, then imports the worker module.
    const bootstrap = `import(${JSON.stringify(tsxLoader)}).then(({ register }) => { register(); return import(${JSON.stringify(workerModule)}); })`;
    const worker = new Worker(bootstrap, {
      eval: true,
      workerData: { ledger, beneficiaries },
      transferList: [...buffersOf(ledger), ...buffersOf(beneficiaries)],
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/**
 * Summarises the generated national data once in this process and once split over `workers` threads, and
 * compares the two.
 */
export async function runParallelSummaries(options: { scale: number; workers: number }): Promise<ParallelSummariesOutcome> {
  const { columns: ledger } = generateNationalLedger(options.scale);
  const beneficiaries = buildBeneficiaryColumns(options.scale);
  const records = beneficiaries.personKeys.length;

  let started = performance.now();
  const wholeRollUp = summariseLedgerTotals(rollUpLedgerColumns(ledger));
  const wholePeople = summariseBeneficiaryColumns(beneficiaries, { groupBy: 'prefecture' });
  const singleProcessMs = performance.now() - started;

  started = performance.now();
  const parts = await Promise.all(
    Array.from({ length: options.workers }, (_, part) => {
      const ledgerStart = Math.floor((ledger.length * part) / options.workers);
      const ledgerEnd = Math.floor((ledger.length * (part + 1)) / options.workers);
      const peopleStart = Math.floor((records * part) / options.workers);
      const peopleEnd = Math.floor((records * (part + 1)) / options.workers);
      return summariseInWorker(sliceLedger(ledger, ledgerStart, ledgerEnd), sliceBeneficiaries(beneficiaries, peopleStart, peopleEnd));
    }),
  );
  const mergedRollUp = parts.map((part) => unwrap(parseRollUp(JSON.parse(part.rollUp)))).reduce(mergeRollUps, emptyRollUp);
  const mergedPeople = parts
    .map((part) => unwrap(parseBeneficiarySummary(JSON.parse(part.beneficiaries))))
    .reduce(mergeBeneficiarySummaries, emptyBeneficiarySummary('prefecture'));
  const parallelMs = performance.now() - started;

  return {
    workers: options.workers,
    ledgerEntries: ledger.length,
    beneficiaryRecords: records,
    singleProcessMs: Math.round(singleProcessMs),
    parallelMs: Math.round(parallelMs),
    rollUpsAgree: JSON.stringify(mergedRollUp) === JSON.stringify(wholeRollUp),
    beneficiaryCountsAgree:
      JSON.stringify(beneficiarySummaryToJSON(mergedPeople)) === JSON.stringify(beneficiarySummaryToJSON(wholePeople)),
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const scale = Number(args[args.indexOf('--scale') + 1] ?? '0.1');
  const workers = Number(args[args.indexOf('--workers') + 1] ?? '4');
  const outcome = await runParallelSummaries({
    scale: args.includes('--scale') ? scale : 0.1,
    workers: args.includes('--workers') ? workers : 4,
  });
  console.log(JSON.stringify(outcome, null, 2));
  if (!outcome.rollUpsAgree || !outcome.beneficiaryCountsAgree) process.exit(1);
}
