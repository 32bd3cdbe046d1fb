import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderEvents, orderReadyToShip, outboxTopics } from '../support/fulfilment.js';

let t: TestApp;
let customer: any;
let pump: any;
let hose: any;

beforeAll(async () => {
  t = await createTestApp(); // Friday 2024-05-10, 09:00 in Shanghai
  customer = await createTrustedCustomer(t, { name: '华东精密制造' });
  pump = await createProduct(t, { name: '水泵', unit: '台', priceMinor: 40_00 });
  hose = await createProduct(t, { name: '软管', unit: '米', priceMinor: 2_00 });
  await receiveStock(t, pump.id, 100);
  await receiveStock(t, hose.id, 500);
});
afterAll(async () => t?.close());

async function deliveredOrder(): Promise<any> {
  const ready = await orderReadyToShip(t, customer.id, [
    { productId: pump.id, quantity: 5 },
    { productId: hose.id, quantity: 50 },
  ]);
  return deliverOrder(t, ready);
}

async function accept(orderId: string, lines: unknown[], role: Parameters<TestApp['as']>[0] = 'logistics') {
  return t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/acceptance`, headers: await t.as(role), payload: { lines, comment: '客户现场验收' } });
}

async function order(id: string) {
  return (await t.call({ method: 'GET', url: `/api/v1/orders/${id}`, headers: await t.as('admin') })).data;
}

async function caseCall(method: 'GET' | 'POST', url: string, who: string, payload?: Record<string, unknown>) {
  return t.call({ method, url, headers: await t.as('after_sales', who), ...(payload !== undefined ? { payload } : {}) });
}

async function count(table: 'aftersales_cases' | 'acceptances' | 'aftersales_rmas' | 'audit_events'): Promise<number> {
  const result = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`)) as unknown as { rows: { n: number }[] };
  return result.rows[0]!.n;
}

const pngBytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

function multipart(fileName: string, contentType: string, content: Buffer) {
  const boundary = 'ordo-test-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('acceptance', () => {
  test('all lines pass: the order is accepted, with a photo on record', async () => {
    const delivered = await deliveredOrder();
    expect(delivered.status).toBe('delivered');
    const res = await accept(delivered.id, delivered.lines.map((l: any) => ({ lineId: l.id, result: 'pass' })));
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({ result: 'pass', caseId: null, lines: [{ lineNo: 1, deliveredQuantity: 5, acceptedQuantity: 5 }, { lineNo: 2, acceptedQuantity: 50 }] });
    expect((await order(delivered.id)).status).toBe('accepted');

    const upload = multipart('签收.png', 'image/png', pngBytes);
    const photo = await t.call({ method: 'POST', url: `/api/v1/orders/${delivered.id}/acceptance/photos`, headers: { ...(await t.as('logistics')), ...upload.headers }, payload: upload.payload });
    expect(photo.statusCode).toBe(201);
    expect(photo.data.photos).toEqual([expect.objectContaining({ fileName: '签收.png', contentType: 'image/png', sizeBytes: pngBytes.length })]);
    const fake = multipart('virus.png', 'image/png', Buffer.from('MZ not a picture'));
    const refused = await t.call({ method: 'POST', url: `/api/v1/orders/${delivered.id}/acceptance/photos`, headers: { ...(await t.as('logistics')), ...fake.headers }, payload: fake.payload });
    expect(refused.statusCode).toBe(415);
    expect(refused.data).toMatchObject({ code: 'unsupported_file_type', errors: [{ path: '/file' }] });
    const stored = await t.call({ method: 'GET', url: `/api/v1/orders/${delivered.id}/acceptance`, headers: await t.as('sales') });
    expect(stored.data.photos).toHaveLength(1);
    const image = await t.app.inject({ method: 'GET', url: `/api/v1/orders/${delivered.id}/acceptance/photos/${photo.data.photos[0].id}`, headers: await t.as('sales') });
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(pngBytes)).toBe(true);

    const closed = await t.call({ method: 'POST', url: `/api/v1/orders/${delivered.id}/close`, headers: await t.as('specialist') });
    expect(closed.data.status).toBe('completed');
  });

  test('a partial line opens an after-sales case due for contact within 2 h', async () => {
    const delivered = await deliveredOrder();
    const [pumpLine, hoseLine] = delivered.lines;
    const res = await accept(delivered.id, [
      { lineId: pumpLine.id, result: 'partial', acceptedQuantity: 3, comment: '两台外壳破损' },
      { lineId: hoseLine.id, result: 'pass' },
    ]);
    expect(res.statusCode).toBe(201);
    expect(res.data.result).toBe('partial');
    expect((await order(delivered.id)).status).toBe('after_sales');

    const opened = await caseCall('GET', `/api/v1/cases/${res.data.caseId}`, 'li');
    expect(opened.data).toMatchObject({ orderId: delivered.id, type: 'quality', status: 'open', source: 'acceptance', owner: null });
    expect(new Date(opened.data.contactDueAt).getTime() - t.clock.now().getTime()).toBe(2 * 3_600_000);
    expect(opened.data.summary).toContain('两台外壳破损');
    const tasks = await t.call({ method: 'GET', url: `/api/v1/tasks?orderId=${delivered.id}`, headers: await t.as('after_sales', 'li') });
    expect(tasks.data.items).toEqual([expect.objectContaining({ kind: 'aftersales_contact', role: 'after_sales', dueAt: opened.data.contactDueAt })]);
    expect(await orderEvents(t, delivered.id)).toEqual(expect.arrayContaining(['order.acceptance_failed', 'order.case_opened']));
    expect((await outboxTopics(t, delivered.id)).map((m) => m.topic)).toEqual(expect.arrayContaining(['order.acceptance_failed', 'case.opened', 'task.created']));
  });

  test('acceptance of an undelivered order, or a second one, is refused and changes nothing', async () => {
    const ready = await orderReadyToShip(t, customer.id, [{ productId: pump.id, quantity: 1 }]);
    const before = await count('audit_events');
    const early = await accept(ready.id, [{ lineId: ready.lines[0].id, result: 'pass' }]);
    expect(early.statusCode).toBe(409);
    expect(early.data.code).toBe('order_not_delivered');
    expect(await count('audit_events')).toBe(before);
    expect((await order(ready.id)).status).toBe('ready_to_ship');

    const delivered = await deliverOrder(t, ready);
    expect((await accept(delivered.id, [{ lineId: ready.lines[0].id, result: 'pass' }])).statusCode).toBe(201);
    const acceptances = await count('acceptances');
    const second = await accept(delivered.id, [{ lineId: ready.lines[0].id, result: 'fail' }]);
    expect(second.statusCode).toBe(409);
    expect(second.data.code).toBe('already_accepted');
    expect(await count('acceptances')).toBe(acceptances);
  });
});

describe('after-sales cases', () => {
  test('the first to respond owns the case; it passes on only with the owner’s say', async () => {
    const delivered = await deliveredOrder();
    const accepted = await accept(delivered.id, delivered.lines.map((l: any) => ({ lineId: l.id, result: 'pass' })));
    expect(accepted.statusCode).toBe(201);
    const opened = await caseCall('POST', '/api/v1/cases', 'li', { orderId: delivered.id, type: 'complaint', summary: '客户反映送货员态度差' });
    expect(opened.statusCode).toBe(201);
    expect((await order(delivered.id)).status).toBe('after_sales');
    const id = opened.data.id;

    expect((await caseCall('POST', `/api/v1/cases/${id}/claim`, 'li')).data.owner).toMatchObject({ label: 'li' });
    const late = await caseCall('POST', `/api/v1/cases/${id}/claim`, 'zhang');
    expect(late.statusCode).toBe(409);
    expect(late.data.code).toBe('case_already_owned');

    const audit = await count('audit_events');
    const zhangId = (await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: await t.as('after_sales', 'zhang') })).data.id;
    const grab = await caseCall('POST', `/api/v1/cases/${id}/transfer`, 'zhang', { toUserId: zhangId });
    expect(grab.statusCode).toBe(403);
    expect(grab.data.code).toBe('case_not_owner');
    expect(await count('audit_events')).toBe(audit);
    expect((await caseCall('GET', `/api/v1/cases/${id}`, 'li')).data.owner.label).toBe('li');

    const asked = await caseCall('POST', `/api/v1/cases/${id}/transfer-request`, 'zhang', { note: '我熟悉这位客户' });
    expect(asked.data.transferRequest).toMatchObject({ label: 'zhang', note: '我熟悉这位客户' });
    expect((await caseCall('POST', `/api/v1/cases/${id}/transfer-request/accept`, 'zhang')).statusCode).toBe(403);
    const handed = await caseCall('POST', `/api/v1/cases/${id}/transfer-request/accept`, 'li');
    expect(handed.data).toMatchObject({ owner: { id: zhangId }, transferRequest: null });

    await caseCall('POST', `/api/v1/cases/${id}/contacts`, 'zhang', { summary: '已致电客户道歉', remedy: 'explanation' });
    const resolved = await caseCall('POST', `/api/v1/cases/${id}/close`, 'zhang', { resolution: '客户接受道歉，表示满意' });
    expect(resolved.data.status).toBe('awaiting_confirmation');
    expect((await order(delivered.id)).status).toBe('after_sales');
    const closed = await caseCall('POST', `/api/v1/cases/${id}/confirmation`, 'zhang', { satisfied: true, channel: 'phone', confirmedBy: '王经理' });
    expect(closed.data).toMatchObject({ status: 'closed', confirmation: { channel: 'phone', confirmedBy: '王经理', recordedBy: 'zhang' } });
    expect((await order(delivered.id)).status).toBe('completed');
    const followUps = await t.call({ method: 'GET', url: `/api/v1/tasks?orderId=${delivered.id}`, headers: await t.as('after_sales', 'zhang') });
    const visit = followUps.data.items.find((x: any) => x.kind === 'aftersales_follow_up');
    expect(visit).toMatchObject({ assigneeId: zhangId });
    expect(new Date(visit.dueAt).getTime() - t.clock.now().getTime()).toBe(7 * 24 * 3_600_000);
    const caseEvents = (await t.database.db.execute(sql`SELECT action FROM audit_events WHERE entity_id = ${id} ORDER BY seq`)) as unknown as { rows: { action: string }[] };
    expect(caseEvents.rows.map((r) => r.action)).toEqual(['case.opened', 'case.claimed', 'case.transfer_requested', 'case.transferred', 'case.contacted', 'case.resolved', 'case.closed']);
  });

  test("an order's cases are listed by its id, and a case's history shows who claimed it and each contact with the remedy", async () => {
    const delivered = await deliveredOrder();
    const other = await deliveredOrder();
    await accept(delivered.id, delivered.lines.map((l: any) => ({ lineId: l.id, result: 'pass' })));
    const opened = await caseCall('POST', '/api/v1/cases', 'qian', { orderId: delivered.id, type: 'damage', summary: '外包装破损' });
    await caseCall('POST', '/api/v1/cases', 'qian', { orderId: other.id, type: 'consultation', summary: '询问保修期' });
    const id = opened.data.id;

    const listed = await caseCall('GET', `/api/v1/cases?orderId=${delivered.id}`, 'qian');
    expect(listed.statusCode).toBe(200);
    expect(listed.data.items.map((c: any) => c.id)).toEqual([id]);

    await caseCall('POST', `/api/v1/cases/${id}/claim`, 'qian');
    await caseCall('POST', `/api/v1/cases/${id}/contacts`, 'qian', { summary: '已电话联系客户，约定补发', remedy: 'reshipment' });
    const history = await caseCall('GET', `/api/v1/cases/${id}/events`, 'qian');
    expect(history.statusCode).toBe(200);
    expect(history.data.items.map((e: any) => e.action)).toEqual(['case.opened', 'case.claimed', 'case.contacted']);
    expect(history.data.items[2]).toMatchObject({ actorLabel: 'qian', after: { summary: '已电话联系客户，约定补发', remedy: 'reshipment', late: false } });
    const liveOnly = (await outboxTopics(t, delivered.id)).filter((m) => ['case.claimed', 'case.contacted'].includes(m.topic));
    expect(liveOnly.map((m) => m.topic).sort()).toEqual(['case.claimed', 'case.contacted']);
    expect(liveOnly.every((m) => m.payload.caseId === id && Object.keys(m.payload.audience).length === 0)).toBe(true);

    const production = await t.call({ method: 'GET', url: `/api/v1/cases/${id}/events`, headers: await t.as('production') });
    expect(production.statusCode).toBe(403);
    const missing = await caseCall('GET', `/api/v1/cases/${crypto.randomUUID()}/events`, 'qian');
    expect(missing.statusCode).toBe(404);
  });

  test('a return: more than delivered is refused naming the line; receipt restocks, the refund is recorded', async () => {
    const delivered = await deliveredOrder();
    const [pumpLine, hoseLine] = delivered.lines;
    const res = await accept(delivered.id, [
      { lineId: pumpLine.id, result: 'fail', comment: '型号不符' },
      { lineId: hoseLine.id, result: 'pass' },
    ]);
    const id = res.data.caseId;
    await caseCall('POST', `/api/v1/cases/${id}/claim`, 'wu');

    const rmas = await count('aftersales_rmas');
    const tooMany = await caseCall('POST', `/api/v1/cases/${id}/returns`, 'wu', {
      reason: '型号不符',
      lines: [
        { lineId: hoseLine.id, quantity: 10 },
        { lineId: pumpLine.id, quantity: 6 },
      ],
    });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.data).toMatchObject({ code: 'return_exceeds_delivered', errors: [{ path: '/lines/1/quantity', code: 'return_exceeds_delivered' }] });
    expect(await count('aftersales_rmas')).toBe(rmas);

    const stockBefore = (await t.call({ method: 'GET', url: `/api/v1/products/${pump.id}/stock`, headers: await t.as('warehouse') })).data;
    const rma = await caseCall('POST', `/api/v1/cases/${id}/returns`, 'wu', { reason: '型号不符', lines: [{ lineId: pumpLine.id, quantity: 5 }] });
    expect(rma.statusCode).toBe(201);
    expect(rma.data).toMatchObject({ status: 'authorised', lines: [{ lineNo: 1, quantity: 5, disposition: null }] });
    const again = await caseCall('POST', `/api/v1/cases/${id}/returns`, 'wu', { reason: '再退一台', lines: [{ lineId: pumpLine.id, quantity: 1 }] });
    expect(again.statusCode).toBe(422);

    const received = await caseCall('POST', `/api/v1/returns/${rma.data.id}/receive`, 'wu', { lines: [{ lineId: pumpLine.id, disposition: 'restock' }] });
    expect(received.data).toMatchObject({ status: 'received', lines: [{ disposition: 'restock' }] });
    const stockAfter = (await t.call({ method: 'GET', url: `/api/v1/products/${pump.id}/stock`, headers: await t.as('warehouse') })).data;
    expect(stockAfter.onHand).toBe(stockBefore.onHand + 5);

    const over = await caseCall('POST', `/api/v1/returns/${rma.data.id}/refund`, 'wu', { amountMinor: delivered.totals.totalMinor + 1 });
    expect(over.statusCode).toBe(422);
    expect(over.data.code).toBe('refund_exceeds_paid');
    const refunded = await caseCall('POST', `/api/v1/returns/${rma.data.id}/refund`, 'wu', { amountMinor: 200_00 });
    expect(refunded.data).toMatchObject({ status: 'refunded', refundMinor: 200_00, currency: 'CNY' });
    expect((await caseCall('GET', `/api/v1/cases/${id}`, 'wu')).data).toMatchObject({ refundedMinor: 200_00, returns: [{ status: 'refunded' }] });
    expect(await orderEvents(t, delivered.id)).toEqual(expect.arrayContaining(['order.return_authorised', 'order.return_received', 'order.return_refunded']));
    const movements = await t.call({ method: 'GET', url: `/api/v1/products/${pump.id}/stock/movements`, headers: await t.as('warehouse') });
    expect(movements.data.items.filter((m: any) => m.kind === 'return')).toEqual([expect.objectContaining({ onHandDelta: 5, reservedDelta: 0, orderId: delivered.id })]);
  });

  test('the audit trail verifies', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.as('admin') });
    expect(res.data.ok).toBe(true);
  });
});
