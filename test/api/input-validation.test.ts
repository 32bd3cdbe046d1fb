import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, receiveStock } from '../support/fixtures.js';

// Every bad request gets RFC 9457 problem+json with a stable code and the offending path,
// and writes nothing: the audit head, the order count and the stock stay as they were.
let t: TestApp;
let customer: any;
let product: any;
let dollarProduct: any;
let service: any;
let good: Record<string, unknown>;

beforeAll(async () => {
  t = await createTestApp();
  customer = await createCustomer(t);
  product = await createProduct(t);
  dollarProduct = await createProduct(t, { currency: 'USD' });
  service = await createProduct(t, { kind: 'service' });
  await receiveStock(t, product.id, 10);
  good = { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' };
});
afterAll(async () => t?.close());

async function footprint() {
  const head = (await t.database.db.execute(sql`SELECT count(*)::int AS seq FROM audit_events`)) as unknown as { rows: { seq: unknown }[] };
  const orders = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM orders`)) as unknown as { rows: { n: number }[] };
  const stock = await t.call({ method: 'GET', url: `/api/v1/products/${product.id}/stock`, headers: await t.as('admin') });
  return { audit: Number(head.rows[0]!.seq), orders: orders.rows[0]!.n, stock: stock.data };
}

interface Case {
  name: string;
  request: () => Parameters<TestApp['call']>[0];
  status: number;
  code: string;
  path?: string;
}

const order = (patch: Record<string, unknown>) => ({ ...good, ...patch });
const line = (patch: Record<string, unknown>) => order({ lines: [{ productId: product.id, quantity: 1, ...patch }] });
const post = (url: string, payload: unknown) => () => ({ method: 'POST' as const, url, payload: payload as Record<string, unknown> });

const cases: Case[] = [
  { name: 'an unknown field at the top', request: () => post('/api/v1/orders', order({ colour: 'red' }))(), status: 400, code: 'validation_failed', path: '/colour' },
  { name: 'an unknown field in a line', request: () => post('/api/v1/orders', line({ colour: 'red' }))(), status: 400, code: 'validation_failed', path: '/lines/0/colour' },
  { name: 'quantity 0', request: () => post('/api/v1/orders', line({ quantity: 0 }))(), status: 400, code: 'validation_failed', path: '/lines/0/quantity' },
  { name: 'a negative quantity', request: () => post('/api/v1/orders', line({ quantity: -1 }))(), status: 400, code: 'validation_failed', path: '/lines/0/quantity' },
  { name: 'a fractional quantity', request: () => post('/api/v1/orders', line({ quantity: 1.5 }))(), status: 400, code: 'validation_failed', path: '/lines/0/quantity' },
  { name: 'a quantity sent as text', request: () => post('/api/v1/orders', line({ quantity: '3' }))(), status: 400, code: 'validation_failed', path: '/lines/0/quantity' },
  { name: 'a negative price', request: () => post('/api/v1/orders', line({ unitPriceMinor: -5 }))(), status: 400, code: 'validation_failed', path: '/lines/0/unitPriceMinor' },
  { name: 'a discount above the line amount', request: () => post('/api/v1/orders', line({ discountMinor: 999_999_99 }))(), status: 400, code: 'validation_failed', path: '/lines/0/discountMinor' },
  { name: 'no lines', request: () => post('/api/v1/orders', order({ lines: [] }))(), status: 400, code: 'validation_failed', path: '/lines' },
  { name: 'no payment status', request: () => post('/api/v1/orders', order({ paymentStatus: undefined }))(), status: 400, code: 'validation_failed', path: '/paymentStatus' },
  { name: 'an unknown channel', request: () => post('/api/v1/orders', order({ channel: 'carrier_pigeon' }))(), status: 400, code: 'validation_failed', path: '/channel' },
  { name: 'a date that does not exist', request: () => post('/api/v1/orders', order({ requestedDeliveryDate: '2024-02-30' }))(), status: 400, code: 'validation_failed', path: '/requestedDeliveryDate' },
  { name: 'a date in another format', request: () => post('/api/v1/orders', order({ requestedDeliveryDate: '10/05/2024' }))(), status: 400, code: 'validation_failed', path: '/requestedDeliveryDate' },
  { name: 'a customer id that is not a UUID', request: () => post('/api/v1/orders', order({ customerId: 'acme' }))(), status: 400, code: 'validation_failed', path: '/customerId' },
  { name: 'an unknown customer', request: () => post('/api/v1/orders', order({ customerId: '00000000-0000-4000-8000-000000000000' }))(), status: 422, code: 'unknown_reference', path: '/customerId' },
  { name: 'an unknown product', request: () => post('/api/v1/orders', line({ productId: '00000000-0000-4000-8000-000000000001' }))(), status: 422, code: 'unknown_reference', path: '/lines/0/productId' },
  {
    name: 'lines in two currencies',
    request: () => post('/api/v1/orders', order({ lines: [{ productId: product.id, quantity: 1 }, { productId: dollarProduct.id, quantity: 1 }] }))(),
    status: 422,
    code: 'mixed_currency',
    path: '/lines/1/productId',
  },
  {
    name: 'an Idempotency-Key with spaces',
    request: () => ({ method: 'POST', url: '/api/v1/orders', headers: { 'idempotency-key': 'two words' }, payload: good }),
    status: 400,
    code: 'validation_failed',
    path: '/idempotency-key',
  },
  {
    name: 'broken JSON',
    request: () => ({ method: 'POST', url: '/api/v1/orders', headers: { 'content-type': 'application/json' }, payload: '{"customerId": ' }),
    status: 400,
    code: 'malformed_json',
    path: '/',
  },
  {
    name: 'an empty body',
    request: () => ({ method: 'POST', url: '/api/v1/orders', headers: { 'content-type': 'application/json' }, payload: '' }),
    status: 400,
    code: 'malformed_json',
  },
  {
    name: 'a body that is not JSON',
    request: () => ({ method: 'POST', url: '/api/v1/orders', headers: { 'content-type': 'text/plain' }, payload: 'five of A' }),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'a body over the size limit',
    request: () => post('/api/v1/orders', order({ specialRequirements: { text: 'x'.repeat(1100 * 1024) } }))(),
    status: 413,
    code: 'payload_too_large',
  },
  { name: 'an order id that is not a UUID', request: () => ({ method: 'GET', url: '/api/v1/orders/202405-001' }), status: 400, code: 'validation_failed', path: '/id' },
  { name: 'an unknown order', request: () => ({ method: 'GET', url: '/api/v1/orders/00000000-0000-4000-8000-000000000002' }), status: 404, code: 'not_found' },
  { name: 'an unknown list filter', request: () => ({ method: 'GET', url: '/api/v1/orders?colour=red' }), status: 400, code: 'validation_failed', path: '/colour' },
  { name: 'a page size of 0', request: () => ({ method: 'GET', url: '/api/v1/orders?limit=0' }), status: 400, code: 'validation_failed', path: '/limit' },
  { name: 'a page size in words', request: () => ({ method: 'GET', url: '/api/v1/orders?limit=ten' }), status: 400, code: 'validation_failed', path: '/limit' },
  { name: 'a forged cursor', request: () => ({ method: 'GET', url: `/api/v1/orders?cursor=${Buffer.from('["x","y"]').toString('base64url')}` }), status: 400, code: 'invalid_cursor', path: '/cursor' },
  { name: 'an unknown status filter', request: () => ({ method: 'GET', url: '/api/v1/orders?status=lost' }), status: 400, code: 'validation_failed', path: '/status' },
  { name: 'a customer without a name', request: post('/api/v1/customers', { type: 'company', tier: 'vip' }), status: 400, code: 'validation_failed', path: '/name' },
  { name: 'an unknown customer tier', request: post('/api/v1/customers', { name: 'x', type: 'company', tier: 'gold' }), status: 400, code: 'validation_failed', path: '/tier' },
  {
    name: 'net terms without days',
    request: post('/api/v1/customers', { name: 'x', type: 'company', tier: 'new', paymentTerms: { kind: 'net' } }),
    status: 400,
    code: 'validation_failed',
    path: '/paymentTerms/netDays',
  },
  { name: 'a negative credit limit', request: post('/api/v1/customers', { name: 'x', type: 'company', tier: 'new', creditLimitMinor: -1 }), status: 400, code: 'validation_failed', path: '/creditLimitMinor' },
  { name: 'a contact email that is not one', request: post('/api/v1/customers', { name: 'x', type: 'person', tier: 'new', contacts: [{ name: 'y', email: 'no-at-sign' }] }), status: 400, code: 'validation_failed', path: '/contacts/0/email' },
  { name: 'an empty customer change', request: () => ({ method: 'PATCH', url: `/api/v1/customers/${customer.id}`, headers: { 'if-match': '"1"' }, payload: {} }), status: 400, code: 'validation_failed' },
  { name: 'a product price in decimals', request: post('/api/v1/products', { sku: 'P-1', name: 'x', unit: '件', priceMinor: 9.99, kind: 'stock' }), status: 400, code: 'validation_failed', path: '/priceMinor' },
  {
    name: 'a lead time under a key that names no stage',
    request: post('/api/v1/products', { sku: 'P-3', name: 'x', priceMinor: 999, kind: 'made_to_order', leadTimes: { 'Production!': 'soon' } }),
    status: 400,
    code: 'validation_failed',
    path: '/leadTimes/Production!',
  },
  { name: 'an unknown product kind', request: post('/api/v1/products', { sku: 'P-2', name: 'x', unit: '件', priceMinor: 999, kind: 'gift' }), status: 400, code: 'validation_failed', path: '/kind' },
  { name: 'a stock movement of 0', request: () => post('/api/v1/stock/movements', { productId: product.id, kind: 'receipt', quantity: 0 })(), status: 400, code: 'validation_failed', path: '/quantity' },
  { name: 'a negative receipt', request: () => post('/api/v1/stock/movements', { productId: product.id, kind: 'receipt', quantity: -4 })(), status: 400, code: 'validation_failed', path: '/quantity' },
  { name: 'an adjustment without a reason', request: () => post('/api/v1/stock/movements', { productId: product.id, kind: 'adjustment', quantity: -1 })(), status: 400, code: 'validation_failed', path: '/reason' },
  { name: 'a movement of an unknown kind', request: () => post('/api/v1/stock/movements', { productId: product.id, kind: 'theft', quantity: 1 })(), status: 400, code: 'validation_failed', path: '/kind' },
  { name: 'stock for a service', request: () => post('/api/v1/stock/movements', { productId: service.id, kind: 'receipt', quantity: 1 })(), status: 409, code: 'not_stocked' },
  {
    name: 'stock below what is reserved',
    request: () => post('/api/v1/stock/movements', { productId: product.id, kind: 'adjustment', quantity: -11, reason: '盘点' })(),
    status: 409,
    code: 'stock_below_reserved',
    path: '/quantity',
  },
];

test.each(cases)('$name → $status $code', async ({ request, status, code, path }) => {
  const before = await footprint();
  const r = request();
  const res = await t.call({ ...r, headers: { ...(await t.as('admin')), ...(r.headers as Record<string, string> | undefined) } });
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.data).toMatchObject({ status, code, type: `/api/errors/${code.replaceAll('_', '-')}` });
  expect(res.data.title).toEqual(expect.any(String));
  expect(res.data.detail).toEqual(expect.any(String));
  if (path) expect(res.data.errors.map((e: any) => e.path)).toContain(path);
  expect(await footprint()).toEqual(before);
});

test('a bad request never reaches the database half-way: the failing line is the second of three', async () => {
  const before = await footprint();
  const res = await t.call({
    method: 'POST',
    url: '/api/v1/orders',
    headers: await t.as('admin'),
    payload: order({ lines: [{ productId: product.id, quantity: 2 }, { productId: '00000000-0000-4000-8000-000000000003', quantity: 1 }, { productId: product.id, quantity: 1 }] }),
  });
  expect(res.statusCode).toBe(422);
  expect(await footprint()).toEqual(before);
});

// Text PostgreSQL cannot store (NUL) or that is not Unicode (a lone surrogate) is refused
// before validation, naming the field, instead of failing in a query as a 500.
const notText: Case[] = [
  { name: 'a NUL in a string field', request: () => post('/api/v1/customers', { name: 'Acme\u0000Ltd', type: 'company', tier: 'normal' })(), status: 400, code: 'invalid_characters', path: '/name' },
  { name: 'a lone surrogate in a nested field', request: () => post('/api/v1/orders', order({ contact: { name: 'broken \udc00 text' } }))(), status: 400, code: 'invalid_characters', path: '/contact/name' },
  {
    name: 'a NUL in a free-form key',
    request: () => post('/api/v1/orders', order({ specialRequirements: { customization: { ['颜\u0000色']: '红' } } }))(),
    status: 400,
    code: 'invalid_characters',
    path: '/specialRequirements/customization/颜\ufffd色',
  },
  { name: 'a NUL in the order search', request: () => ({ method: 'GET', url: '/api/v1/orders?q=%00' }), status: 400, code: 'invalid_characters', path: '/q' },
  { name: 'a NUL in the customer search', request: () => ({ method: 'GET', url: '/api/v1/customers?q=abc%00' }), status: 400, code: 'invalid_characters', path: '/q' },
  { name: 'a NUL in a path parameter', request: () => ({ method: 'GET', url: '/api/v1/portal/magic-link/abc%00def' }), status: 400, code: 'invalid_characters', path: '/token' },
];

test.each(notText)('$name → $status $code', async ({ request, status, code, path }) => {
  const before = await footprint();
  const res = await t.call({ ...request(), headers: await t.as('admin') });
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.data).toMatchObject({ status, code });
  expect(res.data.errors).toContainEqual(expect.objectContaining({ path, code: 'invalid_characters' }));
  expect(await footprint()).toEqual(before);
});

test('a lone surrogate in a cancellation reason is a 400 naming /reason; the order stays as it was', async () => {
  const placed = await t.call({ method: 'POST', url: '/api/v1/orders', headers: await t.as('admin'), payload: good });
  expect(placed.statusCode).toBe(201);
  const res = await t.call({ method: 'POST', url: `/api/v1/orders/${placed.data.id}/cancel`, headers: await t.as('admin'), payload: { reason: '\ud800' } });
  expect(res.statusCode).toBe(400);
  expect(res.data).toMatchObject({ code: 'invalid_characters', errors: [{ path: '/reason', in: 'body', code: 'invalid_characters' }] });
  const after = await t.call({ method: 'GET', url: `/api/v1/orders/${placed.data.id}`, headers: await t.as('admin') });
  expect(after.data).toMatchObject({ status: placed.data.status, version: placed.data.version });
});

test('a 409 about an order keeps the HTTP status in `status` and names the order status `orderStatus`', async () => {
  const placed = await t.call({ method: 'POST', url: '/api/v1/orders', headers: await t.as('admin'), payload: good });
  const cancel = async () => t.call({ method: 'POST', url: `/api/v1/orders/${placed.data.id}/cancel`, headers: await t.as('admin'), payload: { reason: '客户取消' } });
  expect((await cancel()).statusCode).toBe(200);
  const again = await cancel();
  expect(again.statusCode).toBe(409);
  expect(again.data).toMatchObject({ status: 409, code: 'invalid_transition', orderStatus: 'cancelled', event: 'cancel' });
});

describe('what the router refuses is a problem too, and never repeats the URL', () => {
  test('a 5,000-character path parameter → 414 url_too_long', async () => {
    const res = await t.call({ method: 'GET', url: `/api/v1/orders/${'a'.repeat(5000)}`, headers: await t.as('admin') });
    expect(res.statusCode).toBe(414);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.data).toMatchObject({ status: 414, code: 'url_too_long', type: '/api/errors/url-too-long' });
    expect(res.body).not.toContain('aaaa');
  });

  test('a URL longer than 8,192 characters → 414 url_too_long', async () => {
    const res = await t.call({ method: 'GET', url: `/api/v1/orders?q=${'b'.repeat(9000)}`, headers: await t.as('admin') });
    expect(res.statusCode).toBe(414);
    expect(res.data).toMatchObject({ status: 414, code: 'url_too_long' });
    expect(res.body).not.toContain('bbbb');
  });

  test('a malformed percent-encoding → 400 malformed_url', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/orders/%ZZsecret', headers: await t.as('admin') });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.data).toMatchObject({ status: 400, code: 'malformed_url', type: '/api/errors/malformed-url' });
    expect(res.body).not.toContain('secret');
  });

  test('an unknown endpoint → 404 route_not_found without the path', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/no-such-thing-here?token=abc' });
    expect(res.statusCode).toBe(404);
    expect(res.data).toMatchObject({ status: 404, code: 'route_not_found' });
    expect(res.body).not.toContain('no-such-thing');
    expect(res.body).not.toContain('abc');
  });
});

describe('notification template overrides are keyed by the events Ordo sends', () => {
  test.each(['order.unknown', 'toString', 'constructor', 'hasOwnProperty'])('an override for "%s" → 400 naming it; nothing is stored', async (key) => {
    const admin = await t.as('admin');
    const current = await t.call({ method: 'GET', url: '/api/v1/settings/notification-templates', headers: admin });
    const res = await t.call({
      method: 'PUT',
      url: '/api/v1/settings/notification-templates',
      headers: { ...admin, 'if-match': `"${current.data.version}"` },
      payload: { [key]: { en: { title: 'Hello', body: 'Order {number}' } } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.data).toMatchObject({ code: 'validation_failed', errors: [{ path: `/${key}`, in: 'body' }] });
    const after = await t.call({ method: 'GET', url: '/api/v1/settings/notification-templates', headers: admin });
    expect(after.data.version).toBe(current.data.version);
  });

  test('an override for a known event is stored', async () => {
    const admin = await t.as('admin');
    const current = await t.call({ method: 'GET', url: '/api/v1/settings/notification-templates', headers: admin });
    const payload = { 'order.approved': { en: { title: 'Confirmed: {number}', body: 'Order {number} is confirmed.' } } };
    const res = await t.call({ method: 'PUT', url: '/api/v1/settings/notification-templates', headers: { ...admin, 'if-match': `"${current.data.version}"` }, payload });
    expect(res.statusCode).toBe(200);
    expect(res.data.value).toEqual(payload);
  });
});
