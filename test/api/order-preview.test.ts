import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, receiveStock } from '../support/fixtures.js';

let t: TestApp;
let vip: any;
let device: any;

beforeAll(async () => {
  t = await createTestApp();
  vip = await createCustomer(t, { name: '*预览科技', tier: 'vip' });
  device = await createProduct(t, { name: 'A型设备-预览', priceMinor: 30_000_00 });
  await receiveStock(t, device.id, 3);
});
afterAll(async () => t?.close());

async function preview(payload: Record<string, unknown>, role: 'sales' | 'warehouse' = 'sales') {
  return t.call({ method: 'POST', url: '/api/v1/orders/preview', headers: await t.as(role), payload });
}

test('a phone order previews its prices, priority with factors, deadlines and findings, and writes nothing', async () => {
  const before = await t.call({ method: 'GET', url: '/api/v1/orders', headers: await t.as('sales') });
  const res = await preview({
    customerId: vip.id,
    channel: 'phone',
    requestedDeliveryDate: daysAfter(t, 3),
    lines: [{ productId: device.id, quantity: 5 }],
    paymentStatus: 'unpaid',
  });
  expect(res.statusCode).toBe(200);
  expect(res.data).toMatchObject({
    totals: { currency: 'CNY', totalMinor: 150_000_00 },
    priority: { level: 'high', score: 9 },
    responseDueAt: '2024-05-10T02:00:00.000Z',
    entryCheckRequired: true,
    lines: [{ sku: device.sku, quantity: 5, available: 3, coveredQuantity: 3, totalMinor: 150_000_00 }],
    exceptions: [{ code: 'stock_shortage_unpaid', path: '/lines/0/quantity' }],
  });
  expect(res.data.priority.factors.map((f: any) => f.dimension)).toEqual(['customer_tier', 'order_amount', 'delivery_urgency']);

  const after = await t.call({ method: 'GET', url: '/api/v1/orders', headers: await t.as('sales') });
  expect(after.data.items).toEqual(before.data.items);
  const stock = await t.call({ method: 'GET', url: `/api/v1/products/${device.id}/stock`, headers: await t.as('sales') });
  expect(stock.data).toMatchObject({ onHand: 3, reserved: 0, available: 3 });
});

test('missing fields come back as the intake findings a clerk fixes while typing', async () => {
  const res = await preview({ customerId: vip.id, channel: 'phone', lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'paid' });
  expect(res.statusCode).toBe(200);
  expect(res.data.exceptions.map((e: any) => e.code)).toEqual(['missing_delivery_date']);
});

test('bad input is refused with the same problem codes and field paths as intake', async () => {
  const unknown = await preview({ customerId: vip.id, channel: 'phone', lines: [{ productId: crypto.randomUUID(), quantity: 1 }], paymentStatus: 'paid' });
  expect(unknown.statusCode).toBe(422);
  expect(unknown.data).toMatchObject({ code: 'unknown_reference', errors: [{ path: '/lines/0/productId' }] });

  const invalid = await preview({ customerId: vip.id, channel: 'phone', lines: [{ productId: device.id, quantity: 0 }], paymentStatus: 'paid' });
  expect(invalid.statusCode).toBe(400);
  expect(invalid.data).toMatchObject({ code: 'validation_failed', errors: [{ path: '/lines/0/quantity', code: 'minimum' }] });
});

test('only roles that may take orders may preview them', async () => {
  const res = await preview({ customerId: vip.id, channel: 'phone', lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'paid' }, 'warehouse');
  expect(res.statusCode).toBe(403);
});
