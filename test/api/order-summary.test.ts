import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { foldOrderRollupChanges } from '../../src/modules/orders/service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

let t: TestApp;
let customer: any;
let product: any;

beforeAll(async () => {
  t = await createTestApp();
  customer = await createCustomer(t, { name: '*看板客户' });
  product = await createProduct(t, { priceMinor: 500_00 });
  await receiveStock(t, product.id, 100);
});
afterAll(async () => t?.close());

test("the dashboard counts today's intake, orders by status and the month so far in the company's time zone", async () => {
  const order = (days: number | null) =>
    placeOrder(t, {
      customerId: customer.id,
      channel: 'online_store',
      ...(days === null ? {} : { requestedDeliveryDate: daysAfter(t, days) }),
      lines: [{ productId: product.id, quantity: 2 }],
      paymentStatus: 'paid',
    });
  expect((await order(20)).statusCode).toBe(201);
  t.clock.advance(24 * 3_600_000); // the next day in Shanghai
  expect((await order(20)).statusCode).toBe(201);
  expect((await order(null)).statusCode).toBe(201); // no delivery date: exception

  const res = await t.call({ method: 'GET', url: '/api/v1/orders/summary', headers: await t.as('sales') });
  expect(res.statusCode).toBe(200);
  expect(res.data.today).toEqual({ date: '2024-05-11', received: 2 });
  expect(res.data.byStatus).toEqual(expect.arrayContaining([{ status: 'exception', count: 1 }]));
  expect(res.data.byStatus.reduce((sum: number, s: any) => sum + s.count, 0)).toBe(3);
  expect(res.data.monthToDate).toMatchObject({
    from: '2024-05-01',
    received: 3,
    inException: 1,
    byDay: [
      { date: '2024-05-10', received: 1 },
      { date: '2024-05-11', received: 2 },
    ],
    byChannel: [{ channel: 'online_store', count: 3 }],
    amounts: [{ currency: 'CNY', totalMinor: 3 * 1_000_00 }],
  });
});

/** The dashboard's figures counted afresh from every order, the way they read before the rollups. */
async function countedFromOrders(): Promise<{ byStatus: Record<string, number>; byPriority: Record<string, number>; amounts: Record<string, number> }> {
  const { rows } = (await t.database.db.execute(
    sql`SELECT status, priority_level, currency, count(*)::int AS n, sum(total_minor)::bigint AS total FROM orders GROUP BY 1, 2, 3`,
  )) as unknown as { rows: { status: string; priority_level: string; currency: string; n: number; total: string }[] };
  const byStatus: Record<string, number> = {};
  const byPriority: Record<string, number> = {};
  const amounts: Record<string, number> = {};
  for (const r of rows) {
    byStatus[r.status] = (byStatus[r.status] ?? 0) + r.n;
    byPriority[r.priority_level] = (byPriority[r.priority_level] ?? 0) + r.n;
    if (r.status !== 'cancelled') amounts[r.currency] = (amounts[r.currency] ?? 0) + Number(r.total);
  }
  return { byStatus, byPriority, amounts };
}

async function dashboard() {
  const headers = await t.as('sales');
  const res = await t.call({ method: 'GET', url: '/api/v1/orders/summary', headers });
  expect(res.statusCode).toBe(200);
  const data = res.data;
  // The list's unfiltered counts read the same rollups: they must agree with it too.
  const byStatus = Object.fromEntries(data.byStatus.map((s: any) => [s.status, s.count]));
  const kanban = await t.call({ method: 'GET', url: '/api/v1/orders/status-counts', headers });
  expect(kanban.data).toEqual({ total: Object.values(byStatus).reduce((a: number, b: any) => a + b, 0), byStatus });
  expect((await t.call({ method: 'GET', url: '/api/v1/orders/count', headers })).data).toEqual({ total: kanban.data.total });
  for (const [status, count] of Object.entries(byStatus)) {
    expect((await t.call({ method: 'GET', url: `/api/v1/orders/count?status=${status}`, headers })).data).toEqual({ total: count });
  }
  return {
    byStatus,
    byPriority: Object.fromEntries(data.monthToDate.byPriority.map((p: any) => [p.level, p.count])),
    amounts: Object.fromEntries(data.monthToDate.amounts.map((a: any) => [a.currency, a.totalMinor])),
  };
}

test('the dashboard follows orders as they move, before and after their changes are folded into the rollups', async () => {
  const placed = await placeOrder(t, { customerId: customer.id, channel: 'phone', requestedDeliveryDate: daysAfter(t, 20), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' });
  expect(placed.statusCode).toBe(201);
  expect(await dashboard()).toEqual(await countedFromOrders());

  await foldOrderRollupChanges(t.database.db);
  expect(await dashboard()).toEqual(await countedFromOrders());

  const manager = await t.as('manager');
  const overridden = await t.call({
    method: 'POST',
    url: `/api/v1/orders/${placed.data.id}/priority-override`,
    headers: { ...manager, 'if-match': `"${placed.data.version}"` },
    payload: { level: placed.data.priority.level === 'high' ? 'low' : 'high', reason: '客户加急' },
  });
  expect(overridden.statusCode).toBe(200);
  const cancelled = await t.call({ method: 'POST', url: `/api/v1/orders/${placed.data.id}/cancel`, headers: { ...manager, 'if-match': `"${overridden.data.version}"` }, payload: { reason: '客户撤单' } });
  expect(cancelled.statusCode).toBe(200);
  expect(await dashboard()).toEqual(await countedFromOrders());

  await t.drain();
  await foldOrderRollupChanges(t.database.db);
  expect(await dashboard()).toEqual(await countedFromOrders());
  expect((await dashboard()).byStatus.cancelled).toBe(1);
});
