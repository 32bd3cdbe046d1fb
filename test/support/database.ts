import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../../src/platform/db/connect.js';
import { migrateDatabase } from '../../src/platform/db/migrate.js';

/** The PostgreSQL server the suite runs against, when ORDO_TEST_DATABASE_URL is set; else PGlite. */
export const testDatabaseUrl = process.env.ORDO_TEST_DATABASE_URL?.trim() || undefined;
export const testDatabaseKind = testDatabaseUrl ? 'postgres' : 'pglite';

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Waits until nobody is connected to the database: pg's Pool.end() resolves before its
 * connections have closed. */
export async function untilNobodyConnected(admin: pg.Client, name: string): Promise<void> {
  for (let waited = 0; waited < 5_000; waited += 25) {
    const { rows } = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
    if (rows[0]!.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
 * PostgreSQL server (dropped on close). An unreachable server fails the run — never skips it.
 * Both start from the copy the global setup (`migrated-template.ts`) migrated once per run;
 * without it (a config that does not run that setup) the file migrates its own.
 */
export async function freshDatabase(): Promise<Database & { url?: string }> {
  if (!testDatabaseUrl) {
    const snapshot = inject('pgliteSnapshot');
    if (snapshot) return connectDatabase({ snapshot: new Blob([fs.readFileSync(snapshot)]) });
    const database = await connectDatabase({});
    await migrateDatabase(database);
    return database;
  }
  const name = `ordo_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const template = inject('postgresTemplate');
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = withDatabaseName(testDatabaseUrl, name);
  const database = await connectDatabase({ databaseUrl: url, poolSize: 24 });
  if (!template) await migrateDatabase(database);
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: testDatabaseUrl });
      await dropper.connect();
      try {
        // Dropping WITH (FORCE) while a connection is still closing kills it, and its error
        // surfaces as unhandled.
        await untilNobodyConnected(dropper, name);
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
