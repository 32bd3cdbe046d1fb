import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/server.js';
import { ordoCommand, serverDatabase } from '../support/process.js';

// `ordo import` as a user runs it, on a database of its own.
let env: Record<string, string>;
let cleanup: () => Promise<void>;
let folder: string;

beforeAll(async () => {
  ({ env, cleanup } = await serverDatabase('ordo-import-cli'));
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-import-in-'));
  expect((await ordoCommand(['migrate'], env)).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await cleanup?.();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

/** What the database holds after the command exited: the customers the file named, and the import jobs left queued. */
async function afterwards(): Promise<{ customers: string[]; queuedImportJobs: number }> {
  const database = await openDatabase(loadConfig({ ...process.env, ...env }), 'test');
  try {
    const rows = (query: ReturnType<typeof sql>) => database.db.execute(query) as unknown as Promise<{ rows: Record<string, unknown>[] }>;
    const customers = (await rows(sql`SELECT name FROM customers WHERE name LIKE '命令行导入%' ORDER BY name`)).rows.map((r) => String(r.name));
    const jobs = (await rows(sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'imports.run' AND status IN ('queued', 'running')`)).rows[0]!;
    return { customers, queuedImportJobs: Number(jobs.n) };
  } finally {
    await database.close();
  }
}

test('a customers file: each bad row named with its field, the good rows created, and no job left for a running server to take again', { timeout: 240_000 }, async () => {
  const file = path.join(folder, '客户.csv');
  fs.writeFileSync(file, '客户编码,客户名称,客户类型,邮箱,信用额度\nCLI001,命令行导入甲,公司,jia@cli.test,50000\nCLI002,命令行导入乙,公司,not-an-email,50000\nCLI003,命令行导入丙,公司,bing@cli.test,50000\n');
  const run = await ordoCommand(['import', 'customers', file], env);
  expect(run.code, run.stderr).toBe(1);
  expect(run.stdout).toMatch(/^Import \S+ succeeded: 3 rows, 2 created, 0 updated, 0 unchanged, 1 failed\.\n$/);
  expect(run.stderr).toMatch(/^row 3 \[邮箱\]: \w+ — /m);
  expect(await afterwards()).toEqual({ customers: ['命令行导入丙', '命令行导入甲'], queuedImportJobs: 0 });

  const dry = await ordoCommand(['import', 'customers', file, '--dry-run'], env);
  expect(dry.stdout).toMatch(/^Dry run \S+ succeeded: 3 rows, 0 created, 0 updated, 2 unchanged, 1 failed\.\n$/);
  expect((await afterwards()).queuedImportJobs).toBe(0);
});
