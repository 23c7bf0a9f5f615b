// Timing helpers: approaches interleaved, warmed up, then the median of several runs. Figures only, never
// assertions on time.
export interface Timing {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
}

export const round = (value: number, places = 2): number => Number(value.toFixed(places));

/**
 * Times several approaches in one process, interleaved: each round runs every approach once, in an order rotated
 * from round to round, so a slow moment of a shared machine falls on all of them alike. Medians per approach.
 */
export function timeInterleaved(approaches: Readonly<Record<string, () => unknown>>, options: { warmup: number; runs: number }): Record<string, Timing> {
  return timeRotated(Object.entries(approaches).map(([name, run]) => ({ name, run, ...options })));
}

/**
 * Times approaches interleaved like {@link timeInterleaved}, each with its own number of warm-up and timed runs.
 * Every approach's timed runs start in the same round (after the longest warm-up), and an approach with fewer runs
 * (a slow baseline) takes part in the first timed rounds only.
 */
export function timeRotated(approaches: readonly { readonly name: string; readonly run: () => unknown; readonly warmup: number; readonly runs: number }[]): Record<string, Timing> {
  const runsMs = new Map<string, number[]>(approaches.map((approach) => [approach.name, []]));
  const warmup = Math.max(0, ...approaches.map((approach) => approach.warmup));
  const rounds = warmup + Math.max(0, ...approaches.map((approach) => approach.runs));
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < approaches.length; step++) {
      const approach = approaches[(round + step) % approaches.length] as (typeof approaches)[number];
      const timed = round >= warmup;
      if (timed ? round >= warmup + approach.runs : round < warmup - approach.warmup) continue;
      const started = performance.now();
      approach.run();
      if (timed) runsMs.get(approach.name)?.push(performance.now() - started);
    }
  }
  return Object.fromEntries(approaches.map((approach) => [approach.name, { medianMs: median(runsMs.get(approach.name) ?? []), runsMs: runsMs.get(approach.name) ?? [] }]));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
