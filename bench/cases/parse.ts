// Benchmark 3: parsing project snapshots (valid and invalid) against a hand-written validator.
import * as z from 'zod';
import { parseProject, type Project } from '../../src/index.js';
import { projectSchema } from '../../src/model/schemas/project-schema.js';
import { runCase } from '../case.js';
import { timeInterleaved } from '../measure.js';
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

// zod as an app would use it on the library's own schema: compiled, each project read whole.
const zodCompiled = z.compile(projectSchema);
const parseWithZod = (input: unknown) => {
  const parsed = zodCompiled.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues };
};

const parseAll = (records: readonly SnapshotRecord[], parse: (input: unknown) => { ok: boolean }) => records.map(parse);

// Microseconds a record, valid and invalid records apart, the library and the baseline interleaved (medians).
let apartCache: Record<string, number> | undefined;
function timeApart(input: Input): Record<string, number> {
  if (apartCache) return apartCache;
  const each = (records: readonly SnapshotRecord[], parse: (input: unknown) => unknown) => () => {
    for (const record of records) parse(record);
  };
  const timings = timeInterleaved(
    {
      'library valid': each(input.valid, parseProject),
      'hand valid': each(input.valid, validateProjectByHand),
      'library invalid': each(input.invalid, parseProject),
      'hand invalid': each(input.invalid, validateProjectByHand),
      'zod valid': each(input.valid, parseWithZod),
      'zod invalid': each(input.invalid, parseWithZod),
    },
    { warmup: 1, runs: 7 },
  );
  const sizes: Record<string, number> = { valid: input.valid.length, invalid: input.invalid.length };
  apartCache = Object.fromEntries(Object.entries(timings).map(([name, timing]) => [name, (timing.medianMs / (sizes[name.split(' ')[1] as string] as number)) * 1000]));
  return apartCache;
}

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
    {
      name: 'zod, compiled schema',
      run: (input) => [summarise(parseAll(input.valid, parseWithZod), libraryBudgets, paths), summarise(parseAll(input.invalid, parseWithZod), libraryBudgets, paths)],
    },
  ],
  runs: 3,
  warmup: 1,
  same: (library, baseline) => JSON.stringify(library) === JSON.stringify(baseline),
  // The whole run against the baseline, and accepted and refused records apart: timed interleaved in one process.
  targets: (library, baselines, input) => {
    const ratio = library.medianMs / (baselines[0]?.medianMs ?? Number.NaN);
    const apart = timeApart(input);
    const within = (set: 'valid' | 'invalid') => {
      const ratioOf = (apart[`library ${set}`] as number) / (apart[`hand ${set}`] as number);
      return { met: ratioOf <= 2, figure: `${ratioOf.toFixed(2)}× (${apart[`library ${set}`]?.toFixed(1)} µs ÷ ${apart[`hand ${set}`]?.toFixed(1)} µs a record)` };
    };
    return [
      { target: 'within 2× of the hand-written validator', met: ratio <= 2, figure: `${ratio.toFixed(2)}×` },
      { target: 'accepted records within 2× of the hand-written validator', ...within('valid') },
      { target: 'refused records within 2× of the hand-written validator', ...within('invalid') },
    ];
  },
  details: (input) => Object.fromEntries(Object.entries(timeApart(input)).map(([name, each]) => [`${name} µs each`, Number(each.toFixed(2))])),
});
