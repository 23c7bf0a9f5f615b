import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
    // Generous for a loaded two-core machine: the database tests start PGlite and a PostgreSQL server in hooks.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
