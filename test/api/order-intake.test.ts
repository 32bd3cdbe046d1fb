import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

let t: TestApp;
let vip: any;
let normal: any;
let deviceA: any;
let consumableB: any;

beforeAll(async () => {
  t = await createTestApp();
  vip = await createCustomer(t, { name: '*科技公司', tier: 'vip' });
  normal = await createCustomer(t, { name: '*个人客户', type: 'person', tier: 'normal', contacts: [{ name: '*女士', phone: '1395678' }] });
  deviceA = await createProduct(t, { name: 'A型设备-2024款', unit: '台', priceMinor: 30_000_00 });
  consumableB = await createProduct(t, { name: 'B型耗材-10mm', unit: '件', priceMinor: 80_00 });
  await receiveStock(t, deviceA.id, 20);
  await receiveStock(t, consumableB.id, 1000);
});
afterAll(async () => t?.close());

describe('the seed’s two orders (表1, 表2)', () => {
  test('202405-001: VIP, 5 × A型设备 = 150,000 CNY, due in 3 days → high; 1 h response, 2 h plan', async () => {
    const res = await placeOrder(t, {
      customerId: vip.id,
      channel: 'online_store',
      externalRef: 'TM-20240510-0001',
      requestedDeliveryDate: daysAfter(t, 3),
      lines: [{ productId: deviceA.id, quantity: 5 }],
      specialRequirements: { text: '需定制LOGO', customization: { logo: '客户提供AI文件，40mm，正面居中' } },
      paymentStatus: 'paid',
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.location).toBe(`/api/v1/orders/${res.data.id}`);
    expect(res.data).toMatchObject({
      number: '202405-001',
      status: 'under_review',
      priority: { level: 'high', score: 9 },
      exceptions: [],
      totals: { currency: 'CNY', totalMinor: 150_000_00 },
      receivedAt: '2024-05-10T01:00:00.000Z',
      responseDueAt: '2024-05-10T02:00:00.000Z',
      planDueAt: '2024-05-10T03:00:00.000Z',
    });
    expect(res.data.priority.factors.map((f: any) => f.explanation)).toEqual([
      'VIP customer → high',
      '150,000.00 CNY ≥ 100,000.00 CNY → high',
      'delivery in 3 day(s) ≤ 3 → high',
    ]);
    expect(res.data.lines[0]).toMatchObject({ quantity: 5, reservedQuantity: 5, backorderedQuantity: 0, totalMinor: 150_000_00 });
  });

  test('202405-002: normal customer, 100 × B型耗材 = 8,000 CNY, due in 5 days, unpaid → low; 8 h response', async () => {
    t.clock.advance(90 * 60_000); // 10:30 in Shanghai, as in 表2
    const res = await placeOrder(t, {
      customerId: normal.id,
      channel: 'b2b_direct',
      requestedDeliveryDate: daysAfter(t, 5),
      lines: [{ productId: consumableB.id, quantity: 100 }],
      specialRequirements: '加急订单',
      paymentStatus: 'unpaid',
    });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({ number: '202405-002', status: 'under_review', priority: { level: 'low', score: 5 }, totals: { totalMinor: 8_000_00 } });
    expect(res.data.responseDueAt).toBe('2024-05-10T10:30:00.000Z');
  });
});

describe('preliminary audit', () => {
  test('no delivery date and vague requirements: exception with both reasons', async () => {
    const res = await placeOrder(t, {
      customerId: vip.id,
      channel: 'marketplace',
      lines: [{ productId: consumableB.id, quantity: 1 }],
      specialRequirements: { packaging: '包装待定' },
      paymentStatus: 'paid',
    });
    expect(res.statusCode).toBe(201);
    expect(res.data.status).toBe('exception');
    expect(res.data.exceptions.map((e: any) => e.code)).toEqual(['missing_delivery_date', 'special_requirements_unclear']);
  });

  test('more than in stock and not prepaid: reserves what there is, backorders the rest, exception', async () => {
    const scarce = await createProduct(t);
    await receiveStock(t, scarce.id, 3);
    t.clock.advance(60_000);
    const res = await placeOrder(t, {
      customerId: normal.id,
      channel: 'api',
      requestedDeliveryDate: daysAfter(t, 10),
      lines: [{ productId: scarce.id, quantity: 5 }],
      paymentStatus: 'unpaid',
    });
    expect(res.data.status).toBe('exception');
    expect(res.data.exceptions.map((e: any) => e.code)).toEqual(['stock_shortage_unpaid']);
    expect(res.data.lines[0]).toMatchObject({ reservedQuantity: 3, backorderedQuantity: 2 });
    const stock = await t.call({ method: 'GET', url: `/api/v1/products/${scarce.id}/stock`, headers: await t.as('warehouse') });
    expect(stock.data).toEqual({ productId: scarce.id, onHand: 3, reserved: 3, available: 0 });
    const ledger = await t.call({ method: 'GET', url: `/api/v1/products/${scarce.id}/stock/movements`, headers: await t.as('warehouse') });
    expect(ledger.data.items.map((m: any) => [m.kind, m.onHandDelta, m.reservedDelta, m.orderId])).toEqual([
      ['reservation', 0, 3, res.data.id],
      ['receipt', 3, 0, null],
    ]);
  });

  test('prepaid and short: backordered with a warning, and it goes on to review', async () => {
    const scarce = await createProduct(t);
    const res = await placeOrder(t, {
      customerId: vip.id,
      channel: 'portal',
      requestedDeliveryDate: daysAfter(t, 10),
      lines: [{ productId: scarce.id, quantity: 2 }],
      paymentStatus: 'paid',
    });
    expect(res.data.status).toBe('under_review');
    expect(res.data.warnings.map((w: any) => w.code)).toEqual(['backordered']);
    expect(res.data.lines[0]).toMatchObject({ reservedQuantity: 0, backorderedQuantity: 2 });
  });

  test('made-to-order and service lines reserve nothing; a services-only order needs no address', async () => {
    const custom = await createProduct(t, { kind: 'made_to_order' });
    const install = await createProduct(t, { kind: 'service', unit: '小时' });
    const noAddress = await createCustomer(t, { addresses: [] });
    const services = await placeOrder(t, {
      customerId: noAddress.id,
      channel: 'api',
      requestedDeliveryDate: daysAfter(t, 9),
      lines: [{ productId: install.id, quantity: 4 }],
      paymentStatus: 'paid',
    });
    expect(services.data.exceptions).toEqual([]);
    const goods = await placeOrder(t, {
      customerId: noAddress.id,
      channel: 'api',
      requestedDeliveryDate: daysAfter(t, 9),
      lines: [{ productId: custom.id, quantity: 2 }],
      paymentStatus: 'paid',
    });
    expect(goods.data.exceptions.map((e: any) => e.code)).toEqual(['missing_delivery_address']);
    expect(goods.data.lines[0]).toMatchObject({ reservedQuantity: 0, backorderedQuantity: 0 });
    const pickup = await placeOrder(t, {
      customerId: noAddress.id,
      channel: 'api',
      requestedDeliveryDate: daysAfter(t, 9),
      lines: [{ productId: custom.id, quantity: 1 }],
      delivery: { method: 'pickup' },
      paymentStatus: 'paid',
    });
    expect(pickup.data.exceptions).toEqual([]);
  });

  test('the same customer and lines again within the window is flagged as a likely duplicate, not merged', async () => {
    const body = { customerId: normal.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 12), lines: [{ productId: consumableB.id, quantity: 7 }], paymentStatus: 'paid' };
    const first = await placeOrder(t, body);
    const second = await placeOrder(t, body);
    expect(second.statusCode).toBe(201);
    expect(second.data.id).not.toBe(first.data.id);
    expect(second.data.warnings).toEqual([expect.objectContaining({ code: 'possible_duplicate', message: expect.stringContaining(first.data.number) })]);
  });

  test('prices: a given unit price and discount are used, the list price kept, and the change flagged', async () => {
    const res = await placeOrder(t, {
      customerId: vip.id,
      channel: 'api',
      requestedDeliveryDate: daysAfter(t, 9),
      lines: [
        { productId: consumableB.id, quantity: 10, unitPriceMinor: 75_00, discountMinor: 50_00 },
        { productId: consumableB.id, quantity: 2 },
      ],
      paymentStatus: 'paid',
    });
    expect(res.data.totals).toEqual({ currency: 'CNY', subtotalMinor: 750_00 + 160_00, discountMinor: 50_00, totalMinor: 860_00 });
    expect(res.data.lines.map((l: any) => [l.listPriceMinor, l.unitPriceMinor, l.totalMinor, l.reservedQuantity])).toEqual([
      [80_00, 75_00, 700_00, 10],
      [80_00, 80_00, 160_00, 2],
    ]);
    expect(res.data.warnings.map((w: any) => w.code)).toEqual(['price_differs_from_list']);
  });
});

describe('maker–checker for hand-entered orders', () => {
  test('a phone order waits for a second person; the one who entered it cannot confirm it', async () => {
    const maker = await t.as('specialist', 'maker');
    const checker = await t.as('specialist', 'checker');
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/orders',
      headers: maker,
      payload: { customerId: vip.id, channel: 'phone', requestedDeliveryDate: daysAfter(t, 6), lines: [{ productId: deviceA.id, quantity: 1 }], paymentStatus: 'unpaid' },
    });
    expect(created.data).toMatchObject({ status: 'awaiting_entry_check', entry: { check: 'pending' } });

    const self = await t.call({ method: 'POST', url: `/api/v1/orders/${created.data.id}/confirm-entry`, headers: maker });
    expect(self.statusCode).toBe(409);
    expect(self.data.code).toBe('same_user_confirmation');

    const sales = await t.call({ method: 'POST', url: `/api/v1/orders/${created.data.id}/confirm-entry`, headers: await t.as('sales') });
    expect(sales.statusCode).toBe(403);

    const confirmed = await t.call({ method: 'POST', url: `/api/v1/orders/${created.data.id}/confirm-entry`, headers: checker });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.data).toMatchObject({ status: 'under_review', version: 2, entry: { check: 'confirmed', confirmedAt: t.clock.now().toISOString() } });

    const again = await t.call({ method: 'POST', url: `/api/v1/orders/${created.data.id}/confirm-entry`, headers: checker });
    expect(again.statusCode).toBe(409);
    expect(again.data.code).toBe('invalid_transition');

    const history = await t.call({ method: 'GET', url: `/api/v1/orders/${created.data.id}/events`, headers: checker });
    expect(history.data.items.map((e: any) => [e.action, e.actorLabel])).toEqual([
      ['order.received', 'maker'],
      ['order.numbered', 'maker'],
      ['order.entry_confirmed', 'checker'],
      ['review.started', 'checker'],
    ]);
    expect(history.data.items[1].after).toEqual({ number: created.data.number });
    expect(history.data.items[2].after.transitions.map((s: any) => s.to)).toEqual(['received', 'under_review']);
  });

  test('a confirmed order with audit findings goes to exception', async () => {
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/orders',
      headers: await t.as('specialist', 'maker'),
      payload: { customerId: vip.id, channel: 'email', lines: [{ productId: deviceA.id, quantity: 1 }], paymentStatus: 'paid' },
    });
    const confirmed = await t.call({ method: 'POST', url: `/api/v1/orders/${created.data.id}/confirm-entry`, headers: await t.as('manager') });
    expect(confirmed.data.status).toBe('exception');
  });

  test('which channels need the check is a setting', async () => {
    const manager = await t.as('manager');
    const current = await t.call({ method: 'GET', url: '/api/v1/settings/order-intake', headers: manager });
    expect(current.data).toEqual({ value: { entryCheckChannels: ['phone', 'email', 'in_person'], duplicateWindowHours: 24 }, version: 0, updatedAt: null, updatedBy: null });
    const saved = await t.call({
      method: 'PUT',
      url: '/api/v1/settings/order-intake',
      headers: { ...manager, 'if-match': '"0"' },
      payload: { entryCheckChannels: ['in_person'], duplicateWindowHours: 24 },
    });
    expect(saved.statusCode).toBe(200);
    const phone = await placeOrder(t, { customerId: vip.id, channel: 'phone', requestedDeliveryDate: daysAfter(t, 6), lines: [{ productId: deviceA.id, quantity: 1 }], paymentStatus: 'paid' });
    expect(phone.data.status).toBe('under_review');
    const stale = await t.call({
      method: 'PUT',
      url: '/api/v1/settings/order-intake',
      headers: { ...manager, 'if-match': '"0"' },
      payload: { entryCheckChannels: ['phone', 'email', 'in_person'], duplicateWindowHours: 24 },
    });
    expect(stale.statusCode).toBe(412);
    await t.call({
      method: 'PUT',
      url: '/api/v1/settings/order-intake',
      headers: { ...manager, 'if-match': '"1"' },
      payload: { entryCheckChannels: ['phone', 'email', 'in_person'], duplicateWindowHours: 24 },
    });
  });
});

describe('priority settings and manager override', () => {
  test('weights and thresholds saved as settings change how new orders score', async () => {
    const manager = await t.as('manager');
    const { data: current } = await t.call({ method: 'GET', url: '/api/v1/settings/order-priority', headers: manager });
    const contradictory = await t.call({
      method: 'PUT',
      url: '/api/v1/settings/order-priority',
      headers: { ...manager, 'if-match': `"${current.version}"` },
      payload: { ...current.value, thresholds: { high: 5, medium: 6 } },
    });
    expect(contradictory.statusCode).toBe(422);
    expect(contradictory.data).toMatchObject({ code: 'invalid_setting', errors: [{ path: '/thresholds/high' }] });

    const saved = await t.call({
      method: 'PUT',
      url: '/api/v1/settings/order-priority',
      headers: { ...manager, 'if-match': `"${current.version}"` },
      payload: { ...current.value, thresholds: { high: 5, medium: 4 } },
    });
    expect(saved.statusCode).toBe(200);
    const res = await placeOrder(t, { customerId: normal.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: consumableB.id, quantity: 1 }], paymentStatus: 'paid' });
    expect(res.data.priority).toMatchObject({ level: 'high', score: 5 });
    await t.call({ method: 'PUT', url: '/api/v1/settings/order-priority', headers: { ...manager, 'if-match': '"1"' }, payload: current.value });
  });

  test('a manager overrides with a reason; deadlines follow; others may not', async () => {
    const order = await placeOrder(t, { customerId: normal.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 20), lines: [{ productId: consumableB.id, quantity: 1 }], paymentStatus: 'paid' });
    expect(order.data.priority.level).toBe('low');
    const url = `/api/v1/orders/${order.data.id}/priority-override`;
    const payload = { level: 'high', reason: '客户为战略合作伙伴，总经理批示加急' };

    expect((await t.call({ method: 'POST', url, headers: { ...(await t.as('sales')), 'if-match': '"1"' }, payload })).statusCode).toBe(403);
    const noVersion = await t.call({ method: 'POST', url, headers: await t.as('manager'), payload });
    expect(noVersion.statusCode).toBe(428);
    const stale = await t.call({ method: 'POST', url, headers: { ...(await t.as('manager')), 'if-match': '"7"' }, payload });
    expect(stale.statusCode).toBe(412);

    const res = await t.call({ method: 'POST', url, headers: { ...(await t.as('manager')), 'if-match': '"1"' }, payload });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.data.priority).toMatchObject({ level: 'high', scoredLevel: 'low', override: { level: 'high', reason: payload.reason, by: 'manager' } });
    const received = Date.parse(res.data.receivedAt);
    expect(Date.parse(res.data.responseDueAt) - received).toBe(60 * 60_000);
    expect(Date.parse(res.data.planDueAt) - received).toBe(120 * 60_000);
  });
});

describe('the order list', () => {
  test('filters and keyset pages cover every order exactly once, newest first', async () => {
    const headers = await t.as('production');
    const seen: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await t.call({ method: 'GET', url: `/api/v1/orders?limit=3${cursor ? `&cursor=${cursor}` : ''}`, headers });
      expect(page.statusCode).toBe(200);
      seen.push(...page.data.items);
      cursor = page.data.nextCursor;
    } while (cursor);
    expect(new Set(seen.map((o) => o.id)).size).toBe(seen.length);
    const received = seen.map((o) => o.receivedAt);
    expect(received).toEqual([...received].sort().reverse());
    const all = await t.call({ method: 'GET', url: '/api/v1/orders?limit=200', headers });
    expect(seen.map((o) => o.id)).toEqual(all.data.items.map((o: any) => o.id));
    expect(seen.at(-1).number).toBe('202405-001');

    const exceptions = await t.call({ method: 'GET', url: '/api/v1/orders?status=exception', headers });
    expect(exceptions.data.items.length).toBeGreaterThan(0);
    expect(exceptions.data.items.every((o: any) => o.status === 'exception')).toBe(true);

    const byCustomer = await t.call({ method: 'GET', url: `/api/v1/orders?customerId=${normal.id}&priority=low`, headers });
    expect(byCustomer.data.items.length).toBeGreaterThan(0);
    expect(byCustomer.data.items.every((o: any) => o.customer.id === normal.id && o.priority.level === 'low')).toBe(true);

    expect((await t.call({ method: 'GET', url: '/api/v1/orders?q=202405-001', headers })).data.items.map((o: any) => o.number)).toEqual(['202405-001']);
    expect((await t.call({ method: 'GET', url: '/api/v1/orders?q=TM-20240510-0001', headers })).data.items.map((o: any) => o.number)).toEqual(['202405-001']);
    const byName = await t.call({ method: 'GET', url: `/api/v1/orders?q=${encodeURIComponent('个人')}`, headers });
    expect(byName.data.items.length).toBeGreaterThan(0);
    expect(byName.data.items.every((o: any) => o.customer.name === '*个人客户')).toBe(true);
  });

  test('numbers restart each month and widen past 999', async () => {
    t.clock.set('2024-05-31T16:30:00Z'); // 2024-06-01 00:30 in Shanghai
    const june = await placeOrder(t, { customerId: vip.id, channel: 'api', requestedDeliveryDate: '2024-06-20', lines: [{ productId: consumableB.id, quantity: 1 }], paymentStatus: 'paid' });
    expect(june.data.number).toBe('202406-001');
    await t.database.db.execute(`UPDATE order_counters SET last = 999 WHERE month = '202406'` as never);
    const wide = await placeOrder(t, { customerId: vip.id, channel: 'api', requestedDeliveryDate: '2024-06-20', lines: [{ productId: consumableB.id, quantity: 2 }], paymentStatus: 'paid' });
    expect(wide.data.number).toBe('202406-1000');
  });
});

describe('channel references are each customer’s own (issue 11, finding 8)', () => {
  test('another customer may use the same reference: they get an order of their own and learn nothing of the first; each repeat finds its own', async () => {
    const order = (customerId: string) => ({ customerId, channel: 'b2b_direct', externalRef: 'PO-2024-4711', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: consumableB.id, quantity: 3 }], paymentStatus: 'paid' });
    const first = await placeOrder(t, order(vip.id));
    expect(first.statusCode).toBe(201);

    const second = await placeOrder(t, order(normal.id));
    expect(second.statusCode).toBe(201);
    expect(second.data).toMatchObject({ customer: { id: normal.id }, externalRef: 'PO-2024-4711' });
    expect(second.data.id).not.toBe(first.data.id);
    expect(JSON.stringify(second.data)).not.toContain(first.data.number);

    const firstAgain = await placeOrder(t, order(vip.id));
    expect(firstAgain.statusCode).toBe(200);
    expect(firstAgain.data.id).toBe(first.data.id);
    const secondAgain = await placeOrder(t, order(normal.id));
    expect(secondAgain.statusCode).toBe(200);
    expect(secondAgain.data.id).toBe(second.data.id);

    // Staff looking the reference up find both customers' orders.
    const found = await t.call({ method: 'GET', url: '/api/v1/orders?q=PO-2024-4711', headers: await t.as('admin') });
    expect(found.data.items.map((o: any) => o.id).sort()).toEqual([first.data.id, second.data.id].sort());
  });
});
