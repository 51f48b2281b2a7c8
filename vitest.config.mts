import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Makes the test cache folder and the built-in guide's index once for the run (see the file).
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Processes, not threads: a test may set process.env.TZ, which a worker thread does not apply.
    pool: 'forks',
    // Vitest's default on two cores is one worker; a second keeps both cores busy, in-process tests beside spawned ones.
    maxWorkers: 2,
    // End-to-end tests spawn the built CLI, real pseudo-terminals and shells; give them room on a loaded CI machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
