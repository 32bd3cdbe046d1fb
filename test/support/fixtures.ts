import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { TestApp } from './app.js';

let skuCounter = 0;

export async function createCustomer(t: TestApp, overrides: Record<string, unknown> = {}): Promise<any> {
  const res = await t.call({
    method: 'POST',
    url: '/api/v1/customers',
    headers: await t.as('admin'),
    payload: {
      name: '星河科技有限公司',
      type: 'company',
      tier: 'normal',
      contacts: [{ name: '王经理', phone: '13800000001', primary: true }],
      addresses: [{ line1: '浦东新区世纪大道100号', city: '上海', isDefault: true }],
      ...overrides,
    },
  });
  if (res.statusCode !== 201) throw new Error(`customer: ${res.statusCode} ${res.body}`);
  return res.data;
}

export async function createProduct(t: TestApp, overrides: Record<string, unknown> = {}): Promise<any> {
  skuCounter += 1;
  const res = await t.call({
    method: 'POST',
    url: '/api/v1/products',
    headers: await t.as('admin'),
    payload: { sku: `SKU-${process.pid}-${skuCounter}`, name: `A型设备 ${skuCounter}`, unit: '台', priceMinor: 100_00, kind: 'stock', ...overrides },
  });
  if (res.statusCode !== 201) throw new Error(`product: ${res.statusCode} ${res.body}`);
  return res.data;
}

export async function receiveStock(t: TestApp, productId: string, quantity: number): Promise<void> {
  const res = await t.call({
    method: 'POST',
    url: '/api/v1/stock/movements',
    headers: await t.as('admin'),
    payload: { productId, kind: 'receipt', quantity },
  });
  if (res.statusCode !== 201) throw new Error(`stock: ${res.statusCode} ${res.body}`);
}

export async function placeOrder(t: TestApp, payload: Record<string, unknown>, headers: Record<string, string> = {}): Promise<any> {
  return t.call({ method: 'POST', url: '/api/v1/orders', headers: { ...(await t.as('admin')), ...headers }, payload });
}

/** A date `days` after the test clock's day, in Shanghai. */
export function daysAfter(t: TestApp, days: number): string {
  const shanghai = new Date(t.clock.now().getTime() + 8 * 3_600_000);
  shanghai.setUTCDate(shanghai.getUTCDate() + days);
  return shanghai.toISOString().slice(0, 10);
}

/** An order of the customer received at `at` (the clock is moved there and left there). */
export async function placeOrderAt(t: TestApp, at: string, customerId: string, lines: { productId: string; quantity: number }[]): Promise<any> {
  t.clock.set(at);
  const res = await placeOrder(t, { customerId, channel: 'api', requestedDeliveryDate: daysAfter(t, 30), lines, paymentStatus: 'paid' });
  if (res.statusCode !== 201) throw new Error(`order: ${res.statusCode} ${res.body}`);
  return res.data;
}

/** An after-sales case about the customer (no order), opened by after-sales staff. */
export async function openCustomerCase(t: TestApp, customerId: string): Promise<any> {
  const res = await t.call({ method: 'POST', url: '/api/v1/cases', headers: await t.as('after_sales'), payload: { customerId, type: 'consultation', summary: '咨询安装事宜' } });
  if (res.statusCode !== 201) throw new Error(`case: ${res.statusCode} ${res.body}`);
  return res.data;
}

/**
 * A feedback record on an order, written straight into the table: the way to it through the
 * API (delivery, then the survey a day later) is tested in feedback.test.ts and would only
 * slow down tests that need the scores.
 */
export async function feedbackByHand(t: TestApp, order: { id: string; number: string; customer: { id: string; name: string } }, scores: [number, number, number, number]): Promise<void> {
  const [speed, quality, timeliness, attitude] = scores;
  await t.database.db.execute(sql`INSERT INTO feedback (id, order_id, order_number, customer_id, customer_name, response_speed, product_quality, delivery_timeliness, service_attitude, channel, recorded_by_label, recorded_at)
    VALUES (${randomUUID()}, ${order.id}, ${order.number}, ${order.customer.id}, ${order.customer.name}, ${speed}, ${quality}, ${timeliness}, ${attitude}, 'phone', 'test', ${t.clock.now().toISOString()}::timestamptz)`);
}
