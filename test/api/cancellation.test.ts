import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

let t: TestApp;
let vip: any;
let device: any;

beforeAll(async () => {
  t = await createTestApp(); // Friday 2024-05-10, 09:00 in Shanghai
  vip = await createCustomer(t, { name: '华东精密制造', tier: 'vip', creditLimitMinor: 100_000_00, paymentTerms: { kind: 'net', netDays: 60 } });
  device = await createProduct(t, { priceMinor: 30_000_00 });
  await receiveStock(t, device.id, 10);
});
afterAll(async () => t?.close());

async function stock() {
  return (await t.call({ method: 'GET', url: `/api/v1/products/${device.id}/stock`, headers: await t.as('admin') })).data;
}

async function cancel(orderId: string, body: Record<string, unknown>, role: Parameters<TestApp['as']>[0] = 'specialist', headers: Record<string, string> = {}) {
  return t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/cancel`, headers: { ...(await t.as(role)), ...headers }, payload: body });
}

describe('cancelling an order', () => {
  test('gives back its stock, stops its deadlines, takes it out of the inbox, and tells the customer', async () => {
    const placed = await placeOrder(t, { customerId: vip.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 3), lines: [{ productId: device.id, quantity: 4 }], paymentStatus: 'unpaid' });
    expect(placed.data.status).toBe('under_review'); // over the credit limit: waits for finance
    expect(await stock()).toMatchObject({ onHand: 10, reserved: 4 });
    const inbox = async () => (await t.call({ method: 'GET', url: '/api/v1/review/inbox', headers: await t.as('finance') })).data.items.map((i: any) => i.orderId);
    expect(await inbox()).toContain(placed.data.id);

    const res = await cancel(placed.data.id, { reason: '客户预算取消，电话确认' }, 'specialist', { 'if-match': `"${placed.data.version}"` });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ status: 'cancelled', lines: [{ reservedQuantity: 0 }] });
    expect(await stock()).toMatchObject({ onHand: 10, reserved: 0, available: 10 });
    expect(await inbox()).not.toContain(placed.data.id);
    const clocks = await t.call({ method: 'GET', url: `/api/v1/orders/${placed.data.id}/sla`, headers: await t.as('specialist') });
    expect(clocks.data.clocks.map((c: any) => c.status)).toEqual(['stopped', 'stopped']);

    const history = await t.call({ method: 'GET', url: `/api/v1/orders/${placed.data.id}/events`, headers: await t.as('admin') });
    expect(history.data.items.at(-1)).toMatchObject({
      action: 'order.cancelled',
      after: { status: 'cancelled', reason: '客户预算取消，电话确认', released: [{ sku: device.sku, quantity: 4 }], withdrawnSteps: ['credit', 'final'] },
    });

    // No warning or escalation follows a cancelled order.
    t.clock.advance(3 * 3_600_000);
    await t.drain();
    const managers = await t.call({ method: 'GET', url: '/api/v1/notifications?limit=200', headers: await t.as('manager') });
    expect(managers.data.items.filter((n: any) => n.topic === 'sla.escalated' && n.data.orderId === placed.data.id)).toEqual([]);
    const specialists = await t.call({ method: 'GET', url: '/api/v1/notifications?limit=200', headers: await t.as('specialist') });
    expect(specialists.data.items.find((n: any) => n.topic === 'order.cancelled' && n.data.orderId === placed.data.id)).toMatchObject({ title: `订单已取消：${placed.data.number}` });
    expect((await t.call({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.as('admin') })).data.ok).toBe(true);
  });

  test('closes the specialist’s exception task', async () => {
    const placed = await placeOrder(t, { customerId: vip.id, channel: 'api', lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'paid' });
    expect(placed.data.status).toBe('exception'); // no delivery date
    const openTasks = async () => (await t.call({ method: 'GET', url: `/api/v1/tasks?orderId=${placed.data.id}`, headers: await t.as('specialist') })).data.items;
    expect(await openTasks()).toHaveLength(1);
    expect((await cancel(placed.data.id, { reason: '客户重复下单' })).data.status).toBe('cancelled');
    expect(await openTasks()).toHaveLength(0);
  });

  test('stops the plan of an order in progress: its stages take no more progress', async () => {
    const placed = await placeOrder(t, { customerId: vip.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'paid' });
    expect(placed.data.status).toBe('under_review'); // 30,000 CNY: above the auto-approval amount
    const review = await t.call({ method: 'GET', url: `/api/v1/orders/${placed.data.id}/review`, headers: await t.as('admin') });
    const final = review.data.rounds[0].steps.find((s: any) => s.status === 'waiting');
    expect((await t.call({ method: 'POST', url: `/api/v1/orders/${placed.data.id}/review/${final.id}`, headers: await t.as(final.role), payload: { decision: 'approve' } })).data.status).toBe('approved');
    await t.drain(); // the plan is made by the worker
    const plan = (await t.call({ method: 'GET', url: `/api/v1/orders/${placed.data.id}/plan`, headers: await t.as('admin') })).data;
    const first = plan.stages[0];
    const started = await t.call({ method: 'POST', url: `/api/v1/orders/${placed.data.id}/plan/stages/${first.id}/progress`, headers: await t.as('manager'), payload: { status: 'in_progress' } });
    expect(started.statusCode).toBe(200);

    expect((await cancel(placed.data.id, { reason: '客户项目终止' })).data.status).toBe('cancelled');
    const after = (await t.call({ method: 'GET', url: `/api/v1/orders/${placed.data.id}/plan`, headers: await t.as('admin') })).data;
    expect(after.stages).toHaveLength(plan.stages.length);
    expect(after.stages.every((s: any) => s.status === 'cancelled')).toBe(true);
    const refused = await t.call({ method: 'POST', url: `/api/v1/orders/${placed.data.id}/plan/stages/${first.id}/progress`, headers: await t.as('manager'), payload: { status: 'done' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.data.code).toBe('plan_cancelled');
  });

  test('refuses what cannot be, changing nothing', async () => {
    const placed = await placeOrder(t, { customerId: vip.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: device.id, quantity: 2 }], paymentStatus: 'paid' });
    const blank = await cancel(placed.data.id, { reason: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.data.errors[0].path).toBe('/reason');
    expect((await cancel(placed.data.id, { reason: '客户取消' }, 'sales')).statusCode).toBe(403);
    const stale = await cancel(placed.data.id, { reason: '客户取消' }, 'specialist', { 'if-match': '"99"' });
    expect(stale.statusCode).toBe(412);
    expect((await stock()).reserved).toBe(2);

    expect((await cancel(placed.data.id, { reason: '客户取消' })).statusCode).toBe(200);
    const twice = await cancel(placed.data.id, { reason: '客户取消' });
    expect(twice.statusCode).toBe(409);
    expect(twice.data.code).toBe('invalid_transition');
    expect((await stock()).reserved).toBe(0);
  });
});
