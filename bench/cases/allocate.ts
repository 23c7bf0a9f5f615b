// Benchmark: allocation of a column of 1,000,000 amounts into 7 parts by one set of ratios (allocateFen) against a
// hand-written largest-remainder integer loop, interleaved in one process; allocateAmount per amount for scale.
import { allocateAmount, allocateFen, amountFromFen } from '../../src/index.js';
import { timeInterleaved } from '../measure.js';
import { allocateIntegerLoop, generateFenColumn } from '../money-baselines.js';
import type { CaseResult } from '../report.js';

const args = process.argv.slice(2);
const scale = Number(args[args.indexOf('--scale') + 1] ?? '1');
const items = Math.max(1, Math.round(1_000_000 * scale));
const weights = [30, 20, 15, 12, 10, 8, 5];
const fen = generateFenColumn(items, 16);

const timings = timeInterleaved(
  { library: () => allocateFen(fen, weights), loop: () => allocateIntegerLoop(fen, weights) },
  { warmup: 2, runs: 7 },
);
// One amount at a time through allocateAmount (big integers and objects), once: the path without a column form.
const objects = timeInterleaved({ perAmount: () => Array.from(fen, (value) => allocateAmount(amountFromFen(value), weights)) }, { warmup: 0, runs: 1 });

const library = allocateFen(fen, weights);
const loop = allocateIntegerLoop(fen, weights);
const perAmount = Array.from(fen, (value) => allocateAmount(amountFromFen(value), weights));
const matched =
  library.every((part, index) => part.every((share, row) => share === loop[index]?.[row])) &&
  perAmount.every((shares, row) => shares.every((share, index) => share.fen === BigInt(library[index]?.[row] ?? Number.NaN)));

const libraryMs = timings.library?.medianMs ?? Number.NaN;
const loopMs = timings.loop?.medianMs ?? Number.NaN;
const perAmountMs = objects.perAmount?.medianMs ?? Number.NaN;
const result: CaseResult = {
  name: 'allocate',
  size: { amounts: items, parts: weights.length },
  library: { name: 'library allocateFen', medianMs: libraryMs },
  baselines: [
    { name: 'hand-written integer loop', medianMs: loopMs, libraryRatio: libraryMs / loopMs, note: 'no checks' },
    { name: 'allocateAmount per amount', medianMs: perAmountMs, libraryRatio: libraryMs / perAmountMs, note: 'one run' },
  ],
  targets: [{ target: 'within 2× of the integer loop', met: libraryMs / loopMs <= 2, figure: `${(libraryMs / loopMs).toFixed(2)}×` }],
  matched,
};
process.stdout.write(JSON.stringify(result));
