import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // End-to-end tests spawn the built CLI and real pseudo-terminals; give them room on a loaded CI machine.
    testTimeout: 20_000,
  },
});
