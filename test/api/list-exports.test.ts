import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct } from '../support/fixtures.js';

/*
 * The customer and product lists sorted on the server, counted, and exported as the view
 * shows them: rows in the on-screen sort, headers in the reader's language, CSV with a BOM,
 * formulas neutralised, an empty selection as a header-only file, bad parameters named.
 */

let t: TestApp;
const tag = 'export-test';

beforeAll(async () => {
  t = await createTestApp();
  // Names, tiers and credit limits that sort differently from one another and from creation order.
  await createCustomer(t, { name: '丙 Bing 工贸', tier: 'new', creditLimitMinor: 5_000_00, tags: [tag] });
  t.clock.advance(60_000);
  await createCustomer(t, { name: '=HYPERLINK("http://x")', tier: 'normal', creditLimitMinor: 1_000_00, tags: [tag], contacts: [{ name: '+张三', phone: '13800000009', primary: true }] });
  t.clock.advance(60_000);
  await createCustomer(t, { name: '甲 Jia 科技', tier: 'vip', creditLimitMinor: 20_000_00, tags: [tag] });
  t.clock.advance(60_000);
  await createCustomer(t, { name: '乙 Yi 贸易', tier: 'vip', creditLimitMinor: 3_000_00, tags: [tag] });
  for (const [sku, name, priceMinor] of [
    ['EXP-C', '@阀门 C', 300_00],
    ['EXP-A', '阀门 A', 100_50],
    ['EXP-B', '-阀门 B', 200_00],
  ] as const) {
    await createProduct(t, { sku, name, priceMinor, category: 'export-test' });
    t.clock.advance(60_000);
  }
});
afterAll(async () => t?.close());

/** Every page of a list, following the cursor with a small page size. */
async function everyPage(path: string, limit = 2): Promise<any[]> {
  const headers = await t.as('sales');
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const res = await t.call({ method: 'GET', url: `${path}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, headers });
    expect(res.statusCode).toBe(200);
    items.push(...res.data.items);
    cursor = res.data.nextCursor;
  } while (cursor);
  return items;
}

/** A CSV file's rows as text, read by a CSV parser (cells are kept as written). */
async function csvRows(payload: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(Readable.from(payload.toString('utf8').replace(/^\uFEFF/, '')), { map: (value: unknown) => value });
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

async function xlsxRows(payload: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

test('customers sort on the server by tier, credit limit and creation time, keyset-paged without gaps or repeats', async () => {
  const byTier = await everyPage(`/api/v1/customers?tag=${tag}&sort=tier`);
  expect(byTier.map((c) => c.tier)).toEqual(['vip', 'vip', 'normal', 'new']);
  const byLimit = await everyPage(`/api/v1/customers?tag=${tag}&sort=creditLimit&order=desc`);
  expect(byLimit.map((c) => c.creditLimitMinor)).toEqual([20_000_00, 5_000_00, 3_000_00, 1_000_00]);
  const newest = await everyPage(`/api/v1/customers?tag=${tag}&sort=created&order=desc`, 1);
  expect(newest.map((c) => c.name)).toEqual(['乙 Yi 贸易', '甲 Jia 科技', '=HYPERLINK("http://x")', '丙 Bing 工贸']);
  const count = await t.call({ method: 'GET', url: `/api/v1/customers/count?tag=${tag}`, headers: await t.as('sales') });
  expect(count.data).toEqual({ total: 4 });
});

test('products sort by SKU and price, and count under the search', async () => {
  const bySku = await everyPage('/api/v1/products?q=EXP-&sort=sku');
  expect(bySku.map((p) => p.sku)).toEqual(['EXP-A', 'EXP-B', 'EXP-C']);
  const byPrice = await everyPage('/api/v1/products?q=EXP-&sort=price&order=desc', 1);
  expect(byPrice.map((p) => p.sku)).toEqual(['EXP-C', 'EXP-B', 'EXP-A']);
  const count = await t.call({ method: 'GET', url: '/api/v1/products/count?q=EXP-', headers: await t.as('sales') });
  expect(count.data).toEqual({ total: 3 });
});

test('an unknown sort, direction or tampered cursor is refused, naming the parameter', async () => {
  const headers = await t.as('sales');
  const sort = await t.call({ method: 'GET', url: '/api/v1/customers?sort=password', headers });
  expect(sort.statusCode).toBe(400);
  expect(sort.headers['content-type']).toContain('application/problem+json');
  expect(JSON.stringify(sort.data.errors)).toContain('sort');
  const order = await t.call({ method: 'GET', url: '/api/v1/products?sort=price&order=sideways', headers });
  expect(order.statusCode).toBe(400);
  expect(JSON.stringify(order.data.errors)).toContain('order');
  const firstPage = await t.call({ method: 'GET', url: `/api/v1/customers?tag=${tag}&sort=creditLimit&limit=1`, headers });
  // A name-sort cursor handed to the credit-limit sort is not a number: refused, not a 500.
  const nameCursor = Buffer.from(JSON.stringify(['甲', firstPage.data.items[0].id])).toString('base64url');
  const tampered = await t.call({ method: 'GET', url: `/api/v1/customers?sort=creditLimit&cursor=${nameCursor}`, headers });
  expect(tampered.statusCode).toBe(400);
  expect(tampered.data.code).toBe('invalid_cursor');
});

test('the customer export is the view: the on-screen sort, zh-CN headers, a BOM, decimal money and neutralised formulas', async () => {
  const headers = await t.as('sales');
  const shown = await everyPage(`/api/v1/customers?tag=${tag}&sort=creditLimit&order=desc`, 50);
  const csv = await t.call({ method: 'GET', url: `/api/v1/customers/export?tag=${tag}&sort=creditLimit&order=desc&format=csv&columns=name,tier,creditLimit,currency,contact,created`, headers: { ...headers, 'accept-language': 'zh-CN,zh;q=0.9' } });
  expect(csv.statusCode).toBe(200);
  expect(csv.headers['content-type']).toContain('text/csv');
  expect(csv.headers['content-disposition']).toMatch(/attachment; filename="customers-\d{8}\.csv"/);
  expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const rows = await csvRows(csv.rawPayload);
  expect(rows[0]).toEqual(['名称', '等级', '信用额度', '币种', '联系人', '创建时间']);
  const names = rows.slice(1).map((r) => r[0]);
  expect(names).toEqual(shown.map((c) => (c.name.startsWith('=') ? `'${c.name}` : c.name)));
  const formula = rows.find((r) => r[0]!.includes('HYPERLINK'))!;
  expect(formula[0]).toBe(`'=HYPERLINK("http://x")`);
  expect(formula[4]).toBe("'+张三");
  expect(rows[1]!.slice(1, 4)).toEqual(['VIP 客户', '20000', 'CNY']);
  // Created in the company's zone (Asia/Shanghai, UTC+8), minutes as people read them.
  expect(rows[1]![5]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  const created = new Date(shown[0].createdAt);
  const shanghai = new Date(created.getTime() + 8 * 3_600_000).toISOString();
  expect(rows[1]![5]).toBe(`${shanghai.slice(0, 10)} ${shanghai.slice(11, 16)}`);

  const english = await t.call({ method: 'GET', url: `/api/v1/customers/export?tag=${tag}&format=csv&columns=name,tier`, headers: { ...headers, 'accept-language': 'en-GB,en;q=0.8' } });
  expect((await csvRows(english.rawPayload))[0]).toEqual(['Name', 'Tier']);
});

test('the product export as XLSX holds the rows in the sort asked, with zh headers and formulas as text', async () => {
  const headers = await t.as('sales');
  const xlsx = await t.call({ method: 'GET', url: '/api/v1/products/export?q=EXP-&sort=price&order=asc&format=xlsx&lang=zh-CN&columns=sku,name,price,currency', headers });
  expect(xlsx.statusCode).toBe(200);
  expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  const rows = await xlsxRows(xlsx.rawPayload);
  expect(rows).toEqual([
    ['SKU', '名称', '价格', '币种'],
    ['EXP-A', '阀门 A', 100.5, 'CNY'],
    ['EXP-B', "'-阀门 B", 200, 'CNY'],
    ['EXP-C', "'@阀门 C", 300, 'CNY'],
  ]);
});

test('an empty selection gives a valid file with only the header', async () => {
  const headers = await t.as('sales');
  const csv = await t.call({ method: 'GET', url: '/api/v1/customers/export?q=nobody-by-this-name&format=csv&lang=zh-CN&columns=name,tier', headers });
  expect(csv.statusCode).toBe(200);
  expect(await csvRows(csv.rawPayload)).toEqual([['名称', '等级']]);
  const xlsx = await t.call({ method: 'GET', url: '/api/v1/products/export?q=nothing-like-this&format=xlsx&lang=en&columns=sku,name', headers });
  expect(await xlsxRows(xlsx.rawPayload)).toEqual([['SKU', 'Name']]);
});

test('an unknown format, column or filter is refused as problem+json naming the parameter', async () => {
  const headers = await t.as('sales');
  for (const [url, parameter] of [
    ['/api/v1/customers/export?format=pdf', 'format'],
    ['/api/v1/products/export?format=csv&columns=sku,cost', 'columns'],
    ['/api/v1/customers/export?format=csv&tier=gold', 'tier'],
    ['/api/v1/products/export?format=csv&colour=red', 'colour'],
  ] as const) {
    const res = await t.call({ method: 'GET', url, headers });
    expect(res.statusCode, url).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(res.data.errors), url).toContain(parameter);
  }
  expect((await t.call({ method: 'GET', url: '/api/v1/customers/export?format=csv' })).statusCode).toBe(401);
});

test('after-sales cases sort by type on the server, count under the filters, and export in that sort', async () => {
  const desk = await t.as('after_sales');
  const customer = await createCustomer(t, { name: '售后导出客户' });
  for (const [type, summary] of [
    ['repair', '=SUM(A1:A9) 水泵漏水'],
    ['consultation', '询问保修政策'],
    ['complaint', '送货延误'],
  ] as const) {
    const opened = await t.call({ method: 'POST', url: '/api/v1/cases', headers: desk, payload: { customerId: customer.id, type, summary, reportedVia: 'phone' } });
    expect(opened.statusCode).toBe(201);
    t.clock.advance(60_000);
  }
  const newestFirst = await everyPage(`/api/v1/cases?customerId=${customer.id}`, 1);
  expect(newestFirst.map((c) => c.type)).toEqual(['complaint', 'consultation', 'repair']);
  const byType = await everyPage(`/api/v1/cases?customerId=${customer.id}&sort=type&order=desc`, 1);
  expect(byType.map((c) => c.type)).toEqual(['repair', 'consultation', 'complaint']);
  const count = await t.call({ method: 'GET', url: `/api/v1/cases/count?customerId=${customer.id}&type=repair`, headers: desk });
  expect(count.data).toEqual({ total: 1 });

  const csv = await t.call({ method: 'GET', url: `/api/v1/cases/export?customerId=${customer.id}&sort=type&order=desc&format=csv&columns=type,summary,customer`, headers: { ...desk, 'accept-language': 'zh-CN' } });
  expect(csv.statusCode).toBe(200);
  expect(csv.headers['content-disposition']).toMatch(/filename="cases-\d{8}\.csv"/);
  expect(await csvRows(csv.rawPayload)).toEqual([
    ['类型', '问题描述', '客户'],
    ['维修', "'=SUM(A1:A9) 水泵漏水", '售后导出客户'],
    ['咨询', '询问保修政策', '售后导出客户'],
    ['投诉', '送货延误', '售后导出客户'],
  ]);
  const refused = await t.call({ method: 'GET', url: '/api/v1/cases?sort=summary', headers: desk });
  expect(refused.statusCode).toBe(400);
  expect(JSON.stringify(refused.data.errors)).toContain('sort');
});
