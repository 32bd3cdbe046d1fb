import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, exampleMorning, type TestApp } from '../support/app.js';
import { createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, orderEvents, outboxTopics, placeApprovedOrder } from '../support/fulfilment.js';

/* Issue 13 item 5: payments and refunds against orders, the payment status that follows,
 * open receivables per customer, their ageing, and the credit check measured by what is owed. */

let t: TestApp;
let product: any;

beforeAll(async () => {
  t = await createTestApp();
  product = await createProduct(t, { name: '工业传感器', priceMinor: 100_00 });
  await receiveStock(t, product.id, 10_000);
});
afterAll(async () => t?.close());

const pay = async (orderId: string, amountMinor: number, extra: Record<string, unknown> = {}) =>
  t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/payments`, headers: await t.as('finance'), payload: { amountMinor, currency: 'CNY', method: 'bank_transfer', paidOn: '2024-05-10', reference: 'BOC-001', ...extra } });
const receivables = async (customerId: string) => (await t.call({ method: 'GET', url: `/api/v1/customers/${customerId}/receivables`, headers: await t.as('finance') })).data;
const order = async (id: string) => (await t.call({ method: 'GET', url: `/api/v1/orders/${id}`, headers: await t.as('admin') })).data;

describe('payments', () => {
  test('a partial then a full payment: the status follows and the receivable falls to nothing, completed orders included', async () => {
    const customer = await createTrustedCustomer(t, { name: '华东精密制造' });
    const placed = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 8 }]);
    expect(placed).toMatchObject({ paymentStatus: 'unpaid', paidMinor: 0 });
    expect((await receivables(customer.id)).outstanding).toEqual([{ currency: 'CNY', amountMinor: 800_00 }]);

    const partial = await pay(placed.id, 300_00);
    expect(partial.statusCode).toBe(201);
    expect(partial.data.balance).toMatchObject({ paymentStatus: 'partial', paidMinor: 300_00, dueMinor: 500_00, receivedMinor: 300_00 });
    expect(await order(placed.id)).toMatchObject({ paymentStatus: 'partial', paidMinor: 300_00, version: placed.version + 1 });
    // A completed order still owing is still a receivable.
    await t.database.db.execute(sql`UPDATE orders SET status = 'completed' WHERE id = ${placed.id}::uuid`);
    const owing = await receivables(customer.id);
    expect(owing.items).toMatchObject([{ orderId: placed.id, status: 'completed', paymentStatus: 'partial', outstandingMinor: 500_00 }]);
    expect(owing.outstanding).toEqual([{ currency: 'CNY', amountMinor: 500_00 }]);

    t.clock.advance(60_000);
    const rest = await pay(placed.id, 500_00, { method: 'alipay', reference: 'ALI-2' });
    expect(rest.data.balance).toMatchObject({ paymentStatus: 'paid', paidMinor: 800_00, dueMinor: 0 });
    expect(await receivables(customer.id)).toMatchObject({ items: [], outstanding: [] });

    const listed = await t.call({ method: 'GET', url: `/api/v1/orders/${placed.id}/payments`, headers: await t.as('sales') });
    expect(listed.data.items.map((p: any) => [p.kind, p.amountMinor, p.method])).toEqual([['payment', 300_00, 'bank_transfer'], ['payment', 500_00, 'alipay']]);
    expect(await orderEvents(t, placed.id)).toEqual(expect.arrayContaining(['order.payment_recorded', 'order.payment_status_changed']));
    expect((await outboxTopics(t, placed.id)).filter((m) => m.topic === 'order.payment_recorded').map((m) => m.payload.paymentStatus).sort()).toEqual(['paid', 'partial']);
  });

  test('a payment above what is due is refused with payment_exceeds_due, and nothing is written', async () => {
    const customer = await createTrustedCustomer(t, { name: '苏州远航机电' });
    const placed = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 2 }]);
    await pay(placed.id, 150_00);
    const over = await pay(placed.id, 50_01);
    expect(over.statusCode).toBe(422);
    expect(over.data).toMatchObject({ code: 'payment_exceeds_due', limitMinor: 50_00 });
    expect((await order(placed.id)).paidMinor).toBe(150_00);
    const currency = await pay(placed.id, 10_00, { currency: 'USD' });
    expect(currency.data.code).toBe('payment_currency_mismatch');
    const sales = await t.call({ method: 'POST', url: `/api/v1/orders/${placed.id}/payments`, headers: await t.as('sales'), payload: { amountMinor: 1, currency: 'CNY', method: 'cash', paidOn: '2024-05-10' } });
    expect(sales.statusCode).toBe(403);
  });

  test('refunds: at most what was received; refunding everything leaves the order refunded and owing again', async () => {
    const customer = await createTrustedCustomer(t, { name: '杭州云帆贸易' });
    const placed = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 3 }]);
    await pay(placed.id, 300_00);
    const tooMuch = await pay(placed.id, 300_01, { kind: 'refund' });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.data).toMatchObject({ code: 'refund_exceeds_received', limitMinor: 300_00 });
    const some = await pay(placed.id, 100_00, { kind: 'refund', method: 'wechat_pay' });
    expect(some.data.balance).toMatchObject({ paymentStatus: 'partial', paidMinor: 200_00, refundedMinor: 100_00 });
    const all = await pay(placed.id, 200_00, { kind: 'refund' });
    expect(all.data.balance).toMatchObject({ paymentStatus: 'refunded', paidMinor: 0, dueMinor: 300_00 });
    expect((await receivables(customer.id)).outstanding).toEqual([{ currency: 'CNY', amountMinor: 300_00 }]);
  });

  test('payments racing each other cannot together exceed the amount due', async () => {
    const customer = await createTrustedCustomer(t, { name: '宁波海纳电子' });
    const placed = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 10 }]);
    const results = await Promise.all([pay(placed.id, 600_00), pay(placed.id, 600_00), pay(placed.id, 600_00)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 422, 422]);
    expect(await order(placed.id)).toMatchObject({ paidMinor: 600_00, paymentStatus: 'partial' });
    const listed = await t.call({ method: 'GET', url: `/api/v1/orders/${placed.id}/payments`, headers: await t.as('finance') });
    expect(listed.data.items).toHaveLength(1);
  });
});

describe('credit exposure at intake', () => {
  test('counts what orders still owe, not their totals: a part-paid order leaves room for the next one', async () => {
    const customer = await createTrustedCustomer(t, { name: '无锡恒通机械', creditLimitMinor: 1_000_00 });
    const first = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 8 }]);
    await pay(first.id, 500_00);
    // Owed: 300 on the first order + 600 on this one = 900, within 1,000 (the totals would be 1,400).
    const second = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: product.id, quantity: 6 }], paymentStatus: 'unpaid' });
    expect(second.data.status).toBe('approved');
    // 300 + 600 + 200 = 1,100: above the limit, so the review waits for finance.
    const third = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: product.id, quantity: 2 }], paymentStatus: 'unpaid' });
    expect(third.data.status).toBe('under_review');
    const review = await t.call({ method: 'GET', url: `/api/v1/orders/${third.data.id}/review`, headers: await t.as('finance') });
    const credit = review.data.rounds[0].steps.find((s: any) => s.key === 'credit');
    expect(credit).toMatchObject({ checkPassed: false, evidence: { openReceivablesMinor: 900_00, exposureMinor: 1_100_00 } });
  });
});

describe('ageing', () => {
  test('open receivables move through the buckets as days pass the due date of the payment terms', async () => {
    t.clock.set(exampleMorning);
    const customer = await createTrustedCustomer(t, { name: '青岛北辰物流', paymentTerms: { kind: 'net', netDays: 30 } });
    const placed = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 4 }]);
    await pay(placed.id, 100_00);
    const [item] = (await receivables(customer.id)).items;
    const delivery = placed.promisedDeliveryDate ?? item.orderDate;
    expect(item.dueDate).toBe(new Date(Date.parse(`${delivery}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10));

    const bucketAt = async (daysAfterDue: number) => {
      t.clock.set(new Date(Date.parse(`${item.dueDate}T04:00:00Z`) + daysAfterDue * 86_400_000));
      const ageing = (await t.call({ method: 'GET', url: '/api/v1/receivables/ageing', headers: await t.as('finance') })).data;
      const row = ageing.rows.find((r: any) => r.customerId === customer.id);
      expect(row.totalMinor).toBe(300_00);
      return Object.entries(row.buckets).find(([, amount]) => amount !== 0)![0];
    };
    expect(await bucketAt(0)).toBe('current');
    expect(await bucketAt(1)).toBe('days_1_30');
    expect(await bucketAt(30)).toBe('days_1_30');
    expect(await bucketAt(31)).toBe('days_31_60');
    expect(await bucketAt(61)).toBe('days_61_90');
    expect(await bucketAt(91)).toBe('days_over_90');
    const late = await receivables(customer.id);
    expect(late).toMatchObject({ items: [{ daysOverdue: 91, bucket: 'days_over_90' }], overdue: [{ currency: 'CNY', amountMinor: 300_00 }] });
    const sales = await t.call({ method: 'GET', url: '/api/v1/receivables/ageing', headers: await t.as('warehouse') });
    expect(sales.statusCode).toBe(403);
  });
});
