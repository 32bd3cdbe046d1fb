import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newId } from '../../src/platform/db/ids.js';
import { queryRows } from '../../src/platform/db/sql.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

const version7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

test('ids made by the application are version-7 UUIDs that sort in the order they were made', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    ids.push(newId());
    await pause(2);
  }
  for (const id of ids) expect(id).toMatch(version7);
  expect([...ids].sort()).toEqual(ids);
  expect(new Set(Array.from({ length: 1000 }, newId)).size).toBe(1000);
});

test("an order's rows, and the rows the database gives an id, get time-ordered ids, newer after older", async () => {
  const customer = await createCustomer(t);
  const product = await createProduct(t);
  await receiveStock(t, product.id, 10);
  const first = (await placeOrder(t, { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' })).data;
  await pause(2);
  const second = (await placeOrder(t, { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' })).data;
  expect(first.id).toMatch(version7);
  expect(second.id > first.id).toBe(true);

  const made = await queryRows<{ kind: string; id: string }>(
    t.database.db,
    sql`SELECT 'line' AS kind, id::text FROM order_lines WHERE order_id IN (${first.id}::uuid, ${second.id}::uuid)
        UNION ALL SELECT 'outbox', id::text FROM outbox
        UNION ALL SELECT 'job', id::text FROM jobs
        UNION ALL SELECT 'sql', time_ordered_uuid()::text`,
  );
  for (const kind of ['line', 'outbox', 'job', 'sql']) {
    const ofKind = made.filter((row) => row.kind === kind);
    expect(ofKind.length, kind).toBeGreaterThan(0);
    for (const row of ofKind) expect(row.id, kind).toMatch(version7);
  }
  // Made by the database now: after every id the application made before.
  const latest = made.find((row) => row.kind === 'sql')!.id;
  expect(latest > second.id).toBe(true);
});
