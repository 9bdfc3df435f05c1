import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'commands/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 20_000,
    // The machine has two cores; keep workers to that so end-to-end tests are not starved.
    maxWorkers: 2,
  },
});
