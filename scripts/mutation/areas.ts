import { existsSync, readdirSync } from 'node:fs';

/** How one area is mutation-tested: which of its test files are left out of the run, and why. */
export interface MutationArea {
  /** Globs under `test/<area>/` that are not run against the mutants (slow whole-programme tests aimed elsewhere). */
  readonly skipTests?: readonly string[];
}

/** Areas that need more than the defaults (mutate `src/<area>/`, run `test/<area>/`). */
export const mutationAreas: Readonly<Record<string, MutationArea>> = {};

/** Folders never mutated: generated data. */
export const neverMutated: readonly string[] = ['src/regions/data/**'];

/** The score below which a run fails. */
export const mutationThreshold = 90;

/** Every area that can be mutation-tested: a folder of `src/` with its own folder of tests. */
export const listMutationAreas = (root: string): readonly string[] =>
  readdirSync(new URL('src/', root), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`test/${entry.name}/`, root)))
    .map((entry) => entry.name)
    .sort();
