// After `npm run build`: packs the package, installs the tarball's files into .out/consumer/node_modules, and loads
// every entry by name with `require` and with `import`, as a user's project would. Each area must load in both
// forms, give the same functions as the root (one shared module, not a copy), and the 2011 data must build its report.
// The source maps must name the shipped `src/` files rather than carry their text.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageEntries, rootEntry } from './entries.js';

const root = resolve(import.meta.dirname, '..');
const consumer = join(root, '.out', 'consumer');
const installed = join(consumer, 'node_modules', 'pairing-aid');
rmSync(consumer, { recursive: true, force: true });
mkdirSync(installed, { recursive: true });
const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', join(root, '.out')], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
execFileSync('tar', ['xzf', join(root, '.out', tarball), '-C', installed, '--strip-components=1']);

const requireFromConsumer = createRequire(join(consumer, 'index.cjs'));
const specifier = (subpath: string): string => (subpath === '.' ? 'pairing-aid' : `pairing-aid/${subpath.slice(2)}`);
const problems: string[] = [];
const rootCjs = requireFromConsumer('pairing-aid') as Record<string, unknown>;
// A module of the consumer's own, so that `import` resolves the package by name through its exports map.
writeFileSync(join(consumer, 'load.mjs'), 'export const load = (name) => import(name);\n');
const { load } = (await import(pathToFileURL(join(consumer, 'load.mjs')).href)) as { load: (name: string) => Promise<Record<string, unknown>> };
const rootEsm = await load('pairing-aid');
for (const entry of packageEntries) {
  const name = specifier(entry.subpath);
  const cjs = requireFromConsumer(name) as Record<string, unknown>;
  const esm = await load(name);
  const cjsNames = Object.keys(cjs).sort();
  const esmNames = Object.keys(esm).sort();
  if (cjsNames.length === 0) problems.push(`${name}: require() gives no exports`);
  if (cjsNames.join() !== esmNames.join()) problems.push(`${name}: require() and import give different names`);
  if (entry === rootEntry || entry.subpath === './examples/2011') continue;
  for (const key of cjsNames) {
    if (cjs[key] !== rootCjs[key]) problems.push(`${name}: ${key} from require() is not the root's`);
    if (esm[key] !== rootEsm[key]) problems.push(`${name}: ${key} from import is not the root's`);
  }
}
const data = requireFromConsumer('pairing-aid/examples/2011') as { seedAnnualReportInput2011: unknown; seedReportOptions2011: unknown };
const build = rootCjs.buildAnnualReport as (input: unknown, options: unknown) => { funds: { total: { toJSON(): string } } };
if (build(data.seedAnnualReportInput2011, data.seedReportOptions2011).funds.total.toJSON() !== '46910000.00') problems.push('pairing-aid/examples/2011: the report total is wrong');

// Every source map names its sources instead of holding their text, and every source it names is in the package.
let maps = 0;
for (const file of readdirSync(join(installed, 'dist'), { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.map')) continue;
  maps++;
  const map = JSON.parse(readFileSync(join(installed, 'dist', file), 'utf8')) as { sources: string[]; sourcesContent?: unknown };
  if (map.sourcesContent !== undefined) problems.push(`dist/${file}: the source map carries the sources' text`);
  for (const source of map.sources) {
    if (!existsSync(resolve(dirname(join(installed, 'dist', file)), source))) problems.push(`dist/${file}: names ${source}, which the package does not hold`);
  }
}
if (maps === 0) problems.push('dist/ holds no source map');

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${packageEntries.length} entries load with require and import from ${tarball}; ${maps} source maps name only files the package holds`);
