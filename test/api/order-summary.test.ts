import { afterAll, beforeAll, expect, test } from 'vitest';
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
