import { existsSync, readdirSync } from 'node:fs';

/** How one area is mutation-tested: which of its test files are left out of the run, and why. */
export interface MutationArea {
  /** Globs under `test/<area>/` that are not run against the mutants (slow whole-programme tests aimed elsewhere). */
  readonly skipTests?: readonly string[];
}

/** Areas that need more than the defaults (mutate `src/<area>/`, run `test/<area>/`). */
export const mutationAreas: Readonly<Record<string, MutationArea>> = {
  // Properties that read the whole 2011 programme hundreds of times (about 15 s a run): every mutant they cover
  // would pay for them. list-parser.test.ts states the same behaviour of the record-by-record reader on a small schema.
  schema: { skipTests: ['compile-parser.test.ts'] },
  // Two files that run no code of src/exports beyond the list of schema names, which json-schemas.test.ts holds to
  // the files in schemas/: the database example (programmes and logs stored in PGlite and a PostgreSQL server it
  // starts, seconds a run) and the parity of the committed schemas with the parsers (properties, about 11 s a run).
  // Every module-level mutant would pay for both.
  exports: { skipTests: ['database-example.test.ts', 'json-schema-parity.test.ts'] },
  // The whole built-in registry against every published year table and month release (about 3 s a run, and every
  // mutant of a lookup would pay for it): it checks the generated data, which is never mutated. division-registry.test.ts
  // states the same decoding on four year tables, and the lookups are stated code by code in the other tests.
  regions: { skipTests: ['division-tables.test.ts'] },
};

/** Folders never mutated: generated data. */
export const neverMutated: readonly string[] = ['src/regions/data/**'];

/** The score every area is held to. */
export const mutationThreshold = 90;

/**
 * Areas whose measured score is below {@link mutationThreshold} for now: CI holds each at the score it has (it may
 * not fall), until new tests bring it to the threshold. Each floor is the score last measured, rounded down.
 * None at present.
 */
export const mutationFloors: Readonly<Record<string, number>> = {};

/** The score below which a run of an area fails: its floor, or the threshold. */
export const failingScoreOf = (area: string): number => mutationFloors[area] ?? mutationThreshold;

/** Every area that can be mutation-tested: a folder of `src/` with its own folder of tests. */
export const listMutationAreas = (root: string): readonly string[] =>
  readdirSync(new URL('src/', root), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`test/${entry.name}/`, root)))
    .map((entry) => entry.name)
    .sort();
