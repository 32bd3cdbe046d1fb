import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

test('an order goes in', async () => {
  const customer = await createCustomer(t, { tier: 'vip' });
  const product = await createProduct(t, { priceMinor: 30_000_00 });
  await receiveStock(t, product.id, 10);
  const res = await placeOrder(t, {
    customerId: customer.id,
    channel: 'online_store',
    requestedDeliveryDate: daysAfter(t, 3),
    lines: [{ productId: product.id, quantity: 5 }],
    paymentStatus: 'paid',
  });
  console.log(res.statusCode, JSON.stringify(res.data, null, 1));
  expect(res.statusCode).toBe(201);
});
