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

/**
 * Times several approaches in one process, interleaved: each round runs every approach once, in an order rotated
 * from round to round, so a slow moment of a shared machine falls on all of them alike. Medians per approach.
 */
export function timeInterleaved(approaches: Readonly<Record<string, () => unknown>>, options: { warmup: number; runs: number }): Record<string, Timing> {
  const names = Object.keys(approaches);
  const runsMs: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < options.warmup + options.runs; round++) {
    for (let step = 0; step < names.length; step++) {
      const name = names[(round + step) % names.length] as string;
      const run = approaches[name] as () => unknown;
      const started = performance.now();
      run();
      if (round >= options.warmup) runsMs[name]?.push(performance.now() - started);
    }
  }
  return Object.fromEntries(names.map((name) => [name, { medianMs: median(runsMs[name] ?? []), runsMs: runsMs[name] ?? [] }]));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
