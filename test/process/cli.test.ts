import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freshDatabase, testDatabaseKind } from '../support/database.js';
import { ordoCommand } from '../support/process.js';

// The `ordo` command line as a user runs it, on its own database.
let env: Record<string, string>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  if (testDatabaseKind === 'postgres') {
    const database = await freshDatabase();
    env = { DATABASE_URL: database.url! };
    cleanup = () => database.close();
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-cli-'));
    env = { DATABASE_URL: '', ORDO_DATA_DIR: dataDir };
    cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
afterAll(async () => cleanup?.());

test('migrate, create users, load the demo, verify the trail', { timeout: 180_000 }, async () => {
  const migrate = await ordoCommand(['migrate'], env);
  expect(migrate.stdout).toContain(`Migrations applied (${testDatabaseKind})`);

  const created = await ordoCommand(['user', 'create', '--email', 'Wang.Fang@Example.test', '--password', 'long-enough-1', '--role', 'specialist', '--role', 'sales', '--name', '王芳'], env);
  expect(created.stdout).toBe('Created user wang.fang@example.test (specialist, sales).\n');
  expect(created.code).toBe(0);

  const short = await ordoCommand(['user', 'create', '--email', 'x@example.test', '--password', 'short', '--role', 'sales'], env);
  expect(short.code).toBe(1);
  expect(short.stderr).toContain('password: must be at least 12 characters');

  const twice = await ordoCommand(['user', 'create', '--email', 'wang.fang@example.test', '--password', 'long-enough-1', '--role', 'sales'], env);
  expect(twice.code).toBe(1);
  expect(twice.stderr).toContain('A user with email wang.fang@example.test already exists');

  const badRole = await ordoCommand(['user', 'create', '--email', 'y@example.test', '--password', 'long-enough-1', '--role', 'boss'], env);
  expect(badRole.code).toBe(1);
  expect(badRole.stderr).toContain("option '--role <role...>' argument 'boss' is invalid");

  const seeded = await ordoCommand(['seed', 'demo'], env);
  expect(seeded.code).toBe(0);
  expect(seeded.stdout).toMatch(/Demo data loaded: 星河智能装备有限公司/);
  expect(seeded.stdout).toContain('specialist@demo.ordo');
  const again = await ordoCommand(['seed', 'demo'], env);
  expect(again.stdout).toContain('already loaded');

  const verify = await ordoCommand(['audit', 'verify'], env);
  expect(verify.code).toBe(0);
  // The system's chain and the stripes of the 12 demo customers' chains their records fell in.
  expect(verify.stdout).toMatch(/Audit trail intact: \d{2,} events verified in \d{2,} chains\./);
});
