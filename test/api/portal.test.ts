import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, daysAfter, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderEvents, orderReadyToShip, placeApprovedOrder } from '../support/fulfilment.js';
import { openEventStream } from '../support/event-stream.js';
import { linksIn, startSmtpServer } from '../support/receivers.js';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let customer: any;
let otherCustomer: any;
let product: any;
/** The session cookies of a portal user of the customer, and of one of the other customer. */
let mine: Record<string, string>;
let theirs: Record<string, string>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url, ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  customer = await createTrustedCustomer(t, { name: '杭州云帆贸易' });
  otherCustomer = await createTrustedCustomer(t, { name: '苏州远航机电', contacts: [{ name: '赵工', phone: '13900000002', email: 'zhao@other.test', primary: true }] });
  product = await createProduct(t, { priceMinor: 30_00, name: '工业传感器' });
  await receiveStock(t, product.id, 500);
  mine = await portalSession(customer.id, 'li.buyer@yunfan.test');
  theirs = await portalSession(otherCustomer.id, 'buyer@other.test');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const subjects = { invitation: '邀请您使用客户门户', signInLink: '客户门户登录链接' };

/** The sign-in link tokens in the mails the address received with this subject, oldest first. */
function mailedLinks(email: string, subject = subjects.invitation): string[] {
  return smtp.received
    .filter((m) => m.to.includes(email) && m.subject === subject)
    .flatMap(linksIn)
    .map((path) => /^\/portal\/link\/([A-Za-z0-9_-]+)$/.exec(path)![1]!);
}

function sessionOf(res: { cookies: { name: string; value: string }[] }): string | undefined {
  return res.cookies.find((c) => c.name === 'ordo_session')?.value;
}

/** Invites a portal user of the customer and signs them in through the invitation link: their session cookie. */
async function portalSession(customerId: string, email: string): Promise<Record<string, string>> {
  const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customerId}/portal-users`, headers: await t.as('sales'), payload: { email, name: '采购 李' } });
  expect(invited.statusCode).toBe(201);
  await t.drain();
  const [token] = mailedLinks(email);
  const followed = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${token}` });
  expect(followed.statusCode).toBe(200);
  return { ordo_session: sessionOf(followed)! };
}

describe('customer portal', () => {
  test('staff invite a customer person; the mailed link signs them in once, as a portal user of that customer only', async () => {
    const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('sales'), payload: { email: 'Zhou.Buyer@Yunfan.test', name: '周采购' } });
    expect(invited.statusCode).toBe(201);
    expect(invited.data).toMatchObject({ email: 'zhou.buyer@yunfan.test', roles: ['customer'], customerId: customer.id });
    await t.drain();
    const mail = smtp.received.find((m) => m.to.includes('zhou.buyer@yunfan.test'));
    expect(mail?.subject).toBe('邀请您使用客户门户');
    const [token] = mailedLinks('zhou.buyer@yunfan.test');
    // The link is for the mailbox: it is in no in-app notification.
    const inApp = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM notifications WHERE user_id = ${invited.data.id}::uuid`)) as unknown as { rows: { n: number }[] };
    expect(inApp.rows[0]!.n).toBe(0);

    // Looking at the link (what the confirmation page and any mail scanner do) does not use it up.
    for (let i = 0; i < 2; i++) {
      const looked = await t.call({ method: 'GET', url: `/api/v1/portal/magic-link/${token}` });
      expect(looked.statusCode).toBe(200);
      expect(looked.data).toMatchObject({ name: '周采购', email: 'zhou.buyer@yunfan.test', customerName: '杭州云帆贸易' });
      expect(sessionOf(looked)).toBeUndefined();
    }
    const followed = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${token}` });
    expect(followed.statusCode).toBe(200);
    expect(followed.data.user).toMatchObject({ email: 'zhou.buyer@yunfan.test', customerId: customer.id });
    const session = { ordo_session: sessionOf(followed)! };
    const me = await t.call({ method: 'GET', url: '/api/v1/auth/me', cookies: session });
    expect(me.data).toMatchObject({ email: 'zhou.buyer@yunfan.test', roles: ['customer'], permissions: ['portal:use'] });
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/customer', cookies: session })).data).toMatchObject({ id: customer.id, name: '杭州云帆贸易' });

    const again = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${token}` });
    expect(again.statusCode).toBe(410);
    expect(again.data.code).toBe('sign_in_link_used');
    expect(sessionOf(again)).toBeUndefined();
    expect((await t.call({ method: 'GET', url: `/api/v1/portal/magic-link/${token}` })).data.code).toBe('sign_in_link_used');
  });

  test('"email me a link" answers the same for anyone; the link works for 15 minutes; a forged link signs nobody in', async () => {
    for (const email of ['li.buyer@yunfan.test', 'nobody@nowhere.test', (await staffEmail())]) {
      const res = await t.call({ method: 'POST', url: '/api/v1/portal/magic-link', payload: { email } });
      expect(res.statusCode).toBe(202);
    }
    await t.drain();
    expect(mailedLinks('nobody@nowhere.test', subjects.signInLink)).toEqual([]);
    expect(mailedLinks(await staffEmail(), subjects.signInLink)).toEqual([]);
    const [fresh] = mailedLinks('li.buyer@yunfan.test', subjects.signInLink);
    expect(smtp.received.filter((m) => m.to.includes('li.buyer@yunfan.test') && m.subject === '客户门户登录链接')).toHaveLength(1);

    t.clock.advance(16 * 60_000);
    const late = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${fresh}` });
    expect(late.statusCode).toBe(410);
    expect(late.data.code).toBe('sign_in_link_expired');
    expect(sessionOf(late)).toBeUndefined();

    const forged = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${'A'.repeat(43)}` });
    expect(forged.statusCode).toBe(404);
    expect(forged.data.code).toBe('sign_in_link_unknown');
    expect(sessionOf(forged)).toBeUndefined();
  });

  test('a portal user may not use the staff console (403 on staff routes), and staff may not use the portal', async () => {
    expect((await t.call({ method: 'GET', url: '/api/v1/orders', cookies: mine })).statusCode).toBe(403);
    expect((await t.call({ method: 'GET', url: `/api/v1/customers/${customer.id}`, cookies: mine })).statusCode).toBe(403);
    expect((await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, cookies: mine, payload: { email: 'x@yunfan.test', name: 'x' } })).statusCode).toBe(403);
    // Staff have no customer: the portal refuses them.
    const staff = await t.call({ method: 'GET', url: '/api/v1/portal/orders', headers: await t.as('admin') });
    expect(staff.statusCode).toBe(403);
    expect(staff.data.code).toBe('forbidden');
  });

  test('a customer sees only their own orders; another customer\'s order is not found', async () => {
    const own = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 2 }]);
    const foreign = await placeApprovedOrder(t, otherCustomer.id, [{ productId: product.id, quantity: 3 }]);

    const list = await t.call({ method: 'GET', url: '/api/v1/portal/orders', cookies: mine });
    expect(list.statusCode).toBe(200);
    expect(list.data.items.map((o: any) => o.number)).toContain(own.number);
    expect(list.data.items.map((o: any) => o.number)).not.toContain(foreign.number);
    expect(list.data.items[0]).not.toHaveProperty('priority');

    const detail = await t.call({ method: 'GET', url: `/api/v1/portal/orders/${own.id}`, cookies: mine });
    expect(detail.statusCode).toBe(200);
    expect(detail.data).toMatchObject({ number: own.number, status: 'approved', review: { status: 'approved' } });
    for (const step of detail.data.review.steps) expect(Object.keys(step).sort()).toEqual(['decidedAt', 'name', 'status']);

    for (const url of [`/api/v1/portal/orders/${foreign.id}`]) {
      const res = await t.call({ method: 'GET', url, cookies: mine });
      expect(res.statusCode).toBe(404);
    }
    const accept = await t.call({ method: 'POST', url: `/api/v1/portal/orders/${foreign.id}/acceptance`, cookies: mine, payload: { lines: [{ lineId: foreign.lines[0].id, result: 'pass' }] } });
    expect(accept.statusCode).toBe(404);
    const caseRes = await t.call({ method: 'POST', url: `/api/v1/portal/orders/${foreign.id}/cases`, cookies: mine, payload: { type: 'consultation', summary: 'x' } });
    expect(caseRes.statusCode).toBe(404);
    expect((await t.call({ method: 'GET', url: `/api/v1/portal/orders/${foreign.id}`, cookies: theirs })).statusCode).toBe(200);
  });

  test('a customer places an order for themselves at list prices, promised the date they were quoted; a retry with the same key gives the same order', async () => {
    const payload = { lines: [{ productId: product.id, quantity: 4 }], requestedDeliveryDate: daysAfter(t, 10), delivery: { method: 'ship', address: { line1: '滨江区江南大道88号', city: '杭州' } } };
    const quoted = await t.call({ method: 'POST', url: '/api/v1/portal/orders/quote', cookies: mine, payload: { lines: payload.lines } });
    expect(quoted.statusCode).toBe(200);
    expect(quoted.data.promiseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(quoted.data.reasoning).toContainEqual(expect.objectContaining({ factor: 'stock', sku: product.sku }));
    // The portal shows what the order will cost before it is placed: the total intake charges below.
    expect(quoted.data.totals).toEqual({ currency: 'CNY', subtotalMinor: 120_00, discountMinor: 0, totalMinor: 120_00 });
    const unknown = await t.call({ method: 'POST', url: '/api/v1/portal/orders/quote', cookies: mine, payload: { lines: [{ productId: otherCustomer.id, quantity: 1 }] } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.data.errors[0].path).toBe('/lines/0/productId');
    const placed = await t.call({ method: 'POST', url: '/api/v1/portal/orders', cookies: mine, headers: { 'idempotency-key': 'po-7788' }, payload });
    expect(placed.statusCode).toBe(201);
    expect(placed.data).toMatchObject({ totals: { totalMinor: 120_00, currency: 'CNY' }, delivery: { method: 'ship', address: { line1: '滨江区江南大道88号' } } });
    const retry = await t.call({ method: 'POST', url: '/api/v1/portal/orders', cookies: mine, headers: { 'idempotency-key': 'po-7788' }, payload });
    expect(retry.data.id).toBe(placed.data.id);
    expect(placed.data.promisedDeliveryDate).toBe(quoted.data.promiseDate);

    const staffView = await t.call({ method: 'GET', url: `/api/v1/orders/${placed.data.id}`, headers: await t.as('admin') });
    expect(staffView.data).toMatchObject({ channel: 'portal', customer: { id: customer.id }, paymentStatus: 'unpaid' });
    // The body has no customer to name: a customer cannot order for another.
    const smuggled = await t.call({ method: 'POST', url: '/api/v1/portal/orders', cookies: mine, payload: { ...payload, customerId: otherCustomer.id } });
    expect(smuggled.statusCode).toBe(400);
    const priced = await t.call({ method: 'POST', url: '/api/v1/portal/orders', cookies: mine, payload: { lines: [{ productId: product.id, quantity: 1, unitPriceMinor: 1 }] } });
    expect(priced.statusCode).toBe(400);
  });

  test('two customers may order under the same PO number: each gets and finds their own order, and nothing of the other\'s', async () => {
    const payload = { lines: [{ productId: product.id, quantity: 1 }], requestedDeliveryDate: daysAfter(t, 10), externalRef: 'PO-0001' };
    const ours = await t.call({ method: 'POST', url: '/api/v1/portal/orders', cookies: mine, payload });
    expect(ours.statusCode).toBe(201);
    const other = await t.call({ method: 'POST', url: '/api/v1/portal/orders', cookies: theirs, payload });
    expect(other.statusCode).toBe(201);
    expect(other.data.id).not.toBe(ours.data.id);
    expect(JSON.stringify(other.data)).not.toContain(ours.data.number);
    const oursAgain = await t.call({ method: 'POST', url: '/api/v1/portal/orders', cookies: mine, payload });
    expect([oursAgain.statusCode, oursAgain.data.id]).toEqual([200, ours.data.id]);
    const otherAgain = await t.call({ method: 'POST', url: '/api/v1/portal/orders', cookies: theirs, payload });
    expect([otherAgain.statusCode, otherAgain.data.id]).toEqual([200, other.data.id]);
  });

  test('a customer follows tracking, accepts a delivered order per line and opens an after-sales case', async () => {
    const ready = await orderReadyToShip(t, customer.id, [{ productId: product.id, quantity: 5 }]);
    const early = await t.call({ method: 'POST', url: `/api/v1/portal/orders/${ready.id}/acceptance`, cookies: mine, payload: { lines: [{ lineId: ready.lines[0].id, result: 'pass' }] } });
    expect(early.statusCode).toBe(409);
    expect(early.data.code).toBe('order_not_delivered');

    const delivered = await deliverOrder(t, ready);
    const detail = await t.call({ method: 'GET', url: `/api/v1/portal/orders/${delivered.id}`, cookies: mine });
    expect(detail.data.status).toBe('delivered');
    expect(detail.data.shipments[0]).toMatchObject({ carrier: '顺丰速运', trackingNumber: `SF${delivered.number}`, status: 'delivered' });
    expect(detail.data.shipments[0]).not.toHaveProperty('costMinor');

    const accepted = await t.call({
      method: 'POST',
      url: `/api/v1/portal/orders/${delivered.id}/acceptance`,
      cookies: mine,
      payload: { lines: [{ lineId: delivered.lines[0].id, result: 'partial', acceptedQuantity: 4, comment: '一台外壳破损' }], comment: '其余完好' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.data.acceptance).toMatchObject({ result: 'partial', lines: [{ acceptedQuantity: 4, comment: '一台外壳破损' }] });
    expect(accepted.data.cases).toHaveLength(1);
    expect(await orderEvents(t, delivered.id)).toContain('order.acceptance_failed');

    const opened = await t.call({ method: 'POST', url: `/api/v1/portal/orders/${delivered.id}/cases`, cookies: mine, payload: { type: 'exchange', summary: '请更换破损的一台' } });
    expect(opened.statusCode).toBe(201);
    expect(opened.data.cases.map((c: any) => c.type).sort()).toEqual(['exchange', 'quality']);
    const staffCases = await t.call({ method: 'GET', url: `/api/v1/cases?orderId=${delivered.id}`, headers: await t.as('after_sales') });
    expect(staffCases.data.items.find((c: any) => c.type === 'exchange')).toMatchObject({ source: 'portal', openedByLabel: '采购 李' });
  });

  test("the live stream gives a portal user only their own customer's events, without internal fields", async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/v1/events/stream`;
    const buyer = await openEventStream(url, { cookie: `ordo_session=${mine.ordo_session}` });
    const staff = await openEventStream(url, await t.as('manager', 'watcher'));
    try {
      expect(buyer.status).toBe(200);
      // The other customer's order goes first, and staff see it go by; the buyer's own order
      // follows as the sentinel: once it arrives, a leaked foreign event would be in the stream.
      const foreign = await placeApprovedOrder(t, otherCustomer.id, [{ productId: product.id, quantity: 1 }]);
      await t.drain();
      await staff.next((e) => e.data.data.orderId === foreign.id);
      const own = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 1 }]);
      await t.drain();
      await buyer.next((e) => e.event === 'order.approved' && e.data.data.orderId === own.id);
      expect(new Set(buyer.events.map((e) => e.data.customerId))).toEqual(new Set([customer.id]));
      expect(buyer.events.filter((e) => e.data.data.orderId === foreign.id)).toEqual([]);
      for (const e of buyer.events) expect(['number', 'orderId']).toEqual(expect.arrayContaining(Object.keys(e.data.data)));
    } finally {
      buyer.close();
      staff.close();
    }
  });

  test('a customer rates a delivered order in the portal once its survey is out; a low score opens a complaint', async () => {
    const delivered = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: product.id, quantity: 1 }]));
    const answer = { responseSpeed: 5, productQuality: 2, deliveryTimeliness: 4, serviceAttitude: 5, comments: '外壳有划痕' };
    const before = await t.call({ method: 'GET', url: `/api/v1/portal/orders/${delivered.id}`, cookies: mine });
    expect(before.data.survey).toBeNull();
    expect((await t.call({ method: 'POST', url: `/api/v1/portal/orders/${delivered.id}/survey`, cookies: mine, payload: answer })).statusCode).toBe(404);

    t.clock.advance(25 * 3_600_000); // the survey goes out a day after delivery
    await t.drain();
    const open = await t.call({ method: 'GET', url: `/api/v1/portal/orders/${delivered.id}`, cookies: mine });
    expect(open.data.survey).toMatchObject({ status: 'open', questions: ['responseSpeed', 'productQuality', 'deliveryTimeliness', 'serviceAttitude'] });
    expect((await t.call({ method: 'POST', url: `/api/v1/portal/orders/${delivered.id}/survey`, cookies: theirs, payload: answer })).statusCode).toBe(404);
    const bad = await t.call({ method: 'POST', url: `/api/v1/portal/orders/${delivered.id}/survey`, cookies: mine, payload: { ...answer, productQuality: 6 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.data.errors[0].path).toBe('/productQuality');

    const rated = await t.call({ method: 'POST', url: `/api/v1/portal/orders/${delivered.id}/survey`, cookies: mine, payload: answer });
    expect(rated.statusCode).toBe(200);
    expect(rated.data.survey.status).toBe('answered');
    expect(rated.data.cases).toEqual([expect.objectContaining({ type: 'complaint', status: 'open' })]);
    const again = await t.call({ method: 'POST', url: `/api/v1/portal/orders/${delivered.id}/survey`, cookies: mine, payload: answer });
    expect(again.statusCode).toBe(409);
    expect(again.data.code).toBe('survey_answered');

    const records = await t.call({ method: 'GET', url: `/api/v1/feedback?orderId=${delivered.id}`, headers: await t.as('manager') });
    expect(records.data.items).toEqual([expect.objectContaining({ productQuality: 2, comments: '外壳有划痕', recordedByLabel: '采购 李' })]);
    expect(await orderEvents(t, delivered.id)).toEqual(expect.arrayContaining(['order.survey_sent', 'order.feedback_received']));
  });
});

async function staffEmail(): Promise<string> {
  await t.as('sales');
  return 'sales.sales@example.test';
}
