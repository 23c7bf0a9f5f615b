// The shape every benchmark case prints, and the table the runner shows.
export interface ApproachResult {
  readonly name: string;
  readonly medianMs: number;
  /** Library median ÷ this approach's median (below 1: the library is faster). */
  readonly libraryRatio?: number;
  /** Peak memory the approach added over its input, in MiB, measured in a process of its own. */
  readonly peakMiB?: number;
  readonly note?: string;
}

export interface CaseResult {
  readonly name: string;
  readonly size: Readonly<Record<string, number>>;
  readonly library: ApproachResult;
  readonly baselines: readonly ApproachResult[];
  readonly targets: readonly { readonly target: string; readonly met: boolean; readonly figure: string }[];
  readonly matched: boolean;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** A target of a case, with whether it was met and the figure it was judged by. */
export type Target = CaseResult['targets'][number];

/** The target that the library's median is within `factor` times a baseline's. */
export function withinOf(library: ApproachResult, baseline: ApproachResult | undefined, factor: number, of: string): Target {
  const ratio = library.medianMs / (baseline?.medianMs ?? Number.NaN);
  return { target: `within ${factor}× of ${of}`, met: ratio <= factor, figure: `${ratio.toFixed(2)}×` };
}

/** The target that the library's peak memory, measured in a process of its own, stays under 1 GB. */
export function peakUnderOneGiB(library: ApproachResult): Target {
  const peak = library.peakMiB ?? Number.NaN;
  return { target: 'peak memory under 1 GB', met: peak < 1024, figure: `${peak.toFixed(0)} MiB` };
}

export function printTable(machine: Readonly<Record<string, unknown>>, results: readonly CaseResult[]): void {
  const lines: string[] = [];
  lines.push(`machine: ${JSON.stringify(machine)}`);
  for (const result of results) {
    lines.push('');
    lines.push(`## ${result.name}  ${Object.entries(result.size).map(([key, value]) => `${key}=${value.toLocaleString('en')}`).join(' ')}`);
    lines.push(`${'approach'.padEnd(34)}${'median ms'.padStart(12)}${'library ÷'.padStart(12)}${'peak MiB'.padStart(12)}`);
    for (const approach of [result.library, ...result.baselines]) {
      lines.push(
        `${approach.name.padEnd(34)}${approach.medianMs.toFixed(1).padStart(12)}${(approach.libraryRatio === undefined ? '' : approach.libraryRatio.toFixed(2)).padStart(12)}${(approach.peakMiB === undefined ? '' : approach.peakMiB.toFixed(1)).padStart(12)}${approach.note ? `  ${approach.note}` : ''}`,
      );
    }
    for (const target of result.targets) lines.push(`target: ${target.target} — ${target.met ? 'met' : 'NOT met'} (${target.figure})`);
    if (result.details) lines.push(`details: ${JSON.stringify(result.details)}`);
    lines.push(`results match the baselines: ${result.matched ? 'yes' : 'NO'}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
