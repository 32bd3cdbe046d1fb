import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

/* The order list's product filter, the kanban's status counts and each user's saved views. */

let t: TestApp;
let customer: any;
let other: any;
let bolts: any;
let nuts: any;

beforeAll(async () => {
  t = await createTestApp();
  customer = await createCustomer(t, { name: '*列表客户' });
  other = await createCustomer(t, { name: '*别的客户' });
  bolts = await createProduct(t, { priceMinor: 10_00 });
  nuts = await createProduct(t, { priceMinor: 2_00 });
  await receiveStock(t, bolts.id, 1_000);
  await receiveStock(t, nuts.id, 1_000);
  const order = async (customerId: string, lines: { productId: string; quantity: number }[], withDate = true) => {
    const res = await placeOrder(t, {
      customerId,
      channel: 'online_store',
      ...(withDate ? { requestedDeliveryDate: daysAfter(t, 20) } : {}),
      lines,
      paymentStatus: 'paid',
    });
    expect(res.statusCode).toBe(201);
    return res.data;
  };
  await order(customer.id, [{ productId: bolts.id, quantity: 1 }]);
  await order(customer.id, [
    { productId: nuts.id, quantity: 3 },
    { productId: bolts.id, quantity: 2 },
  ]);
  await order(other.id, [{ productId: nuts.id, quantity: 1 }]);
  await order(customer.id, [{ productId: bolts.id, quantity: 1 }], false); // no delivery date: exception
});
afterAll(async () => t?.close());

test("a product's orders are those with a line of it, each once, newest first and paged", async () => {
  const headers = await t.as('sales');
  const first = await t.call({ method: 'GET', url: `/api/v1/orders?productId=${bolts.id}&limit=2`, headers });
  expect(first.statusCode).toBe(200);
  expect(first.data.items).toHaveLength(2);
  const rest = await t.call({ method: 'GET', url: `/api/v1/orders?productId=${bolts.id}&limit=2&cursor=${first.data.nextCursor}`, headers });
  const all = [...first.data.items, ...rest.data.items];
  expect(all).toHaveLength(3);
  expect(new Set(all.map((o: any) => o.id)).size).toBe(3);
  expect(rest.data.nextCursor).toBeNull();

  const nutOrders = await t.call({ method: 'GET', url: `/api/v1/orders?productId=${nuts.id}`, headers });
  expect(nutOrders.data.items.map((o: any) => o.customer.name).sort()).toEqual(['*列表客户', '*别的客户'].sort());
  const both = await t.call({ method: 'GET', url: `/api/v1/orders?productId=${nuts.id}&customerId=${other.id}`, headers });
  expect(both.data.items).toHaveLength(1);
});

test('status counts follow the same filters as the list', async () => {
  const headers = await t.as('sales');
  const all = await t.call({ method: 'GET', url: '/api/v1/orders/status-counts', headers });
  expect(all.statusCode).toBe(200);
  expect(all.data.total).toBe(4);
  expect(all.data.byStatus.exception).toBe(1);
  expect(Object.values(all.data.byStatus).reduce((sum: number, n: any) => sum + n, 0)).toBe(4);

  const bolted = await t.call({ method: 'GET', url: `/api/v1/orders/status-counts?productId=${bolts.id}&customerId=${customer.id}`, headers });
  expect(bolted.data.total).toBe(3);
  const listed = await t.call({ method: 'GET', url: `/api/v1/orders?productId=${bolts.id}&customerId=${customer.id}&status=exception`, headers });
  expect(listed.data.items).toHaveLength(bolted.data.byStatus.exception);

  const bad = await t.call({ method: 'GET', url: '/api/v1/orders/status-counts?productId=bolts', headers });
  expect(bad.statusCode).toBe(400);
  expect(bad.data.errors[0].path).toContain('productId');
});

test('saved views belong to their user, have unique names, and can be renamed and deleted', async () => {
  const mine = await t.as('specialist');
  const theirs = await t.as('sales');
  const saved = await t.call({ method: 'POST', url: '/api/v1/orders/saved-views', headers: mine, payload: { name: ' 急单 ', filters: { priority: 'high', layout: 'kanban' } } });
  expect(saved.statusCode).toBe(201);
  expect(saved.data).toMatchObject({ name: '急单', filters: { priority: 'high', layout: 'kanban' } });

  const twice = await t.call({ method: 'POST', url: '/api/v1/orders/saved-views', headers: mine, payload: { name: '急单', filters: {} } });
  expect(twice.statusCode).toBe(409);
  expect(twice.data.code).toBe('already_exists');
  expect(twice.data.errors[0].path).toBe('/name');

  const badFilter = await t.call({ method: 'POST', url: '/api/v1/orders/saved-views', headers: mine, payload: { name: 'x', filters: { status: 'lost' } } });
  expect(badFilter.statusCode).toBe(400);
  expect(badFilter.data.errors[0].path).toContain('status');

  // Another user neither sees nor touches it, and may use the same name.
  expect((await t.call({ method: 'GET', url: '/api/v1/orders/saved-views', headers: theirs })).data.items).toEqual([]);
  expect((await t.call({ method: 'DELETE', url: `/api/v1/orders/saved-views/${saved.data.id}`, headers: theirs })).statusCode).toBe(404);
  expect((await t.call({ method: 'POST', url: '/api/v1/orders/saved-views', headers: theirs, payload: { name: '急单', filters: {} } })).statusCode).toBe(201);

  const renamed = await t.call({ method: 'PUT', url: `/api/v1/orders/saved-views/${saved.data.id}`, headers: mine, payload: { name: '紧急异常', filters: { priority: 'high', status: 'exception' } } });
  expect(renamed.statusCode).toBe(200);
  expect((await t.call({ method: 'GET', url: '/api/v1/orders/saved-views', headers: mine })).data.items).toEqual([
    expect.objectContaining({ id: saved.data.id, name: '紧急异常', filters: { priority: 'high', status: 'exception' } }),
  ]);

  expect((await t.call({ method: 'DELETE', url: `/api/v1/orders/saved-views/${saved.data.id}`, headers: mine })).statusCode).toBe(204);
  expect((await t.call({ method: 'GET', url: '/api/v1/orders/saved-views', headers: mine })).data.items).toEqual([]);
  const trail = await t.call({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.as('admin') });
  expect(trail.data.ok).toBe(true);
});
