// A scratch PostgreSQL database for one bench run, dropped after it.
import { randomBytes } from 'node:crypto';
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
