import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, outboxTopics, placeApprovedOrder, startExecution } from '../support/fulfilment.js';

let t: TestApp;
let customer: any;

beforeAll(async () => {
  t = await createTestApp(); // Friday 2024-05-10, 09:00 in Shanghai
  customer = await createTrustedCustomer(t, { name: '华东精密制造' });
});
afterAll(async () => t?.close());

async function stock(productId: string) {
  return (await t.call({ method: 'GET', url: `/api/v1/products/${productId}/stock`, headers: await t.as('admin') })).data;
}

async function getOrder(id: string) {
  return (await t.call({ method: 'GET', url: `/api/v1/orders/${id}`, headers: await t.as('admin') })).data;
}

async function change(order: { id: string; version: number }, body: Record<string, unknown>, headers: Record<string, string> = { 'if-match': `"${order.version}"` }, role: Parameters<TestApp['as']>[0] = 'specialist') {
  return t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/changes`, headers: { ...(await t.as(role)), ...headers }, payload: body });
}

async function revisions(orderId: string) {
  return (await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/revisions`, headers: await t.as('sales') })).data.items;
}

async function reviewRounds(orderId: string) {
  return (await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/review`, headers: await t.as('admin') })).data.rounds;
}

/** A stock product (3,000 CNY) with `onHand` on the shelf. */
async function stockedProduct(onHand: number, overrides: Record<string, unknown> = {}) {
  const product = await createProduct(t, { priceMinor: 3_000_00, ...overrides });
  await receiveStock(t, product.id, onHand);
  return product;
}

describe('changing the quantity of an order after intake', () => {
  test('up: more stock is reserved (the rest backordered), the priority and promise date are worked out again, the review restarts, the customer is told', async () => {
    const device = await stockedProduct(10);
    const order = await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 2 }], { paymentStatus: 'paid' });
    expect(order).toMatchObject({ status: 'approved', priority: { level: 'low' } });
    expect(await stock(device.id)).toMatchObject({ onHand: 10, reserved: 2 });

    const res = await change(order, { reason: '客户电话追加数量', lines: [{ lineId: order.lines[0].id, quantity: 12 }] });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe(`"${res.data.version}"`);
    // 36,000 CNY is above the automatic approval amount: a new round waits for people.
    expect(res.data).toMatchObject({
      status: 'under_review',
      totals: { totalMinor: 36_000_00 },
      priority: { level: 'medium' },
      lines: [{ quantity: 12, reservedQuantity: 10, backorderedQuantity: 2, totalMinor: 36_000_00 }],
      warnings: [{ code: 'backordered' }],
    });
    expect(res.data.promisedDeliveryDate > order.promisedDeliveryDate).toBe(true); // the 2 short units wait for purchasing
    expect(new Date(res.data.responseDueAt) < new Date(order.responseDueAt)).toBe(true); // medium is answered sooner than low
    expect(await stock(device.id)).toMatchObject({ onHand: 10, reserved: 10, available: 0 });

    const rounds = await reviewRounds(order.id);
    expect(rounds.map((r: any) => r.round)).toEqual([2, 1]); // newest first
    expect(rounds[0].steps.some((s: any) => s.status === 'waiting')).toBe(true);

    const [revision] = await revisions(order.id);
    expect(revision).toMatchObject({
      revision: 1,
      reason: '客户电话追加数量',
      material: true,
      diff: { fields: [], lines: [{ lineId: order.lines[0].id, change: 'quantity', before: 2, after: 12 }] },
      effects: {
        statusBefore: 'approved',
        statusAfter: 'under_review',
        reviewRestarted: true,
        priority: { before: 'low', after: 'medium' },
        promisedDeliveryDate: { before: order.promisedDeliveryDate, after: res.data.promisedDeliveryDate },
        totalMinor: { before: 6_000_00, after: 36_000_00 },
        stock: [{ sku: device.sku, reserved: 8, released: 0, backordered: 2 }],
      },
    });
    const told = (await outboxTopics(t, order.id)).find((m) => m.topic === 'order.changed');
    expect(told?.payload).toMatchObject({ revision: 1, reason: '客户电话追加数量', material: true, status: 'under_review', audience: { customer: true, roles: ['specialist'] } });
    const history = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/events?limit=200`, headers: await t.as('admin') });
    expect(history.data.items.find((e: any) => e.action === 'order.changed')).toMatchObject({
      after: { transitions: [{ event: 'revise', from: 'approved', to: 'received' }, { event: 'audit_pass', from: 'received', to: 'under_review' }] },
    });
    expect((await t.call({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.as('admin') })).data.ok).toBe(true);
  });

  test('down: what the line no longer needs goes back to stock', async () => {
    const device = await stockedProduct(10);
    const order = await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 3 }]);
    expect(await stock(device.id)).toMatchObject({ reserved: 3 });
    const res = await change(order, { reason: '客户减少数量', lines: [{ lineId: order.lines[0].id, quantity: 1 }] });
    expect(res.statusCode).toBe(200);
    expect(res.data.lines[0]).toMatchObject({ quantity: 1, reservedQuantity: 1, backorderedQuantity: 0 });
    expect(await stock(device.id)).toMatchObject({ onHand: 10, reserved: 1, available: 9 });
    const [revision] = await revisions(order.id);
    expect(revision.effects.stock).toEqual([{ sku: device.sku, reserved: 0, released: 2, backordered: 0 }]);
  });

  test('a line is added with its stock reserved, and removed with its stock given back', async () => {
    const device = await stockedProduct(10);
    const cable = await stockedProduct(5, { priceMinor: 50_00 });
    const order = await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 1 }]);
    const added = await change(order, { reason: '加配线缆', addLines: [{ productId: cable.id, quantity: 2 }] });
    expect(added.statusCode).toBe(200);
    expect(added.data.lines).toMatchObject([
      { lineNo: 1, sku: device.sku },
      { lineNo: 2, sku: cable.sku, quantity: 2, reservedQuantity: 2, unitPriceMinor: 50_00, totalMinor: 100_00 },
    ]);
    expect(added.data.totals.totalMinor).toBe(3_100_00);
    expect(await stock(cable.id)).toMatchObject({ reserved: 2 });

    const removed = await change(added.data, { reason: '客户不要线缆了', removeLines: [added.data.lines[1].id] });
    expect(removed.statusCode).toBe(200);
    expect(removed.data.lines.map((l: any) => l.sku)).toEqual([device.sku]);
    expect(removed.data.totals.totalMinor).toBe(3_000_00);
    expect(await stock(cable.id)).toMatchObject({ reserved: 0, available: 5 });
    expect((await revisions(order.id)).map((r: any) => r.diff.lines[0])).toMatchObject([
      { change: 'added', sku: cable.sku, before: null, after: 2 },
      { change: 'removed', sku: cable.sku, before: 2, after: null },
    ]);
  });
});

describe('material and non-material changes', () => {
  test('a new address or date leaves the review where it is; a material change restarts it; the setting says what is material', async () => {
    const device = await stockedProduct(20);
    const placed = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 20), lines: [{ productId: device.id, quantity: 5 }], paymentStatus: 'unpaid' });
    expect(placed.data.status).toBe('under_review'); // 15,000 CNY: above the automatic approval amount
    const address = { line1: '闵行区莲花南路2000号', city: '上海', recipient: '李工', phone: '13900000000' };
    const moved = await change(placed.data, { reason: '客户更换收货地址和日期', delivery: { method: 'ship', address }, requestedDeliveryDate: daysAfter(t, 25) });
    expect(moved.statusCode).toBe(200);
    expect(moved.data).toMatchObject({ status: 'under_review', delivery: { method: 'ship', address: { line1: address.line1 } }, requestedDeliveryDate: daysAfter(t, 25) });
    expect((await reviewRounds(placed.data.id)).map((r: any) => r.round)).toEqual([1]);
    const [first] = await revisions(placed.data.id);
    expect(first).toMatchObject({ material: false, effects: { reviewRestarted: false, statusAfter: 'under_review' } });
    expect(first.diff.fields.map((f: any) => f.field)).toEqual(['requestedDeliveryDate', 'delivery']);

    const custom = await change(moved.data, { reason: '客户要求刻字', specialRequirements: { text: '外壳刻字', customization: { engraving: '华东精密 2024' } } });
    expect(custom.statusCode).toBe(200);
    expect((await reviewRounds(placed.data.id)).map((r: any) => r.round)).toEqual([2, 1]);

    // The company decides quantity changes are not material: the review goes on.
    const manager = await t.as('manager');
    const current = await t.call({ method: 'GET', url: '/api/v1/settings/order-changes', headers: manager });
    expect(current.data.value).toEqual({ materialWhen: { amountChanged: true, linesAddedOrRemoved: true, customisationChanged: true } });
    const saved = await t.call({
      method: 'PUT',
      url: '/api/v1/settings/order-changes',
      headers: { ...manager, 'if-match': `"${current.data.version}"` },
      payload: { materialWhen: { amountChanged: false, linesAddedOrRemoved: true, customisationChanged: true } },
    });
    expect(saved.statusCode).toBe(200);
    try {
      const more = await change(custom.data, { reason: '客户多要一台', lines: [{ lineId: placed.data.lines[0].id, quantity: 6 }] });
      expect(more.statusCode).toBe(200);
      expect(more.data).toMatchObject({ status: 'under_review', totals: { totalMinor: 18_000_00 } });
      expect((await reviewRounds(placed.data.id)).map((r: any) => r.round)).toEqual([2, 1]);
      expect((await revisions(placed.data.id)).map((r: any) => r.material)).toEqual([false, true, false]);
    } finally {
      const now = await t.call({ method: 'GET', url: '/api/v1/settings/order-changes', headers: manager });
      await t.call({ method: 'PUT', url: '/api/v1/settings/order-changes', headers: { ...manager, 'if-match': `"${now.data.version}"` }, payload: current.data.value });
    }
  });

  test('a planned order whose change is material loses its plan and is planned again once approved again', async () => {
    const device = await stockedProduct(10);
    const order = await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 1 }]);
    await t.drain(); // the plan is made by the worker
    const planned = await getOrder(order.id);
    expect(planned.status).toBe('planned');
    const res = await change(planned, { reason: '客户加一台', lines: [{ lineId: order.lines[0].id, quantity: 2 }] });
    expect(res.statusCode).toBe(200);
    // 6,000 CNY: still approved by the system at once, and a new plan is queued.
    expect(res.data.status).toBe('approved');
    expect((await revisions(order.id))[0].effects).toMatchObject({ statusBefore: 'planned', statusAfter: 'approved', reviewRestarted: true, replanned: true });
    await t.drain();
    expect((await getOrder(order.id)).status).toBe('planned');
    const plan = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/plan`, headers: await t.as('admin') })).data;
    const cancelled = plan.stages.filter((s: any) => s.status === 'cancelled');
    expect(cancelled.length).toBeGreaterThan(0);
    expect(plan.stages.filter((s: any) => s.status === 'pending')).toHaveLength(cancelled.length);
  });
});

describe('re-planning without a new review', () => {
  test('a planned order whose quantity changes, when amounts are not material, stays planned and is re-planned at once', async () => {
    const manager = await t.as('manager');
    const current = await t.call({ method: 'GET', url: '/api/v1/settings/order-changes', headers: manager });
    await t.call({ method: 'PUT', url: '/api/v1/settings/order-changes', headers: { ...manager, 'if-match': `"${current.data.version}"` }, payload: { materialWhen: { ...current.data.value.materialWhen, amountChanged: false } } });
    try {
      const device = await stockedProduct(10);
      const order = await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 1 }]);
      await t.drain();
      const planned = await getOrder(order.id);
      expect(planned.status).toBe('planned');
      const before = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/plan`, headers: await t.as('admin') })).data;
      const res = await change(planned, { reason: '客户加两台', lines: [{ lineId: order.lines[0].id, quantity: 3 }] });
      expect(res.statusCode).toBe(200);
      expect(res.data).toMatchObject({ status: 'planned', lines: [{ quantity: 3, reservedQuantity: 3 }] });
      expect((await reviewRounds(order.id)).map((r: any) => r.round)).toEqual([1]);
      const after = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/plan`, headers: await t.as('admin') })).data;
      expect(after.stages).toHaveLength(before.stages.length * 2);
      expect(after.stages.slice(0, before.stages.length).every((s: any) => s.status === 'cancelled')).toBe(true);
      expect(res.data.promisedDeliveryDate).toBe(after.promiseDate);
      expect((await revisions(order.id))[0]).toMatchObject({ material: false, effects: { statusAfter: 'planned', reviewRestarted: false, replanned: true } });
      const history = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/events?limit=200`, headers: await t.as('admin') });
      expect(history.data.items.find((e: any) => e.action === 'order.changed').after.transitions.map((p: any) => p.event)).toEqual(['change', 'replan']);
    } finally {
      const now = await t.call({ method: 'GET', url: '/api/v1/settings/order-changes', headers: manager });
      await t.call({ method: 'PUT', url: '/api/v1/settings/order-changes', headers: { ...manager, 'if-match': `"${now.data.version}"` }, payload: current.data.value });
    }
  });
});

describe('refusals', () => {
  test('without If-Match, stale, empty, zero quantity, the last line, unknown and discontinued products', async () => {
    const device = await stockedProduct(10);
    const old = await createProduct(t, { priceMinor: 10_00 });
    const retired = await t.call({ method: 'PATCH', url: `/api/v1/products/${old.id}`, headers: { ...(await t.as('admin')), 'if-match': `"${old.version}"` }, payload: { active: false } });
    expect(retired.data.active).toBe(false);
    const order = await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 1 }]);
    const line = order.lines[0].id;

    expect((await change(order, { reason: '无版本', lines: [{ lineId: line, quantity: 2 }] }, {})).statusCode).toBe(428);
    const empty = await change(order, { reason: '什么也没改', lines: [{ lineId: line, quantity: 1 }] });
    expect([empty.statusCode, empty.data.code]).toEqual([422, 'empty_change']);
    const zero = await change(order, { reason: '改成0', lines: [{ lineId: line, quantity: 0 }] });
    expect([zero.statusCode, zero.data.code]).toEqual([422, 'zero_quantity']);
    const last = await change(order, { reason: '删光', removeLines: [line] });
    expect([last.statusCode, last.data.code]).toEqual([422, 'last_line_removed']);
    const unknown = await change(order, { reason: '未知产品', addLines: [{ productId: '00000000-0000-4000-8000-000000000000', quantity: 1 }] });
    expect([unknown.statusCode, unknown.data.code]).toEqual([422, 'unknown_reference']);
    const discontinued = await change(order, { reason: '停售产品', addLines: [{ productId: old.id, quantity: 1 }] });
    expect([discontinued.statusCode, discontinued.data.code]).toEqual([422, 'product_discontinued']);
    expect(discontinued.data.errors).toMatchObject([{ path: '/addLines/0/productId' }]);
    // Nothing refused changed anything.
    expect(await getOrder(order.id)).toMatchObject({ version: order.version, lines: [{ quantity: 1 }] });
    expect(await revisions(order.id)).toEqual([]);
    expect(await stock(device.id)).toMatchObject({ reserved: 1 });
    // Sales may read the order but not change it.
    expect((await change(order, { reason: '销售', lines: [{ lineId: line, quantity: 2 }] }, { 'if-match': `"${order.version}"` }, 'sales')).statusCode).toBe(403);
  });

  test('once the order has shipped it can no longer be changed', async () => {
    const device = await stockedProduct(10);
    const order = await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 1 }]);
    await startExecution(t, order.id);
    const ready = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/ready-to-ship`, headers: await t.as('warehouse') });
    expect(ready.statusCode).toBe(200);
    const delivered = await deliverOrder(t, await getOrder(order.id));
    expect(delivered.status).toBe('delivered');
    const res = await change(delivered, { reason: '发货后改数量', lines: [{ lineId: order.lines[0].id, quantity: 2 }] });
    expect([res.statusCode, res.data.code]).toEqual([409, 'order_shipped']);
    expect(await revisions(order.id)).toEqual([]);
  });
});

describe('concurrency', () => {
  test('two changes with the same If-Match: exactly one wins, the other is told who changed the order and when', async () => {
    const device = await stockedProduct(10);
    const order = await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 1 }]);
    const line = order.lines[0].id;
    const results = await Promise.all([
      change(order, { reason: '甲改为2', lines: [{ lineId: line, quantity: 2 }] }),
      change(order, { reason: '乙改为3', lines: [{ lineId: line, quantity: 3 }] }, { 'if-match': `"${order.version}"` }, 'manager'),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    const lost = results.find((r) => r.statusCode === 412)!;
    const won = results.find((r) => r.statusCode === 200)!;
    expect(lost.data).toMatchObject({ code: 'precondition_failed', currentVersion: won.data.version, changedAt: t.clock.now().toISOString() });
    expect(typeof lost.data.changedBy).toBe('string');
    expect(lost.data.changedBy.length).toBeGreaterThan(0);
    expect(await revisions(order.id)).toHaveLength(1);
    expect(await stock(device.id)).toMatchObject({ reserved: won.data.lines[0].reservedQuantity });
  });

  test('stock never goes negative: two orders racing for the last units reserve no more than is on hand', async () => {
    const device = await stockedProduct(6);
    const a = await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 2 }], { paymentStatus: 'paid' });
    const b = await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 2 }], { paymentStatus: 'paid' });
    const results = await Promise.all([
      change(a, { reason: '甲追加', lines: [{ lineId: a.lines[0].id, quantity: 5 }] }),
      change(b, { reason: '乙追加', lines: [{ lineId: b.lines[0].id, quantity: 5 }] }),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    const level = await stock(device.id);
    const held = results.reduce((sum, r) => sum + r.data.lines[0].reservedQuantity, 0);
    expect(level).toMatchObject({ onHand: 6, reserved: 6, available: 0 });
    expect(held).toBe(6);
    expect(results.reduce((sum, r) => sum + r.data.lines[0].backorderedQuantity, 0)).toBe(4);
  });
});
