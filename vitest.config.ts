import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'commands/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 20_000,
    // Set-up hooks that build generated datasets need more than 10 s when the machine is busy.
    hookTimeout: 60_000,
    // The machine has two cores; keep workers to that so end-to-end tests are not starved.
    maxWorkers: 2,
    // Compiles dist/ once, for the tests that run the bot as npm start does; starts PostgreSQL.
    globalSetup: ['test/helpers/build-dist.ts', 'test/helpers/postgres-cluster.ts'],
  },
});
