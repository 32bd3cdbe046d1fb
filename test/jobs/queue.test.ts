import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type Database } from '../../src/platform/db/connect.js';
import { enqueueJob, enqueueJobs } from '../../src/platform/jobs/queue.js';
import type { ScheduledRun } from '../../src/platform/jobs/kinds.js';
import { Worker, type AnyJobDefinition, type Pump, type RecurringJob } from '../../src/platform/jobs/worker.js';
import { ManualClock } from '../../src/platform/time/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { testDatabaseKind } from '../support/database.js';

declare module '../../src/platform/jobs/kinds.js' {
  interface JobPayloads {
    'test.flaky': object;
    'test.doomed': { to: string };
    'test.once': object;
    'test.digest': ScheduledRun;
    'test.takeover': object;
    'test.outage': object;
    'test.count': { n: string };
    'test.batch': { name: string };
    'test.starved': object;
  }
}

const quiet = { info() {}, warn() {}, error() {} };

function workerFor(db: Database['db'], clock: ManualClock, definitions: AnyJobDefinition[], extra: { recurring?: RecurringJob[]; leaseMs?: number; concurrency?: number; pumps?: Pump[] } = {}) {
  return new Worker({ db, clock, log: quiet, timeZone: 'Asia/Shanghai', definitions, ...extra });
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2024-05-10T08:00:00.000Z' });
});
afterAll(async () => t.close());

async function jobsOfKind(kind: string) {
  const res = await t.call({ method: 'GET', url: `/api/v1/jobs?kind=${kind}&limit=200`, headers: await t.as('admin') });
  expect(res.statusCode).toBe(200);
  return res.data.items as any[];
}

describe('job queue', () => {
  it('retries a failing job with growing delays, counted on the injected clock', async () => {
    let calls = 0;
    const worker = workerFor(t.database.db, t.clock, [
      {
        kind: 'test.flaky',
        async run() {
          calls += 1;
          if (calls < 3) throw new Error(`attempt ${calls} failed`);
        },
      },
    ]);
    await enqueueJob(t.database.db, t.clock.now(), { kind: 'test.flaky' });
    await worker.drain();
    let [job] = await jobsOfKind('test.flaky');
    expect(job).toMatchObject({ status: 'queued', attempts: 1, lastError: 'attempt 1 failed' });
    expect(Date.parse(job.runAt) - t.clock.now().getTime()).toBe(30_000);

    t.clock.advance(29_000);
    await worker.drain();
    expect(calls).toBe(1);
    t.clock.advance(1_000);
    await worker.drain();
    [job] = await jobsOfKind('test.flaky');
    expect(job).toMatchObject({ status: 'queued', attempts: 2 });
    expect(Date.parse(job.runAt) - t.clock.now().getTime()).toBe(60_000);

    t.clock.advance(60_000);
    await worker.drain();
    [job] = await jobsOfKind('test.flaky');
    expect(job).toMatchObject({ status: 'done', attempts: 3, lastError: null });
    expect(calls).toBe(3);
  });

  it('dead-letters a job after its last attempt; an administrator lists it and retries it', async () => {
    let healthy = false;
    const worker = workerFor(t.database.db, t.clock, [
      {
        kind: 'test.doomed',
        maxAttempts: 2,
        backoffMs: () => 1_000,
        async run() {
          if (!healthy) throw new Error('the endpoint is down');
        },
      },
    ]);
    await enqueueJob(t.database.db, t.clock.now(), { kind: 'test.doomed', maxAttempts: 2, payload: { to: 'x' } });
    await worker.drain();
    t.clock.advance(1_000);
    await worker.drain();

    const dead = await t.call({ method: 'GET', url: '/api/v1/jobs?status=dead', headers: await t.as('admin') });
    const job = dead.data.items.find((j: any) => j.kind === 'test.doomed');
    expect(job).toMatchObject({ status: 'dead', attempts: 2, lastError: 'the endpoint is down', payload: { to: 'x' } });

    const forbidden = await t.call({ method: 'POST', url: `/api/v1/jobs/${job.id}/retry`, headers: await t.as('sales') });
    expect(forbidden.statusCode).toBe(403);

    healthy = true;
    const retried = await t.call({ method: 'POST', url: `/api/v1/jobs/${job.id}/retry`, headers: await t.as('admin') });
    expect(retried.statusCode).toBe(200);
    expect(retried.data).toMatchObject({ status: 'queued', attempts: 0 });
    await worker.drain();
    const done = await t.call({ method: 'GET', url: `/api/v1/jobs/${job.id}`, headers: await t.as('admin') });
    expect(done.data).toMatchObject({ status: 'done', attempts: 1 });

    const again = await t.call({ method: 'POST', url: `/api/v1/jobs/${job.id}/retry`, headers: await t.as('admin') });
    expect(again.statusCode).toBe(409);
    expect(again.data.code).toBe('job_not_dead');
  });

  it('makes one job of one dedup key', async () => {
    const now = t.clock.now();
    expect(await enqueueJobs(t.database.db, now, [{ kind: 'test.once', dedupKey: 'k-1' }, { kind: 'test.once', dedupKey: 'k-2' }])).toBe(2);
    expect(await enqueueJob(t.database.db, now, { kind: 'test.once', dedupKey: 'k-1' })).toBe(0);
    expect(await jobsOfKind('test.once')).toHaveLength(2);
  });

  it('runs a recurring job once per due time, in the company time zone', async () => {
    const clock = new ManualClock('2024-05-10T08:59:00.000Z'); // 16:59 in Shanghai
    const runs: string[] = [];
    const definitions: AnyJobDefinition[] = [{ kind: 'test.digest', run: async (p) => void runs.push(String(p.scheduledFor)) }];
    const recurring: RecurringJob[] = [{ name: 'test.digest', cron: '0 17 * * *', kind: 'test.digest' }];
    const first = workerFor(t.database.db, clock, definitions, { recurring });
    const second = workerFor(t.database.db, clock, definitions, { recurring });
    await first.syncSchedules();
    await second.syncSchedules();
    await Promise.all([first.drain(), second.drain()]);
    expect(runs).toEqual([]);

    clock.advance(60_000);
    await Promise.all([first.drain(), second.drain()]);
    await Promise.all([first.drain(), second.drain()]);
    expect(runs).toEqual(['2024-05-10T09:00:00.000Z']);

    clock.advance(24 * 3_600_000);
    await first.drain();
    expect(runs).toEqual(['2024-05-10T09:00:00.000Z', '2024-05-11T09:00:00.000Z']);

    // Away for three days: one run, for the latest slot, not one per missed day.
    clock.advance(3 * 24 * 3_600_000);
    await Promise.all([first.drain(), second.drain()]);
    expect(runs).toEqual(['2024-05-10T09:00:00.000Z', '2024-05-11T09:00:00.000Z', '2024-05-14T09:00:00.000Z']);
  });

  it('lets another worker take over a job whose worker stopped, and ignores the stopped one if it wakes', async () => {
    const clock = new ManualClock(t.clock.now());
    let release!: () => void;
    const hung = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const stuck = workerFor(t.database.db, clock, [{ kind: 'test.takeover', run: async () => { runs += 1; await hung; } }], { leaseMs: 10_000 });
    const rescuer = workerFor(t.database.db, clock, [{ kind: 'test.takeover', run: async () => void (runs += 1) }], { leaseMs: 10_000 });
    await enqueueJob(t.database.db, clock.now(), { kind: 'test.takeover' });
    await stuck.tick();
    await rescuer.drain();
    expect(runs).toBe(1); // still leased to the stuck worker

    clock.advance(10_000);
    await rescuer.drain();
    expect(runs).toBe(2);
    release();
    await stuck.stop();
    const [job] = await jobsOfKind('test.takeover');
    expect(job).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('lets waiting requests in between batches of work, so catching up after a restart does not hold the one thread', async () => {
    const happened: string[] = [];
    let batches = 0;
    const worker = workerFor(t.database.db, t.clock, [], {
      pumps: [
        {
          name: 'test.backlog',
          async run() {
            happened.push(`batch ${batches}`);
            // A request arrives while the first batch is under way.
            if (batches === 0) setImmediate(() => happened.push('request'));
            batches += 1;
            return batches < 3 ? 1 : 0;
          },
        },
      ],
    });
    await worker.tick();
    expect(happened).toEqual(['batch 0', 'request', 'batch 1', 'batch 2']);
  });

  it('starts due jobs in a round while a pump still has work, so a busy outbox does not hold the queue up', async () => {
    let ran = 0;
    let pumped = 0;
    // Intake keeps the outbox filling: the pump never runs dry.
    const worker = workerFor(t.database.db, t.clock, [{ kind: 'test.starved', run: async () => void (ran += 1) }], { pumps: [{ name: 'test.endless', run: async () => ((pumped += 1), 1) }] });
    await enqueueJob(t.database.db, t.clock.now(), { kind: 'test.starved' });
    await worker.tick();
    await worker.stop();
    expect(pumped).toBeGreaterThan(0);
    expect(ran).toBe(1);
    expect((await jobsOfKind('test.starved'))[0]).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('runs jobs of a batching kind together; when a batch fails, each of its jobs runs alone and only the bad one fails', async () => {
    const batches: string[][] = [];
    const singles: string[] = [];
    const worker = workerFor(t.database.db, t.clock, [
      {
        kind: 'test.batch',
        batchSize: 4,
        async runBatch(payloads) {
          batches.push(payloads.map((p) => p.name));
          if (payloads.some((p) => p.name === 'bad')) throw new Error('one of them is bad');
        },
        async run(payload) {
          singles.push(payload.name);
          if (payload.name === 'bad') throw new Error('bad on its own too');
        },
      },
    ]);
    await enqueueJobs(t.database.db, t.clock.now(), ['a', 'b', 'c', 'd', 'e'].map((name) => ({ kind: 'test.batch', payload: { name } })));
    await worker.drain();
    expect(batches.map((b) => b.length).sort()).toEqual([1, 4]);
    expect(singles).toEqual([]);
    expect((await jobsOfKind('test.batch')).every((j) => j.status === 'done' && j.attempts === 1)).toBe(true);

    await enqueueJobs(t.database.db, t.clock.now(), ['f', 'bad', 'g'].map((name) => ({ kind: 'test.batch', payload: { name } })));
    await worker.drain();
    expect(batches.at(-1)!.sort()).toEqual(['bad', 'f', 'g']);
    expect(singles.sort()).toEqual(['bad', 'f', 'g']);
    const jobs = new Map((await jobsOfKind('test.batch')).map((j) => [j.payload.name, j]));
    expect(jobs.get('bad')).toMatchObject({ status: 'queued', attempts: 1, lastError: 'bad on its own too' });
    for (const name of ['f', 'g']) expect(jobs.get(name)).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('keeps working when the database goes away before a job outcome is saved; the job runs again after its lease', async () => {
    const clock = new ManualClock(t.clock.now());
    let databaseDown = false;
    // The database as the worker sees it: every statement fails while it is down.
    const db = new Proxy(t.database.db, {
      get(target, property, receiver) {
        if (property === 'execute' && databaseDown) return () => Promise.reject(new Error('Connection terminated unexpectedly'));
        return Reflect.get(target, property, receiver);
      },
    });
    let runs = 0;
    const worker = new Worker({
      db,
      clock,
      log: quiet,
      timeZone: 'Asia/Shanghai',
      leaseMs: 10_000,
      // The database goes down while the first run is under way.
      definitions: [{ kind: 'test.outage', run: async () => void (runs += 1, (databaseDown = runs === 1)) }],
    });
    await enqueueJob(t.database.db, clock.now(), { kind: 'test.outage' });
    await worker.tick();
    await expect(worker.stop()).resolves.toBeUndefined();
    expect(runs).toBe(1);
    databaseDown = false;
    expect((await jobsOfKind('test.outage'))[0]).toMatchObject({ status: 'running', attempts: 1 });

    clock.advance(10_000);
    await worker.drain();
    expect(runs).toBe(2);
    expect((await jobsOfKind('test.outage'))[0]).toMatchObject({ status: 'done', attempts: 2 });
  });
});

describe(`two workers on one ${testDatabaseKind} database`, () => {
  it('never run one job twice', async () => {
    // A second connection pool stands for a second process on PostgreSQL.
    const other = t.database.kind === 'postgres' ? await connectDatabase({ databaseUrl: (t.database as { url?: string }).url, poolSize: 6 }) : t.database;
    try {
      const clock = new ManualClock(t.clock.now());
      const runs = new Map<string, number>();
      const definition: AnyJobDefinition = {
        kind: 'test.count',
        async run(payload) {
          const n = payload.n;
          runs.set(n, (runs.get(n) ?? 0) + 1);
          await new Promise((resolve) => setTimeout(resolve, 2));
        },
      };
      await enqueueJobs(t.database.db, clock.now(), Array.from({ length: 200 }, (_, n) => ({ kind: 'test.count', payload: { n: String(n) } })));
      const a = workerFor(t.database.db, clock, [definition], { concurrency: 5 });
      const b = workerFor(other.db, clock, [definition], { concurrency: 5 });
      await Promise.all([a.drain(), b.drain()]);
      expect(runs.size).toBe(200);
      expect([...runs.values()].every((count) => count === 1)).toBe(true);
      const statuses = await jobsOfKind('test.count');
      expect(statuses).toHaveLength(200);
      expect(statuses.every((j) => j.status === 'done' && j.attempts === 1)).toBe(true);
    } finally {
      if (other !== t.database) await other.close();
    }
  });
});
