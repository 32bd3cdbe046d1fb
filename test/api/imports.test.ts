import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, receiveStock } from '../support/fixtures.js';

/* Issue 15 item 1: customers, products, stock receipts and orders imported from XLSX or CSV —
 * a dry run that writes nothing, a real run that is idempotent and takes orders in through
 * the normal intake, each bad input a row error naming its column, GB18030 CSV. */

let t: TestApp;
let manager: Record<string, string>;

const boundary = 'ordo-import-boundary';
function multipart(fields: Record<string, string>, file?: { name: string; content: Buffer }): Buffer {
  const parts: Uint8Array[] = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), file.content, Buffer.from('\r\n'));
  return Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
}

async function upload(kind: string, file: { name: string; content: Buffer }, dryRun: boolean) {
  return t.call({ method: 'POST', url: '/api/v1/imports', headers: { ...manager, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: multipart({ kind, dryRun: String(dryRun) }, file) });
}

/** Uploads, lets the worker run the import, and answers its final view. */
async function runImport(kind: string, file: { name: string; content: Buffer }, dryRun: boolean) {
  const started = await upload(kind, file, dryRun);
  expect(started.statusCode, started.body).toBe(202);
  expect(started.data.state).toBe('queued');
  await t.drain();
  const done = await t.call({ method: 'GET', url: `/api/v1/imports/${started.data.id}`, headers: manager });
  return done.data;
}

async function outcome(id: string): Promise<string[][]> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}/outcome`, headers: manager });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('text/csv');
  return res.body
    .replace(/^\ufeff/, '')
    .trim()
    .split('\n')
    .map((line) => line.split(','));
}

const csv = (name: string, lines: string[]) => ({ name, content: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8') });

async function xlsx(name: string, rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  for (const row of rows) sheet.addRow(row);
  return { name, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

async function customerCount(q: string): Promise<number> {
  const res = await t.call({ method: 'GET', url: `/api/v1/customers?q=${encodeURIComponent(q)}&limit=100`, headers: manager });
  return res.data.items.length;
}

async function stockOf(productId: string) {
  return (await t.call({ method: 'GET', url: `/api/v1/products/${productId}/stock`, headers: manager })).data;
}

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.as('manager');
});
afterAll(async () => {
  await t?.close();
});

describe('customers', () => {
  const file = () =>
    csv('客户.csv', [
      '客户编码,客户名称*,联系人,联系电话,信用额度,标签',
      'C-001,杭州云帆贸易,李经理,13800000011,"50,000.00",重点、华东',
      ',苏州远航机电,赵工,１３９００００００１２,８０００,',
    ]);

  test('a dry run reports what would be created and writes nothing; a real run creates; a second run creates nothing new', async () => {
    const dry = await runImport('customers', file(), true);
    expect(dry).toMatchObject({ state: 'succeeded', dryRun: true, format: 'csv', encoding: 'utf-8', counts: { rows: 2, created: 2, failed: 0 } });
    expect(dry.mapping.slice(0, 2)).toEqual([
      { header: '客户编码', field: 'code' },
      { header: '客户名称*', field: 'name' },
    ]);
    expect(await customerCount('云帆')).toBe(0);

    const real = await runImport('customers', file(), false);
    expect(real.counts).toMatchObject({ rows: 2, created: 2, unchanged: 0, failed: 0 });
    const list = await t.call({ method: 'GET', url: `/api/v1/customers?q=${encodeURIComponent('远航')}`, headers: manager });
    expect(list.data.items).toEqual([expect.objectContaining({ name: '苏州远航机电', creditLimitMinor: 8000_00, contacts: [expect.objectContaining({ name: '赵工', phone: '13900000012' })] })]);
    const yunfan = (await t.call({ method: 'GET', url: `/api/v1/customers?q=${encodeURIComponent('云帆')}`, headers: manager })).data.items[0];
    expect(yunfan).toMatchObject({ creditLimitMinor: 50_000_00, tags: ['重点', '华东'] });

    const again = await runImport('customers', file(), false);
    expect(again.counts).toMatchObject({ rows: 2, created: 0, unchanged: 2 });
    expect(await customerCount('云帆')).toBe(1);
    expect((await outcome(again.id)).slice(1).map((line) => line.slice(0, 3))).toEqual([
      ['2', 'unchanged', 'C-001'],
      ['3', 'unchanged', '苏州远航机电'],
    ]);
  });

  test('GB18030 CSV, as Chinese Excel saves it, is read with its full-width digits', async () => {
    // 客户编码,客户名称,联系电话,信用额度 / GB-1,宁波东方机电,13700000007,"１２,５００" in GB18030.
    const bytes = Buffer.from(
      'bfcdbba7b1e0c2eb2cbfcdbba7c3fbb3c62cc1aacfb5b5e7bbb02cd0c5d3c3b6eeb6c80d0a47422d312cc4feb2a8b6abb7bdbbfab5e72c31333730303030303030372c22a3b1a3b22ca3b5a3b0a3b0220d0a',
      'hex',
    );
    const done = await runImport('customers', { name: 'gb.csv', content: bytes }, false);
    expect(done).toMatchObject({ state: 'succeeded', encoding: 'gb18030', counts: { created: 1, failed: 0 } });
    const found = await t.call({ method: 'GET', url: `/api/v1/customers?q=${encodeURIComponent('宁波东方')}`, headers: manager });
    expect(found.data.items[0]).toMatchObject({ name: '宁波东方机电', creditLimitMinor: 12_500_00 });
  });
});

describe('products and stock', () => {
  test('products by SKU from XLSX with English headers: created, then a changed price updated, the rest unchanged', async () => {
    const rows = [
      ['SKU', 'Product name', 'Unit', 'Unit price', 'Product kind'],
      ['IMP-A', '导入传感器', '个', '1,299.50', '库存'],
      ['IMP-B', '定制机柜', '台', 45000, 'made_to_order'],
    ];
    const dry = await runImport('products', await xlsx('products.xlsx', rows), true);
    expect(dry).toMatchObject({ format: 'xlsx', counts: { created: 2 } });
    const first = await runImport('products', await xlsx('products.xlsx', rows), false);
    expect(first.counts).toMatchObject({ created: 2, failed: 0 });
    const listed = await t.call({ method: 'GET', url: '/api/v1/products?q=IMP-A', headers: manager });
    expect(listed.data.items[0]).toMatchObject({ sku: 'IMP-A', priceMinor: 1299_50, kind: 'stock', unit: '个' });

    rows[1]![3] = '1,399.50';
    const dryChange = await runImport('products', await xlsx('products.xlsx', rows), true);
    expect(dryChange.counts).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const second = await runImport('products', await xlsx('products.xlsx', rows), false);
    expect(second.counts).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect((await t.call({ method: 'GET', url: '/api/v1/products?q=IMP-A', headers: manager })).data.items[0].priceMinor).toBe(1399_50);
  });

  test('stock receipts by reference + SKU: booked once however often the file comes', async () => {
    const product = await createProduct(t, { sku: 'STK-1' });
    const file = () => csv('入库.csv', ['入库单号,SKU,数量,备注', 'RK-20261204,STK-1,"1,200",首批', 'RK-20261205,STK-1,３０,']);
    const dry = await runImport('stock', file(), true);
    expect(dry.counts).toMatchObject({ created: 2 });
    expect((await stockOf(product.id)).onHand).toBe(0);
    expect((await runImport('stock', file(), false)).counts).toMatchObject({ created: 2 });
    expect((await runImport('stock', file(), false)).counts).toMatchObject({ created: 0, unchanged: 2 });
    expect((await stockOf(product.id)).onHand).toBe(1230);
  });
});

describe('orders through intake', () => {
  test('rows with one reference are one order: numbered, prioritised, stock reserved, reviewed — and not taken twice', async () => {
    const customer = await createCustomer(t, { name: '上海申达实业' });
    const sensor = await createProduct(t, { sku: 'ORD-S', priceMinor: 50_00 });
    const cable = await createProduct(t, { sku: 'ORD-C', priceMinor: 10_00 });
    await receiveStock(t, sensor.id, 100);
    await receiveStock(t, cable.id, 100);
    const rows = [
      ['外部单号', '客户名称', 'SKU', '数量', '要求交期', '付款状态'],
      ['PO-1001', '上海申达实业', 'ORD-S', 10, '2024年6月20日', '已付'],
      ['PO-1001', '上海申达实业', 'ORD-C', '２０', '', ''],
      ['PO-1002', '上海申达实业', 'ORD-S', 5, 45_473, '未付'],
    ];
    const dry = await runImport('orders', await xlsx('orders.xlsx', rows), true);
    expect(dry.counts).toMatchObject({ rows: 3, created: 3, failed: 0 });
    expect((await stockOf(sensor.id)).reserved).toBe(0);

    const real = await runImport('orders', await xlsx('orders.xlsx', rows), false);
    expect(real.counts).toMatchObject({ rows: 3, created: 3, failed: 0 });
    const orders = (await t.call({ method: 'GET', url: `/api/v1/orders?customerId=${customer.id}&limit=10`, headers: manager })).data.items;
    expect(orders).toHaveLength(2);
    const po1001 = (await t.call({ method: 'GET', url: `/api/v1/orders/${orders.find((o: any) => o.externalRef === 'PO-1001').id}`, headers: manager })).data;
    expect(po1001).toMatchObject({ channel: 'file_import', externalRef: 'PO-1001', requestedDeliveryDate: '2024-06-20', paymentStatus: 'paid', number: expect.stringMatching(/^\d{6}-\d{3,}$/) });
    expect(po1001.priority.level).toEqual(expect.stringMatching(/^(high|medium|low)$/));
    expect(po1001.lines.map((l: any) => [l.quantity, l.reservedQuantity])).toEqual([
      [10, 10],
      [20, 20],
    ]);
    // Past intake's audit and review, as an order entered by hand with the same lines would be.
    expect(['under_review', 'approved', 'planned']).toContain(po1001.status);
    const po1002 = orders.find((o: any) => o.externalRef === 'PO-1002');
    expect((await t.call({ method: 'GET', url: `/api/v1/orders/${po1002.id}`, headers: manager })).data.requestedDeliveryDate).toBe('2024-06-30');
    expect((await stockOf(sensor.id)).reserved).toBe(15);

    const again = await runImport('orders', await xlsx('orders.xlsx', rows), false);
    expect(again.counts).toMatchObject({ created: 0, unchanged: 3 });
    expect((await t.call({ method: 'GET', url: `/api/v1/orders?customerId=${customer.id}&limit=10`, headers: manager })).data.items).toHaveLength(2);
    expect((await stockOf(sensor.id)).reserved).toBe(15);
  });
});

describe('bad input', () => {
  test('a file that is not XLSX or CSV is refused; so is a wrong kind', async () => {
    const pdf = await upload('orders', { name: 'orders.pdf', content: Buffer.from('%PDF-1.7\n...') }, true);
    expect(pdf.statusCode).toBe(415);
    expect(pdf.data.code).toBe('unsupported_file_type');
    const fakeXlsx = await upload('orders', { name: 'orders.xlsx', content: Buffer.from('just text, not a workbook') }, true);
    expect(fakeXlsx.statusCode).toBe(415);
    const kind = await upload('invoices', csv('x.csv', ['a,b']), true);
    expect(kind.statusCode).toBe(400);
    expect(kind.data.errors).toEqual([expect.objectContaining({ path: '/kind', code: 'enum' })]);
  });

  test('missing required columns fail the import and name them', async () => {
    const done = await runImport('products', csv('p.csv', ['SKU,产品名称', 'X-1,某产品']), false);
    expect(done.state).toBe('failed');
    expect(done.failure).toMatchObject({ code: 'missing_columns', column: '单位, 单价, 产品类型' });
  });

  test('each bad row is reported with its column; the good rows of a real run are taken in all the same', async () => {
    const customer = await createCustomer(t, { name: '广州南方贸易' });
    const product = await createProduct(t, { sku: 'BAD-OK' });
    await receiveStock(t, product.id, 50);
    const file = csv('bad.csv', [
      '外部单号,客户名称,SKU,数量,要求交期',
      'B-1,广州南方贸易,BAD-OK,2,2024/12/4',
      'B-2,广州南方贸易,NO-SUCH-SKU,1,',
      'B-3,没有这个客户,BAD-OK,1,',
      'B-4,广州南方贸易,BAD-OK,一些,',
      'B-5,广州南方贸易,BAD-OK,1,2024-13-45',
      'B-1,广州南方贸易,BAD-OK,2,',
      'B-6,广州南方贸易,BAD-OK,"1,000",',
    ]);
    const dry = await runImport('orders', file, true);
    expect(dry.counts).toMatchObject({ rows: 7, created: 2, failed: 5 });
    expect(dry.errors.map((e: any) => [e.row, e.column, e.code])).toEqual([
      [3, 'SKU', 'unknown_product'],
      [4, '客户名称', 'unknown_customer'],
      [5, '数量', 'invalid_number'],
      [6, '要求交期', 'invalid_date'],
      [7, '外部单号', 'duplicate_row'],
    ]);
    const orders = async () => (await t.call({ method: 'GET', url: `/api/v1/orders?customerId=${customer.id}&limit=10`, headers: manager })).data.items;
    expect(await orders()).toHaveLength(0);

    const real = await runImport('orders', file, false);
    expect(real.counts).toMatchObject({ created: 2, failed: 5 });
    expect((await orders()).map((o: any) => o.externalRef).sort()).toEqual(['B-1', 'B-6']);
    const lines = await outcome(real.id);
    expect(lines[0]).toEqual(['row', 'outcome', 'reference', 'column', 'code', 'message']);
    expect(lines.slice(1).map((l) => [l[0], l[1], l[4]])).toEqual([
      ['2', 'created', ''],
      ['3', 'failed', 'unknown_product'],
      ['4', 'failed', 'unknown_customer'],
      ['5', 'failed', 'invalid_number'],
      ['6', 'failed', 'invalid_date'],
      ['7', 'failed', 'duplicate_row'],
      ['8', 'created', ''],
    ]);
  });

  test('an unknown customer code in an order row and a duplicate customer row are row errors', async () => {
    const done = await runImport('customers', csv('dup.csv', ['客户编码,客户名称', 'D-1,重复客户', 'D-1,重复客户']), true);
    expect(done.errors).toEqual([expect.objectContaining({ row: 3, column: '客户编码', code: 'duplicate_row' })]);
    const order = await runImport('orders', csv('o.csv', ['外部单号,客户编码,SKU,数量', 'Z-1,NOPE,BAD-OK,1']), true);
    expect(order.errors).toEqual([expect.objectContaining({ row: 2, column: '客户编码', code: 'unknown_customer' })]);
  });
});

describe('jobs, cancelling and templates', () => {
  test('a queued import can be cancelled: it stops, and nothing of it is taken in', async () => {
    const started = await upload('customers', csv('c.csv', ['客户名称', '取消测试客户']), false);
    const cancelled = await t.call({ method: 'POST', url: `/api/v1/imports/${started.data.id}/cancel`, headers: manager });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.data.state).toBe('cancelled');
    await t.drain();
    expect((await t.call({ method: 'GET', url: `/api/v1/imports/${started.data.id}`, headers: manager })).data).toMatchObject({ state: 'cancelled', counts: { rows: 0 } });
    expect(await customerCount('取消测试')).toBe(0);
    expect((await t.call({ method: 'POST', url: `/api/v1/imports/${started.data.id}/cancel`, headers: manager })).statusCode).toBe(409);
  });

  test('a dry run is run for real by its id', async () => {
    const dry = await runImport('customers', csv('c.csv', ['客户名称', '先检查后导入']), true);
    const run = await t.call({ method: 'POST', url: `/api/v1/imports/${dry.id}/run`, headers: manager });
    expect(run.statusCode).toBe(202);
    expect(run.data.dryRun).toBe(false);
    await t.drain();
    expect((await t.call({ method: 'GET', url: `/api/v1/imports/${run.data.id}`, headers: manager })).data.counts.created).toBe(1);
    expect(await customerCount('先检查后导入')).toBe(1);
  });

  test('templates carry the headers in Chinese or English, and a template reads back as the same columns', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/imports/templates/orders?format=xlsx', headers: manager });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((workbook.worksheets[0]!.getRow(1).values as string[]).slice(1, 5)).toEqual(['外部单号*', '渠道', '客户编码', '客户名称']);
    const en = await t.app.inject({ method: 'GET', url: '/api/v1/imports/templates/stock?format=csv&lang=en', headers: manager });
    expect(en.body).toBe('\ufeffReceipt reference*,SKU*,Quantity*,Note\r\n');
    const empty = await runImport('stock', { name: 'stock.csv', content: en.rawPayload }, true);
    expect(empty).toMatchObject({ state: 'succeeded', counts: { rows: 0 } });
  });

  test('only roles that may import start one', async () => {
    const res = await t.call({ method: 'POST', url: '/api/v1/imports', headers: { ...(await t.as('warehouse')), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: multipart({ kind: 'stock' }, csv('s.csv', ['入库单号,SKU,数量'])) });
    expect(res.statusCode).toBe(403);
  });
});
