import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { listOrders, type OrderQuery } from '../../src/modules/orders/service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

/* The order list as a table: its sorts (stable, keyset-paged), its search, its total, its export, and each user's preferences. */

let t: TestApp;
let customer: any;
let valve: any;
const placed: any[] = [];

beforeAll(async () => {
  t = await createTestApp();
  customer = await createCustomer(t, { name: '*表格客户', contacts: [{ name: '赵采购', phone: '13912345678', primary: true }] });
  valve = await createProduct(t, { name: '高压球阀 DN50', sku: 'VALVE-DN50', priceMinor: 7_00 });
  const pipe = await createProduct(t, { name: '无缝钢管', priceMinor: 3_00 });
  await receiveStock(t, valve.id, 1_000);
  await receiveStock(t, pipe.id, 1_000);
  // Ten orders: promise dates repeat (ties the sort must break), amounts vary, some with the valve.
  for (let i = 0; i < 10; i += 1) {
    const res = await placeOrder(t, {
      customerId: customer.id,
      channel: 'phone',
      requestedDeliveryDate: daysAfter(t, 20 + (i % 3) * 5),
      contact: i === 4 ? { name: '钱工程师', phone: '+86 137-0000-4444' } : { name: '赵采购', phone: '13912345678' },
      lines: [{ productId: i % 2 === 0 ? valve.id : pipe.id, quantity: 1 + i }],
      paymentStatus: 'paid',
    });
    expect(res.statusCode).toBe(201);
    placed.push(res.data);
    t.clock.advance(60_000);
  }
  // An order whose promise date is not set (yet): the column may hold none.
  const undated = await placeOrder(t, { customerId: customer.id, channel: 'phone', lines: [{ productId: pipe.id, quantity: 1 }], paymentStatus: 'paid' });
  expect(undated.statusCode).toBe(201);
  await t.database.db.execute(sql`UPDATE orders SET promised_delivery_date = NULL WHERE id = ${undated.data.id}`);
  placed.push(undated.data);
});
afterAll(async () => t?.close());

/** Every page of the list, following the cursor with a small page size. */
async function allPages(query: string, limit = 3): Promise<any[]> {
  const headers = await t.as('sales');
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const res: any = await t.call({ method: 'GET', url: `/api/v1/orders?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, headers });
    expect(res.statusCode).toBe(200);
    items.push(...res.data.items);
    cursor = res.data.nextCursor;
  } while (cursor);
  return items;
}

test('sorting by promise date puts orders without one last, breaks ties by id, and pages without losing or repeating a row', async () => {
  const rows = await allPages(`customerId=${customer.id}&sort=promiseDate`);
  expect(rows).toHaveLength(placed.length);
  expect(new Set(rows.map((o) => o.id)).size).toBe(placed.length);
  expect(rows.at(-1).promisedDeliveryDate).toBeNull();
  const dated = rows.filter((o) => o.promisedDeliveryDate);
  const key = (o: any) => `${o.promisedDeliveryDate}|${o.id}`;
  expect(dated.map(key)).toEqual([...dated.map(key)].sort());
  // Ties exist, so the id tiebreak is what keeps the pages apart.
  expect(new Set(dated.map((o) => o.promisedDeliveryDate)).size).toBeLessThan(dated.length);
  const backwards = await allPages(`customerId=${customer.id}&sort=promiseDate&order=desc`);
  expect(backwards.map((o) => o.id)).toEqual([...rows].reverse().map((o) => o.id));
});

test('each new sort is complete, ordered and stable across pages', async () => {
  const levelRank: Record<string, number> = { high: 0, medium: 1, low: 2 };
  const checks: Record<string, (a: any, b: any) => number> = {
    requestedDate: (a, b) => (a.requestedDeliveryDate ?? '9999').localeCompare(b.requestedDeliveryDate ?? '9999') || a.id.localeCompare(b.id),
    amount: (a, b) => a.totals.totalMinor - b.totals.totalMinor || a.id.localeCompare(b.id),
    priority: (a, b) => levelRank[a.priority.level]! - levelRank[b.priority.level]! || a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id),
    received: (a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.id.localeCompare(a.id),
  };
  for (const [sort, compare] of Object.entries(checks)) {
    const rows = await allPages(`customerId=${customer.id}&sort=${sort}`);
    expect(rows, sort).toHaveLength(placed.length);
    expect(rows.map((o) => o.id), sort).toEqual([...rows].sort(compare).map((o) => o.id));
  }
  const amounts = (await allPages(`customerId=${customer.id}&sort=amount&order=desc`)).map((o) => o.totals.totalMinor);
  expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
});

test('the list shows the owner by name and the current stage, and counts what it holds', async () => {
  const [first] = await allPages(`customerId=${customer.id}`, 1);
  expect(first.owner?.name).toBeTruthy();
  expect(first).toHaveProperty('currentStage');
  const headers = await t.as('sales');
  const total = await t.call({ method: 'GET', url: `/api/v1/orders/count?customerId=${customer.id}`, headers });
  expect(total.data.total).toBe(placed.length);
  const lateOnly = await t.call({ method: 'GET', url: `/api/v1/orders/count?customerId=${customer.id}&health=late`, headers });
  expect(lateOnly.data.total).toBe((await allPages(`customerId=${customer.id}&health=late`)).length);
});

test('search finds orders by a line product name or SKU, and by the contact name or phone digits', async () => {
  const byName = await allPages(`q=${encodeURIComponent('球阀')}`);
  expect(byName.map((o) => o.id).sort()).toEqual(placed.filter((_, i) => i < 10 && i % 2 === 0).map((o) => o.id).sort());
  expect((await allPages('q=valve-dn')).length).toBe(5);
  const byContact = await allPages(`q=${encodeURIComponent('钱工')}`);
  expect(byContact.map((o) => o.id)).toEqual([placed[4].id]);
  const byPhone = await allPages(`q=${encodeURIComponent('137 0000')}`);
  expect(byPhone.map((o) => o.id)).toEqual([placed[4].id]);
  expect(await allPages(`q=${encodeURIComponent('无此产品')}`)).toEqual([]);
});

test('the export holds every matching row in the sort asked, with zh-CN headers, as CSV and XLSX', async () => {
  const headers = await t.as('sales');
  const expected = await allPages(`customerId=${customer.id}&sort=promiseDate`, 50);
  const csv = await t.call({ method: 'GET', url: `/api/v1/orders/export?customerId=${customer.id}&sort=promiseDate&format=csv&lang=zh-CN`, headers });
  expect(csv.statusCode).toBe(200);
  expect(csv.headers['content-type']).toContain('text/csv');
  expect(csv.headers['content-disposition']).toMatch(/attachment; filename="orders-\d{8}\.csv"/);
  expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('订单号,客户,状态,进度健康,当前阶段,负责人,要求交期,承诺交期,下一时限,优先级,金额,币种,渠道,接单时间');
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(expected.map((o) => o.number));
  expect(lines[1]).toContain('电话');

  const chosen = await t.call({ method: 'GET', url: `/api/v1/orders/export?q=${encodeURIComponent('球阀')}&format=csv&lang=en&columns=promiseDate,number`, headers });
  const chosenLines = chosen.body.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(chosenLines[0]).toBe('Promised,Number');
  expect(chosenLines).toHaveLength(6);

  const xlsx = await t.call({ method: 'GET', url: `/api/v1/orders/export?customerId=${customer.id}&sort=amount&order=desc&format=xlsx&lang=zh-CN`, headers });
  expect(xlsx.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).values).toContain('承诺交期');
  expect(sheet.rowCount).toBe(placed.length + 1);
  const amountColumn = (sheet.getRow(1).values as string[]).indexOf('金额');
  const amounts = Array.from({ length: placed.length }, (_, i) => Number(sheet.getRow(i + 2).getCell(amountColumn).value));
  expect(amounts).toEqual([...amounts].sort((a, b) => b - a));

  const bad = await t.call({ method: 'GET', url: '/api/v1/orders/export?format=pdf', headers });
  expect(bad.statusCode).toBe(400);
  const unknownColumn = await t.call({ method: 'GET', url: '/api/v1/orders/export?format=csv&columns=number,secret', headers });
  expect(unknownColumn.statusCode).toBe(400);
  expect((await t.call({ method: 'GET', url: '/api/v1/orders/export?format=csv' })).statusCode).toBe(401);
});

test('preferences are per user, replaced whole, and limited in size', async () => {
  const mine = await t.as('specialist');
  const theirs = await t.as('sales');
  const url = '/api/v1/me/preferences/table.orders';
  expect((await t.call({ method: 'GET', url, headers: mine })).data).toEqual({ key: 'table.orders', value: null });
  const value = { hidden: ['channel'], order: ['number', 'promiseDate'], density: 'small' };
  const put = await t.call({ method: 'PUT', url, headers: mine, payload: { value } });
  expect(put.statusCode).toBe(200);
  expect((await t.call({ method: 'GET', url, headers: mine })).data.value).toEqual(value);
  expect((await t.call({ method: 'GET', url, headers: theirs })).data.value).toBeNull();
  await t.call({ method: 'PUT', url, headers: mine, payload: { value: { density: 'middle' } } });
  expect((await t.call({ method: 'GET', url, headers: mine })).data.value).toEqual({ density: 'middle' });

  const huge = await t.call({ method: 'PUT', url, headers: mine, payload: { value: { hidden: ['x'.repeat(9000)] } } });
  expect(huge.statusCode).toBe(413);
  expect(huge.data.code).toBe('payload_too_large');
  expect((await t.call({ method: 'PUT', url: '/api/v1/me/preferences/Bad%20Key', headers: mine, payload: { value: 1 } })).statusCode).toBe(400);
  const trail = await t.call({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.as('admin') });
  expect(trail.data.ok).toBe(true);
});

test('two characters find orders by the customer name, a line, or the contact, whatever the case; one character too', async () => {
  const other = await createCustomer(t, { name: '华东精密机械', contacts: [{ name: '孙经理', phone: '13600000000', primary: true }] });
  const theirs = await placeOrder(t, { customerId: other.id, channel: 'phone', requestedDeliveryDate: daysAfter(t, 20), lines: [{ productId: valve.id, quantity: 1 }], paymentStatus: 'paid' });
  expect(theirs.statusCode).toBe(201);
  const valveOrders = [...placed.filter((_, i) => i < 10 && i % 2 === 0), theirs.data].map((o) => o.id).sort();
  expect((await allPages(`q=${encodeURIComponent('精密')}`)).map((o) => o.id)).toEqual([theirs.data.id]);
  expect((await allPages('q=dn')).map((o) => o.id).sort()).toEqual(valveOrders);
  expect((await allPages(`q=${encodeURIComponent('赵采')}`)).map((o) => o.id).sort()).toEqual(placed.filter((_, i) => i !== 4).map((o) => o.id).sort());
  expect((await allPages(`q=${encodeURIComponent('阀')}`)).map((o) => o.id).sort()).toEqual(valveOrders);
  expect(await allPages(`q=${encodeURIComponent('精钢')}`)).toEqual([]);
});

test('a search pages the same whether it sorts the matches its indexes find or walks the list testing each order', async () => {
  // Walking is how a common term is read (more matches than a search collects); a small
  // table never has that many, so the walk is asked for here and compared with collecting.
  const clock = { now: t.clock.now(), timeZone: 'Asia/Shanghai' };
  const pages = async (query: Record<string, string>, searchCollectLimit?: number) => {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listOrders(t.database.db, clock, { ...query, limit: 2, ...(cursor ? { cursor } : {}), ...(searchCollectLimit === undefined ? {} : { searchCollectLimit }) } as OrderQuery);
      ids.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return ids;
  };
  const sorts: Record<string, string>[] = [{}, { order: 'desc' }, { sort: 'promiseDate' }, { sort: 'requestedDate', order: 'desc' }, { sort: 'priority' }, { sort: 'amount' }];
  for (const q of ['球阀', 'valve-dn', '赵采', '137 0000', '表格客户', '阀', '无此产品']) {
    for (const sort of sorts) {
      const query = { q, ...sort };
      const collected = await pages(query);
      expect(await pages(query, 0), JSON.stringify(query)).toEqual(collected);
      expect(await pages({ ...query, customerId: customer.id }, 0), JSON.stringify(query)).toEqual(collected.filter((id) => placed.some((o) => o.id === id)));
    }
  }
  expect(await pages({ q: '赵采' }, 0)).toHaveLength(placed.length - 1);
});
