import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/build-web.ts', 'test/support/migrated-template.ts', 'test/support/hashed-passwords.ts'],
    setupFiles: ['test/support/hash-once.ts'],
    pool: 'forks',
    // One browser file at a time: on a 2-core machine, parallel Chromiums starve each other's
    // servers and a wait times out for no reason of the code under test.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
