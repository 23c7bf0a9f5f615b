import { inject, vi } from 'vitest';

// What Stryker's test runner gives every run: a dry run, or a run under one mutant.
declare module 'vitest' {
  export interface ProvidedContext {
    mode: 'dry-run' | 'mutant';
    activeMutant: string | undefined;
  }
}

// The mutation config runs an area's test files in one module graph (`isolate: false`), so that a run under a
// mutant loads the library once instead of once per test file: loading it again was most of a run's time. Each
// run under a mutant still starts on freshly loaded modules, so a mutant in module-level code (a static mutant,
// such as a table of names) is in force from the first test file of its run to the last, and no module loaded
// under one mutant is used under the next.
// The dry run, which records which tests reach which mutant, loads the modules afresh for every test file, as an
// isolated run does: a value built on first use and kept (a schema, a table) is then recorded as reached by the
// first test of each file that uses it, not only by the first test of the whole run, so the tests that could kill
// a mutant in it are all run under it.
// This setup file runs before every test file.
const mode = inject('mode');
const run = `${String(mode)} ${String(inject('activeMutant'))}`;
const shared = globalThis as { __pairingAidMutationRun?: string };
if (mode !== 'mutant' || shared.__pairingAidMutationRun !== run) {
  shared.__pairingAidMutationRun = run;
  vi.resetModules();
}
