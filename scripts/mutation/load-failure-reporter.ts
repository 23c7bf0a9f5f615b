import type { Reporter, Vitest } from 'vitest/node';

/**
 * Counts a test file that fails to load as a failed test. Stryker's vitest runner (9.6) builds a mutant's result
 * from the tests it collected, and a file whose import throws collects none: a static mutant that stops a module from
 * loading (a schema table emptied so that building the union throws) was scored as surviving. Here such a file gets
 * one failed test carrying its load error, so the mutant counts as killed.
 */
export const createLoadFailureReporter = (): Reporter => {
  let vitest: Vitest | undefined;
  return {
    onInit(context) {
      vitest = context;
    },
    onTestRunEnd() {
      for (const file of vitest?.state.getFiles() ?? []) {
        if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
        file.tasks.push({
          type: 'test',
          id: `${file.id}_load`,
          name: 'loads',
          mode: 'run',
          file,
          suite: file,
          result: { state: 'fail', errors: file.result.errors ?? [{ message: 'the test file did not load' }] },
          meta: {},
          annotations: [],
          artifacts: [],
          timeout: 0,
          context: undefined as never,
        } as unknown as (typeof file.tasks)[number]);
      }
    },
  };
};
