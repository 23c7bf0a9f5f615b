// Runs one benchmark case: every approach on the same input in this process (medians, ratios against the
// library), then each approach again in a process of its own to measure the peak memory it adds.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { timeRotated } from './measure.js';
import type { ApproachResult, CaseResult } from './report.js';

export interface Approach<Input> {
  readonly name: string;
  /** Work done once before timing whose memory counts for the approach (e.g. building decimal.js values). */
  readonly prepare?: (input: Input) => unknown;
  readonly run: (input: Input, prepared: unknown) => unknown;
  readonly note?: string;
  /** Timed runs and warm-up runs for this approach (defaults: the case's). */
  readonly runs?: number;
  readonly warmup?: number;
}

export interface CaseDefinition<Input> {
  readonly name: string;
  readonly file: string;
  readonly build: (scale: number) => Input;
  readonly size: (input: Input) => Record<string, number>;
  readonly library: Approach<Input>;
  readonly baselines: readonly Approach<Input>[];
  /** Whether the library's result equals a baseline's; the name of the baseline is given. */
  readonly same: (library: unknown, baseline: unknown, name: string) => boolean;
  readonly targets: (library: ApproachResult, baselines: readonly ApproachResult[], input: Input) => CaseResult['targets'];
  readonly runs?: number;
  readonly warmup?: number;
  readonly details?: (input: Input, library: unknown) => Record<string, unknown>;
}

const args = process.argv.slice(2);
const scale = Number(args[args.indexOf('--scale') + 1] ?? '1');
const memoryOf = args.includes('--memory') ? args[args.indexOf('--memory') + 1] : undefined;

export function runCase<Input>(definition: CaseDefinition<Input>): void {
  const input = definition.build(scale);
  const approaches = [definition.library, ...definition.baselines];
  if (memoryOf !== undefined) {
    const approach = approaches.find((candidate) => candidate.name === memoryOf);
    if (!approach) throw new Error(`no approach ${memoryOf}`);
    globalThis.gc?.();
    const before = process.memoryUsage().rss;
    const prepared = approach.prepare?.(input);
    approach.run(input, prepared);
    const peak = process.resourceUsage().maxRSS * 1024;
    process.stdout.write(JSON.stringify({ peakMiB: Math.max(0, peak - before) / 2 ** 20 }));
    return;
  }
  // Each approach's result first (compared below), then every approach timed interleaved: each round runs
  // every approach still due once, in an order rotated from round to round, so a slow moment of a shared machine
  // falls on all of them alike. An approach with fewer runs (a slow baseline) takes part in the first rounds only.
  const outputs = new Map<string, unknown>();
  const prepared = new Map<string, unknown>();
  for (const approach of approaches) {
    globalThis.gc?.();
    prepared.set(approach.name, approach.prepare?.(input));
    outputs.set(approach.name, approach.run(input, prepared.get(approach.name)));
  }
  const timings = new Map<string, number>(
    Object.entries(
      timeRotated(
        approaches.map((approach) => ({
          name: approach.name,
          run: () => approach.run(input, prepared.get(approach.name)),
          warmup: approach.warmup ?? definition.warmup ?? 2,
          runs: approach.runs ?? definition.runs ?? 5,
        })),
      ),
    ).map(([name, timing]) => [name, timing.medianMs]),
  );
  prepared.clear();
  const libraryMs = timings.get(definition.library.name) ?? Number.NaN;
  const results: ApproachResult[] = approaches.map((approach) => ({
    name: approach.name,
    medianMs: timings.get(approach.name) ?? Number.NaN,
    ...(approach === definition.library ? {} : { libraryRatio: libraryMs / (timings.get(approach.name) ?? Number.NaN) }),
    peakMiB: measurePeak(definition.file, approach.name),
    ...(approach.note ? { note: approach.note } : {}),
  }));
  const [library, ...baselines] = results as [ApproachResult, ...ApproachResult[]];
  const libraryOutput = outputs.get(definition.library.name);
  const matched = definition.baselines.every((baseline) => definition.same(libraryOutput, outputs.get(baseline.name), baseline.name));
  const result: CaseResult = {
    name: definition.name,
    size: definition.size(input),
    library,
    baselines,
    targets: definition.targets(library, baselines, input),
    matched,
    ...(definition.details ? { details: definition.details(input, libraryOutput) } : {}),
  };
  process.stdout.write(JSON.stringify(result));
}

function measurePeak(file: string, approach: string): number {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', fileURLToPath(file), '--scale', String(scale), '--memory', approach],
    { encoding: 'utf8', maxBuffer: 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return (JSON.parse(output) as { peakMiB: number }).peakMiB;
}
