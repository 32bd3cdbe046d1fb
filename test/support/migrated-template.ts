import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../../src/platform/db/connect.js';
import { migrateDatabase, migrationsFolder } from '../../src/platform/db/migrate.js';
import { testDatabaseUrl, untilNobodyConnected, withDatabaseName } from './database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A tar dump of a migrated PGlite data dir, which each test file loads instead of migrating. */
    pgliteSnapshot?: string;
    /** A migrated PostgreSQL database each test file copies with CREATE DATABASE … TEMPLATE. */
    postgresTemplate?: string;
  }
}

/** A snapshot or template nobody has used for this long belongs to migrations long gone. */
const unusedFor = 24 * 60 * 60 * 1000;

/**
 * A hash of every file in the migrations folder: a migration added, removed or edited names
 * another snapshot and template, so a run never starts from an outdated schema.
 */
export function migrationsHash(): string {
  const hash = createHash('sha256');
  const names = fs.readdirSync(migrationsFolder, { recursive: true, encoding: 'utf8' }).sort();
  for (const name of names) {
    const file = path.join(migrationsFolder, name);
    if (fs.statSync(file).isFile()) hash.update(`${name}\0`).update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
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

/** The dump's format is PGlite's own, so a new PGlite version needs a new snapshot too. */
function pgliteVersion(): string {
  let folder = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!fs.existsSync(path.join(folder, 'package.json'))) folder = path.dirname(folder);
  return (JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The migrated PGlite dump for these migrations, made by the first run that needs it. */
async function pgliteSnapshot(key: string): Promise<string> {
  const file = path.join(os.tmpdir(), `ordo-test-pglite-${pgliteVersion()}-${key}.tar`);
  if (!fs.existsSync(file)) {
    const database = await connectDatabase({});
    await migrateDatabase(database);
    const dump = await database.pglite!.dumpDataDir('none');
    await database.close();
    // Written aside and renamed: a run starting meanwhile never reads half a dump.
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, file);
  }
  const now = new Date();
  fs.utimesSync(file, now, now);
  for (const name of fs.readdirSync(os.tmpdir())) {
    const other = path.join(os.tmpdir(), name);
    if (!name.startsWith('ordo-test-pglite-') || other === file) continue;
    try {
      if (now.getTime() - fs.statSync(other).mtimeMs > unusedFor) fs.rmSync(other, { force: true });
    } catch {
      // Another run removed it first.
    }
  }
  return file;
}

/**
 * The migrated PostgreSQL template for these migrations, made by the first run that needs
 * it. It takes no connections: a connection to a template makes every copy of it fail.
 */
async function postgresTemplate(key: string): Promise<string> {
  const template = `ordo_test_template_${key}`;
  await withAdmin(async (admin) => {
    // Runs sharing the server wait for one another here, so one of them builds the template.
    await admin.query('SELECT pg_advisory_lock(7263002)');
    try {
      const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rows.length === 0) {
        const building = `${template}_building`;
        await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${building}`);
        const database = await connectDatabase({ databaseUrl: withDatabaseName(testDatabaseUrl!, building), poolSize: 2 });
        try {
          await migrateDatabase(database);
        } finally {
          await database.close();
        }
        await untilNobodyConnected(admin, building);
        await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
        await admin.query(`ALTER DATABASE ${template} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
      }
      await admin.query(`COMMENT ON DATABASE ${template} IS '${new Date().toISOString()}'`);
      await dropUnusedTemplates(admin, template);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(7263002)');
    }
  });
  return template;
}

/** Templates of other migrations not used for a day; the comment says when each was last used. */
async function dropUnusedTemplates(admin: pg.Client, current: string): Promise<void> {
  const { rows } = await admin.query<{ name: string; lastUsed: string | null }>(
    `SELECT datname AS name, shobj_description(oid, 'pg_database') AS "lastUsed" FROM pg_database WHERE datname LIKE 'ordo\\_test\\_template\\_%' AND datname <> $1`,
    [current],
  );
  for (const { name, lastUsed } of rows) {
    if (Date.now() - Date.parse(lastUsed ?? '') <= unusedFor) continue;
    await admin.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE false`);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/**
 * Vitest global setup: every test file starts from a copy of a database migrated once per
 * set of migrations, instead of replaying every migration itself.
 */
export default async function migrateOnce(project: TestProject): Promise<void> {
  const key = migrationsHash();
  if (testDatabaseUrl) project.provide('postgresTemplate', await postgresTemplate(key));
  else project.provide('pgliteSnapshot', await pgliteSnapshot(key));
}
