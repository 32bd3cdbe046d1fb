import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderEvents, orderReadyToShip, startExecution } from '../support/fulfilment.js';
import { linksIn, startSmtpServer } from '../support/receivers.js';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let customer: any;
let otherCustomer: any;
let pump: any;
let hose: any;
let mine: Record<string, string>;
let theirs: Record<string, string>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url, ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  customer = await createTrustedCustomer(t, { name: '华东精密制造' });
  otherCustomer = await createTrustedCustomer(t, { name: '苏州远航机电', contacts: [{ name: '赵工', phone: '13900000002', email: 'zhao@other.test', primary: true }] });
  pump = await createProduct(t, { name: '水泵', unit: '台', priceMinor: 40_00 });
  hose = await createProduct(t, { name: '软管', unit: '米', priceMinor: 2_00 });
  await receiveStock(t, pump.id, 100);
  await receiveStock(t, hose.id, 500);
  mine = await portalSession(customer.id, 'li.buyer@huadong.test', '采购 李');
  theirs = await portalSession(otherCustomer.id, 'buyer@other.test', '采购 赵');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** Invites a portal user of the customer and signs them in through the mailed link: their session cookie. */
async function portalSession(customerId: string, email: string, name: string): Promise<Record<string, string>> {
  const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customerId}/portal-users`, headers: await t.as('sales'), payload: { email, name } });
  expect(invited.statusCode).toBe(201);
  await t.drain();
  const [path] = smtp.received.filter((m) => m.to.includes(email)).flatMap(linksIn);
  const token = /^\/portal\/link\/([A-Za-z0-9_-]+)$/.exec(path!)![1]!;
  const followed = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${token}` });
  expect(followed.statusCode).toBe(200);
  return { ordo_session: followed.cookies.find((c: { name: string }) => c.name === 'ordo_session')!.value };
}

/** An order delivered and accepted in full: a case opened about it moves it to after_sales. */
async function deliveredOrder(customerId = customer.id): Promise<any> {
  const ready = await orderReadyToShip(t, customerId, [
    { productId: pump.id, quantity: 5 },
    { productId: hose.id, quantity: 50 },
  ]);
  const delivered = await deliverOrder(t, ready);
  const accepted = await t.call({
    method: 'POST',
    url: `/api/v1/orders/${delivered.id}/acceptance`,
    headers: await t.as('logistics'),
    payload: { lines: delivered.lines.map((l: any) => ({ lineId: l.id, result: 'pass' })) },
  });
  expect(accepted.statusCode).toBe(201);
  return order(delivered.id);
}

async function order(id: string) {
  return (await t.call({ method: 'GET', url: `/api/v1/orders/${id}`, headers: await t.as('admin') })).data;
}

async function as(who: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) {
  return t.call({ method, url, headers: await t.as('after_sales', who), ...(payload !== undefined ? { payload } : {}) });
}

async function count(table: 'orders' | 'aftersales_cases' | 'feedback' | 'audit_events'): Promise<number> {
  const result = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`)) as unknown as { rows: { n: number }[] };
  return result.rows[0]!.n;
}

/** A case staff opened about the order, claimed by `who`. */
async function claimedCase(orderId: string, who: string, type = 'damage'): Promise<any> {
  const opened = await as(who, 'POST', '/api/v1/cases', { orderId, type, summary: '客户来电：一台水泵外壳破损', reportedVia: 'phone' });
  expect(opened.statusCode).toBe(201);
  return (await as(who, 'POST', `/api/v1/cases/${opened.data.id}/claim`)).data;
}

/** Approves the replacement's review steps, starts it, and ships and delivers it. */
async function shipReplacement(id: string): Promise<void> {
  for (;;) {
    const { data: review } = await t.call({ method: 'GET', url: `/api/v1/orders/${id}/review`, headers: await t.as('admin') });
    const waiting = review.rounds.flatMap((r: any) => r.steps).find((s: any) => s.status === 'waiting');
    if (!waiting) break;
    await t.call({ method: 'POST', url: `/api/v1/orders/${id}/review/${waiting.id}`, headers: await t.as(waiting.role), payload: { decision: 'approve' } });
  }
  await startExecution(t, id);
  expect((await t.call({ method: 'POST', url: `/api/v1/orders/${id}/ready-to-ship`, headers: await t.as('warehouse') })).statusCode).toBe(200);
  await deliverOrder(t, await order(id));
}

describe('the after-sales desk', () => {
  test('staff open a case saying how the customer reached us; the desk filters by type, state, owner and overdue contact', async () => {
    const delivered = await deliveredOrder();
    const opened = await as('zhou', 'POST', '/api/v1/cases', { orderId: delivered.id, type: 'wrong_item', summary: '客户到访：软管规格不符', reportedVia: 'visit' });
    expect(opened.statusCode).toBe(201);
    expect(opened.data).toMatchObject({ source: 'staff', reportedVia: 'visit', orderNumber: delivered.number, customerName: '华东精密制造', status: 'open', owner: null });
    const unknownChannel = await as('zhou', 'POST', '/api/v1/cases', { orderId: delivered.id, type: 'wrong_item', summary: 'x', reportedVia: 'pigeon' });
    expect(unknownChannel.statusCode).toBe(400);

    const ids = async (query: string) => (await as('zhou', 'GET', `/api/v1/cases?${query}`)).data.items.map((c: any) => c.id);
    expect(await ids('type=wrong_item')).toContain(opened.data.id);
    expect(await ids('type=damage')).not.toContain(opened.data.id);
    expect(await ids('overdue=true')).not.toContain(opened.data.id);
    t.clock.advance(3 * 3_600_000);
    expect(await ids('overdue=true')).toContain(opened.data.id);

    await as('zhou', 'POST', `/api/v1/cases/${opened.data.id}/claim`);
    const zhouId = (await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: await t.as('after_sales', 'zhou') })).data.id;
    expect(await ids(`ownerId=${zhouId}&status=in_progress`)).toEqual([opened.data.id]);
    await as('zhou', 'POST', `/api/v1/cases/${opened.data.id}/contacts`, { summary: '已回电，约定更换', remedy: 'replacement' });
    expect(await ids('overdue=true')).not.toContain(opened.data.id);
  });

  test('a replacement is a linked zero-priced order; the original completes only once it has shipped and the customer confirmed', async () => {
    const delivered = await deliveredOrder();
    const [pumpLine] = delivered.lines;
    const c = await claimedCase(delivered.id, 'qian');
    await as('qian', 'POST', `/api/v1/cases/${c.id}/contacts`, { summary: '已致电客户，补发一台', remedy: 'replacement' });

    const ordersBefore = await count('orders');
    const notOwner = await as('sun', 'POST', `/api/v1/cases/${c.id}/replacement`, { lines: [{ lineId: pumpLine.id, quantity: 1 }] });
    expect(notOwner.statusCode).toBe(403);
    const tooMany = await as('qian', 'POST', `/api/v1/cases/${c.id}/replacement`, { lines: [{ lineId: pumpLine.id, quantity: 6 }] });
    expect(tooMany.data).toMatchObject({ code: 'validation_failed', errors: [{ path: '/lines/0/quantity' }] });
    const foreignLine = await as('qian', 'POST', `/api/v1/cases/${c.id}/replacement`, { lines: [{ lineId: crypto.randomUUID(), quantity: 1 }] });
    expect(foreignLine.data.errors[0]).toMatchObject({ path: '/lines/0/lineId', code: 'invalid_line' });
    expect(await count('orders')).toBe(ordersBefore);

    const made = await as('qian', 'POST', `/api/v1/cases/${c.id}/replacement`, { lines: [{ lineId: pumpLine.id, quantity: 1 }] });
    expect(made.statusCode).toBe(201);
    expect(made.data.replacements).toHaveLength(1);
    const [link] = made.data.replacements;
    const replacement = await order(link.orderId);
    expect(replacement).toMatchObject({
      number: link.number,
      customer: { id: customer.id },
      totals: { totalMinor: 0 },
      replacementOf: { orderId: delivered.id, number: delivered.number, caseId: c.id },
      lines: [{ productId: pump.id, quantity: 1, unitPriceMinor: 0, reservedQuantity: 1 }],
    });
    expect(replacement.number).toMatch(/^\d{6}-\d{3,}$/);
    expect(await orderEvents(t, replacement.id)).toEqual(expect.arrayContaining(['order.received', 'order.numbered']));
    expect(await orderEvents(t, delivered.id)).toContain('order.replacement_ordered');
    const history = await as('qian', 'GET', `/api/v1/cases/${c.id}/events`);
    expect(history.data.items.at(-1)).toMatchObject({ action: 'case.replacement_ordered', after: { replacementOrderId: replacement.id, replacementNumber: replacement.number } });

    const resolved = await as('qian', 'POST', `/api/v1/cases/${c.id}/close`, { resolution: '已补发一台水泵' });
    expect(resolved.data).toMatchObject({ status: 'awaiting_confirmation', resolution: '已补发一台水泵', confirmation: null });
    const audit = await count('audit_events');
    const early = await as('qian', 'POST', `/api/v1/cases/${c.id}/confirmation`, { satisfied: true, channel: 'phone', confirmedBy: '王经理' });
    expect(early.statusCode).toBe(409);
    expect(early.data.code).toBe('replacement_not_shipped');
    expect(await count('audit_events')).toBe(audit);
    expect((await as('qian', 'GET', `/api/v1/cases/${c.id}`)).data.status).toBe('awaiting_confirmation');
    expect((await order(delivered.id)).status).toBe('after_sales');

    await shipReplacement(replacement.id);
    const closed = await as('qian', 'POST', `/api/v1/cases/${c.id}/confirmation`, { satisfied: true, channel: 'phone', confirmedBy: '王经理' });
    expect(closed.data).toMatchObject({ status: 'closed', confirmation: { channel: 'phone', confirmedBy: '王经理', recordedBy: 'qian' }, replacements: [{ orderId: replacement.id, status: 'delivered' }] });
    expect((await order(delivered.id)).status).toBe('completed');
  });

  test('closing waits for the customer: not satisfied sends the case back; no confirmation before it is resolved', async () => {
    const delivered = await deliveredOrder();
    const c = await claimedCase(delivered.id, 'wu');
    const unresolved = await as('wu', 'POST', `/api/v1/cases/${c.id}/confirmation`, { satisfied: true, channel: 'phone', confirmedBy: '王经理' });
    expect(unresolved.statusCode).toBe(409);
    expect(unresolved.data.code).toBe('case_not_resolved');

    await as('wu', 'POST', `/api/v1/cases/${c.id}/close`, { resolution: '说明使用方法' });
    expect((await order(delivered.id)).status).toBe('after_sales');
    const unhappy = await as('wu', 'POST', `/api/v1/cases/${c.id}/confirmation`, { satisfied: false, channel: 'phone', confirmedBy: '王经理', note: '仍然漏水' });
    expect(unhappy.data).toMatchObject({ status: 'in_progress', resolution: null, closedAt: null, owner: { label: 'wu' } });
    const history = await as('wu', 'GET', `/api/v1/cases/${c.id}/events`);
    expect(history.data.items.map((e: any) => e.action).slice(-2)).toEqual(['case.resolved', 'case.reopened']);
    expect((await order(delivered.id)).status).toBe('after_sales');
  });

  test('the customer confirms in the portal; another customer cannot; a case without an order takes no replacement', async () => {
    const delivered = await deliveredOrder();
    const c = await claimedCase(delivered.id, 'zheng');
    const early = await t.call({ method: 'POST', url: `/api/v1/portal/cases/${c.id}/confirmation`, cookies: mine, payload: { satisfied: true } });
    expect(early.data.code).toBe('case_not_resolved');
    await as('zheng', 'POST', `/api/v1/cases/${c.id}/close`, { resolution: '已上门更换外壳' });

    const shown = await t.call({ method: 'GET', url: `/api/v1/portal/orders/${delivered.id}`, cookies: mine });
    expect(shown.data.cases).toEqual([expect.objectContaining({ id: c.id, status: 'awaiting_confirmation', resolution: '已上门更换外壳' })]);
    const foreign = await t.call({ method: 'POST', url: `/api/v1/portal/cases/${c.id}/confirmation`, cookies: theirs, payload: { satisfied: true } });
    expect(foreign.statusCode).toBe(404);
    expect((await as('zheng', 'GET', `/api/v1/cases/${c.id}`)).data.status).toBe('awaiting_confirmation');

    const confirmed = await t.call({ method: 'POST', url: `/api/v1/portal/cases/${c.id}/confirmation`, cookies: mine, payload: { satisfied: true } });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.data.cases[0]).toMatchObject({ status: 'closed' });
    expect((await as('zheng', 'GET', `/api/v1/cases/${c.id}`)).data.confirmation).toMatchObject({ channel: 'portal', confirmedBy: '采购 李', recordedBy: null });
    expect((await order(delivered.id)).status).toBe('completed');

    const consultation = await as('zheng', 'POST', '/api/v1/cases', { customerId: customer.id, type: 'consultation', summary: '询问保修政策', reportedVia: 'email' });
    expect(consultation.data).toMatchObject({ orderId: null, orderNumber: null, customerName: '华东精密制造' });
    await as('zheng', 'POST', `/api/v1/cases/${consultation.data.id}/claim`);
    const noLines = await as('zheng', 'POST', `/api/v1/cases/${consultation.data.id}/replacement`, { lines: [{ lineId: delivered.lines[0].id, quantity: 1 }] });
    expect(noLines.statusCode).toBe(422);
    expect(noLines.data.code).toBe('replacement_without_lines');
  });

  test('feedback taken by phone is recorded by name, once per order, and listed with link and portal answers', async () => {
    const delivered = await deliveredOrder(otherCustomer.id);
    const phone = { orderId: delivered.id, responseSpeed: 4, productQuality: 2, deliveryTimeliness: 5, serviceAttitude: 5, comments: '电话回访：泵体有划痕' };
    const production = await t.call({ method: 'POST', url: '/api/v1/feedback', headers: await t.as('production'), payload: phone });
    expect(production.statusCode).toBe(403);
    const cases = await count('aftersales_cases');
    const recorded = await as('feng', 'POST', '/api/v1/feedback', phone);
    expect(recorded.statusCode).toBe(201);
    expect(recorded.data).toMatchObject({ channel: 'phone', recordedByLabel: 'feng', orderNumber: delivered.number, customerName: '苏州远航机电', productQuality: 2 });
    expect(await count('aftersales_cases')).toBe(cases + 1); // the low score opened a complaint

    const feedbackRows = await count('feedback');
    const again = await as('feng', 'POST', '/api/v1/feedback', { ...phone, productQuality: 5 });
    expect(again.statusCode).toBe(409);
    expect(again.data.code).toBe('survey_answered');
    const undelivered = await orderReadyToShip(t, customer.id, [{ productId: hose.id, quantity: 1 }]);
    const early = await as('feng', 'POST', '/api/v1/feedback', { ...phone, orderId: undelivered.id });
    expect(early.data.code).toBe('order_not_delivered');
    expect(await count('feedback')).toBe(feedbackRows);

    const list = async (query: string) => (await t.call({ method: 'GET', url: `/api/v1/feedback?${query}`, headers: await t.as('manager') })).data.items.map((f: any) => f.id);
    expect(await list('channel=phone')).toContain(recorded.data.id);
    expect(await list('channel=link')).not.toContain(recorded.data.id);
    expect(await list(`customerId=${otherCustomer.id}&lowScores=true`)).toEqual([recorded.data.id]);
    expect(await list(`orderId=${delivered.id}`)).toEqual([recorded.data.id]);
  });

  test('the audit trail verifies', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.as('admin') });
    expect(res.data.ok).toBe(true);
  });
});
