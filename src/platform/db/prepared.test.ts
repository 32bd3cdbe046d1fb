import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, testDatabaseKind } from '../../../test/support/database.js';
import { connectDatabase, type Database } from './connect.js';
import { prepared, queryRows } from './sql.js';

// Intake's hot statements run prepared: each PostgreSQL connection, and PGlite's one session,
// parses and plans them once instead of on every order. What is prepared lives in the session
// (pg_prepared_statements).
describe.skipIf(testDatabaseKind !== 'postgres')('prepared statements on PostgreSQL', () => {
  let fresh: Database & { url?: string };
  let one: Database;

  beforeAll(async () => {
    fresh = await freshDatabase();
    // One connection, so every statement below meets the same session.
    one = await connectDatabase({ databaseUrl: fresh.url!, poolSize: 1 });
  });
  afterAll(async () => {
    await one?.close();
    await fresh?.close();
  });

  const preparedNames = async () =>
    (await queryRows<{ name: string; calls: number }>(one.db, sql`SELECT name, generic_plans + custom_plans AS calls FROM pg_prepared_statements`)).filter((r) =>
      r.name.startsWith('ordo_'),
    );

  test('a marked statement is prepared once per connection and reused with other values; an unmarked one is not', async () => {
    for (const status of ['received', 'approved', 'planned']) {
      const rows = await queryRows<{ status: string }>(one.db, prepared(sql`SELECT ${status}::text AS status`));
      expect(rows).toEqual([{ status }]);
    }
    await queryRows(one.db, sql`SELECT ${'plain'}::text AS status`);
    const names = await preparedNames();
    expect(names).toHaveLength(1);
    expect(Number(names[0]!.calls)).toBe(3);

    await one.db.transaction(async (tx) => {
      await queryRows(tx, prepared(sql`SELECT ${'in a transaction'}::text AS inside`));
    });
    expect(await preparedNames()).toHaveLength(2);
  });

  test('an unmarked write is prepared once it has run three times; an unmarked read never is', async () => {
    await one.db.execute(sql`CREATE TABLE auto_prepared_probe (id int PRIMARY KEY, n int NOT NULL)`);
    const before = (await preparedNames()).length;
    for (let id = 1; id <= 5; id++) await one.db.execute(sql`INSERT INTO auto_prepared_probe (id, n) VALUES (${id}::int, 0)`);
    for (let run = 0; run < 5; run++) await queryRows(one.db, sql`SELECT count(*) FROM auto_prepared_probe WHERE n = ${run}::int`);
    const names = await preparedNames();
    expect(names).toHaveLength(before + 1);
    expect(await queryRows<{ id: number }>(one.db, sql`SELECT id FROM auto_prepared_probe ORDER BY id`)).toEqual([1, 2, 3, 4, 5].map((id) => ({ id })));
  });
});

describe.skipIf(testDatabaseKind !== 'pglite')('prepared statements on PGlite', () => {
  let database: Database;

  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(async () => database?.close());

  const preparedCalls = async () =>
    (await queryRows<{ name: string; calls: number }>(database.db, sql`SELECT name, generic_plans + custom_plans AS calls FROM pg_prepared_statements`)).filter((r) =>
      r.name.startsWith('ordo_'),
    );

  test('a marked statement in a transaction is prepared once and answers like any other; outside a transaction it is not prepared', async () => {
    for (const [status, at] of [
      ['received', new Date('2024-05-10T01:02:03.000Z')],
      ['approved', new Date('2024-05-11T01:02:03.000Z')],
    ] as const) {
      const rows = await database.db.transaction((tx) =>
        queryRows<{ status: string; at: string; n: number | null }>(tx, prepared(sql`SELECT ${status}::text AS status, ${at.toISOString()}::timestamptz AS at, ${null}::int AS n`)),
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.status).toBe(status);
      expect(new Date(rows[0]!.at).toISOString()).toBe(at.toISOString());
      expect(rows[0]!.n).toBeNull();
    }
    await queryRows(database.db, prepared(sql`SELECT ${'outside'}::text AS status, 1 AS other`));
    expect(await preparedCalls()).toEqual([{ name: expect.any(String), calls: 2 }]);
  });

  test('an unmarked write in a transaction is prepared once it has run three times; an unmarked read never is', async () => {
    await database.db.execute(sql`CREATE TABLE auto_prepared_probe (id int PRIMARY KEY, n int NOT NULL)`);
    const before = (await preparedCalls()).length;
    for (let id = 1; id <= 5; id++) await database.db.transaction((tx) => tx.execute(sql`UPDATE auto_prepared_probe SET n = n WHERE id = ${-id}::int`));
    for (let run = 0; run < 5; run++) await database.db.transaction((tx) => queryRows(tx, sql`SELECT count(*) FROM auto_prepared_probe WHERE n = ${run}::int`));
    expect(await preparedCalls()).toHaveLength(before + 1);
  });

  test('an error in a prepared statement reaches the caller with its code and rolls the transaction back', async () => {
    await database.db.execute(sql`CREATE TABLE prepared_probe (id int PRIMARY KEY)`);
    const insert = (id: number) => prepared(sql`INSERT INTO prepared_probe (id) VALUES (${id}::int)`);
    await database.db.transaction((tx) => tx.execute(insert(1)));
    const failed = await database.db
      .transaction(async (tx) => {
        await tx.execute(insert(2));
        await tx.execute(insert(1));
      })
      .catch((err: unknown) => err);
    expect((failed as { code?: string }).code ?? (failed as { cause?: { code?: string } }).cause?.code).toBe('23505');
    expect(await queryRows<{ id: number }>(database.db, sql`SELECT id FROM prepared_probe ORDER BY id`)).toEqual([{ id: 1 }]);
  });
});
