import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../../src/platform/db/connect.js';
import { migrateDatabase } from '../../src/platform/db/migrate.js';
import { testDatabaseUrl, untilNobodyConnected, withDatabaseName } from './database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A tar dump of a migrated PGlite data dir, which each test file loads instead of migrating. */
    pgliteSnapshot?: string;
    /** A migrated PostgreSQL database each test file copies with CREATE DATABASE … TEMPLATE. */
    postgresTemplate?: string;
  }
}

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * Vitest global setup: migrate once per run, so every test file starts from a copy of the
 * migrated database instead of replaying every migration itself.
 */
export default async function migrateOnce(project: TestProject): Promise<() => Promise<void>> {
  if (!testDatabaseUrl) {
    const database = await connectDatabase({});
    await migrateDatabase(database);
    const dump = await database.pglite!.dumpDataDir('none');
    await database.close();
    const file = path.join(os.tmpdir(), `ordo-test-snapshot-${process.pid}-${randomBytes(4).toString('hex')}.tar`);
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide('pgliteSnapshot', file);
    return async () => fs.rmSync(file, { force: true });
  }
  const template = `ordo_template_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${template}`));
  const database = await connectDatabase({ databaseUrl: withDatabaseName(testDatabaseUrl, template), poolSize: 2 });
  try {
    await migrateDatabase(database);
  } finally {
    await database.close();
  }
  // CREATE DATABASE … TEMPLATE refuses while anyone is still connected to the template.
  await withAdmin((admin) => untilNobodyConnected(admin, template));
  project.provide('postgresTemplate', template);
  return async () => {
    await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
  };
}
