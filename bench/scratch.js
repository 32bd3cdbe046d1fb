// A scratch database for one bench run (PostgreSQL, or a PGlite data dir), removed after it.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** `prefix` names the database (BENCH_DB_PREFIX, else ordo_bench) with a random suffix. */
export async function scratchPostgres(url, prefix = process.env.BENCH_DB_PREFIX ?? 'ordo_bench') {
  const name = `${prefix}_${randomBytes(3).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/**
 * A database of the run's kind for one bench step: a scratch PostgreSQL database when
 * `databaseUrl` is set, else a new PGlite data dir. `purpose` tells the step's databases and
 * directories apart. `env` starts Ordo on it; `drop` removes it.
 */
export async function benchDatabase(databaseUrl, purpose) {
  if (databaseUrl) {
    const base = process.env.BENCH_DB_PREFIX ?? 'ordo_bench';
    const scratch = await scratchPostgres(databaseUrl, purpose ? `${base}_${purpose}` : base);
    return { env: { DATABASE_URL: scratch.url }, url: scratch.url, drop: scratch.drop };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), purpose ? `ordo-bench-${purpose}-` : 'ordo-bench-'));
  return { env: { DATABASE_URL: '', ORDO_DATA_DIR: dataDir }, url: undefined, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}
