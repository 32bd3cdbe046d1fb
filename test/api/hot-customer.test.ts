import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chainFor } from '../../src/platform/audit/record.js';
import { verifyAuditChain } from '../../src/platform/audit/verify.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

// One busy customer (a marketplace account, a distributor's EDI feed): its orders are spread
// over the stripes of its audit chain, so on PostgreSQL they commit in parallel. Each must
// still be reserved, numbered without a gap and audited in one chain that verifies.
let t: TestApp;
let customer: any;
let product: any;

beforeAll(async () => {
  t = await createTestApp({ now: '2024-07-01T02:00:00Z' });
  customer = await createCustomer(t, { tier: 'vip' });
  product = await createProduct(t);
  await receiveStock(t, product.id, 1_000);
});
afterAll(async () => t?.close());

test("20 concurrent orders of one customer are each reserved, numbered gap-free and audited, and every chain verifies", async () => {
  const headers = await t.as('sales');
  const body = { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: product.id, quantity: 2 }], paymentStatus: 'paid' };
  const results = await Promise.all(Array.from({ length: 20 }, () => placeOrder(t, body, headers)));
  expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
  expect(results.every((r) => r.data.lines[0].reservedQuantity === 2)).toBe(true);
  expect(results.map((r) => r.data.number).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `202407-${String(i + 1).padStart(3, '0')}`));
  const stock = await t.call({ method: 'GET', url: `/api/v1/products/${product.id}/stock`, headers: await t.as('admin') });
  expect(stock.data).toMatchObject({ onHand: 1_000, reserved: 40, available: 960 });

  const events = (await t.database.db.execute(
    sql`SELECT entity_id, chain, action FROM audit_events WHERE entity_type = 'order' AND customer_id = ${customer.id}`,
  )) as unknown as { rows: { entity_id: string; chain: string; action: string }[] };
  for (const order of results.map((r) => r.data)) {
    const own = events.rows.filter((e) => e.entity_id === order.id);
    expect(own.map((e) => e.action)).toEqual(expect.arrayContaining(['order.received', 'order.numbered']));
    // All of one order's events lie in one chain: its dossier verifies one stretch.
    expect(new Set(own.map((e) => e.chain))).toEqual(new Set([chainFor(customer.id, order.id)]));
  }
  expect(new Set(events.rows.map((e) => e.chain)).size).toBeGreaterThan(1);

  const verified = await verifyAuditChain(t.database.db);
  expect(verified.ok).toBe(true);
  const dossier = await t.call({ method: 'GET', url: `/api/v1/orders/${results[7].data.id}/dossier?format=json`, headers: await t.as('admin') });
  expect(dossier.statusCode).toBe(200);
  expect(dossier.data.verification).toMatchObject({ ok: true, segments: [{ ok: true, chain: chainFor(customer.id, results[7].data.id) }] });
});
