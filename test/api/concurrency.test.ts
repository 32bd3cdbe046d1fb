import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { verifyAuditChain } from '../../src/platform/audit/verify.js';
import { sqlArray } from '../../src/platform/db/sql.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

// On PostgreSQL these requests really run in parallel (a pool of 24 connections);
// on PGlite the single embedded connection serialises them.
let t: TestApp;
let customer: any;
let plenty: any;

beforeAll(async () => {
  t = await createTestApp({ now: '2024-07-01T02:00:00Z' });
  customer = await createCustomer(t, { tier: 'normal' });
  plenty = await createProduct(t);
  await receiveStock(t, plenty.id, 1_000_000);
});
afterAll(async () => t?.close());

const orderFor = (productId: string, extra: Record<string, unknown> = {}) => ({
  customerId: customer.id,
  channel: 'api',
  requestedDeliveryDate: daysAfter(t, 10),
  lines: [{ productId, quantity: 1 }],
  paymentStatus: 'unpaid',
  ...extra,
});

test('50 concurrent creates get 50 unique numbers, 001 to 050, without a gap', async () => {
  const headers = await t.as('sales');
  const results = await Promise.all(Array.from({ length: 50 }, () => placeOrder(t, orderFor(plenty.id), headers)));
  expect(results.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
  const numbers = results.map((r) => r.data.number).sort();
  expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `202407-${String(i + 1).padStart(3, '0')}`));
});

test('10 in stock, 50 concurrent single-unit unpaid orders: exactly 10 reserve, available ends at 0', async () => {
  const scarce = await createProduct(t);
  await receiveStock(t, scarce.id, 10);
  const results = await Promise.all(Array.from({ length: 50 }, () => placeOrder(t, orderFor(scarce.id))));
  expect(results.every((r) => r.statusCode === 201)).toBe(true);
  const reserved = results.filter((r) => r.data.lines[0].reservedQuantity === 1);
  const backordered = results.filter((r) => r.data.lines[0].backorderedQuantity === 1);
  expect(reserved).toHaveLength(10);
  expect(backordered).toHaveLength(40);
  expect(reserved.every((r) => r.data.status === 'under_review')).toBe(true);
  expect(backordered.every((r) => r.data.status === 'exception' && r.data.exceptions[0].code === 'stock_shortage_unpaid')).toBe(true);
  const stock = await t.call({ method: 'GET', url: `/api/v1/products/${scarce.id}/stock`, headers: await t.as('admin') });
  expect(stock.data).toMatchObject({ onHand: 10, reserved: 10, available: 0 });
  const ledger = await t.call({ method: 'GET', url: `/api/v1/products/${scarce.id}/stock/movements?limit=200`, headers: await t.as('admin') });
  expect(ledger.data.items.filter((m: any) => m.kind === 'reservation')).toHaveLength(10);
});

test('orders competing for two products in opposite line order neither deadlock nor oversell', async () => {
  const a = await createProduct(t);
  const b = await createProduct(t);
  await receiveStock(t, a.id, 15);
  await receiveStock(t, b.id, 15);
  const body = (first: string, second: string) => ({
    ...orderFor(first),
    lines: [
      { productId: first, quantity: 1 },
      { productId: second, quantity: 1 },
    ],
  });
  const results = await Promise.all(Array.from({ length: 40 }, (_, i) => placeOrder(t, i % 2 ? body(a.id, b.id) : body(b.id, a.id))));
  expect(results.every((r) => r.statusCode === 201)).toBe(true);
  const admin = await t.as('admin');
  for (const product of [a, b]) {
    const stock = await t.call({ method: 'GET', url: `/api/v1/products/${product.id}/stock`, headers: admin });
    expect(stock.data).toMatchObject({ onHand: 15, reserved: 15, available: 0 });
  }
});

test('one Idempotency-Key sent 8 times at once: one order, 8 identical answers', async () => {
  const headers = { 'idempotency-key': 'retry-7f3a' };
  const body = orderFor(plenty.id, { externalRef: undefined });
  const results = await Promise.all(Array.from({ length: 8 }, () => placeOrder(t, body, headers)));
  expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
  expect(new Set(results.map((r) => r.body)).size).toBe(1);

  const later = await placeOrder(t, body, headers);
  expect(later.statusCode).toBe(201);
  expect(later.body).toBe(results[0]!.body);

  const changed = await placeOrder(t, { ...body, paymentStatus: 'paid' }, headers);
  expect(changed.statusCode).toBe(422);
  expect(changed.data.code).toBe('idempotency_key_reused');

  const otherUser = await placeOrder(t, body, { ...(await t.as('sales', 'another')), ...headers });
  expect(otherUser.statusCode).toBe(201);
  expect(otherUser.data.id).not.toBe(results[0]!.data.id);
});

test('an Idempotency-Key is remembered for 24 hours', async () => {
  const headers = { 'idempotency-key': 'daily-import-1' };
  const body = orderFor(plenty.id);
  const first = await placeOrder(t, body, headers);
  t.clock.advance(23 * 3_600_000);
  expect((await placeOrder(t, body, headers)).data.id).toBe(first.data.id);
  t.clock.advance(2 * 3_600_000);
  const afterExpiry = await placeOrder(t, body, headers);
  expect(afterExpiry.statusCode).toBe(201);
  expect(afterExpiry.data.id).not.toBe(first.data.id);
});

test('the same channel + externalRef 10 times at once: one order; the others get it with 200; another customer\'s same reference is theirs alone', async () => {
  const body = orderFor(plenty.id, { channel: 'marketplace', externalRef: 'JD-88412345' });
  const results = await Promise.all(Array.from({ length: 10 }, () => placeOrder(t, body)));
  expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
  expect(results.filter((r) => r.statusCode === 200)).toHaveLength(9);
  expect(new Set(results.map((r) => r.data.id)).size).toBe(1);

  const sameRefOtherChannel = await placeOrder(t, { ...body, channel: 'online_store' });
  expect(sameRefOtherChannel.statusCode).toBe(201);

  // The reference is the customer's own: another customer's same reference is another order.
  const someoneElse = await createCustomer(t, { name: '另一家公司' });
  const theirs = await Promise.all(Array.from({ length: 5 }, () => placeOrder(t, { ...body, customerId: someoneElse.id })));
  expect(theirs.filter((r) => r.statusCode === 201)).toHaveLength(1);
  expect(new Set(theirs.map((r) => r.data.id)).size).toBe(1);
  expect(theirs[0]!.data.customer.id).toBe(someoneElse.id);

  const list = await t.call({ method: 'GET', url: '/api/v1/orders?q=JD-88412345', headers: await t.as('admin') });
  expect(list.data.items).toHaveLength(3);
});

test('12 concurrent unpaid orders of one customer never pass the credit check beyond the credit limit', async () => {
  // 30,000 CNY each against a 100,000 limit: three fit; the rest wait for finance.
  const buyer = await createCustomer(t, { tier: 'vip', creditLimitMinor: 100_000_00, paymentTerms: { kind: 'net', netDays: 30 } });
  const machine = await createProduct(t, { priceMinor: 30_000_00 });
  await receiveStock(t, machine.id, 100);
  const results = await Promise.all(Array.from({ length: 12 }, () => placeOrder(t, orderFor(machine.id, { customerId: buyer.id }))));
  expect(results.every((r) => r.statusCode === 201)).toBe(true);
  const creditSteps = await Promise.all(
    results.map(async (r) => {
      const review = await t.call({ method: 'GET', url: `/api/v1/orders/${r.data.id}/review`, headers: await t.as('admin') });
      return review.data.rounds[0].steps.find((s: any) => s.key === 'credit');
    }),
  );
  const passed = creditSteps.filter((s) => s.checkPassed);
  expect(passed).toHaveLength(3);
  expect(Math.max(...passed.map((s) => s.evidence.exposureMinor))).toBeLessThanOrEqual(100_000_00);
  expect(creditSteps.filter((s) => s.status === 'waiting' && s.role === 'finance')).toHaveLength(9);
});

test("a busy customer's 24 concurrent paid orders are each reserved, numbered without a gap and audited, and the audit chain verifies", async () => {
  // Paid orders extend no credit, so they do not hold the customer for the credit check:
  // what still keeps them apart is the stock, the month counter and the audit chain.
  const busy = await createCustomer(t, { name: '繁忙经销商' });
  const scarce = await createProduct(t);
  await receiveStock(t, scarce.id, 20);
  const results = await Promise.all(
    Array.from({ length: 24 }, () =>
      placeOrder(t, orderFor(scarce.id, { customerId: busy.id, paymentStatus: 'paid', lines: [{ productId: scarce.id, quantity: 1 }, { productId: plenty.id, quantity: 2 }] })),
    ),
  );
  expect(results.map((r) => r.statusCode)).toEqual(Array(24).fill(201));
  const serials = results.map((r) => Number(r.data.number.split('-')[1])).sort((a, b) => a - b);
  expect(serials).toEqual(Array.from({ length: 24 }, (_, i) => serials[0]! + i));
  const scarceLines = results.map((r) => r.data.lines.find((l: any) => l.productId === scarce.id));
  expect(scarceLines.filter((l) => l.reservedQuantity === 1)).toHaveLength(20);
  expect(scarceLines.filter((l) => l.backorderedQuantity === 1)).toHaveLength(4);
  const stock = await t.call({ method: 'GET', url: `/api/v1/products/${scarce.id}/stock`, headers: await t.as('admin') });
  expect(stock.data).toMatchObject({ onHand: 20, reserved: 20, available: 0 });
  const ids = results.map((r) => r.data.id);
  const audited = (await t.database.db.execute(
    sql`SELECT action, count(*)::int AS n FROM audit_events WHERE entity_type = 'order' AND entity_id = ANY(${sqlArray(ids, 'text')}) AND action IN ('order.received', 'order.numbered') GROUP BY action ORDER BY action`,
  )) as unknown as { rows: { action: string; n: number }[] };
  expect(audited.rows).toEqual([
    { action: 'order.numbered', n: 24 },
    { action: 'order.received', n: 24 },
  ]);
  expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
});
