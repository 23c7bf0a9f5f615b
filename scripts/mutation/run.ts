// Mutation testing per area: mutates src/<area>/ against test/<area>/ with StrykerJS and writes
// reports/mutation/<area>.json (Stryker's incremental file, committed) and reports/mutation/<area>.md (the readable report).
//
//   npm run mutation -- money            one area, re-testing only the mutants whose code or tests changed
//   npm run mutation -- money dates      several areas, one after the other
//   npm run mutation -- --all            every area
//   npm run mutation -- money --force    re-test every mutant of the area
//   npm run mutation -- money --retest-timeouts   re-test the mutants that timed out
//   npm run mutation -- --ci             every area that has a committed incremental file (what CI runs)
//
// Fails (exit 1) when an area scores below the threshold. MUTATION_CONCURRENCY sets the number of test runners (default 2).
import { Stryker } from '@stryker-mutator/core';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { failingScoreOf, listMutationAreas, mutationAreas, mutationThreshold, neverMutated } from './areas.js';
import { describeSummary, readEquivalentRows, renderSummary, summariseArea, type AreaSummary } from './report.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
process.env.TZ = 'Asia/Shanghai';

const tempDirName = '.stryker-tmp';
const reportFolder = 'reports/mutation';

const args = process.argv.slice(2);
const force = args.includes('--force');
const known = listMutationAreas(pathToFileURL(`${root}/`).href);
const named = args.filter((arg) => !arg.startsWith('--'));
const areas = args.includes('--all')
  ? known
  : args.includes('--ci')
    ? known.filter((area) => existsSync(`${reportFolder}/${area}.json`))
    : named;

const unknown = named.filter((area) => !known.includes(area));
if (areas.length === 0 || unknown.length > 0) {
  console.error(`usage: npm run mutation -- <area>… | --all | --ci [--force]\nareas: ${known.join(', ')}`);
  if (unknown.length > 0) console.error(`unknown area: ${unknown.join(', ')}`);
  process.exit(2);
}

const concurrency = Number(process.env['MUTATION_CONCURRENCY'] ?? 2);


interface IncrementalReport {
  files: Record<string, { mutants: { static?: boolean; status: string }[] }>;
  testFiles?: Record<string, { source?: string }>;
}

// Stryker re-tests a surviving mutant when a test that covers it is added, but a static mutant (one in a module-level
// table) is covered by no test in particular, so it would keep its old "survived" for ever. Whenever the area's tests
// have changed since the incremental file was written, its surviving static mutants are tested again.
// `--retest-timeouts` tests again the mutants that timed out: on a busy machine a slow reload can time out and be
// counted as detected.
const forgetEarlierResults = (incrementalFile: string, area: string, retestTimeouts: boolean): void => {
  if (!existsSync(incrementalFile)) return;
  const report = JSON.parse(readFileSync(incrementalFile, 'utf8')) as IncrementalReport;
  const recorded = report.testFiles ?? {};
  // The files the run leaves out are not in the report either (skipTests named by file, not by a wider glob).
  const skipped = new Set((mutationAreas[area]?.skipTests ?? []).map((file) => join('test', area, file)));
  const current = readdirSync(join('test', area), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join('test', area, file))
    .filter((file) => !skipped.has(file));
  const changed =
    current.length !== Object.keys(recorded).length ||
    current.some((file) => recorded[file]?.source !== readFileSync(file, 'utf8'));
  const forget = (mutant: { static?: boolean; status: string }): boolean =>
    (retestTimeouts && mutant.status === 'Timeout') ||
    (changed && mutant.static === true && (mutant.status === 'Survived' || mutant.status === 'NoCoverage'));
  let forgotten = 0;
  for (const file of Object.values(report.files)) {
    const before = file.mutants.length;
    file.mutants = file.mutants.filter((mutant) => !forget(mutant));
    forgotten += before - file.mutants.length;
  }
  if (forgotten > 0) {
    console.log(`${area}: ${forgotten} mutant(s) tested again (surviving static mutants after a change of tests, or timeouts when asked)`);
    writeFileSync(incrementalFile, JSON.stringify(report));
  }
};

const runArea = async (area: string): Promise<AreaSummary> => {
  // Read by scripts/mutation/vitest.config.ts in every test runner process.
  process.env['MUTATION_AREA'] = area;
  process.env['MUTATION_SKIP_TESTS'] = (mutationAreas[area]?.skipTests ?? []).map((file) => join('test', area, file)).join(',');
  const incrementalFile = `${reportFolder}/${area}.json`;
  mkdirSync(reportFolder, { recursive: true });
  if (!force) forgetEarlierResults(incrementalFile, area, args.includes('--retest-timeouts'));
  const started = Date.now();
  await new Stryker({
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: 'scripts/mutation/vitest.config.ts', related: false },
    coverageAnalysis: 'perTest',
    mutate: [`src/${area}/**/*.ts`, '!src/**/*.d.ts', ...neverMutated.map((glob) => `!${glob}`)],
    incremental: true,
    incrementalFile,
    force,
    concurrency,
    reporters: ['clear-text', 'progress-append-only'],
    clearTextReporter: { reportMutants: false, reportTests: false, reportScoreTable: true, allowEmojis: false },
    tempDirName,
    cleanTempDir: true,
    ignorePatterns: ['reports', 'dist', 'site', 'coverage', '.out'],
    // Generous: on a shared machine a static mutant's full reload can take long; a real endless loop is rare.
    timeoutMS: 60_000,
    thresholds: { high: 95, low: mutationThreshold, break: null },
  }).runMutationTest();
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const summary = summariseArea(area, incrementalFile, readEquivalentRows(join('test', area, 'equivalent-mutants.md')));
  writeFileSync(`${reportFolder}/${area}.md`, renderSummary(summary, `npm run mutation -- ${area}`));
  console.log(`\n${describeSummary(summary)} in ${minutes} min; report: ${relative(root, `${reportFolder}/${area}.md`)}`);
  return summary;
};

const summaries: AreaSummary[] = [];
for (const area of areas) summaries.push(await runArea(area));

console.log('\n== mutation scores');
for (const summary of summaries) console.log(describeSummary(summary));
const failing = summaries.filter((summary) => summary.score < failingScoreOf(summary.area));
if (failing.length > 0) {
  console.error(`below the score held: ${failing.map((summary) => `${summary.area} (${failingScoreOf(summary.area)} %)`).join(', ')}`);
  process.exit(1);
}
