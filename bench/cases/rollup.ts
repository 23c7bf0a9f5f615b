// Benchmark 1: roll-up of a national ledger by project, category, type, region and year, per ledger kind.
import type { Decimal } from 'decimal.js';
import { rollUpLedgerColumns, summariseLedgerTotals, type LedgerColumnTotals } from '../../src/index.js';
import { runCase } from '../case.js';
import { peakUnderOneGiB, withinOf } from '../report.js';
import { generateNationalLedger, type NationalLedger } from '../national-ledger.js';
import { decimalRollUp, DIMENSIONS, handWrittenRollUp, toDecimals, type Totals } from '../rollup-baselines.js';

runCase<NationalLedger>({
  name: 'roll-up',
  file: import.meta.url,
  build: generateNationalLedger,
  size: (input) => ({ projects: input.projects, subProjects: input.subProjects, ledgerEntries: input.columns.length }),
  library: { name: 'library rollUpLedgerColumns', run: (input) => rollUpLedgerColumns(input.columns) },
  baselines: [
    { name: 'hand-written integer loop', run: (input) => handWrittenRollUp(input.columns), note: 'no row checks' },
    {
      name: 'decimal.js values',
      prepare: (input) => toDecimals(input.columns),
      run: (input, values) => decimalRollUp(input.columns, values as Decimal[]),
      note: 'timed: the sums; memory: the values too',
      runs: 3,
      warmup: 0,
    },
  ],
  runs: 5,
  same: (library, baseline, name) => {
    const totals = library as LedgerColumnTotals;
    if (name === 'decimal.js values') {
      const sums = baseline as Record<(typeof DIMENSIONS)[number], Decimal[]>;
      return DIMENSIONS.every((dimension) =>
        sums[dimension].every((value, cell) => value.times(100).toFixed(0) === String(totals.large[dimension].get(cell) ?? totals.fen[dimension][cell])),
      );
    }
    const sums = baseline as Totals;
    return DIMENSIONS.every((dimension) => sums[dimension].every((value, cell) => value === totals.fen[dimension][cell]));
  },
  targets: (library, baselines) => [withinOf(library, baselines[0], 3, 'the hand-written loop'), peakUnderOneGiB(library)],
  details: (input) => {
    // The once-per-bucket step after the pass: exact Amounts per bucket, regions at every level, as JSON.
    const totals = rollUpLedgerColumns(input.columns);
    const started = performance.now();
    const summary = summariseLedgerTotals(totals, { dimensions: ['category', 'type', 'region', 'year'] });
    const summariseMs = performance.now() - started;
    return { summariseWithoutProjectsMs: Number(summariseMs.toFixed(1)), regionsInSummary: Object.keys(summary.byRegion).length };
  },
});
