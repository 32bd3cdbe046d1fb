import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

let t: TestApp;
let vip: any;
let regular: any;
let device: any;
let consumable: any;

beforeAll(async () => {
  t = await createTestApp(); // Friday 2024-05-10, 09:00 in Shanghai
  vip = await createCustomer(t, { name: '华东精密制造', tier: 'vip', creditLimitMinor: 100_000_00, paymentTerms: { kind: 'net', netDays: 60 } });
  regular = await createCustomer(t, { name: '苏州瑞达自动化', tier: 'normal', creditLimitMinor: 500_000_00, paymentTerms: { kind: 'net', netDays: 30 } });
  device = await createProduct(t, { priceMinor: 30_000_00 });
  consumable = await createProduct(t, { priceMinor: 80_00 });
  await receiveStock(t, device.id, 50);
  await receiveStock(t, consumable.id, 1_000);
});
afterAll(async () => t?.close());

async function responseClock(orderId: string) {
  const res = await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/sla`, headers: await t.as('specialist') });
  expect(res.statusCode).toBe(200);
  return res.data.clocks.find((c: any) => c.kind === 'response');
}

async function waitingStep(orderId: string) {
  const { data } = await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/review`, headers: await t.as('admin') });
  return data.rounds.at(-1).steps.find((s: any) => s.status === 'waiting');
}

async function decideWaiting(orderId: string, body: Record<string, unknown>) {
  const waiting = await waitingStep(orderId);
  return t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/review/${waiting.id}`, headers: await t.as(waiting.role), payload: body });
}

/** A high-priority VIP order over its credit limit: it waits for finance, then the manager. */
async function vipOrderOverCredit() {
  const res = await placeOrder(t, { customerId: vip.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 3), lines: [{ productId: device.id, quantity: 4 }], paymentStatus: 'unpaid' });
  expect(res.data).toMatchObject({ status: 'under_review', priority: { level: 'high' } });
  return res.data;
}

describe('the response deadline ends with the approval', () => {
  test('an order approved at intake has met its response deadline at once', async () => {
    const res = await placeOrder(t, { customerId: regular.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: consumable.id, quantity: 10 }], paymentStatus: 'unpaid' });
    expect(res.data.status).toBe('approved');
    expect(await responseClock(res.data.id)).toMatchObject({ status: 'met', satisfiedAt: t.clock.now().toISOString() });
  });

  test('approved within the hour: met', async () => {
    const order = await vipOrderOverCredit();
    t.clock.advance(10 * 60_000);
    expect((await decideWaiting(order.id, { decision: 'approve', comment: '临时提额' })).statusCode).toBe(200);
    expect((await responseClock(order.id)).status).toBe('open');
    t.clock.advance(10 * 60_000);
    const approved = await decideWaiting(order.id, { decision: 'approve' });
    expect(approved.data.status).toBe('approved');
    expect(await responseClock(order.id)).toMatchObject({ status: 'met', satisfiedAt: t.clock.now().toISOString() });
  });

  test('approved after the deadline: refused without a reason (nothing changes), then closed as missed with it', async () => {
    const order = await vipOrderOverCredit();
    await decideWaiting(order.id, { decision: 'approve', comment: '临时提额' });
    t.clock.advance(70 * 60_000);
    const final = await waitingStep(order.id);

    const refused = await decideWaiting(order.id, { decision: 'approve' });
    expect(refused.statusCode).toBe(409);
    expect(refused.data).toMatchObject({ code: 'late_reason_required', errors: [{ path: '/lateReason' }] });
    expect(await waitingStep(order.id)).toMatchObject({ id: final.id, status: 'waiting' });
    const unchanged = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: await t.as('admin') });
    expect(unchanged.data.status).toBe('under_review');

    const approved = await decideWaiting(order.id, { decision: 'approve', lateReason: '等待总经理出差回来签批' });
    expect(approved.data.status).toBe('approved');
    expect(await responseClock(order.id)).toMatchObject({ status: 'missed', lateReason: { reason: '等待总经理出差回来签批', by: 'manager' } });
  });
});
