import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { lockDataDir } from './lock.js';

/** The one database type every module writes against: the same on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** The raw PGlite instance (embedded only), for LISTEN and dumps. */
  pglite?: PGlite;
  /** The pg pool (PostgreSQL only). */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl?: string;
  /** Data directory for PGlite; `memory://` (or undefined) keeps it in memory. */
  dataDir?: string;
  /** Which command holds the data dir, for the lock file's message. */
  command?: string;
  poolSize?: number;
  /** An in-memory PGlite starts from this data-dir dump (`PGlite.dumpDataDir`) instead of empty. */
  snapshot?: Blob;
}

export async function connectDatabase(options: ConnectOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 20 });
    // Fail fast with the server's own message when the database is unreachable.
    const probe = await pool.connect();
    probe.release();
    const db = drizzlePg(pool) as unknown as Db;
    return { db, kind: 'postgres', pool, close: () => pool.end() };
  }
  const inMemory = !options.dataDir || options.dataDir.startsWith('memory://');
  const release = inMemory ? () => {} : lockDataDir(options.dataDir!, options.command ?? 'serve');
  try {
    const pglite = await PGlite.create(inMemory ? { loadDataDir: options.snapshot } : { dataDir: options.dataDir });
    const db = drizzlePglite(pglite) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      pglite,
      close: async () => {
        await pglite.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
