import { afterAll, beforeAll, expect, test } from 'vitest';
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

test('the OpenAPI description lists the order API; the docs page is served', async () => {
  const spec = await t.call({ method: 'GET', url: '/api/openapi.json' });
  expect(spec.data.openapi).toBe('3.1.0');
  expect(Object.keys(spec.data.paths)).toEqual(expect.arrayContaining(['/api/v1/orders', '/api/v1/orders/{id}', '/api/v1/orders/{id}/confirm-entry', '/api/v1/customers', '/api/v1/products', '/api/v1/stock/movements']));
  expect(spec.data.paths['/api/v1/orders'].post.requestBody.content['application/json'].schema.required).toEqual(['customerId', 'channel', 'lines', 'paymentStatus']);
  const docs = await t.call({ method: 'GET', url: '/api/docs/' });
  expect(docs.statusCode).toBe(200);
  expect(docs.body).toContain('swagger');
});

test('an unknown endpoint is a problem, not an HTML page', async () => {
  const res = await t.call({ method: 'GET', url: '/api/v1/nothing-here' });
  expect(res.statusCode).toBe(404);
  expect(res.data).toMatchObject({ code: 'route_not_found', type: '/api/errors/route-not-found' });
});
