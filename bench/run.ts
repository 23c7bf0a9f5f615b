// npm run bench [-- --scale 0.1] [-- --json] [-- --only sum,allocate,rollup,distinct,parse,report,import,registry] [-- --processes 3]
// Runs each benchmark in its own Node process (so one case's garbage does not slow the next), prints the
// figures, and exits non-zero if any library result differs from its baselines'. With --processes N each case
// runs in N processes one after another: the run with the median library time is shown, beside every run's
// verdict on every target, and whether the verdicts agree.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CaseResult } from './report.js';
import { printTable } from './report.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const scale = Number(option('scale') ?? '1');
const json = args.includes('--json');
const processes = Number(option('processes') ?? '1');
const cases = (option('only') ?? 'sum,allocate,rollup,distinct,parse,report,import,registry').split(',');
if (!(scale > 0 && scale <= 1)) throw new Error('--scale takes a number in (0, 1]');
if (!(Number.isInteger(processes) && processes >= 1)) throw new Error('--processes takes a whole number from 1');

const results: CaseResult[] = [];
/** Each case's verdicts on its targets, one list per process. */
const verdicts: Record<string, { readonly target: string; readonly met: readonly boolean[]; readonly figures: readonly string[] }[]> = {};
for (const name of cases) {
  if (name === 'registry') continue;
  const file = fileURLToPath(new URL(`./cases/${name}.ts`, import.meta.url));
  const runs: CaseResult[] = [];
  for (let run = 0; run < processes; run++) {
    if (!json) process.stderr.write(`running ${name} at scale ${scale}${processes > 1 ? ` (process ${run + 1} of ${processes})` : ''}…\n`);
    const output = execFileSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', file, '--scale', String(scale)],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    runs.push(JSON.parse(output) as CaseResult);
  }
  const byTime = [...runs].sort((a, b) => a.library.medianMs - b.library.medianMs);
  const shown = byTime[Math.floor((byTime.length - 1) / 2)] as CaseResult;
  results.push({ ...shown, matched: runs.every((result) => result.matched) });
  verdicts[shown.name] = shown.targets.map((target, index) => ({
    target: target.target,
    met: runs.map((result) => result.targets[index]?.met ?? false),
    figures: runs.map((result) => result.targets[index]?.figure ?? ''),
  }));
}

const machine = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  scale,
};
// The cost of the built-in registry and holiday calendar: sizes and speeds, with no baselines to match.
const registry = cases.includes('registry')
  ? (JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./registry.ts', import.meta.url))], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    ) as unknown)
  : undefined;
if (json) process.stdout.write(`${JSON.stringify({ machine: { ...machine, processes }, results, verdicts, registry }, null, 2)}\n`);
else {
  printTable(machine, results);
  if (processes > 1) {
    process.stdout.write(`\nverdicts in ${processes} processes:\n`);
    for (const [name, targets] of Object.entries(verdicts)) {
      for (const { target, met, figures } of targets) {
        const same = met.every((verdict) => verdict === met[0]);
        process.stdout.write(`${name}: ${target}: ${met.map((verdict) => (verdict ? 'met' : 'NOT met')).join(', ')} (${figures.join('; ')})${same ? '' : ' — verdicts differ'}\n`);
      }
    }
  }
  if (registry !== undefined) process.stdout.write(`\nregistry and holiday calendar (bench/registry.ts):\n${JSON.stringify(registry, null, 2)}\n`);
}

const mismatched = results.filter((result) => !result.matched);
if (mismatched.length > 0) {
  process.stderr.write(`results differ from the baselines in: ${mismatched.map((result) => result.name).join(', ')}\n`);
  process.exit(1);
}
