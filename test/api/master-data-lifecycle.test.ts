import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip } from '../support/fulfilment.js';

let t: TestApp;
let product: any;
beforeAll(async () => {
  t = await createTestApp();
  product = await createProduct(t, { priceMinor: 30_00 });
  await receiveStock(t, product.id, 500);
});
afterAll(async () => t?.close());

async function customerEvents(customerId: string): Promise<{ action: string; before: any; after: any }[]> {
  const result = (await t.database.db.execute(
    sql`SELECT action, before, after FROM audit_events WHERE entity_type = 'customer' AND entity_id = ${customerId} ORDER BY seq`,
  )) as unknown as { rows: { action: string; before: any; after: any }[] };
  return result.rows;
}

/** Delivers an order of the customer and has it accepted: once the survey has gone out it is completed. */
async function completeAnOrder(customerId: string): Promise<any> {
  const ready = await orderReadyToShip(t, customerId, [{ productId: product.id, quantity: 1 }]);
  const delivered = await deliverOrder(t, ready);
  const accepted = await t.call({ method: 'POST', url: `/api/v1/orders/${delivered.id}/acceptance`, headers: await t.as('sales'), payload: { lines: [{ lineId: delivered.lines[0].id, result: 'pass' }] } });
  expect(accepted.statusCode).toBe(201);
  t.clock.advance(24 * 3_600_000);
  await t.drain();
  const order = (await t.call({ method: 'GET', url: `/api/v1/orders/${delivered.id}`, headers: await t.as('admin') })).data;
  expect(order.status).toBe('completed');
  return order;
}

describe('customer tier', () => {
  test('a customer created without a tier is new until the first completed order, then normal, audited', async () => {
    const customer = await createTrustedCustomer(t, { name: '苏州初见贸易', tier: undefined });
    expect(customer).toMatchObject({ tier: 'new', tierPinned: false, active: true });

    const order = await completeAnOrder(customer.id);
    const read = await t.call({ method: 'GET', url: `/api/v1/customers/${customer.id}`, headers: await t.as('sales') });
    expect(read.data).toMatchObject({ tier: 'normal', tierPinned: false, version: customer.version + 1 });
    const derived = (await customerEvents(customer.id)).filter((e) => e.action === 'customer.tier_derived');
    expect(derived).toEqual([expect.objectContaining({ before: expect.objectContaining({ tier: 'new' }), after: expect.objectContaining({ tier: 'normal', cause: 'first_order_completed', orderId: order.id }) })]);
    expect((await t.call({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.as('admin') })).data.ok).toBe(true);

    // A second completed order changes nothing more.
    await completeAnOrder(customer.id);
    expect((await customerEvents(customer.id)).filter((e) => e.action === 'customer.tier_derived')).toHaveLength(1);
  });

  test('a tier a manager pinned stays when orders complete; unpinning derives it again', async () => {
    const customer = await createTrustedCustomer(t, { name: '无锡小件五金', tier: undefined, tierPinned: true });
    expect(customer).toMatchObject({ tier: 'new', tierPinned: true });
    await completeAnOrder(customer.id);
    const url = `/api/v1/customers/${customer.id}`;
    const pinned = (await t.call({ method: 'GET', url, headers: await t.as('sales') })).data;
    expect(pinned).toMatchObject({ tier: 'new', tierPinned: true });
    expect((await customerEvents(customer.id)).map((e) => e.action)).not.toContain('customer.tier_derived');

    const unpinned = await t.call({ method: 'PATCH', url, headers: { ...(await t.as('manager')), 'if-match': `"${pinned.version}"` }, payload: { tierPinned: false } });
    expect(unpinned.statusCode).toBe(200);
    expect(unpinned.data).toMatchObject({ tier: 'normal', tierPinned: false });

    const vip = await t.call({ method: 'PATCH', url, headers: { ...(await t.as('manager')), 'if-match': `"${unpinned.data.version}"` }, payload: { tier: 'vip' } });
    expect(vip.data).toMatchObject({ tier: 'vip', tierPinned: true });
  });

  test('a tier cannot be sent together with tierPinned false', async () => {
    const res = await t.call({ method: 'POST', url: '/api/v1/customers', headers: await t.as('sales'), payload: { name: '矛盾客户', type: 'person', tier: 'vip', tierPinned: false } });
    expect(res.statusCode).toBe(400);
    expect(res.data.errors).toEqual([expect.objectContaining({ path: '/tier', code: 'not_applicable' })]);
  });
});

describe('deactivated customers', () => {
  test('take no new orders, are left out of the active list, and come back when reactivated', async () => {
    const customer = await createCustomer(t, { name: '停用测试客户' });
    const url = `/api/v1/customers/${customer.id}`;
    const headers = await t.as('sales');
    const off = await t.call({ method: 'PATCH', url, headers: { ...headers, 'if-match': '"1"' }, payload: { active: false } });
    expect(off.statusCode).toBe(200);
    expect(off.data).toMatchObject({ active: false, version: 2 });
    expect((await customerEvents(customer.id)).map((e) => e.action)).toEqual(['customer.created', 'customer.deactivated']);

    const order = { customerId: customer.id, channel: 'phone', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' };
    const refused = await placeOrder(t, order);
    expect(refused.statusCode).toBe(409);
    expect(refused.data).toMatchObject({ code: 'customer_inactive', errors: [expect.objectContaining({ path: '/customerId' })] });
    const preview = await t.call({ method: 'POST', url: '/api/v1/orders/preview', headers, payload: order });
    expect(preview.data.code).toBe('customer_inactive');
    const count = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM orders WHERE customer_id = ${customer.id}::uuid`)) as unknown as { rows: { n: number }[] };
    expect(count.rows[0]!.n).toBe(0);

    const active = await t.call({ method: 'GET', url: `/api/v1/customers?active=true&limit=200`, headers });
    expect(active.data.items.map((c: any) => c.id)).not.toContain(customer.id);
    const inactive = await t.call({ method: 'GET', url: `/api/v1/customers?active=false&limit=200`, headers });
    expect(inactive.data.items.map((c: any) => c.id)).toEqual([customer.id]);

    const on = await t.call({ method: 'PATCH', url, headers: { ...headers, 'if-match': '"2"' }, payload: { active: true } });
    expect(on.data.active).toBe(true);
    expect((await placeOrder(t, order)).statusCode).toBe(201);
    expect((await customerEvents(customer.id)).map((e) => e.action)).toContain('customer.reactivated');
  });
});

describe('customer search', () => {
  test("finds a customer by a contact's name or phone, however the phone is typed", async () => {
    const customer = await createCustomer(t, { name: '宁波海曙电器', contacts: [{ name: '欧阳娜娜', phone: '138-2233-4455', primary: true }] });
    const headers = await t.as('specialist');
    for (const q of ['欧阳', '13822334455', '2233 4455', '宁波海曙']) {
      const res = await t.call({ method: 'GET', url: `/api/v1/customers?q=${encodeURIComponent(q)}`, headers });
      expect(res.data.items.map((c: any) => c.id), q).toContain(customer.id);
    }
    const none = await t.call({ method: 'GET', url: `/api/v1/customers?q=${encodeURIComponent('13999999999')}`, headers });
    expect(none.data.items.map((c: any) => c.id)).not.toContain(customer.id);
  });
});

describe('staff directory', () => {
  test('names active staff for pickers, without portal users', async () => {
    const staff = await t.call({ method: 'GET', url: '/api/v1/staff', headers: await t.as('sales') });
    expect(staff.statusCode).toBe(200);
    expect(staff.data.items.length).toBeGreaterThan(0);
    for (const person of staff.data.items) {
      expect(Object.keys(person).sort()).toEqual(['id', 'name', 'roles']);
      expect(person.roles).not.toContain('customer');
    }
  });
});

describe('stock ledger', () => {
  test('lists every product’s movements newest first, by product and kind', async () => {
    const other = await createProduct(t, { name: '螺栓 M8' });
    await receiveStock(t, other.id, 40);
    t.clock.advance(1000);
    const adjust = await t.call({ method: 'POST', url: '/api/v1/stock/movements', headers: await t.as('warehouse'), payload: { productId: other.id, kind: 'adjustment', quantity: -3, reason: '盘点差异' } });
    expect(adjust.statusCode).toBe(201);
    expect(adjust.data.level).toMatchObject({ onHand: 37, available: 37 });
    const headers = await t.as('production');
    const all = await t.call({ method: 'GET', url: '/api/v1/stock/movements?limit=2', headers });
    expect(all.data.items[0]).toMatchObject({ productId: other.id, kind: 'adjustment', onHandDelta: -3, reason: '盘点差异', sku: other.sku, productName: '螺栓 M8', unit: '台' });
    expect(all.data.nextCursor).not.toBeNull();
    const receipts = await t.call({ method: 'GET', url: `/api/v1/stock/movements?productId=${other.id}&kind=receipt`, headers });
    expect(receipts.data.items).toEqual([expect.objectContaining({ kind: 'receipt', onHandDelta: 40 })]);
    expect((await t.call({ method: 'GET', url: '/api/v1/stock/movements?kind=bogus', headers })).statusCode).toBe(400);
  });
});

describe('production lines', () => {
  test('edited with If-Match: name, default capacity and unit (hours); the calendar follows', async () => {
    const headers = await t.as('production');
    const created = await t.call({ method: 'POST', url: '/api/v1/production-lines', headers, payload: { code: 'ASM-9', name: '装配九线', defaultDailyCapacity: 40 } });
    expect(created.data).toMatchObject({ capacityUnit: 'units', version: 1 });
    const url = `/api/v1/production-lines/${created.data.id}`;
    expect((await t.call({ method: 'PATCH', url, headers, payload: { name: 'x' } })).statusCode).toBe(428);
    const edited = await t.call({ method: 'PATCH', url, headers: { ...headers, 'if-match': '"1"' }, payload: { name: '装配九线（两班）', defaultDailyCapacity: 16, capacityUnit: 'hours', workingWeekdays: [6, 1, 2] } });
    expect(edited.statusCode).toBe(200);
    expect(edited.data).toMatchObject({ name: '装配九线（两班）', defaultDailyCapacity: 16, capacityUnit: 'hours', workingWeekdays: [1, 2, 6], version: 2 });
    const stale = await t.call({ method: 'PATCH', url, headers: { ...headers, 'if-match': '"1"' }, payload: { active: false } });
    expect(stale.statusCode).toBe(412);

    // 2026-12-07 is a Monday.
    const calendar = await t.call({ method: 'GET', url: `/api/v1/production-lines/capacity?from=2026-12-07&to=2026-12-09&lineId=${created.data.id}`, headers });
    expect(calendar.data.items.map((d: any) => [d.date, d.capacityUnits, d.capacityUnit])).toEqual([
      ['2026-12-07', 16, 'hours'],
      ['2026-12-08', 16, 'hours'],
      ['2026-12-09', 0, 'hours'],
    ]);
    const other = await t.call({ method: 'POST', url: '/api/v1/production-lines', headers, payload: { code: 'ASM-10', name: '装配十线', defaultDailyCapacity: 10 } });
    const taken = await t.call({ method: 'PATCH', url: `/api/v1/production-lines/${other.data.id}`, headers: { ...headers, 'if-match': '"1"' }, payload: { code: 'ASM-9' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.data.code).toBe('already_exists');
    expect((await t.call({ method: 'PATCH', url, headers: { ...(await t.as('sales')), 'if-match': '"2"' }, payload: { active: false } })).statusCode).toBe(403);
  });
});
