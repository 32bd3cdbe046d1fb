import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freshDatabase, testDatabaseUrl } from '../support/database.js';
import { Client, killHard, startOrdo, type RunningOrdo } from '../support/process.js';

// The real server on its own PostgreSQL database, while every connection it holds is
// terminated again and again (a restart, a failover, an idle-connection killer).
const admin = { email: 'boss@example.test', password: 'outage-proof-1' };
let running: RunningOrdo | undefined;
let killer: pg.Client | undefined;
let cleanup: (() => Promise<void>) | undefined;
let databaseUrl: string;

beforeAll(async () => {
  if (!testDatabaseUrl) return;
  const database = await freshDatabase();
  databaseUrl = database.url!;
  // Only the server's connections are to be terminated: this file's own pool closes first.
  await database.pool!.end();
  cleanup = async () => {
    const dropper = new pg.Client({ connectionString: testDatabaseUrl });
    await dropper.connect();
    try {
      await dropper.query(`DROP DATABASE IF EXISTS ${new URL(databaseUrl).pathname.slice(1)} WITH (FORCE)`);
    } finally {
      await dropper.end();
    }
  };
});

afterAll(async () => {
  if (running) await killHard(running);
  await killer?.end();
  await cleanup?.();
});

interface Answer {
  status: number;
  type: string | null;
  retryAfter: string | null;
  code?: string;
}

/** One list request; a refused or dropped HTTP connection (a dead server) is status 0. */
async function ask(baseUrl: string, client: Client): Promise<Answer> {
  let res: Response;
  try {
    res = await fetch(`${baseUrl}/api/v1/orders?limit=5`, { headers: client.headers });
  } catch {
    return { status: 0, type: null, retryAfter: null };
  }
  const body = (await res.json().catch(() => ({}))) as { code?: string };
  return { status: res.status, type: res.headers.get('content-type'), retryAfter: res.headers.get('retry-after'), code: body.code };
}

test.skipIf(!testDatabaseUrl)(
  'terminating all of its PostgreSQL connections leaves the server up: 503 problem+json meanwhile, serving again within a second',
  { timeout: 180_000 },
  async () => {
    running = await startOrdo({ DATABASE_URL: databaseUrl, ORDO_ADMIN_EMAIL: admin.email, ORDO_ADMIN_PASSWORD: admin.password, ORDO_WORKER_POLL_MS: '20' });
    // The administrator signs in as a person would, through two-step verification.
    const client = new Client(running.baseUrl);
    await client.login(admin.email, admin.password);
    let exited: number | null | undefined;
    running.child.once('exit', (code) => (exited = code));

    killer = new pg.Client({ connectionString: databaseUrl });
    await killer.connect();
    const terminateAll = () =>
      killer!.query('SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');

    const answers: Answer[] = [];
    let outage = true;
    const load = async () => {
      while (outage) answers.push(await ask(running!.baseUrl, client));
    };
    const loaders = Array.from({ length: 6 }, load);
    const until = Date.now() + 4_000;
    while (Date.now() < until) {
      await terminateAll();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    outage = false;
    await Promise.all(loaders);
    const stoppedAt = Date.now();

    let recoveredAfter: number | undefined;
    while (Date.now() - stoppedAt < 5_000) {
      const answer = await ask(running.baseUrl, client);
      if (answer.status === 200) {
        recoveredAfter = Date.now() - stoppedAt;
        break;
      }
    }

    expect(exited).toBeUndefined();
    expect(running.child.exitCode).toBeNull();
    const failed = answers.filter((a) => a.status !== 200);
    expect(failed.length).toBeGreaterThan(0);
    for (const a of failed) {
      expect(a).toMatchObject({ status: 503, code: 'database_unavailable', retryAfter: '1' });
      expect(a.type).toMatch(/^application\/problem\+json/);
    }
    expect(recoveredAfter).toBeDefined();
    expect(recoveredAfter!).toBeLessThan(1_000);
    // Still whole: every request of a burst answers, and the output holds no stack trace.
    const after = await Promise.all(Array.from({ length: 30 }, () => ask(running!.baseUrl, client)));
    expect(after.map((a) => a.status)).toEqual(after.map(() => 200));
    expect(running.output()).not.toMatch(/\n\s+at /);
  },
);
