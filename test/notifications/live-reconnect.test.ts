import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '../../src/platform/db/connect.js';
import { liveChannel, LiveHub, type LiveEvent } from '../../src/platform/live/hub.js';
import { freshDatabase, testDatabaseUrl } from '../support/database.js';

// The LISTEN connection live updates arrive on is lost (a restart, a failover, an idle
// killer): it comes back by itself, soon.
let database: (Database & { url?: string }) | undefined;
let admin: pg.Client | undefined;
const hub = new LiveHub();

beforeAll(async () => {
  if (!testDatabaseUrl) return;
  database = await freshDatabase();
  admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
});
afterAll(async () => {
  await hub.stop();
  await admin?.end();
  await database?.close();
});

test.skipIf(!testDatabaseUrl)('a terminated LISTEN connection is reopened about a second later, and events flow again', { timeout: 60_000 }, async () => {
  const lost: unknown[] = [];
  await hub.start(database!, (err) => lost.push(err));
  const received: LiveEvent[] = [];
  hub.subscribe((event) => received.push(event));
  const notify = (id: string) =>
    admin!.query('SELECT pg_notify($1, $2)', [liveChannel, JSON.stringify({ id, topic: 'test', customerId: null, userIds: [], data: {}, at: new Date().toISOString() })]);
  const arrived = async (id: string, withinMs: number) => {
    for (const started = Date.now(); Date.now() - started < withinMs; await new Promise((resolve) => setTimeout(resolve, 50))) {
      if (received.some((e) => e.id === id)) return true;
      await notify(id);
    }
    return received.some((e) => e.id === id);
  };
  expect(await arrived('before', 5_000)).toBe(true);

  const { rows } = await admin!.query<{ n: number }>(
    "SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'",
  );
  expect(rows[0]!.n).toBe(1);
  // The first retry comes after a second (it used to be five).
  expect(await arrived('after', 4_000)).toBe(true);
  expect(lost.length).toBeGreaterThan(0);
});
