import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { verifyAuditChain } from '../../src/platform/audit/verify.js';
import { createOrder, numberStrandedOrdersJob } from '../../src/modules/orders/service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

// On PostgreSQL intake commits an order unnumbered and a numbering transaction numbers it
// right after (the month counter is no longer held through every order's commit). These
// tests take the path where the request dies between the two: the order must still get
// its number, without a gap, before anything else acts on it.
let t: TestApp;
let customer: any;
let product: any;

beforeAll(async () => {
  t = await createTestApp({ now: '2024-07-01T02:00:00Z' });
  customer = await createCustomer(t);
  product = await createProduct(t);
  await receiveStock(t, product.id, 100);
});
afterAll(async () => t?.close());

const lost = { numbered: () => Promise.reject(new Error('the process died before numbering')) };

/** An order committed whose request died before the number came back. */
async function strandedOrder(externalRef: string): Promise<string> {
  const input = {
    customerId: customer.id,
    channel: 'api' as const,
    externalRef,
    requestedDeliveryDate: daysAfter(t, 10),
    lines: [{ productId: product.id, quantity: 1 }],
    paymentStatus: 'paid' as const,
  };
  const ctx = { db: t.database.db, now: t.clock.now(), timeZone: t.config.timeZone, actor: { userId: null, label: 'edi' }, numberer: lost };
  await expect(createOrder(ctx, input)).rejects.toThrow('the process died before numbering');
  const rows = await rowsOf<{ id: string; number: string | null }>(sql`SELECT id, number FROM orders WHERE external_ref = ${externalRef}`);
  expect(rows).toEqual([{ id: expect.any(String), number: null }]);
  return rows[0]!.id;
}

async function rowsOf<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function actionsOf(orderId: string): Promise<string[]> {
  const rows = await rowsOf<{ action: string }>(sql`SELECT action FROM audit_events WHERE entity_type = 'order' AND entity_id = ${orderId} ORDER BY seq`);
  return rows.map((r) => r.action);
}

test('an order whose request died before numbering is numbered first by the next change to it, with its clocks and messages', async () => {
  const headers = await t.as('admin');
  const before = await placeOrder(t, { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' }, headers);
  const orderId = await strandedOrder('EDI-stranded-1');
  const serial = Number(before.data.number.slice(-3)) + 1;

  const cancelled = await t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/cancel`, headers, payload: { reason: '客户撤单' } });
  expect(cancelled.statusCode).toBe(200);
  expect(cancelled.data).toMatchObject({ number: `202407-${String(serial).padStart(3, '0')}`, status: 'cancelled' });
  const actions = await actionsOf(orderId);
  expect(actions.indexOf('order.numbered')).toBeGreaterThan(actions.indexOf('order.received'));
  expect(actions.indexOf('order.numbered')).toBeLessThan(actions.length - 1);
  expect(await rowsOf(sql`SELECT order_id FROM order_numbering_queue WHERE order_id = ${orderId}`)).toEqual([]);
  const clocks = await rowsOf<{ order_number: string }>(sql`SELECT order_number FROM sla_clocks WHERE order_id = ${orderId}`);
  expect(clocks.length).toBeGreaterThan(0);
  expect(clocks.every((c) => c.order_number === cancelled.data.number)).toBe(true);
  const received = await rowsOf<{ payload: { number?: string } }>(sql`SELECT payload FROM outbox WHERE topic = 'order.received' AND payload->>'orderId' = ${orderId}`);
  expect(received.map((r) => r.payload.number)).toEqual([cancelled.data.number]);
});

test('what a crash left queued is numbered by the sweep, oldest first and gap-free, and the trail verifies', async () => {
  const first = await strandedOrder('EDI-stranded-2');
  t.clock.advance(1_000);
  const second = await strandedOrder('EDI-stranded-3');
  const sweep = numberStrandedOrdersJob();
  const logged: unknown[] = [];
  const log = { info() {}, error() {}, warn: (fields: unknown) => logged.push(fields) };
  const run = (now: Date) => sweep.run({ scheduledFor: now.toISOString() }, { db: t.database.db, now, clock: t.clock, jobId: 'sweep', attempt: 1, log });

  // Just queued: the request may still be waiting for it, so the sweep leaves it alone.
  await run(t.clock.now());
  expect(await rowsOf(sql`SELECT order_id FROM order_numbering_queue`)).toHaveLength(2);

  await run(new Date(t.clock.now().getTime() + 11_000));
  const numbered = await rowsOf<{ id: string; number: string }>(sql`SELECT id, number FROM orders WHERE id IN (${first}, ${second})`);
  const numberOf = (id: string) => numbered.find((r) => r.id === id)!.number;
  expect(Number(numberOf(second).slice(-3))).toBe(Number(numberOf(first).slice(-3)) + 1);
  expect(logged).toEqual([{ orders: 2 }]);
  expect(await rowsOf(sql`SELECT order_id FROM order_numbering_queue`)).toEqual([]);

  const all = await rowsOf<{ number: string }>(sql`SELECT number FROM orders ORDER BY number`);
  expect(all.map((r) => r.number)).toEqual(all.map((_, i) => `202407-${String(i + 1).padStart(3, '0')}`));
  expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
});

test('the answer to a retried request carries the number, also when the first answer was stored before numbering', async () => {
  const headers = { ...(await t.as('sales')), 'idempotency-key': 'retry-after-numbering' };
  const body = { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' };
  const first = await placeOrder(t, body, headers);
  const again = await placeOrder(t, body, headers);
  expect(first.statusCode).toBe(201);
  expect(again.statusCode).toBe(201);
  expect(again.data.number).toMatch(/^202407-\d{3}$/);
  expect(again.data.number).toBe(first.data.number);
});
