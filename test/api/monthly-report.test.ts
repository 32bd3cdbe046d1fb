import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';
import { pdfText } from '../support/pdf-text.js';
import { startSmtpServer } from '../support/receivers.js';

/*
 * A known November 2026 (Asia/Shanghai) built through the API and the worker, and one order
 * in October to compare with. Every expected figure below is worked out by hand from it.
 *
 * October: O (api) received 10-30 10:00, planned 2 h later.
 * November, received 11-02: A 09:00 (b2b_direct), B 09:00 (marketplace, no delivery date → exception),
 * C 09:30 (api, VIP → medium priority, through the review), D 09:45 (b2b_direct); the worker
 * plans A, C and D at 10:00 → response 1 h, 0.5 h, 0.25 h.
 * The plan promises 11-04 to all three (stock on the shelf).
 * A: shipped by 顺丰速运 for 20.00, delivered 11-03 10:00, accepted 11-05 11:00 (3 d 2 h), scores 5 4 5 4.
 * D: shipped by 顺丰速运 for 20.00, delivered 11-04 10:00, accepted 11-07 09:45 (5 d), scores 3 4 4 5.
 * C: its stages run late; shipped by 德邦物流 for 150.00, delivered 11-20 (after its promise), acceptance fails → a case.
 */

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let trusted: any;
let vip: any;
let device: any;
let pump: any;
const orders: Record<'O' | 'A' | 'B' | 'C' | 'D', any> = {} as never;

/** Shanghai wall time → the instant. */
const at = (local: string) => new Date(`${local}+08:00`).toISOString();

async function report(month: string, query = ''): Promise<any> {
  const res = await t.call({ method: 'GET', url: `/api/v1/reports/monthly?month=${month}${query}`, headers: await t.as('manager') });
  expect(res.statusCode).toBe(200);
  return res.data;
}

function figure(r: any, key: string): any {
  const found = r.figures.find((f: any) => f.key === key);
  if (!found) throw new Error(`no figure ${key} in ${r.figures.map((f: any) => f.key).join(', ')}`);
  return found;
}

async function drillDown(month: string, key: string): Promise<string[]> {
  const res = await t.call({ method: 'GET', url: `/api/v1/reports/monthly/orders?month=${month}&figure=${encodeURIComponent(key)}`, headers: await t.as('manager') });
  expect(res.statusCode).toBe(200);
  return res.data.items.map((o: any) => o.number).sort();
}

/** Starts a planned order as its first stage's owner would: those steps belong to planning, so the test writes the status they reach (as test/support's startExecution does for approved orders). */
async function startPlanned(orderId: string): Promise<void> {
  await t.database.db.execute(sql`UPDATE orders SET status = 'in_progress', version = version + 1 WHERE id = ${orderId}::uuid AND status = 'planned'`);
}

async function ship(order: any, carrier: { kind: string; name: string }, costMinor: number, deliveredAt: string): Promise<void> {
  const res = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/ready-to-ship`, headers: await t.as('warehouse') });
  expect(res.statusCode).toBe(200);
  const shipped = await t.call({
    method: 'POST',
    url: `/api/v1/orders/${order.id}/shipments`,
    headers: await t.as('warehouse'),
    payload: { carrier, trackingNumber: `T${order.number}`, costMinor, lines: order.lines.map((l: any) => ({ lineId: l.id, quantity: l.quantity })) },
  });
  expect(shipped.statusCode).toBe(201);
  t.clock.set(deliveredAt);
  const delivered = await t.call({ method: 'POST', url: `/api/v1/shipments/${shipped.data.id}/events`, headers: await t.as('logistics'), payload: { status: 'delivered', at: deliveredAt } });
  expect(delivered.statusCode).toBe(201);
}

async function accept(order: any, result: 'pass' | 'fail', when: string): Promise<void> {
  t.clock.set(when);
  const res = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/acceptance`, headers: await t.as('logistics'), payload: { lines: order.lines.map((l: any) => ({ lineId: l.id, result, ...(result === 'fail' ? { comment: '外壳破损' } : {}) })) } });
  expect(res.statusCode).toBe(201);
}

async function phoneFeedback(order: any, scores: [number, number, number, number]): Promise<void> {
  const [responseSpeed, productQuality, deliveryTimeliness, serviceAttitude] = scores;
  const res = await t.call({ method: 'POST', url: '/api/v1/feedback', headers: await t.as('after_sales'), payload: { orderId: order.id, responseSpeed, productQuality, deliveryTimeliness, serviceAttitude } });
  expect(res.statusCode).toBe(201);
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ now: at('2026-10-30T10:00:00'), env: { ORDO_SMTP_URL: smtp.url } });
  trusted = await createTrustedCustomer(t, { name: '杭州云帆贸易' });
  vip = await createTrustedCustomer(t, { name: '华东精密制造', tier: 'vip' });
  device = await createProduct(t, { name: 'A型设备', priceMinor: 100_00 });
  pump = await createProduct(t, { name: '离心泵', priceMinor: 200_00 });
  await receiveStock(t, device.id, 100);
  await receiveStock(t, pump.id, 100);

  orders.O = await placeApprovedOrder(t, trusted.id, [{ productId: device.id, quantity: 1 }], { channel: 'api' });
  t.clock.set(at('2026-10-30T12:00:00'));
  await t.drain();

  t.clock.set(at('2026-11-02T09:00:00'));
  orders.A = await placeApprovedOrder(t, trusted.id, [{ productId: device.id, quantity: 2 }]);
  orders.B = (await placeOrder(t, { customerId: trusted.id, channel: 'marketplace', lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'unpaid' })).data;
  expect(orders.B.status).toBe('exception');
  t.clock.set(at('2026-11-02T09:30:00'));
  orders.C = await placeApprovedOrder(t, vip.id, [{ productId: pump.id, quantity: 1 }], { channel: 'api' });
  expect(orders.C.priority.level).toBe('medium');
  t.clock.set(at('2026-11-02T09:45:00'));
  orders.D = await placeApprovedOrder(t, trusted.id, [{ productId: device.id, quantity: 1 }], { requestedDeliveryDate: daysAfter(t, 10) });
  t.clock.set(at('2026-11-02T10:00:00'));
  await t.drain();

  for (const key of ['A', 'C', 'D'] as const) await startPlanned(orders[key].id);
  t.clock.set(at('2026-11-03T09:00:00'));
  await ship(orders.A, { kind: 'express', name: '顺丰速运' }, 20_00, at('2026-11-03T10:00:00'));
  await accept(orders.A, 'pass', at('2026-11-05T11:00:00'));
  await phoneFeedback(orders.A, [5, 4, 5, 4]);
  t.clock.set(at('2026-11-04T09:00:00'));
  await ship(orders.D, { kind: 'express', name: '顺丰速运' }, 20_00, at('2026-11-04T10:00:00'));
  await accept(orders.D, 'pass', at('2026-11-07T09:45:00'));
  await phoneFeedback(orders.D, [3, 4, 4, 5]);
  await t.drain();
  t.clock.set(at('2026-11-20T09:00:00'));
  await ship(orders.C, { kind: 'freight', name: '德邦物流' }, 150_00, at('2026-11-20T10:00:00'));
  await accept(orders.C, 'fail', at('2026-11-20T11:00:00'));
  t.clock.set(at('2026-11-25T09:00:00'));
  await t.drain();
}, 120_000);

afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('the monthly report', () => {
  test('every figure of a known month against hand-computed values, with the month before and the change', async () => {
    const r = await report('2026-11');
    expect(r).toMatchObject({ month: '2026-11', previousMonth: '2026-10', timeZone: 'Asia/Shanghai', state: 'open', revision: 0 });
    const values = (key: string) => {
      const f = figure(r, key);
      return [f.value, f.previous, f.change, f.orders];
    };
    expect(values('orders.total')).toEqual([4, 1, 3, 4]);
    expect(values('orders.byChannel:b2b_direct')).toEqual([2, 0, 2, 2]);
    expect(values('orders.byChannel:marketplace')).toEqual([1, 0, 1, 1]);
    expect(values('orders.byChannel:api')).toEqual([1, 1, 0, 1]);
    expect(values('orders.byType:standard')).toEqual([4, 1, 3, 4]);
    expect(values('orders.byPriority:low')).toEqual([3, 1, 2, 3]);
    expect(values('orders.byPriority:medium')).toEqual([1, 0, 1, 1]);
    // (1 + 0.5 + 0.25) / 3 h against October's 2 h; the median of 0.25, 0.5, 1.
    expect(values('response.averageHours')).toEqual([0.58, 2, -1.42, 3]);
    expect(values('response.medianHours')).toEqual([0.5, 2, -1.5, 3]);
    // A: 3 d 2 h, D: 5 d.
    expect(values('deliveryCycle.averageDays')).toEqual([4.04, null, null, 2]);
    expect(values('exceptions.count')).toEqual([1, 0, 1, 1]);
    expect(values('exceptions.rate')).toEqual([0.25, 0, 0.25, 4]);
    expect(values('satisfaction.average:responseSpeed')).toEqual([4, null, null, 2]);
    expect(values('satisfaction.average:productQuality')).toEqual([4, null, null, 2]);
    expect(values('satisfaction.average:deliveryTimeliness')).toEqual([4.5, null, null, 2]);
    expect(values('satisfaction.average:serviceAttitude')).toEqual([4.5, null, null, 2]);
    expect(values('satisfaction.average:overall')).toEqual([4.25, null, null, 2]);
    expect(values('onTime.rate')).toEqual([0.6667, null, null, 3]);
    expect(values('onTime.lateCount')).toEqual([1, 0, 1, 1]);
    // Approved at intake or by the review: response met; planned within the hour: plan met; B waits in exception past both.
    // Low: A and D met, B missed (October: O met).
    expect(values('sla.hitRate:response.low')).toEqual([0.6667, 1, -0.3333, 3]);
    expect(values('sla.hitRate:plan.low')).toEqual([0.6667, 1, -0.3333, 3]);
    expect(values('sla.hitRate:response.medium')).toEqual([1, null, null, 1]);
    expect(values('sla.hitRate:plan.medium')).toEqual([1, null, null, 1]);
    expect(values(`complaints.byProduct:${pump.sku}`)).toEqual([1, 0, 1, 1]);
    expect(figure(r, `complaints.byProduct:${pump.sku}`).label).toBe('离心泵');
    expect(values('logistics.costByCarrier:顺丰速运:CNY')).toEqual([40_00, 0, 40_00, 2]);
    expect(values('logistics.costByCarrier:德邦物流:CNY')).toEqual([150_00, 0, 150_00, 1]);
    expect(values('logistics.costPerOrderByCarrier:顺丰速运:CNY')).toEqual([20_00, 0, 20_00, 2]);
    expect(values('logistics.costPerOrder:CNY')).toEqual([63_33, 0, 63_33, 3]);

    // Every figure opens into its orders.
    const { A, B, C, D } = orders;
    expect(await drillDown('2026-11', 'orders.total')).toEqual([A.number, B.number, C.number, D.number].sort());
    expect(await drillDown('2026-11', 'exceptions.count')).toEqual([B.number]);
    expect(await drillDown('2026-11', 'onTime.lateCount')).toEqual([C.number]);
    expect(await drillDown('2026-11', 'deliveryCycle.averageDays')).toEqual([A.number, D.number].sort());
    expect(await drillDown('2026-11', 'logistics.costByCarrier:德邦物流:CNY')).toEqual([C.number]);
    expect(await drillDown('2026-10', 'orders.total')).toEqual([orders.O.number]);
  });

  test('bad input: an unknown month, a month not begun, an unknown format or figure', async () => {
    const manager = await t.as('manager');
    const problem = async (url: string) => (await t.call({ method: 'GET', url, headers: manager })).data;
    expect(await problem('/api/v1/reports/monthly?month=2026-13')).toMatchObject({ status: 400, code: 'month_invalid', errors: [{ path: '/month', in: 'query', code: 'month_invalid' }] });
    expect(await problem('/api/v1/reports/monthly?month=2026-12')).toMatchObject({ status: 400, code: 'month_in_future', errors: [{ path: '/month', in: 'query' }] });
    expect(await problem('/api/v1/reports/monthly?month=2026-11&format=docx')).toMatchObject({ status: 400, code: 'format_unknown', errors: [{ path: '/format', in: 'query' }] });
    expect(await problem('/api/v1/reports/monthly/orders?month=2026-11&figure=orders.byChannel:fax')).toMatchObject({ status: 404, code: 'figure_unknown', errors: [{ path: '/figure' }] });
    expect((await t.call({ method: 'POST', url: '/api/v1/reports/monthly/2026-11/recompute', headers: manager })).data).toMatchObject({ status: 409, code: 'month_not_closed' });
  });

  test('XLSX and CSV parse back to the same figures; the PDF is in Chinese', async () => {
    const r = await report('2026-11');
    const manager = await t.as('manager');
    const xlsx = await t.app.inject({ method: 'GET', url: '/api/v1/reports/monthly?month=2026-11&format=xlsx', headers: manager });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="monthly-report-2026-11.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['指标代码', '指标', '维度', '单位', '本月', '上月', '变化', '订单数']);
    const fromSheet = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => {
      if (n > 1) fromSheet.set(String(row.getCell(1).value), [row.getCell(5).value, row.getCell(6).value, row.getCell(8).value]);
    });
    const asFile = (f: any, v: number | null) => (v === null ? null : f.unit === 'money' ? v / 100 : v);
    for (const f of r.figures) expect(fromSheet.get(f.key)).toEqual([asFile(f, f.value), asFile(f, f.previous), f.orders]);
    expect(fromSheet.size).toBe(r.figures.length);

    const csv = await t.app.inject({ method: 'GET', url: '/api/v1/reports/monthly?month=2026-11&format=csv&lang=en', headers: manager });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Figure key,Figure,Dimension,Unit,This month,Previous month,Change,Orders');
    const fromCsv = new Map(lines.slice(1).map((line) => {
      const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
      return [cells[0], [cells[4], cells[5], cells[7]]];
    }));
    const asCsv = (f: any, v: number | null) => (v === null ? '' : String(asFile(f, v)));
    for (const f of r.figures) expect(fromCsv.get(f.key)).toEqual([asCsv(f, f.value), asCsv(f, f.previous), String(f.orders)]);

    const pdf = await t.app.inject({ method: 'GET', url: '/api/v1/reports/monthly?month=2026-11&format=pdf', headers: manager });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload).join('');
    for (const words of ['月度报表', '订单总数', '准时交付率', '异常订单率', '顺丰速运', '离心泵', '66.7%']) expect(text).toContain(words);
  });

  test('the month closes on the 1st into a snapshot that later edits do not move; a manager recomputes it, audited', async () => {
    const open = await report('2026-11');
    // 1 December, 06:00 in Shanghai: the closing job's slot.
    t.clock.set(at('2026-12-01T06:00:00'));
    await t.drain();
    const closed = await report('2026-11');
    expect(closed).toMatchObject({ state: 'closed', revision: 1, computedBy: 'system:monthly-report' });
    expect(closed.figures).toEqual(open.figures);
    const inbox = await t.call({ method: 'GET', url: '/api/v1/notifications', headers: await t.as('manager') });
    expect(inbox.data.items).toEqual(expect.arrayContaining([expect.objectContaining({ topic: 'report.month_closed', title: '2026-11 月度报表已生成' })]));
    // The manager's e-mail carries the closed month as a PDF in Chinese and an XLSX of the same figures.
    const mail = smtp.received.find((m) => m.subject === '2026-11 月度报表已生成');
    expect(mail?.to).toEqual(['manager.manager@example.test']);
    expect(mail!.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['monthly-report-2026-11.pdf', 'application/pdf'],
      ['monthly-report-2026-11.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    const printed = pdfText(mail!.attachments[0]!.content).join('');
    for (const words of ['月度报表', '订单总数', '准时交付率']) expect(printed).toContain(words);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(mail!.attachments[1]!.content as unknown as ArrayBuffer);
    const mailed = new Map<string, unknown>();
    workbook.worksheets[0]!.eachRow((row, n) => {
      if (n > 1) mailed.set(String(row.getCell(1).value), row.getCell(8).value);
    });
    for (const f of closed.figures) expect(mailed.get(f.key)).toBe(f.orders);

    // B is clarified and resubmitted in December; the worker plans it: a November order with a response time now.
    t.clock.set(at('2026-12-01T09:00:00'));
    const contact = await t.call({ method: 'POST', url: `/api/v1/orders/${orders.B.id}/contacts`, headers: await t.as('specialist'), payload: { channel: 'phone', summary: '客户确认交期', outcome: '交期定为下周' } });
    expect(contact.statusCode).toBe(201);
    const resubmitted = await t.call({ method: 'POST', url: `/api/v1/orders/${orders.B.id}/resubmit`, headers: await t.as('specialist'), payload: { corrections: { requestedDeliveryDate: daysAfter(t, 9) }, note: '已补交期' } });
    expect(resubmitted.statusCode).toBe(200);
    t.clock.set(at('2026-12-01T10:00:00'));
    await t.drain();
    expect((await report('2026-11')).figures).toEqual(open.figures);
    expect(await drillDown('2026-11', 'response.averageHours')).toHaveLength(3);

    expect((await t.call({ method: 'POST', url: '/api/v1/reports/monthly/2026-11/recompute', headers: await t.as('sales') })).statusCode).toBe(403);
    const recomputed = await t.call({ method: 'POST', url: '/api/v1/reports/monthly/2026-11/recompute', headers: await t.as('manager') });
    expect(recomputed.statusCode).toBe(200);
    expect(recomputed.data).toMatchObject({ state: 'closed', revision: 2, computedBy: 'manager' });
    // B waited from 11-02 09:00 to 12-01 10:00 (697 h): (1 + 0.5 + 0.25 + 697) / 4.
    expect(figure(recomputed.data, 'response.averageHours').value).toBe(174.69);
    expect(await drillDown('2026-11', 'response.averageHours')).toHaveLength(4);
    const trail = (await t.database.db.execute(sql`SELECT action, actor_label, before->'figures'->'response.averageHours' AS before, after->'figures'->'response.averageHours' AS after FROM audit_events WHERE entity_type = 'monthly_report' AND entity_id = '2026-11' ORDER BY seq`)) as unknown as { rows: unknown[] };
    expect(trail.rows).toEqual([
      { action: 'report.month_closed', actor_label: 'system:monthly-report', before: null, after: 0.58 },
      { action: 'report.month_recomputed', actor_label: 'manager', before: 0.58, after: 174.69 },
    ]);
  });
});
