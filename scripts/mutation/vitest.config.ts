import { defineConfig } from 'vitest/config';

// The mutation run's test config: the runtime tests only (type tests cannot kill a mutant), no typecheck pass.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
