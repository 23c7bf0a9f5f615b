// Benchmark: sums of fen columns (sumFen) against a plain integer loop over the same fen, interleaved in one process,
// at 1,000,000 and 10,000,000 items, and a column whose total passes 2^53; sums of amount objects (sumAmounts)
// against a hand-written big-integer loop over the same amounts, and beside the integer loop over their fen.
import { amountFromFen, sumAmounts, sumFen, type Amount } from '../../src/index.js';
import { timeInterleaved } from '../measure.js';
import { generateFenColumn, sumBigIntLoop, sumIntegerLoop } from '../money-baselines.js';
import type { CaseResult } from '../report.js';

const args = process.argv.slice(2);
const scale = Number(args[args.indexOf('--scale') + 1] ?? '1');
const small = Math.max(1, Math.round(1_000_000 * scale));
const large = Math.max(1, Math.round(10_000_000 * scale));

const fenSmall = generateFenColumn(small, 14);
const fenLarge = generateFenColumn(large, 15);
const amounts: Amount[] = Array.from(fenSmall, (fen) => amountFromFen(fen));
// Past the edge of exact numbers: the same column with every value raised by 2^34 fen (about 1.7亿 yuan), so the
// total passes 2^53 fen.
const fenHuge = fenSmall.map((fen) => fen + 2 ** 34);

const timings = timeInterleaved(
  {
    [`sumFen ${small}`]: () => sumFen(fenSmall),
    [`integer loop ${small}`]: () => sumIntegerLoop(fenSmall),
    [`sumAmounts ${small}`]: () => sumAmounts(amounts),
    [`big-integer loop ${small}`]: () => sumBigIntLoop(amounts),
    [`sumFen ${large}`]: () => sumFen(fenLarge),
    [`integer loop ${large}`]: () => sumIntegerLoop(fenLarge),
    [`sumFen past 2^53 ${small}`]: () => sumFen(fenHuge),
  },
  { warmup: 3, runs: 9 },
);

const ms = (name: string): number => timings[name]?.medianMs ?? Number.NaN;

const matched =
  sumFen(fenSmall) === BigInt(sumIntegerLoop(fenSmall)) &&
  sumAmounts(amounts).fen === BigInt(sumIntegerLoop(fenSmall)) &&
  sumBigIntLoop(amounts) === BigInt(sumIntegerLoop(fenSmall)) &&
  sumFen(fenLarge) === BigInt(sumIntegerLoop(fenLarge)) &&
  sumFen(fenHuge) === Array.from(fenHuge, BigInt).reduce((sum, fen) => sum + fen, 0n);

const ratio = (library: string, baseline: string): number => ms(library) / ms(baseline);
const within = (library: string, baseline: string) => ({
  met: ratio(library, baseline) <= 2,
  figure: `${ratio(library, baseline).toFixed(2)}× (${ms(library).toFixed(2)} ms ÷ ${ms(baseline).toFixed(2)} ms)`,
});
const result: CaseResult = {
  name: 'sum',
  size: { items: small, largeItems: large },
  library: { name: `library sumFen, ${large.toLocaleString('en')}`, medianMs: ms(`sumFen ${large}`) },
  baselines: [
    { name: `integer loop, ${large.toLocaleString('en')}`, medianMs: ms(`integer loop ${large}`), libraryRatio: ratio(`sumFen ${large}`, `integer loop ${large}`) },
    { name: `integer loop, ${small.toLocaleString('en')}`, medianMs: ms(`integer loop ${small}`), libraryRatio: ratio(`sumFen ${small}`, `integer loop ${small}`) },
    { name: `big-integer loop over amounts, ${small.toLocaleString('en')}`, medianMs: ms(`big-integer loop ${small}`), libraryRatio: ratio(`sumAmounts ${small}`, `big-integer loop ${small}`) },
  ],
  targets: [
    { target: `sumFen within 2× of the integer loop at ${small.toLocaleString('en')}`, ...within(`sumFen ${small}`, `integer loop ${small}`) },
    { target: `sumFen within 2× of the integer loop at ${large.toLocaleString('en')}`, ...within(`sumFen ${large}`, `integer loop ${large}`) },
    // Amount objects are summed against a loop over the same objects: no loop over a million objects (each a heap
    // object with a big integer) comes near a loop over a typed array, which is what sumFen is measured against.
    { target: `sumAmounts within 2× of a big-integer loop over the same amounts at ${small.toLocaleString('en')}`, ...within(`sumAmounts ${small}`, `big-integer loop ${small}`) },
  ],
  matched,
  details: {
    sumFenSmallMs: Number(ms(`sumFen ${small}`).toFixed(2)),
    sumAmountsSmallMs: Number(ms(`sumAmounts ${small}`).toFixed(2)),
    sumAmountsOverIntegerLoop: Number(ratio(`sumAmounts ${small}`, `integer loop ${small}`).toFixed(1)),
    sumFenPast2To53Ms: Number(ms(`sumFen past 2^53 ${small}`).toFixed(2)),
  },
};
process.stdout.write(JSON.stringify(result));
