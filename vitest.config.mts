import { defineConfig } from 'vitest/config';

/** Test files that replace or spy on a module: each gets a module graph of its own, so its mocks reach nothing else. */
const MOCKS_MODULES = ['tests/unit/history.test.ts', 'tests/unit/guide-cache.test.ts', 'tests/unit/search-index.test.ts'];

export default defineConfig({
  test: {
    // Makes the test cache folder and the built-in guide's index once for the run (see the file).
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Processes, not threads: a test may set process.env.TZ, which a worker thread does not apply.
    pool: 'forks',
    // Vitest's default on two cores is one worker; a second keeps both cores busy, in-process tests beside spawned ones.
    maxWorkers: 2,
    // End-to-end tests spawn the built CLI, real pseudo-terminals and shells; give them room on a loaded CI machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        // A worker loads the sources once for all the files it runs, instead of once a file (most of a small file's time):
        // the code under test keeps no state between commands, and each test makes its own temp folders.
        extends: true,
        test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: MOCKS_MODULES, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: MOCKS_MODULES } },
    ],
  },
});
