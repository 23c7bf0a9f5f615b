// Benchmark 3: parsing project snapshots (valid and invalid) against a hand-written validator.
import { parseProject, type Project } from '../../src/index.js';
import { runCase } from '../case.js';
import { validateProjectByHand, type HandResult } from '../parse-baseline.js';
import { generateProjectSnapshots, type SnapshotRecord } from '../project-snapshots.js';

interface Input {
  readonly valid: SnapshotRecord[];
  readonly invalid: SnapshotRecord[];
}
type Outcome = { readonly ok: boolean; readonly budgets: string; readonly paths: string };

// The parts of each result that both must agree on: accepted or not, the exact budgets, the problem paths.
function summarise(results: readonly { ok: boolean }[], budgetsOf: (value: unknown) => string, pathsOf: (result: unknown) => string): Outcome[] {
  return results.map((result) => ({ ok: result.ok, budgets: result.ok ? budgetsOf(result) : '', paths: result.ok ? '' : pathsOf(result) }));
}

const libraryBudgets = (result: unknown): string => {
  const project = (result as { value: Project }).value;
  return [project.budget, ...project.subProjects.map((sub) => sub.budget)].map((amount) => amount.fen).join(',');
};
const handBudgets = (result: unknown): string => {
  const value = (result as { value: { budget: { fen: bigint }; subProjects: { budget: { fen: bigint } }[] } }).value;
  return [value.budget, ...value.subProjects.map((sub) => sub.budget)].map((amount) => amount.fen).join(',');
};
const paths = (result: unknown): string =>
  [...new Set((result as { issues: { path: readonly (string | number)[] }[] }).issues.map((issue) => issue.path.join('.')))].sort().join('|');

const parseAll = (records: readonly SnapshotRecord[], parse: (input: unknown) => { ok: boolean }) => records.map(parse);

runCase<Input>({
  name: 'parsing project snapshots',
  file: import.meta.url,
  build: generateProjectSnapshots,
  size: (input) => ({ projects: input.valid.length, subProjectsEach: 10, invalidProjects: input.invalid.length }),
  library: {
    name: 'library parseProject',
    run: (input) => [summarise(parseAll(input.valid, parseProject), libraryBudgets, paths), summarise(parseAll(input.invalid, parseProject), libraryBudgets, paths)],
  },
  baselines: [
    {
      name: 'hand-written validator',
      run: (input) => [
        summarise(parseAll(input.valid, validateProjectByHand), handBudgets, paths),
        summarise(parseAll(input.invalid, validateProjectByHand) as HandResult[], handBudgets, paths),
      ],
    },
  ],
  runs: 3,
  warmup: 1,
  same: (library, baseline) => JSON.stringify(library) === JSON.stringify(baseline),
  targets: (library, baselines) => {
    const ratio = library.medianMs / (baselines[0]?.medianMs ?? Number.NaN);
    return [{ target: 'within 2× of the hand-written validator', met: ratio <= 2, figure: `${ratio.toFixed(2)}×` }];
  },
  details: (input) => {
    // Valid and invalid records timed apart, since refusals cost more.
    const timeOf = (records: readonly SnapshotRecord[], parse: (input: unknown) => unknown): number => {
      const started = performance.now();
      for (const record of records) parse(record);
      return Number(((performance.now() - started) / records.length * 1000).toFixed(2));
    };
    return {
      libraryValidMicrosecondsEach: timeOf(input.valid, parseProject),
      handValidMicrosecondsEach: timeOf(input.valid, validateProjectByHand),
      libraryInvalidMicrosecondsEach: timeOf(input.invalid, parseProject),
      handInvalidMicrosecondsEach: timeOf(input.invalid, validateProjectByHand),
    };
  },
});
