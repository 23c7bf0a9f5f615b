// Timing helpers: warm up, then take the median of several runs. Figures only, never assertions on time.
export interface Timing {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
}

export function time(run: () => unknown, options: { warmup: number; runs: number }): Timing {
  for (let index = 0; index < options.warmup; index++) run();
  const runsMs: number[] = [];
  for (let index = 0; index < options.runs; index++) {
    const started = performance.now();
    run();
    runsMs.push(performance.now() - started);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { medianMs, runsMs };
}

export const round = (value: number, places = 2): number => Number(value.toFixed(places));
