import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { StartupError } from '../startup.js';
import { lockDataDir } from './lock.js';
import { openPglite } from './pglite-open.js';
import { PgliteThreadClient, type EmbeddedPglite } from './pglite-thread.js';
import { isConnectionError, PreparedStatementNames } from './sql.js';

/** The one database type every module writes against: the same on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** The embedded database (PGlite only), in this thread or its own, for LISTEN and dumps. */
  pglite?: EmbeddedPglite;
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
  /** Runs PGlite on a worker thread (the default), so the database and HTTP work use two cores. */
  pgliteThread?: boolean;
  /** Hears PGlite's thread end while the database is open (it crashed): nothing can be served after. */
  onEmbeddedLost?: (err: Error) => void;
  /**
   * How long to keep trying to reach PostgreSQL at start (a database that comes up after
   * Ordo, as in a compose file or a reboot); 0 tries once. `onUnreachable` hears the first miss.
   */
  connectTimeoutMs?: number;
  onUnreachable?: (message: string) => void;
  /**
   * Hears what goes wrong underneath without stopping anything: PostgreSQL dropping an idle
   * pooled connection (a restart, a failover, an idle killer; the pool opens a new one when
   * next needed), or a failed periodic checkpoint on PGlite.
   */
  log?: { warn(obj: object, msg: string): void };
  /** When a file-backed PGlite checkpoints: checked every `everyMs`, once a crash would leave more than `walBytes` of WAL to replay. */
  checkpoint?: { everyMs: number; walBytes: number };
}

/**
 * PGlite runs no checkpointer process (and does not checkpoint at max_wal_size either), so
 * its WAL only ends at a clean close, and a restart after kill -9 replays all of it before
 * answering anything: 142 MB took 4 s, 600 MB 24 s on top of a 3.5 s start here. Ordo
 * checkpoints itself once 32 MB are waiting, which keeps a replay to about a second; an idle
 * database is left alone.
 */
const checkpointPolicy = { everyMs: 5_000, walBytes: 32 * 1024 * 1024 };

function checkpointWhenWalGrows(pglite: EmbeddedPglite, policy: { everyMs: number; walBytes: number }, log: ConnectOptions['log']): () => Promise<void> {
  let inFlight: Promise<void> | undefined;
  const timer = setInterval(() => {
    inFlight ??= (async () => {
      const { rows } = await pglite.query<{ waiting: number }>(
        'SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), redo_lsn)::float8 AS waiting FROM pg_control_checkpoint()',
      );
      if (rows[0]!.waiting > policy.walBytes) await pglite.exec('CHECKPOINT');
    })()
      .catch((err: unknown) => log?.warn({ err: err instanceof Error ? err.message : String(err) }, 'PGlite checkpoint failed; trying again later'))
      .finally(() => (inFlight = undefined));
  }, policy.everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await inFlight;
  };
}

/**
 * A pool that outlives its connections. A dropped connection is an `'error'` event on its
 * client, and an unheard `'error'` event ends the process: every client gets a listener.
 * A client that dies while checked out is handed back at once, because its holder may
 * never do it (Drizzle's transaction does not release a client whose BEGIN failed, and
 * the leaked slot would be gone for good); the holder's own release then does nothing.
 */
function resilientPool(config: pg.PoolConfig, log: ConnectOptions['log']): pg.Pool {
  const pool = new pg.Pool(config);
  const checkedOut = new WeakSet<pg.PoolClient>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_err, client) => checkedOut.delete(client));
  // An idle client's loss: the pool has already removed it.
  pool.on('error', (err) => log?.warn({ err: err.message }, 'PostgreSQL closed an idle connection; a new one is opened when needed'));
  pool.on('connect', (client) => {
    namePreparedStatements(client);
    client.on('error', (err) => {
      if (!checkedOut.has(client)) return;
      const release = client.release;
      client.release = () => {};
      release(err);
    });
  });
  return pool;
}

/**
 * Runs the statements `PreparedStatementNames` picks (sql.ts) as named prepared statements on
 * this connection: pg parses a name once per connection and then only binds and executes it.
 */
function namePreparedStatements(client: pg.PoolClient): void {
  const names = new PreparedStatementNames();
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((config: unknown, ...rest: unknown[]) => {
    const { text, name: given } = (config ?? {}) as { text?: unknown; name?: unknown };
    const name = typeof text === 'string' && !given ? names.nameFor(text) : undefined;
    return name ? query({ ...(config as object), name }, ...rest) : query(config, ...rest);
  }) as typeof client.query;
}

/** A request waits this long for a connection before it is answered 503, rather than hanging on a silent network. */
const acquireTimeoutMs = 10_000;

/**
 * Ordo's connections run without PostgreSQL's JIT compiler. Its threshold is a planner cost,
 * and the console's statements over a large table (the late orders over every open order, a
 * month's report) pass it though they answer in tens of milliseconds: at 1,000,000 orders the
 * late-orders list spent 2.0 s of its 3.7 s compiling. An `options` in DATABASE_URL wins.
 */
const sessionOptions = '-c jit=off';

function errorCode(err: unknown): string {
  const { code, message } = err as { code?: unknown; message?: unknown };
  return typeof code === 'string' ? code : String(message);
}

/** Opens a first connection, retrying while the server cannot be reached; anything else fails at once, in one line. */
async function firstConnection(pool: pg.Pool, databaseUrl: string, timeoutMs: number, onUnreachable: (message: string) => void): Promise<void> {
  // Read the way pg reads it, with the PG* environment defaults.
  const { host, port, database } = new pg.Client({ connectionString: databaseUrl });
  const where = `${host}:${port}`;
  const seconds = Math.round(timeoutMs / 1000);
  const giveUpAt = Date.now() + timeoutMs;
  for (let delayMs = 250, attempt = 1; ; attempt++) {
    try {
      (await pool.connect()).release();
      return;
    } catch (err) {
      if (errorCode(err) === '3D000') {
        throw new StartupError(`database "${database}" does not exist — create it with createdb ${database}`);
      }
      if (!isConnectionError(err)) {
        throw new StartupError(`PostgreSQL at ${where} refused the connection: ${(err as Error).message}`);
      }
      const remainingMs = giveUpAt - Date.now();
      if (remainingMs <= 0) {
        throw new StartupError(`cannot reach PostgreSQL at ${where} (${errorCode(err)}); gave up after ${seconds} s`);
      }
      if (attempt === 1) onUnreachable(`cannot reach PostgreSQL at ${where} (${errorCode(err)}); retrying for ${seconds} s (ORDO_DB_CONNECT_TIMEOUT_SECONDS)`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(delayMs, remainingMs)));
      delayMs = Math.min(delayMs * 2, 5_000);
    }
  }
}

/** PGlite in this thread, or on a thread of its own. */
async function openEmbedded(options: ConnectOptions, inMemory: boolean): Promise<EmbeddedPglite> {
  const dataDir = inMemory ? undefined : options.dataDir;
  if (options.pgliteThread === false) return openPglite(dataDir, options.snapshot);
  return PgliteThreadClient.start({ dataDir, snapshot: await options.snapshot?.arrayBuffer() }, options.onEmbeddedLost);
}

export async function connectDatabase(options: ConnectOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = resilientPool(
      { connectionString: options.databaseUrl, options: sessionOptions, max: options.poolSize ?? 20, connectionTimeoutMillis: acquireTimeoutMs },
      options.log,
    );
    try {
      await firstConnection(pool, options.databaseUrl, options.connectTimeoutMs ?? 0, options.onUnreachable ?? (() => {}));
    } catch (err) {
      await pool.end();
      throw err;
    }
    const db = drizzlePg(pool) as unknown as Db;
    return { db, kind: 'postgres', pool, close: () => pool.end() };
  }
  const inMemory = !options.dataDir || options.dataDir.startsWith('memory://');
  const release = inMemory ? () => {} : lockDataDir(options.dataDir!, options.command ?? 'serve');
  try {
    const pglite = await openEmbedded(options, inMemory);
    const db = drizzlePglite(pglite as unknown as PGlite) as unknown as Db;
    const stopCheckpoints = inMemory ? async () => {} : checkpointWhenWalGrows(pglite, options.checkpoint ?? checkpointPolicy, options.log);
    return {
      db,
      kind: 'pglite',
      pglite,
      close: async () => {
        await stopCheckpoints();
        await pglite.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
