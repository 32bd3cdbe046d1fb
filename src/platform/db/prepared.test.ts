import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, testDatabaseKind } from '../../../test/support/database.js';
import { connectDatabase, type Database } from './connect.js';
import { prepared, queryRows } from './sql.js';

// Intake's hot statements run prepared on PostgreSQL: each connection parses and plans them
// once instead of on every order. What is prepared lives in the connection (pg_prepared_statements).
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
});
