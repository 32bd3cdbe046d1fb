import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/security/**'],
    globalSetup: ['test/support/migrated-template.ts', 'test/support/hashed-passwords.ts'],
    setupFiles: ['test/support/hash-once.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
