import { defineConfig } from 'vitest/config';
import { createLoadFailureReporter } from './load-failure-reporter.js';
import { QuickestFirstSequencer } from './quickest-first-sequencer.js';

// The mutation run's test config: the runtime tests of one area (type tests cannot kill a mutant), no typecheck pass.
// The area comes from the environment, not from Stryker's `testFiles` option: with that option Stryker 9.6 never
// activates static mutants (module-level tables such as the unit words), and they all survive unseen.
const area = process.env['MUTATION_AREA'] ?? '*';
const skipped = (process.env['MUTATION_SKIP_TESTS'] ?? '').split(',').filter((file) => file !== '');

export default defineConfig({
  test: {
    include: [`test/${area}/**/*.test.ts`],
    exclude: ['**/node_modules/**', ...skipped],
    testTimeout: 60_000,
    // One module graph for all test files of a run, loaded afresh for each run: see fresh-modules.ts.
    isolate: false,
    setupFiles: ['scripts/mutation/fresh-modules.ts', 'scripts/mutation/fixed-seed.ts'],
    reporters: ['default', createLoadFailureReporter()],
    sequence: { sequencer: QuickestFirstSequencer },
  },
});
