import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectDatabase, type Database } from '../../src/platform/db/connect.js';
import { migrateDatabase } from '../../src/platform/db/migrate.js';

/** The PostgreSQL server the suite runs against, when ORDO_TEST_DATABASE_URL is set; else PGlite. */
export const testDatabaseUrl = process.env.ORDO_TEST_DATABASE_URL?.trim() || undefined;
export const testDatabaseKind = testDatabaseUrl ? 'postgres' : 'pglite';

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
 * PostgreSQL server (dropped on close). An unreachable server fails the run — never skips it.
 */
export async function freshDatabase(): Promise<Database & { url?: string }> {
  if (!testDatabaseUrl) {
    const database = await connectDatabase({});
    await migrateDatabase(database);
    return database;
  }
  const name = `ordo_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabaseName(testDatabaseUrl, name);
  const database = await connectDatabase({ databaseUrl: url, poolSize: 24 });
  await migrateDatabase(database);
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: testDatabaseUrl });
      await dropper.connect();
      try {
        // The pool's end resolves before its connections have closed; a forced drop would
        // kill them mid-goodbye and their end() would reject unhandled. Let them go first.
        for (let attempt = 0; attempt < 50; attempt++) {
          const { rows } = await dropper.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (rows[0]!.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
