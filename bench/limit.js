// The limit Ordo's intake is measured against: the very SQL one order's HTTP request issues
// (and the worker's jobs and outbox work it causes), captured from the real code path and
// replayed raw as fast as the engine allows. PostgreSQL replays at each connection count
// from Node with prepared statements; PGlite, which serves one query at a time, replays
// sequentially.
//
// Capture: an in-process Ordo on its own scratch database records every statement its
// driver sends (pg's Client.query, PGlite's query and transactions) while orders are taken
// and while the worker then drains the work they queued. Two batches of orders with the same
// body are captured, until two in a row issue the same statements; an id that appears in the
// second capture only was made for those orders (order, lines, audit, outbox, jobs) and is
// replaced by a fresh one in every replay.
// The customer and products are rotated over the bench's fixture like the HTTP bench does,
// and timestamps move with the clock, so replays hit the same rows an HTTP run would.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { loadConfig } from '../dist/config.js';
import { startServer } from '../dist/server.js';
import { createWorker } from '../dist/worker.js';
import { systemClock } from '../dist/platform/time/clock.js';
import { benchDatabase } from './scratch.js';

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Orders taken before the worker's drain is captured: its statements for them are replayed per as many orders. */
const workerBatch = 10;
const instantPattern = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;

/** Where recorded statements go while a capture runs; null when nothing is recorded. */
let recording = null;

function record(text, values) {
  if (recording) recording.push({ text, values: values ?? [] });
}

const pgQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function recordedQuery(config, values, callback) {
  if (typeof config === 'string') record(config, Array.isArray(values) ? values : undefined);
  else if (config && typeof config.text === 'string') record(config.text, config.values ?? (Array.isArray(values) ? values : undefined));
  return pgQuery.call(this, config, values, callback);
};

// PGlite runs a transaction's statements through the transaction object, not `query`.
let insidePgliteTransaction = 0;
const pgliteQuery = PGlite.prototype.query;
PGlite.prototype.query = function recordedQuery(text, params, options) {
  if (insidePgliteTransaction === 0) record(text, params);
  return pgliteQuery.call(this, text, params, options);
};
const pgliteTransaction = PGlite.prototype.transaction;
PGlite.prototype.transaction = function recordedTransaction(callback) {
  return pgliteTransaction.call(this, async (tx) => {
    insidePgliteTransaction += 1;
    record('BEGIN');
    try {
      const recordedTx = Object.create(tx);
      recordedTx.query = (text, params, options) => {
        record(text, params);
        return tx.query(text, params, options);
      };
      const result = await callback(recordedTx);
      record('COMMIT');
      return result;
    } finally {
      insidePgliteTransaction -= 1;
    }
  });
};

async function recorded(work) {
  const statements = [];
  recording = statements;
  try {
    await work();
  } finally {
    recording = null;
  }
  return statements;
}

function uuidsIn(statements) {
  const found = new Set();
  for (const { text, values } of statements) {
    for (const v of [text, ...values]) if (typeof v === 'string') for (const m of v.matchAll(uuidPattern)) found.add(m[0].toLowerCase());
  }
  return found;
}

/**
 * Runs Ordo in this process on `env`'s database with the worker off, sets up the fixture
 * and captures one order's intake and worker statements. Returns the capture and the
 * still-open database (PGlite replays on it).
 */
async function capture(env, admin, setUp, orderBody) {
  const saved = { ...process.env };
  // PGlite in this thread: the capture wraps its prototype here, and the replay is the engine's own pace.
  Object.assign(process.env, env, { ORDO_PGLITE_THREAD: 'false', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ORDO_SERVE_WORKER: 'false', ORDO_ADMIN_EMAIL: admin.email, ORDO_ADMIN_PASSWORD: admin.password });
  const config = loadConfig(process.env);
  process.env = saved;
  const server = await startServer(config);
  const { port } = server.app.server.address();
  const baseUrl = `http://127.0.0.1:${port}`;
  const worker = createWorker({ db: server.database.db, clock: systemClock, config, log: server.app.log });
  try {
    const fixture = await setUp(baseUrl);
    const body = orderBody(fixture, 0);
    const takeOrder = async () => {
      const res = await fetch(`${baseUrl}/api/v1/orders`, { method: 'POST', headers: { ...fixture.headers, 'content-type': 'application/json' }, body });
      if (res.status !== 201 && res.status !== 200) throw new Error(`capture order: ${res.status} ${await res.text()}`);
    };
    // The first order and round warm caches and queue the recurring schedules.
    await takeOrder();
    await worker.drain();
    // Caches (the bearer token's user, settings) make an order now and then issue a
    // statement more: capture until two orders in a row issue the same ones.
    // The worker's part is one drain after a batch of orders, as a busy worker claims them.
    const captureOne = async () => {
      const batch = [];
      for (let i = 0; i < workerBatch; i++) batch.push(await recorded(takeOrder));
      return { intake: batch[0], batch: batch.flat(), worker: await recorded(() => worker.drain()) };
    };
    // Only the first order of a batch must repeat exactly: across ten orders and the worker's
    // rounds some statement always comes and goes, and ids both captures share are kept anyway.
    const sameStatements = (a, b) => a.intake.map((x) => x.text).join('\0') === b.intake.map((x) => x.text).join('\0');
    let first = await captureOne();
    let second = await captureOne();
    for (let attempt = 1; !sameStatements(first, second); attempt++) {
      if (attempt === 10) throw new Error('ten orders in a row issued different statements; nothing steady to replay');
      [first, second] = [second, await captureOne()];
    }
    const capturedAt = Date.now();
    const shared = uuidsIn([...first.batch, ...first.worker]);
    const perOrder = [...uuidsIn([...second.batch, ...second.worker])].filter((id) => !shared.has(id));
    const { customerId, lines } = JSON.parse(body);
    return {
      server,
      fixture,
      capture: {
        intake: second.intake,
        batch: second.batch,
        worker: second.worker,
        perOrder,
        customerId,
        productIds: [...new Set(lines.map((l) => l.productId))].sort(),
        capturedAt,
      },
    };
  } catch (err) {
    await server.close();
    throw err;
  }
}

/** The statements of replay `counter`: fresh ids, the customer and products an HTTP order `counter` would use, timestamps moved to now. */
function instantiate(captured, fixture, orderBody, counter, statements) {
  const swap = new Map(captured.perOrder.map((id) => [id, randomUUID()]));
  const { customerId, lines } = JSON.parse(orderBody(fixture, counter));
  swap.set(captured.customerId, customerId);
  const products = [...new Set(lines.map((l) => l.productId))].sort();
  if (products.length === captured.productIds.length) captured.productIds.forEach((id, i) => swap.set(id, products[i]));
  const shiftMs = Date.now() - captured.capturedAt;
  const rewrite = (value) =>
    typeof value === 'string'
      ? value.replace(uuidPattern, (id) => swap.get(id.toLowerCase()) ?? id).replace(instantPattern, (at) => new Date(Date.parse(at) + shiftMs).toISOString())
      : value;
  return statements.map(({ text, values }) => ({ text, values: values.map(rewrite) }));
}

function isTransactionControl(text) {
  return /^\s*(begin|commit|rollback)\b/i.test(text);
}

/** Replays on PostgreSQL with `connections` clients for `seconds`; answers replays/s and failures. */
async function replayPostgres(url, connections, seconds, nextReplay) {
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  let done = 0;
  let failed = 0;
  let firstError;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  try {
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < deadline) {
          const statements = nextReplay();
          try {
            for (const [index, { text, values }] of statements.entries()) {
              if (isTransactionControl(text)) await client.query(text);
              else await client.query({ name: `ordo_limit_${index}`, text, values });
            }
            done += 1;
          } catch (err) {
            failed += 1;
            firstError ??= err;
            await client.query('ROLLBACK').catch(() => {});
          }
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  return { perSecond: done / ((performance.now() - started) / 1000), done, failed, firstError: firstError?.message };
}

/** Replays on PGlite one after another for `seconds`. */
async function replayPglite(pglite, seconds, nextReplay) {
  let done = 0;
  let failed = 0;
  let firstError;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  while (performance.now() < deadline) {
    try {
      for (const { text, values } of nextReplay()) await pglite.query(text, values);
      done += 1;
    } catch (err) {
      failed += 1;
      firstError ??= err;
      await pglite.query('ROLLBACK').catch(() => {});
    }
  }
  return { perSecond: done / ((performance.now() - started) / 1000), done, failed, firstError: firstError?.message };
}

const round1 = (n) => Math.round(n * 10) / 10;

/**
 * Measures the limit on the engine `databaseUrl` names (PGlite when empty): orders/s of the
 * raw intake statements, and of intake followed by the worker's statements for that order,
 * per connection count (PGlite: one figure, sequential).
 */
export async function measureLimit({ databaseUrl, admin, setUp, orderBody, connectionCounts, seconds }) {
  const { env, url: scratchUrl, drop: cleanup } = await benchDatabase(databaseUrl, 'limit');
  let server;
  try {
    const captured = await capture(env, admin, setUp, orderBody);
    server = captured.server;
    const { fixture } = captured;
    const shape = captured.capture;
    let counter = 1;
    const intakeOnly = () => instantiate(shape, fixture, orderBody, counter++, shape.intake);
    const withWorker = () => instantiate(shape, fixture, orderBody, counter++, [...shape.batch, ...shape.worker]);
    const rows = [];
    if (databaseUrl) {
      // Only the replay clients touch the scratch database while they run.
      await server.close();
      server = undefined;
      for (const connections of connectionCounts) {
        const intake = await replayPostgres(scratchUrl, connections, seconds, intakeOnly);
        const both = await replayPostgres(scratchUrl, connections, seconds, withWorker);
        rows.push({ connections, intake, both: { ...both, perSecond: both.perSecond * workerBatch } });
      }
    } else {
      await server.app.close();
      const { pglite } = server.database;
      const intake = await replayPglite(pglite, seconds, intakeOnly);
      const both = await replayPglite(pglite, seconds, withWorker);
      rows.push({ connections: 1, intake, both: { ...both, perSecond: both.perSecond * workerBatch } });
    }
    for (const { connections, intake, both } of rows) {
      console.log(
        `limit ${databaseUrl ? `${String(connections).padStart(3)} connections` : 'sequential'}: intake ${round1(intake.perSecond)} orders/s, intake + worker ${round1(both.perSecond)} orders/s` +
          (intake.failed + both.failed > 0 ? ` (${intake.failed + both.failed} replays failed: ${intake.firstError ?? both.firstError})` : ''),
      );
    }
    return {
      statements: { intake: shape.intake.length, worker: shape.worker.length, workerBatch },
      sequential: !databaseUrl,
      results: rows.map(({ connections, intake, both }) => ({
        connections,
        intakeOrdersPerSecond: round1(intake.perSecond),
        intakeAndWorkerOrdersPerSecond: round1(both.perSecond),
        failedReplays: intake.failed + both.failed,
      })),
    };
  } finally {
    if (server) await server.database.close();
    await cleanup();
  }
}
