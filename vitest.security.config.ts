import { randomInt } from 'node:crypto';
import { defineConfig } from 'vitest/config';

// The security suite runs on PGlite, or only on the PostgreSQL database ORDO_SECURITY_DATABASE_URL
// names: test/support/database.ts reads ORDO_TEST_DATABASE_URL, here and in every worker.
process.env.ORDO_TEST_DATABASE_URL = process.env.ORDO_SECURITY_DATABASE_URL?.trim() ?? '';
// One seed for every file of the run, printed by the summary so a failure can be replayed.
process.env.ORDO_SECURITY_SEED = process.env.ORDO_SECURITY_SEED?.trim() || String(randomInt(1, 2 ** 31));

export default defineConfig({
  test: {
    include: ['test/security/**/*.test.ts'],
    globalSetup: ['test/support/migrated-template.ts', 'test/support/hashed-passwords.ts', 'test/security/summary.ts'],
    setupFiles: ['test/support/hash-once.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
