import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { connectDatabase, type Database } from '../../src/platform/db/connect.js';
import { isConnectionError, isUniqueViolation, queryRows } from '../../src/platform/db/sql.js';
import { testDatabaseKind } from '../support/database.js';

const opened: Database[] = [];
const dataDirs: string[] = [];

async function open(options: Parameters<typeof connectDatabase>[0]): Promise<Database> {
  const database = await connectDatabase(options);
  opened.push(database);
  return database;
}

function newDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-pglite-thread-'));
  dataDirs.push(dir);
  return dir;
}

afterEach(async () => {
  for (const database of opened.splice(0)) await database.close().catch(() => {});
  for (const dir of dataDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** How long the statement took, and the longest this thread went without running a 5 ms timer meanwhile. */
async function longestStallDuring(database: Database): Promise<{ statementMs: number; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  await database.db.execute(sql`SELECT count(*) FROM generate_series(1, 3000) a, generate_series(1, 1000) b WHERE (a * b) % 7 = 3`);
  const statementMs = performance.now() - started;
  clearInterval(ticker);
  return { statementMs, stallMs: Math.max(stallMs, performance.now() - last) };
}

describe.skipIf(testDatabaseKind !== 'pglite')('PGlite on its own thread', () => {
  test('PGlite runs on its own thread unless ORDO_PGLITE_THREAD=false', () => {
    expect(loadConfig({}).pgliteThread).toBe(true);
    expect(loadConfig({ ORDO_PGLITE_THREAD: 'false' }).pgliteThread).toBe(false);
  });

  test('while a long statement runs on the PGlite thread this thread stays free; in this thread it would stall', { timeout: 120_000 }, async () => {
    const threaded = await longestStallDuring(await open({ dataDir: newDataDir(), pgliteThread: loadConfig({}).pgliteThread }));
    const inline = await longestStallDuring(await open({ dataDir: newDataDir(), pgliteThread: false }));
    expect(threaded.statementMs).toBeGreaterThan(200);
    expect(threaded.stallMs).toBeLessThan(threaded.statementMs / 2);
    expect(inline.stallMs).toBeGreaterThan(inline.statementMs * 0.8);
  });

  test('a PostgreSQL error crosses the thread with its code and constraint; a thrown error rolls the transaction back, a savepoint only its part', { timeout: 60_000 }, async () => {
    const { db } = await open({});
    await db.execute(sql`CREATE TABLE thing (id int PRIMARY KEY, name text NOT NULL)`);
    await db.execute(sql`INSERT INTO thing VALUES (1, 'one')`);
    const duplicate = await db.execute(sql`INSERT INTO thing VALUES (1, 'again')`).catch((err: unknown) => err);
    expect(isUniqueViolation(duplicate, 'thing_pkey')).toBe(true);
    expect((duplicate as { cause: { code: string; message: string } }).cause).toMatchObject({ code: '23505', message: expect.stringContaining('"thing_pkey"') });

    const thrown = await db
      .transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO thing VALUES (2, 'two')`);
        throw new Error('changed my mind');
      })
      .catch((err: unknown) => err);
    expect((thrown as Error).message).toBe('changed my mind');
    await db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO thing VALUES (3, 'three')`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`INSERT INTO thing VALUES (4, 'four')`);
          await inner.execute(sql`INSERT INTO thing VALUES (3, 'three again')`);
        })
        .catch(() => {});
    });
    expect(await queryRows<{ id: number }>(db, sql`SELECT id FROM thing ORDER BY id`)).toEqual([{ id: 1 }, { id: 3 }]);
  });

  test('timestamps come back as PostgreSQL wrote them, as Drizzle reads them; LISTEN hears NOTIFY across the thread', { timeout: 60_000 }, async () => {
    const database = await open({});
    const [row] = await queryRows<{ at: unknown; n: number }>(database.db, sql`SELECT '2024-05-01 08:00:00+00'::timestamptz AS at, 42 AS n`);
    expect(row).toEqual({ at: '2024-05-01 08:00:00+00', n: 42 });
    const heard: string[] = [];
    const unlisten = await database.pglite!.listen('thread_test', (payload) => heard.push(payload));
    await database.db.execute(sql`SELECT pg_notify('thread_test', 'hello')`);
    await expect.poll(() => heard, { timeout: 5_000 }).toEqual(['hello']);
    await unlisten();
  });

  test('a dump taken through the thread starts another database; a closed file-backed one opens again with its data', { timeout: 120_000 }, async () => {
    const dataDir = newDataDir();
    const first = await open({ dataDir });
    await first.pglite!.exec("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('written before close')");
    const dump = await first.pglite!.dumpDataDir('none');
    await first.close();

    const reopened = await open({ dataDir });
    const copy = await open({ snapshot: dump });
    for (const { db } of [reopened, copy]) {
      expect(await queryRows(db, sql`SELECT note FROM kept`)).toEqual([{ note: 'written before close' }]);
    }
  });

  test('a thread that ends while the database is open is reported once and fails every call as a lost connection; closing reports nothing', { timeout: 60_000 }, async () => {
    const lost: Error[] = [];
    const crashing = await open({ dataDir: newDataDir(), onEmbeddedLost: (err) => lost.push(err) });
    // What a crash inside PGlite looks like from here: its thread ends on its own.
    await (crashing.pglite as unknown as { worker: Worker }).worker.terminate();
    await expect.poll(() => lost.length).toBe(1);
    const failed = await crashing.db.execute(sql`SELECT 1`).then(() => undefined, (err: unknown) => err);
    expect(isConnectionError(failed)).toBe(true);
    expect(lost).toHaveLength(1);

    const closed: Error[] = [];
    const closing = await open({ dataDir: newDataDir(), onEmbeddedLost: (err) => closed.push(err) });
    await closing.close();
    expect(closed).toEqual([]);
  });
});
