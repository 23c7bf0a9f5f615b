// npm run bench [-- --scale 0.1] [-- --json] [-- --only sum,allocate,rollup,distinct,registry]
// Runs each benchmark in its own Node process (so one case's garbage does not slow the next), prints the
// figures, and exits non-zero if any library result differs from its baselines'.
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
const cases = (option('only') ?? 'sum,allocate,rollup,distinct,parse,report,registry').split(',');
if (!(scale > 0 && scale <= 1)) throw new Error('--scale takes a number in (0, 1]');

const results: CaseResult[] = [];
for (const name of cases) {
  if (name === 'registry') continue;
  const file = fileURLToPath(new URL(`./cases/${name}.ts`, import.meta.url));
  if (!json) process.stderr.write(`running ${name} at scale ${scale}…\n`);
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', file, '--scale', String(scale)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  results.push(JSON.parse(output) as CaseResult);
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
if (json) process.stdout.write(`${JSON.stringify({ machine, results, registry }, null, 2)}\n`);
else {
  printTable(machine, results);
  if (registry !== undefined) process.stdout.write(`\nregistry and holiday calendar (bench/registry.ts):\n${JSON.stringify(registry, null, 2)}\n`);
}

const mismatched = results.filter((result) => !result.matched);
if (mismatched.length > 0) {
  process.stderr.write(`results differ from the baselines in: ${mismatched.map((result) => result.name).join(', ')}\n`);
  process.exit(1);
}
