// `node bench/generate.js`: migrates a database and writes bench data into it with
// bench/generate.sql — PostgreSQL when DATABASE_URL is set (1,000,000 orders), else the PGlite
// data directory ORDO_DATA_DIR (100,000 orders); BENCH_ORDERS changes the count. The database
// must be freshly migrated and empty of orders: the generator refuses otherwise.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { hash as argonHash } from '@node-rs/argon2';
import { connectDatabase } from '../dist/platform/db/connect.js';

const root = path.resolve(import.meta.dirname, '..');
/** The password of the generated staff (bench-production@ordo.local and the others), for the reads bench to sign in. */
export const benchStaffPassword = 'bench-password-1';

function migrate(env) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'ordo.js'), 'migrate'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`ordo migrate failed:\n${result.stdout}${result.stderr}`);
}

/** The file's statements in named steps, split on its "-- step:" lines. */
function steps(orders, passwordHash) {
  const text = fs.readFileSync(path.join(root, 'bench', 'generate.sql'), 'utf8');
  const settings = `SET session_replication_role = replica;\nSET bench.orders = ${orders};\nSET bench.password_hash = '${passwordHash}';\n`;
  return text
    .split(/^-- step: /m)
    .slice(1)
    .map((chunk) => ({ name: chunk.slice(0, chunk.indexOf('\n')).trim(), sql: settings + chunk.slice(chunk.indexOf('\n')) }));
}

/** Writes `orders` bench orders into the database at `env` (DATABASE_URL, or ORDO_DATA_DIR for PGlite); returns the seconds each step took. */
export async function generate(env, orders, log = console.log) {
  migrate(env);
  const database = await connectDatabase(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, poolSize: 1 } : { dataDir: env.ORDO_DATA_DIR, command: 'bench' });
  const run = database.kind === 'postgres' ? (sql) => database.pool.query(sql) : (sql) => database.pglite.exec(sql);
  try {
    const existing = database.kind === 'postgres' ? (await database.pool.query('SELECT count(*)::int AS n FROM orders')).rows[0].n : (await database.pglite.query('SELECT count(*)::int AS n FROM orders')).rows[0].n;
    if (existing > 0) throw new Error(`the database already holds ${existing} orders: generate into a freshly migrated one`);
    const passwordHash = await argonHash(benchStaffPassword);
    const timings = {};
    const started = Date.now();
    for (const step of steps(orders, passwordHash)) {
      const stepStarted = Date.now();
      await run(step.sql);
      timings[step.name] = (Date.now() - stepStarted) / 1000;
      log(`  ${step.name}: ${timings[step.name].toFixed(1)} s`);
    }
    // Rows just written have no visibility map until vacuumed, so every index-only scan (the
    // list's keyset pages, a product's orders) would visit the table; autovacuum sets it on a
    // live database. VACUUM runs alone: never inside the steps' multi-statement strings.
    const vacuumStarted = Date.now();
    await run('VACUUM (ANALYZE)');
    timings['vacuum and analyze'] = (Date.now() - vacuumStarted) / 1000;
    log(`  vacuum and analyze: ${timings['vacuum and analyze'].toFixed(1)} s`);
    log(`generated ${orders} orders in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return timings;
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  const orders = Number(process.env.BENCH_ORDERS ?? (databaseUrl ? 1_000_000 : 100_000));
  if (!databaseUrl && !process.env.ORDO_DATA_DIR) throw new Error('set DATABASE_URL (PostgreSQL) or ORDO_DATA_DIR (PGlite)');
  await generate(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '', ORDO_DATA_DIR: process.env.ORDO_DATA_DIR }, orders);
}
