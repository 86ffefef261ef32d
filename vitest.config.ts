import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Every import of @meridian-cx/* resolves to the package's TypeScript source through this export
// condition, so a test exercises exactly what a user imports, with no build in the loop.
const source = '@meridian-cx/source';

export default defineConfig({
  resolve: { conditions: [source, 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: [source, 'node', 'module', 'development|production'] } },
  test: {
    // Vitest's default is one worker fewer than the cores, which on CI's two cores is one: the files
    // ran one after another while the second core mostly idled, as the main process only reports
    // and the integration tests mostly wait on the tools they start (measured: no two files of a
    // run overlapped). Two workers at least.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    setupFiles: ['./test/setup/fastCheck.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          // Unit tests call pure functions, so one worker may keep the packages it has imported
          // for the next file: importing zod, luxon and the data afresh for each of ~150 files was
          // two thirds of the unit project's CPU time (measured: 5m55s → 2m05s user).
          isolate: false,
          // A guard against a hang, not a speed check (the integration project has 180 s): with
          // two workers on two shared cores, property tests that take 1-4 s on a quiet machine
          // ran past Vitest's default 5 s under load (10 timed out at load 13; no assertion failed).
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'types',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['packages/*/src/**/*.test-d.ts', 'packages/*/test/**/*.test-d.ts'],
            // The type tests and what they import (the packages' sources), not the whole workspace:
            // `pnpm typecheck` has checked all of it already, and this second tsc runs alone after
            // every other file, so checking the tests, docs and benches again added ~40% to it.
            tsconfig: './tsconfig.typetests.json',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'docs/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
