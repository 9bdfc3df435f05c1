import { defineConfig } from 'vitest/config';

/**
 * End-to-end and slow tests: processes (the bot, scripts, shards), sockets (the Discord stand-in,
 * PostgreSQL), the browser (Chromium), worker threads over generated datasets, the fuzz test.
 * Everything else is a unit test: `npm run test:unit` runs only those, in well under a minute.
 */
const END_TO_END = [
  'test/e2e/**/*.test.ts',
  'test/fuzz/**/*.test.ts',
  'test/standin/**/*.test.ts',
  'test/console/console.test.ts',
  'test/hardening/payload.test.ts',
  'test/hardening/validate.test.ts',
  'test/dataset/drafts.test.ts',
  'test/store/claim-race.test.ts',
  'test/store/store.test.ts',
  'test/store/postgres.test.ts',
  'test/bench/burst.test.ts',
  'test/ingest/cli.test.ts',
  'test/ingest/review.test.ts',
  'test/discord/shard-processes.test.ts',
  'test/search/index-build.test.ts',
  'test/search/generated.test.ts',
  'test/bench/generate.test.ts',
  'test/web/browser.test.ts',
  'test/e2e/web-pages.test.ts',
];
const ALL = ['test/**/*.test.ts', 'src/**/*.test.ts', 'commands/**/*.test.ts', 'bench/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // Set-up hooks that build generated datasets need more than 10 s when the machine is busy.
    hookTimeout: 60_000,
    // The machine has two cores; keep workers to that so end-to-end tests are not starved.
    maxWorkers: 2,
    projects: [
      // Unit tests share one module graph per worker (isolate: false): importing the engine, zod and
      // the registry again for every file was three quarters of the unit run. They keep no global
      // state between files; a test that must, belongs in END_TO_END.
      { extends: true, test: { name: 'unit', include: ALL, exclude: END_TO_END, isolate: false } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: END_TO_END,
          // Compiles dist/ once, for the tests that run the bot as npm start does; starts PostgreSQL.
          globalSetup: ['test/helpers/build-dist.ts', 'test/helpers/postgres-cluster.ts'],
        },
      },
    ],
  },
});
