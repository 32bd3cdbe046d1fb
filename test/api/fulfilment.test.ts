import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, orderEvents, orderReadyToShip, outboxTopics, placeApprovedOrder, startExecution } from '../support/fulfilment.js';

let t: TestApp;
let customer: any;

beforeAll(async () => {
  t = await createTestApp(); // Friday 2024-05-10, 09:00 in Shanghai
  customer = await createTrustedCustomer(t, { name: '苏州瑞达自动化' });
});
afterAll(async () => t?.close());

async function stock(productId: string) {
  return (await t.call({ method: 'GET', url: `/api/v1/products/${productId}/stock`, headers: await t.as('warehouse') })).data;
}

async function ship(orderId: string, lines: { lineId: string; quantity: number }[], carrier = { kind: 'freight', name: '德邦物流' }) {
  t.clock.advance(60_000);
  return t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/shipments`, headers: await t.as('warehouse'), payload: { carrier, trackingNumber: `DB${Date.now()}${lines.length}`, costMinor: 35_00, lines } });
}

async function track(shipmentId: string, status: string, extra: Record<string, unknown> = {}) {
  t.clock.advance(60_000);
  return t.call({ method: 'POST', url: `/api/v1/shipments/${shipmentId}/events`, headers: await t.as('logistics'), payload: { status, at: t.clock.now().toISOString(), ...extra } });
}

async function order(id: string) {
  return (await t.call({ method: 'GET', url: `/api/v1/orders/${id}`, headers: await t.as('admin') })).data;
}

describe('picking, partial and split shipments', () => {
  test('two shipments take the order through partially_shipped to shipped; each consumes the reserved stock', async () => {
    const bolts = await createProduct(t, { name: '螺栓 M8', unit: '件', priceMinor: 5_00 });
    const frames = await createProduct(t, { name: '机架', unit: '台', priceMinor: 50_00 });
    await receiveStock(t, bolts.id, 100);
    await receiveStock(t, frames.id, 20);
    const ready = await orderReadyToShip(t, customer.id, [
      { productId: bolts.id, quantity: 60 },
      { productId: frames.id, quantity: 10 },
    ]);
    expect(ready.status).toBe('ready_to_ship');
    const [boltLine, frameLine] = ready.lines;

    const pick = await t.call({ method: 'GET', url: `/api/v1/orders/${ready.id}/pick-list`, headers: await t.as('warehouse') });
    expect(pick.data.lines.map((l: any) => [l.sku, l.open, l.reserved, l.pickNow])).toEqual([
      [bolts.sku, 60, 60, 60],
      [frames.sku, 10, 10, 10],
    ]);

    const first = await ship(ready.id, [{ lineId: boltLine.id, quantity: 25 }]);
    expect(first.statusCode).toBe(201);
    expect(first.data).toMatchObject({ status: 'shipped', carrier: { kind: 'freight', name: '德邦物流' }, costMinor: 35_00, currency: 'CNY', lines: [{ lineNo: 1, quantity: 25 }] });
    expect(await stock(bolts.id)).toMatchObject({ onHand: 75, reserved: 35, available: 40 });
    let now = await order(ready.id);
    expect(now.status).toBe('partially_shipped');
    expect(now.lines[0]).toMatchObject({ shippedQuantity: 25, reservedQuantity: 35 });

    const second = await ship(ready.id, [
      { lineId: boltLine.id, quantity: 35 },
      { lineId: frameLine.id, quantity: 10 },
    ]);
    expect(second.statusCode).toBe(201);
    expect(await stock(bolts.id)).toMatchObject({ onHand: 40, reserved: 0 });
    expect(await stock(frames.id)).toMatchObject({ onHand: 10, reserved: 0 });
    now = await order(ready.id);
    expect(now.status).toBe('shipped');

    const movements = await t.call({ method: 'GET', url: `/api/v1/products/${bolts.id}/stock/movements`, headers: await t.as('warehouse') });
    expect(movements.data.items.filter((m: any) => m.kind === 'shipment').map((m: any) => [m.onHandDelta, m.reservedDelta, m.orderId])).toEqual([
      [-35, -35, ready.id],
      [-25, -25, ready.id],
    ]);
    const pack = await t.call({ method: 'GET', url: `/api/v1/shipments/${second.data.id}/pack-list`, headers: await t.as('warehouse') });
    expect(pack.data).toMatchObject({ orderNumber: ready.number, customerName: '苏州瑞达自动化', delivery: { method: 'ship' } });
    expect(pack.data.lines.map((l: any) => [l.sku, l.quantity])).toEqual([
      [bolts.sku, 35],
      [frames.sku, 10],
    ]);
    const list = await t.call({ method: 'GET', url: `/api/v1/orders/${ready.id}/shipments`, headers: await t.as('sales') });
    expect(list.data.items).toHaveLength(2);
    expect(await orderEvents(t, ready.id)).toEqual(expect.arrayContaining(['order.ready_to_ship', 'order.partially_shipped', 'order.shipped']));
    expect((await outboxTopics(t, ready.id)).filter((m) => m.topic === 'shipment.shipped').map((m) => m.payload.audience)).toEqual([
      { customer: true, roles: ['specialist'] },
      { customer: true, roles: ['specialist'] },
    ]);
  });

  test('shipping more than is left on a line is refused naming the line, and nothing changes', async () => {
    const item = await createProduct(t, { priceMinor: 10_00 });
    await receiveStock(t, item.id, 10);
    const ready = await orderReadyToShip(t, customer.id, [{ productId: item.id, quantity: 4 }]);
    const res = await ship(ready.id, [{ lineId: ready.lines[0].id, quantity: 5 }]);
    expect(res.statusCode).toBe(422);
    expect(res.data).toMatchObject({ code: 'exceeds_open_quantity', errors: [{ path: '/lines/0/quantity', code: 'exceeds_open_quantity' }] });
    expect(await stock(item.id)).toMatchObject({ onHand: 10, reserved: 4 });
    expect((await order(ready.id)).status).toBe('ready_to_ship');
  });

  test('an order not yet ready cannot ship', async () => {
    const item = await createProduct(t, { priceMinor: 10_00 });
    await receiveStock(t, item.id, 10);
    const approved = await placeApprovedOrder(t, customer.id, [{ productId: item.id, quantity: 1 }]);
    const res = await ship(approved.id, [{ lineId: approved.lines[0].id, quantity: 1 }]);
    expect(res.statusCode).toBe(409);
    expect(res.data.code).toBe('invalid_transition');
  });
});

describe('tracking', () => {
  test('the order is delivered when its last shipment is, and the survey is queued within three days', async () => {
    const item = await createProduct(t, { priceMinor: 10_00 });
    await receiveStock(t, item.id, 10);
    const ready = await orderReadyToShip(t, customer.id, [{ productId: item.id, quantity: 6 }]);
    const a = await ship(ready.id, [{ lineId: ready.lines[0].id, quantity: 2 }], { kind: 'express', name: '顺丰速运' });
    const b = await ship(ready.id, [{ lineId: ready.lines[0].id, quantity: 4 }]);

    expect((await track(a.data.id, 'in_transit', { location: '上海转运中心' })).statusCode).toBe(201);
    const delivered = await track(a.data.id, 'delivered', { note: '前台签收' });
    expect(delivered.data).toMatchObject({ status: 'delivered', events: [{ status: 'in_transit', location: '上海转运中心' }, { status: 'delivered', note: '前台签收' }] });
    expect((await order(ready.id)).status).toBe('shipped');

    const again = await track(a.data.id, 'in_transit');
    expect(again.statusCode).toBe(409);
    expect(again.data.code).toBe('shipment_closed');

    await track(b.data.id, 'exception', { note: '地址不详' });
    await track(b.data.id, 'delivered');
    expect((await order(ready.id)).status).toBe('delivered');

    const jobs = (await t.database.db.execute(sql`SELECT run_at FROM jobs WHERE kind = 'feedback.send_survey' AND payload->>'orderId' = ${ready.id}`)) as unknown as { rows: { run_at: string | Date }[] };
    expect(jobs.rows).toHaveLength(1);
    const runAt = new Date(jobs.rows[0]!.run_at).getTime();
    expect(runAt - t.clock.now().getTime()).toBeLessThanOrEqual(3 * 24 * 3_600_000);
    const tracked = (await outboxTopics(t, ready.id)).filter((m) => m.topic === 'shipment.tracked');
    expect(tracked.map((m) => m.payload.status)).toEqual(['in_transit', 'delivered', 'exception', 'delivered']);
    expect(tracked[2]!.payload.audience).toEqual({ customer: true, roles: ['logistics', 'specialist'] });
    expect(await orderEvents(t, ready.id)).toEqual(expect.arrayContaining(['shipment.tracked', 'order.delivered']));
  });
});

describe('backorders', () => {
  test('a short line ships only what is reserved; stock arriving fills the backorder, green-channel orders first', async () => {
    const valve = await createProduct(t, { name: '阀门', priceMinor: 20_00 });
    await receiveStock(t, valve.id, 5);
    // Prepaid: a short unpaid order would wait in exception instead.
    const first = await orderReadyToShip(t, customer.id, [{ productId: valve.id, quantity: 8 }], { paymentStatus: 'paid' });
    expect(first.lines[0]).toMatchObject({ reservedQuantity: 5, backorderedQuantity: 3 });
    const tooMuch = await ship(first.id, [{ lineId: first.lines[0].id, quantity: 8 }]);
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.data).toMatchObject({ code: 'not_reserved', errors: [{ path: '/lines/0/quantity' }] });

    t.clock.advance(60_000);
    const later = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: valve.id, quantity: 4 }], paymentStatus: 'unpaid' });
    t.clock.advance(60_000);
    const urgent = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', type: 'urgent', requestedDeliveryDate: daysAfter(t, 2), lines: [{ productId: valve.id, quantity: 4 }], paymentStatus: 'unpaid' });
    expect(urgent.data.lines[0]).toMatchObject({ reservedQuantity: 0, backorderedQuantity: 4 });

    await receiveStock(t, valve.id, 6);
    await t.drain();
    expect((await order(urgent.data.id)).lines[0]).toMatchObject({ reservedQuantity: 4, backorderedQuantity: 0 });
    expect((await order(first.id)).lines[0]).toMatchObject({ reservedQuantity: 7, backorderedQuantity: 1 });
    expect((await order(later.data.id)).lines[0]).toMatchObject({ reservedQuantity: 0, backorderedQuantity: 4 });
    expect(await stock(valve.id)).toMatchObject({ onHand: 11, reserved: 11 });
    expect((await outboxTopics(t, urgent.data.id)).map((m) => m.topic)).toContain('order.backorder_filled');
    expect(await orderEvents(t, first.id)).toContain('order.backorder_filled');
  });
});

describe('pre-delivery check and services', () => {
  test('24 h before the wanted delivery day, logistics gets a task to re-check and confirm', async () => {
    const item = await createProduct(t, { priceMinor: 10_00 });
    await receiveStock(t, item.id, 10);
    const ready = await orderReadyToShip(t, customer.id, [{ productId: item.id, quantity: 1 }], { requestedDeliveryDate: daysAfter(t, 4) });
    const dayStarts = new Date(`${ready.requestedDeliveryDate}T00:00:00+08:00`);
    const tasksNow = async () =>
      (await t.call({ method: 'GET', url: `/api/v1/tasks?orderId=${ready.id}`, headers: await t.as('logistics') })).data.items.filter((x: any) => x.kind === 'pre_delivery_check');
    await t.drain();
    expect(await tasksNow()).toEqual([]);
    t.clock.set(new Date(dayStarts.getTime() - 24 * 3_600_000));
    await t.drain();
    const [task] = await tasksNow();
    expect(task).toMatchObject({ role: 'logistics', dueAt: dayStarts.toISOString(), status: 'open' });
    expect(task.summary).toContain('re-check quantity and specification');
  });

  test('a service order goes in service instead of shipping, then is delivered', async () => {
    const install = await createProduct(t, { name: '上门安装服务', kind: 'service', unit: '次', priceMinor: 300_00 });
    const approved = await placeApprovedOrder(t, customer.id, [{ productId: install.id, quantity: 1 }]);
    await startExecution(t, approved.id);
    const ready = await t.call({ method: 'POST', url: `/api/v1/orders/${approved.id}/service/start`, headers: await t.as('engineering'), payload: { note: '工程师已到场' } });
    expect(ready.statusCode).toBe(200);
    expect(ready.data.status).toBe('in_service');
    const refusedShip = await ship(approved.id, [{ lineId: approved.lines[0].id, quantity: 1 }]);
    expect(refusedShip.statusCode).toBe(409);
    const done = await t.call({ method: 'POST', url: `/api/v1/orders/${approved.id}/service/complete`, headers: await t.as('engineering'), payload: {} });
    expect(done.data.status).toBe('delivered');
    expect(await orderEvents(t, approved.id)).toEqual(expect.arrayContaining(['order.in_service', 'order.delivered']));
  });

  test('an order with goods does not go in service: 409, and it stays in progress', async () => {
    const install = await createProduct(t, { name: '安装调试', kind: 'service', unit: '次', priceMinor: 200_00 });
    const pump = await createProduct(t, { name: '离心泵', priceMinor: 900_00 });
    await receiveStock(t, pump.id, 5);
    const approved = await placeApprovedOrder(t, customer.id, [
      { productId: pump.id, quantity: 1 },
      { productId: install.id, quantity: 1 },
    ]);
    await startExecution(t, approved.id);
    const refused = await t.call({ method: 'POST', url: `/api/v1/orders/${approved.id}/service/start`, headers: await t.as('engineering'), payload: {} });
    expect(refused.statusCode).toBe(409);
    expect(refused.data).toMatchObject({ code: 'invalid_transition', orderStatus: 'in_progress' });
    expect(refused.data.detail).toContain('only a service order goes in service');
    expect((await order(approved.id)).status).toBe('in_progress');
  });

  test('the warehouse role alone marks ready to ship, and only from in_progress', async () => {
    const item = await createProduct(t, { priceMinor: 10_00 });
    await receiveStock(t, item.id, 10);
    const approved = await placeApprovedOrder(t, customer.id, [{ productId: item.id, quantity: 1 }]);
    const early = await t.call({ method: 'POST', url: `/api/v1/orders/${approved.id}/ready-to-ship`, headers: await t.as('warehouse') });
    expect(early.statusCode).toBe(409);
    expect(early.data.code).toBe('invalid_transition');
    const sales = await t.call({ method: 'POST', url: `/api/v1/orders/${approved.id}/ready-to-ship`, headers: await t.as('sales') });
    expect(sales.statusCode).toBe(403);
  });

  test('the audit trail verifies', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.as('admin') });
    expect(res.data.ok).toBe(true);
  });
});
