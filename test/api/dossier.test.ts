import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chainFor } from '../../src/platform/audit/record.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { deliverOrder } from '../support/fulfilment.js';
import { pdfText } from '../support/pdf-text.js';
import { linksIn, startSmtpServer } from '../support/receivers.js';

/*
 * An order's dossier (issue 14 item 7): one order is taken through the review, its plan, a
 * shipment, acceptance, a payment and the survey (whose low score opens a complaint case)
 * through the API and the worker; its dossier then holds each part, its events with their
 * hashes and a check of their chain, which a tampered event breaks.
 */

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let order: any;
const hour = 3_600_000;

async function dossier(query = '', headers?: Record<string, string>) {
  return t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/dossier${query}`, headers: headers ?? (await t.as('manager')) });
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url, ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  // Prepaid terms: an unpaid order waits in the review for finance.
  const customer = await createCustomer(t, { name: '成都天府食品机械', paymentTerms: { kind: 'prepaid' }, contacts: [{ name: '李采购', phone: '13800000009', email: 'li@tianfu.test', primary: true }] });
  const product = await createProduct(t, { name: '离心泵', priceMinor: 1_200_00 });
  await receiveStock(t, product.id, 20);
  const placed = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: product.id, quantity: 2 }], paymentStatus: 'unpaid' });
  expect(placed.data.status).toBe('under_review');
  order = placed.data;

  // Every review step is approved by a person of its role.
  for (;;) {
    const { data: review } = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/review`, headers: await t.as('admin') });
    const waiting = review.rounds.flatMap((r: any) => r.steps).find((s: any) => s.status === 'waiting');
    if (!waiting) break;
    const decided = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/review/${waiting.id}`, headers: await t.as(waiting.role), payload: { decision: 'approve', comment: '同意' } });
    expect(decided.statusCode).toBe(200);
  }
  const paid = await t.call({
    method: 'POST',
    url: `/api/v1/orders/${order.id}/payments`,
    headers: await t.as('finance'),
    payload: { amountMinor: 2_400_00, currency: 'CNY', method: 'bank_transfer', paidOn: daysAfter(t, 0), reference: 'HX-001' },
  });
  expect(paid.statusCode).toBe(201);

  // The worker plans it; each stage before delivery is done by its owner.
  t.clock.advance(hour);
  await t.drain();
  const { data: plan } = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/plan`, headers: await t.as('manager') });
  for (const stage of plan.stages.filter((s: any) => !s.delivery)) {
    t.clock.advance(hour);
    const done = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/plan/stages/${stage.id}/progress`, headers: await t.as(stage.ownerRole), payload: { status: 'done' } });
    expect(done.statusCode).toBe(200);
  }
  const ready = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: await t.as('manager') })).data;
  expect(ready.status).toBe('ready_to_ship');

  t.clock.advance(hour);
  const delivered = await deliverOrder(t, ready);
  const accepted = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/acceptance`, headers: await t.as('logistics'), payload: { lines: delivered.lines.map((l: any) => ({ lineId: l.id, result: 'pass' })) } });
  expect(accepted.statusCode).toBe(201);

  // The survey goes out a day after delivery; its low score opens a complaint case.
  await t.drain();
  t.clock.advance(25 * hour);
  await t.drain();
  const mail = smtp.received.find((m) => m.subject === `满意度调查：${order.number}`);
  const token = linksIn(mail!)[0]!.split('/').pop();
  const answered = await t.call({ method: 'POST', url: `/api/v1/surveys/${token}`, payload: { responseSpeed: 4, productQuality: 2, deliveryTimeliness: 5, serviceAttitude: 4, comments: '泵体有划痕' } });
  expect(answered.statusCode).toBe(201);
  order = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: await t.as('manager') })).data;
}, 120_000);

afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('the dossier', () => {
  test('holds the order, its review, plan, shipment, acceptance, case, survey, payment and every event with its hash; the chain holds', async () => {
    const res = await dossier();
    expect(res.statusCode).toBe(200);
    const d = res.data;
    expect(d.order).toMatchObject({ id: order.id, number: order.number, totals: { totalMinor: 2_400_00, currency: 'CNY' }, lines: [{ name: '离心泵', quantity: 2 }] });
    expect(d.revisions).toEqual([]);
    expect(d.review.status).toBe('approved');
    // The automatic checks pass by themselves; the people of the chain approve the rest.
    expect(d.review.rounds[0].steps.every((s: any) => s.status === 'approved' && (s.decidedByLabel === 'system' || s.comment === '同意'))).toBe(true);
    expect(d.review.rounds[0].steps.some((s: any) => s.decidedByLabel === 'finance')).toBe(true);
    expect(d.plan.stages.filter((s: any) => !s.delivery).every((s: any) => s.status === 'done')).toBe(true);
    expect(d.shipments).toMatchObject([{ carrier: { name: '顺丰速运' }, status: 'delivered', costMinor: 20_00 }]);
    expect(d.acceptance).toMatchObject({ result: 'pass' });
    expect(d.cases).toMatchObject([{ type: 'complaint', source: 'survey', summaryCode: 'case.low_scores' }]);
    expect(d.survey).toMatchObject({ status: 'answered' });
    expect(d.feedback).toMatchObject([{ channel: 'link', productQuality: 2, comments: '泵体有划痕' }]);
    expect(d.payments).toMatchObject({ items: [{ amountMinor: 2_400_00, method: 'bank_transfer' }], balance: { paymentStatus: 'paid' } });

    const actions = d.events.map((e: any) => e.action);
    for (const action of ['order.received', 'review.step_decided', 'order.approved', 'order.payment_recorded', 'plan.created', 'plan.stage_progressed', 'order.shipped', 'order.accepted', 'order.survey_sent', 'order.feedback_received']) {
      expect(actions).toContain(action);
    }
    expect(d.events.some((e: any) => e.entityType === 'aftersales_case' && e.entityId === d.cases[0].id)).toBe(true);
    expect(d.events.every((e: any) => /^[0-9a-f]{64}$/.test(e.hash) && /^[0-9a-f]{64}$/.test(e.prevHash) && e.chain === chainFor(order.customer.id, order.id))).toBe(true);
    const seqs = d.events.map((e: any) => e.seq);
    expect(d.verification).toEqual({
      ok: true,
      segments: [{ ok: true, chain: chainFor(order.customer.id, order.id), fromSeq: Math.min(...seqs), toSeq: Math.max(...seqs), checked: Math.max(...seqs) - Math.min(...seqs) + 1 }],
    });
  });

  test('each export is recorded on the order, by whom and in what form', async () => {
    await dossier('?format=json');
    const { data } = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/events?limit=200`, headers: await t.as('manager') });
    const exported = data.items.filter((e: any) => e.action === 'order.dossier_exported');
    expect(exported.at(-1)).toMatchObject({ actorLabel: 'manager', after: { format: 'json', chainIntact: true } });
    // The export just recorded is in the next dossier, and the chain still holds.
    const next = (await dossier()).data;
    expect(next.events.filter((e: any) => e.action === 'order.dossier_exported')).toHaveLength(exported.length);
    expect(next.verification.ok).toBe(true);
  });

  test('the PDF is in the reader’s language: statuses, stages and events as words, never codes', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}/dossier?format=pdf&lang=zh-CN`, headers: await t.as('manager') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="dossier-${order.number}.pdf"`);
    const pieces = pdfText(res.rawPayload);
    const text = pieces.join('\n');
    const { data } = await dossier();
    for (const words of ['订单档案', order.number, '成都天府食品机械', '离心泵', '订单评审', '通过', '执行计划与进度', '已完成', '顺丰速运', '已签收', '合格', '投诉', '满意度低分（产品质量 2）：泵体有划痕', '银行转账', '接收订单', '订单批准', '验收通过', '哈希链校验', '完好']) {
      expect(text).toContain(words);
    }
    for (const stage of data.plan.stages) expect(text).toContain(stage.name['zh-CN']);
    // A hash wraps within its cell: its pieces run on.
    expect(pieces.join('')).toContain(data.events[0].hash);
    // The survey answer's event is the customer's, in words (wrapped within its cell).
    expect(pieces.join('')).toContain('客户（调查链接）');
    for (const code of ['order.received', 'under_review', 'ready_to_ship', 'bank_transfer', 'low_scores', 'Order dossier', 'survey link']) expect(text).not.toContain(code);

    const english = await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}/dossier?format=pdf&lang=en`, headers: await t.as('manager') });
    const englishText = pdfText(english.rawPayload).join('\n');
    for (const words of ['Order dossier', 'Order received', 'Delivered', 'Low satisfaction scores (Product quality 2)', 'Intact']) expect(englishText).toContain(words);
  });

  test('an unknown order is 404 problem+json; a customer portal user may not read a dossier', async () => {
    const unknown = await t.call({ method: 'GET', url: '/api/v1/orders/00000000-0000-4000-8000-000000000000/dossier', headers: await t.as('manager') });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.data).toMatchObject({ status: 404, code: 'not_found' });
    expect((await dossier('?format=docx')).data).toMatchObject({ status: 400, code: 'validation_failed' });

    const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${order.customer.id}/portal-users`, headers: await t.as('sales'), payload: { email: 'li@tianfu.test', name: '李采购' } });
    expect(invited.statusCode).toBe(201);
    await t.drain();
    const link = smtp.received.filter((m) => m.to.includes('li@tianfu.test') && m.subject === '邀请您使用客户门户').flatMap(linksIn)[0]!;
    const followed = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${link.split('/').pop()}` });
    const session = followed.cookies.find((c) => c.name === 'ordo_session')!.value;
    const refused = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/dossier`, cookies: { ordo_session: session } });
    expect(refused.statusCode).toBe(403);
    expect(refused.data).toMatchObject({ code: 'forbidden' });
  });

  test('a tampered event is reported broken, at its place in the chain', async () => {
    const { data: before } = await dossier();
    const target = before.events.find((e: any) => e.action === 'order.accepted');
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(sql`UPDATE audit_events SET actor_label = 'someone else' WHERE chain = ${target.chain} AND seq = ${target.seq}`);
    });
    const { data: after } = await dossier();
    expect(after.verification.ok).toBe(false);
    expect(after.verification.segments[0]).toMatchObject({ ok: false, broken: { chain: target.chain, seq: target.seq, code: 'event_altered' } });
    const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}/dossier?format=pdf&lang=zh-CN`, headers: await t.as('manager') });
    expect(pdfText(pdf.rawPayload).join('\n')).toContain(`第 ${target.seq} 号事件内容与其哈希不符（事件被篡改）`);
  });
});

describe('the feedback export', () => {
  test('the list with its filters as CSV and XLSX, which parse back to what was answered', async () => {
    const manager = await t.as('manager');
    const csv = await t.app.inject({ method: 'GET', url: '/api/v1/feedback/export?format=csv&lang=zh-CN&lowScores=true', headers: manager });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="feedback-\d{8}\.csv"$/);
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.body.slice(1)) as string[][];
    expect(rows).toEqual([
      ['时间', '订单号', '客户', '响应速度', '产品质量', '交付及时性', '服务态度', '综合', '来源', '登记人', '意见', '改进建议'],
      [expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/), order.number, '成都天府食品机械', '4', '2', '5', '4', '3.8', '调查链接', '客户（调查链接）', '泵体有划痕', ''],
    ]);

    const xlsx = await t.app.inject({ method: 'GET', url: `/api/v1/feedback/export?format=xlsx&lang=en&orderId=${order.id}&columns=order,overall,channel`, headers: manager });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Customer feedback');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Order', 'Overall', 'Source']);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([order.number, 3.8, 'Survey link']);
    expect(sheet.rowCount).toBe(2);

    // An empty selection is a valid file with its headers only.
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/feedback/export?format=csv&lang=en&channel=phone&columns=order', headers: manager });
    expect(none.body).toBe('\uFEFFOrder\r\n');
    expect((await t.call({ method: 'GET', url: '/api/v1/feedback/export?format=pdf', headers: manager })).statusCode).toBe(400);
    expect((await t.call({ method: 'GET', url: '/api/v1/feedback/export?format=csv', headers: await t.as('warehouse') })).statusCode).toBe(403);
  });
});
