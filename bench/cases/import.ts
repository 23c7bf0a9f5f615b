// Benchmark 6: the time to import the package as published (dist/, built first when older than src/), each import
// in a fresh Node process, against importing zod alone the same way. The approaches run interleaved, in an order
// rotated from round to round, and each figure is the median of its processes. The target: the root entry within
// 2× of zod alone.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withinOf, type ApproachResult, type CaseResult } from '../report.js';

const args = process.argv.slice(2);
const scale = Number(args[args.indexOf('--scale') + 1] ?? '1');
const root = fileURLToPath(new URL('../../', import.meta.url));

// The newest modification time of any file under a folder.
function newest(folder: string): number {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = join(root, 'dist', 'index.js');
if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, 'src'))) {
  process.stderr.write('dist/ is missing or older than src/: building it (npm run build)…\n');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

interface ImportApproach {
  readonly name: string;
  /** The module a fresh process imports, by the name an app would use. */
  readonly specifier: string;
  readonly format: 'esm' | 'cjs';
}

const approaches: readonly ImportApproach[] = [
  { name: 'import pairing-aid (root entry, ESM)', specifier: 'pairing-aid', format: 'esm' },
  { name: 'import zod alone (ESM)', specifier: 'zod', format: 'esm' },
  { name: 'import pairing-aid/money (ESM)', specifier: 'pairing-aid/money', format: 'esm' },
  { name: 'require pairing-aid (root entry, CommonJS)', specifier: 'pairing-aid', format: 'cjs' },
];

// One fresh process: the milliseconds its import took, measured inside it, and how many names the module exports.
function importOnce(approach: ImportApproach): { readonly ms: number; readonly names: number } {
  const script =
    approach.format === 'esm'
      ? `const started = performance.now(); const module = await import(${JSON.stringify(approach.specifier)}); process.stdout.write(JSON.stringify({ ms: performance.now() - started, names: Object.keys(module).length }));`
      : `const started = performance.now(); const module = require(${JSON.stringify(approach.specifier)}); process.stdout.write(JSON.stringify({ ms: performance.now() - started, names: Object.keys(module).length }));`;
  const flags = approach.format === 'esm' ? ['--input-type=module'] : ['--input-type=commonjs'];
  return JSON.parse(execFileSync(process.execPath, [...flags, '-e', script], { cwd: root, encoding: 'utf8' })) as { ms: number; names: number };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const rounds = Math.max(5, Math.round(21 * Math.sqrt(scale)) | 1);
const times = new Map<string, number[]>(approaches.map((approach) => [approach.name, []]));
const names = new Map<string, Set<number>>(approaches.map((approach) => [approach.name, new Set()]));
// One warm-up round (the file system's cache), then the timed rounds.
for (let round = -1; round < rounds; round++) {
  for (let step = 0; step < approaches.length; step++) {
    const approach = approaches[(Math.max(round, 0) + step) % approaches.length] as ImportApproach;
    const { ms, names: count } = importOnce(approach);
    names.get(approach.name)?.add(count);
    if (round >= 0) times.get(approach.name)?.push(ms);
  }
}

// The same entry gives the same exports in every process, and the root entry and the money entry export one
// and the same function (the modules are shared, not copied).
const shared = execFileSync(
  process.execPath,
  ['--input-type=module', '-e', "const [all, money] = await Promise.all([import('pairing-aid'), import('pairing-aid/money')]); process.stdout.write(String(all.parseAmount === money.parseAmount && typeof all.parseProgramme === 'function'))"],
  { cwd: root, encoding: 'utf8' },
);
const [library, zod, ...others] = approaches.map((approach): ApproachResult => ({ name: approach.name, medianMs: median(times.get(approach.name) ?? []) })) as [
  ApproachResult,
  ApproachResult,
  ...ApproachResult[],
];
const baselines = [zod, ...others].map((baseline) => ({ ...baseline, libraryRatio: library.medianMs / baseline.medianMs }));
const result: CaseResult = {
  name: 'import time',
  size: { processesPerApproach: rounds },
  library,
  baselines,
  targets: [withinOf(library, zod, 2, 'importing zod alone')],
  matched: shared === 'true' && [...names.values()].every((counts) => counts.size === 1),
  details: Object.fromEntries(approaches.map((approach) => [approach.name, { exports: [...(names.get(approach.name) ?? [])][0], runsMs: (times.get(approach.name) ?? []).map((ms) => Number(ms.toFixed(1))) }])),
};
process.stdout.write(JSON.stringify(result));
