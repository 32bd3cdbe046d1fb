import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database, Db } from '../../src/platform/db/connect.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { testDatabaseKind } from '../support/database.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

test('/health reports the database kind and that the schema is current', async () => {
  const res = await t.call({ method: 'GET', url: '/health' });
  expect(res.statusCode).toBe(200);
  expect(res.data.status).toBe('ok');
  expect(res.data.database.kind).toBe(testDatabaseKind);
  expect(res.data.database.schemaVersion.applied).toBeGreaterThanOrEqual(2);
  expect(res.data.database.schemaVersion.latest).toMatch(/^\d{4}_/);
});

test.skipIf(testDatabaseKind !== 'pglite')('/health on the embedded database answers while the database is busy with other work', async () => {
  let finish!: () => void;
  const held = new Promise<void>((resolve) => (finish = resolve));
  let started!: () => void;
  const inside = new Promise<void>((resolve) => (started = resolve));
  // A long transaction, as the worker runs when it catches up after a crash: PGlite runs one at a time.
  const busy = t.database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT 1`);
    started();
    await held;
  });
  await inside;
  const first = await Promise.race([
    t.call({ method: 'GET', url: '/health' }).then((res) => `health ${res.statusCode}`),
    new Promise((resolve) => setTimeout(() => resolve('the transaction ended first'), 10_000)),
  ]);
  finish();
  await busy;
  expect(first).toBe('health 200');
});

test('the OpenAPI description lists the order API; the docs page is served', async () => {
  const spec = await t.call({ method: 'GET', url: '/api/openapi.json' });
  expect(spec.data.openapi).toBe('3.1.0');
  expect(Object.keys(spec.data.paths)).toEqual(expect.arrayContaining(['/api/v1/orders', '/api/v1/orders/{id}', '/api/v1/orders/{id}/confirm-entry', '/api/v1/customers', '/api/v1/products', '/api/v1/stock/movements']));
  expect(spec.data.paths['/api/v1/orders'].post.requestBody.content['application/json'].schema.required).toEqual(['customerId', 'channel', 'lines', 'paymentStatus']);
  const docs = await t.call({ method: 'GET', url: '/api/docs/' });
  expect(docs.statusCode).toBe(200);
  expect(docs.body).toContain('swagger');
});

test('kinds are enums in the OpenAPI description, and a promise reason names its factor', async () => {
  const spec = (await t.call({ method: 'GET', url: '/api/openapi.json' })).data;
  const answer = (path: string, method: string, status: string) => spec.paths[path][method].responses[status].content['application/json'].schema;
  const order = answer('/api/v1/orders/{id}', 'get', '200');
  expect(order.properties.channel.enum).toEqual(expect.arrayContaining(['online_store', 'portal', 'file_import']));
  expect(order.properties.lines.items.properties.kind.enum).toEqual(['stock', 'made_to_order', 'service']);
  expect(answer('/api/v1/tasks', 'get', '200').properties.items.items.properties.kind.enum).toContain('order_exception');
  const reason = answer('/api/v1/orders/quote', 'post', '200').properties.reasoning.items;
  expect(reason.anyOf.map((r: { properties: { factor: { enum: string[] } } }) => r.properties.factor.enum)).toEqual([['stock'], ['calendar'], ['stage'], ['capacity']]);
});

test('an unknown endpoint is a problem, not an HTML page', async () => {
  const res = await t.call({ method: 'GET', url: '/api/v1/nothing-here' });
  expect(res.statusCode).toBe(404);
  expect(res.data).toMatchObject({ code: 'route_not_found', type: '/api/errors/route-not-found' });
});

test('when PostgreSQL cannot be reached, the API says so with 503 instead of a vague 500', async () => {
  const pool = new pg.Pool({ connectionString: 'postgres://ordo@127.0.0.1:1/ordo', connectionTimeoutMillis: 2000 });
  const database: Database = { db: drizzle(pool) as unknown as Db, kind: 'postgres', pool, close: () => pool.end() };
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database, logger: false });
  const res = await app.inject({ method: 'GET', url: '/api/v1/orders', headers: { authorization: 'Bearer ordo_anything' } });
  expect(res.statusCode).toBe(503);
  expect(res.headers['retry-after']).toBe('1');
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json()).toMatchObject({ code: 'database_unavailable', detail: 'The database cannot be reached; nothing was changed. Try again shortly.' });
  await app.close();
  await pool.end();
});
