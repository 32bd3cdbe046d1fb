import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Database } from './connect.js';
import { queryRows } from './sql.js';

export const migrationsFolder = path.resolve(import.meta.dirname, '..', '..', '..', 'migrations');

interface Journal {
  entries: { idx: number; tag: string }[];
}

/**
 * Applies every migration not yet applied. On PostgreSQL an advisory lock keeps two
 * processes starting together (server and worker) from migrating at once.
 */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const client = await database.pool!.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7263001)');
    await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock(7263001)').catch(() => {});
    client.release();
  }
}

/** How many migrations the database has applied, and the newest one's tag. */
export async function schemaVersion(database: Database): Promise<{ applied: number; latest: string }> {
  const [row] = await queryRows<{ applied: number }>(database.db, sql`SELECT count(*)::int AS applied FROM drizzle.__drizzle_migrations`);
  const applied = Number(row?.applied ?? 0);
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  return { applied, latest: journal.entries[applied - 1]?.tag ?? 'none' };
}
