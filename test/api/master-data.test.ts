import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('customers', () => {
  test('created with terms, contacts, addresses and tags; read back as entered', async () => {
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/customers',
      headers: await t.as('sales'),
      payload: {
        name: '华东精密制造股份有限公司',
        type: 'company',
        tier: 'vip',
        creditLimitMinor: 2_000_000_00,
        paymentTerms: { kind: 'net', netDays: 60 },
        contacts: [{ name: '张伟', phone: '13816620451', email: 'zhang.wei@example.test', primary: true }],
        addresses: [{ region: '上海市', city: '上海市', district: '浦东新区', line1: '秀浦路2388号', isDefault: true }],
        sourceChannel: 'trade_show',
        tags: ['重点客户', '汽车零部件', '重点客户'],
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.data).toMatchObject({ tier: 'vip', currency: 'CNY', paymentTerms: { kind: 'net', netDays: 60 }, tags: ['重点客户', '汽车零部件'], version: 1 });
    const read = await t.call({ method: 'GET', url: `/api/v1/customers/${created.data.id}`, headers: await t.as('production') });
    expect(read.data).toEqual(created.data);
  });

  test('edits need the version they were made against', async () => {
    const customer = await createCustomer(t, { name: '深圳鹏程电子' });
    const url = `/api/v1/customers/${customer.id}`;
    const headers = await t.as('finance');
    const missing = await t.call({ method: 'PATCH', url, headers, payload: { creditLimitMinor: 500_000_00 } });
    expect(missing.statusCode).toBe(428);
    expect(missing.data.code).toBe('precondition_required');

    t.clock.advance(60_000);
    const first = await t.call({ method: 'PATCH', url, headers: { ...headers, 'if-match': '"1"' }, payload: { creditLimitMinor: 500_000_00, tier: 'vip' } });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(first.data).toMatchObject({ creditLimitMinor: 500_000_00, tier: 'vip', version: 2, name: '深圳鹏程电子' });
    expect(first.data.updatedAt).not.toBe(first.data.createdAt);

    const stale = await t.call({ method: 'PATCH', url, headers: { ...headers, 'if-match': '"1"' }, payload: { tier: 'normal' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.data).toMatchObject({ code: 'precondition_failed', currentVersion: 2 });
    expect((await t.call({ method: 'GET', url, headers })).data.tier).toBe('vip');

    const history = await t.call({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.as('admin') });
    expect(history.data.ok).toBe(true);
  });

  test('the list filters by tier, tag and name, and its pages cover everyone once', async () => {
    for (const [name, tier, tags] of [
      ['甲客户', 'new', ['华南']],
      ['乙客户', 'normal', ['华南', '经销商']],
      ['丙客户', 'normal', []],
      ['丁客户', 'vip', ['经销商']],
    ] as const) {
      await createCustomer(t, { name, tier, tags });
    }
    const headers = await t.as('sales');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await t.call({ method: 'GET', url: `/api/v1/customers?limit=2${cursor ? `&cursor=${cursor}` : ''}`, headers });
      seen.push(...page.data.items.map((c: any) => c.id));
      cursor = page.data.nextCursor;
    } while (cursor);
    const all = await t.call({ method: 'GET', url: '/api/v1/customers?limit=200', headers });
    expect(seen).toEqual(all.data.items.map((c: any) => c.id));
    expect(new Set(seen).size).toBe(seen.length);

    const dealers = await t.call({ method: 'GET', url: `/api/v1/customers?tag=${encodeURIComponent('经销商')}&tier=normal`, headers });
    expect(dealers.data.items.map((c: any) => c.name)).toEqual(['乙客户']);
    const byName = await t.call({ method: 'GET', url: `/api/v1/customers?q=${encodeURIComponent('丙')}`, headers });
    expect(byName.data.items.map((c: any) => c.name)).toEqual(['丙客户']);
    const percent = await t.call({ method: 'GET', url: `/api/v1/customers?q=${encodeURIComponent('%')}`, headers });
    expect(percent.data.items).toEqual([]);
  });

  test('a production user may read customers but not create them', async () => {
    const res = await t.call({ method: 'POST', url: '/api/v1/customers', headers: await t.as('production'), payload: { name: 'x', type: 'company', tier: 'new' } });
    expect(res.statusCode).toBe(403);
    expect(res.data.code).toBe('forbidden');
  });
});

describe('products', () => {
  test('a SKU is unique; a kind cannot change', async () => {
    const product = await createProduct(t, { sku: 'A-2024', kind: 'stock' });
    const again = await t.call({ method: 'POST', url: '/api/v1/products', headers: await t.as('manager'), payload: { sku: 'A-2024', name: '另一个', unit: '台', priceMinor: 1, kind: 'stock' } });
    expect(again.statusCode).toBe(409);
    expect(again.data).toMatchObject({ code: 'already_exists', errors: [{ path: '/sku' }] });
    const kind = await t.call({ method: 'PATCH', url: `/api/v1/products/${product.id}`, headers: { ...(await t.as('manager')), 'if-match': '"1"' }, payload: { kind: 'service' } });
    expect(kind.statusCode).toBe(409);
    const price = await t.call({ method: 'PATCH', url: `/api/v1/products/${product.id}`, headers: { ...(await t.as('manager')), 'if-match': '"1"' }, payload: { priceMinor: 31_000_00, active: false } });
    expect(price.data).toMatchObject({ priceMinor: 31_000_00, active: false, version: 2 });
  });

  test('the list filters by kind and by SKU or name', async () => {
    await createProduct(t, { sku: 'SVC-INSTALL', name: '上门安装调试', kind: 'service', unit: '次' });
    const headers = await t.as('logistics');
    const services = await t.call({ method: 'GET', url: '/api/v1/products?kind=service', headers });
    expect(services.data.items.map((p: any) => p.sku)).toEqual(['SVC-INSTALL']);
    const bySku = await t.call({ method: 'GET', url: '/api/v1/products?q=svc-inst', headers });
    expect(bySku.data.items.map((p: any) => p.name)).toEqual(['上门安装调试']);
  });

  test('a warehouse user books stock but cannot create products', async () => {
    const warehouse = await t.as('warehouse');
    const denied = await t.call({ method: 'POST', url: '/api/v1/products', headers: warehouse, payload: { sku: 'W-1', name: 'x', unit: '件', priceMinor: 1, kind: 'stock' } });
    expect(denied.statusCode).toBe(403);
  });
});

describe('stock', () => {
  test('the ledger explains every number: on hand is the sum of its movements', async () => {
    const product = await createProduct(t);
    const customer = await createCustomer(t);
    const warehouse = await t.as('warehouse');
    const book = (kind: string, quantity: number, reason?: string) =>
      t.call({ method: 'POST', url: '/api/v1/stock/movements', headers: warehouse, payload: { productId: product.id, kind, quantity, ...(reason ? { reason } : {}) } });
    expect((await book('receipt', 40)).data.level).toEqual({ productId: product.id, onHand: 40, reserved: 0, available: 40 });
    t.clock.advance(60_000);
    await placeOrder(t, { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: product.id, quantity: 15 }], paymentStatus: 'paid' });
    t.clock.advance(60_000);
    const damaged = await book('adjustment', -5, '运输破损');
    expect(damaged.data.level).toEqual({ productId: product.id, onHand: 35, reserved: 15, available: 20 });

    const tooMuch = await book('adjustment', -21, '盘点');
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.data.code).toBe('stock_below_reserved');

    const ledger = await t.call({ method: 'GET', url: `/api/v1/products/${product.id}/stock/movements`, headers: warehouse });
    expect(ledger.data.items.map((m: any) => [m.kind, m.onHandDelta, m.reservedDelta, m.reason])).toEqual([
      ['adjustment', -5, 0, '运输破损'],
      ['reservation', 0, 15, null],
      ['receipt', 40, 0, null],
    ]);
    const sum = (key: string) => ledger.data.items.reduce((s: number, m: any) => s + m[key], 0);
    const level = await t.call({ method: 'GET', url: `/api/v1/products/${product.id}/stock`, headers: warehouse });
    expect(level.data).toEqual({ productId: product.id, onHand: sum('onHandDelta'), reserved: sum('reservedDelta'), available: 20 });
  });

  test('made-to-order and service products carry no stock', async () => {
    const custom = await createProduct(t, { kind: 'made_to_order' });
    const res = await t.call({ method: 'GET', url: `/api/v1/products/${custom.id}/stock`, headers: await t.as('warehouse') });
    expect(res.statusCode).toBe(409);
    expect(res.data.code).toBe('not_stocked');
  });

  test('without credentials nothing is shown', async () => {
    const product = await createProduct(t);
    await receiveStock(t, product.id, 1);
    const res = await t.call({ method: 'GET', url: `/api/v1/products/${product.id}/stock` });
    expect(res.statusCode).toBe(401);
    expect(res.data.code).toBe('unauthenticated');
  });
});
