import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { startHttpReceiver, startSmtpServer } from '../support/receivers.js';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let sms: Awaited<ReturnType<typeof startHttpReceiver>>;
let hooks: Awaited<ReturnType<typeof startHttpReceiver>>;
let customer: any;
let product: any;

beforeAll(async () => {
  smtp = await startSmtpServer();
  sms = await startHttpReceiver();
  // /flaky fails its first call; /down never answers; /ok always takes it.
  hooks = await startHttpReceiver((request) => {
    if (request.path === '/down') return null;
    if (request.path === '/flaky') return hooks.received.filter((r) => r.path === '/flaky').length === 1 ? 500 : 200;
    return 200;
  });
  // The receivers listen on loopback, which webhooks may call only when the operator allows it.
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url, ORDO_SMS_URL: sms.url('/sms'), ORDO_SMS_TOKEN: 'sms-token', ORDO_WEBHOOK_TIMEOUT_MS: '300', ORDO_WEBHOOK_ALLOW: '127.0.0.1' } });
  customer = await createCustomer(t, { name: '华东精密机械有限公司', contacts: [{ name: '李经理', email: 'li@huadong.example', phone: '13900000002', primary: true }] });
  product = await createProduct(t, { priceMinor: 2_000_00 });
  await receiveStock(t, product.id, 100);
});
afterAll(async () => {
  await t?.close();
  await Promise.all([smtp?.close(), sms?.close(), hooks?.close()]);
});

async function order(extra: Record<string, unknown> = {}) {
  const res = await placeOrder(t, { customerId: customer.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: product.id, quantity: 2 }], paymentStatus: 'paid', ...extra });
  expect(res.statusCode).toBe(201);
  return res.data;
}

describe('customer messages', () => {
  it('emails and texts the customer "order received" and "order confirmed, expected delivery …" once each, in Chinese, however often the worker runs', async () => {
    const placed = await order();
    expect(placed.status).toBe('approved'); // low risk: approved at intake
    await t.drain();
    await t.drain();
    const mails = smtp.received.filter((m) => m.to.includes('li@huadong.example'));
    expect(mails.map((m) => m.subject).sort()).toEqual([`订单已收到：${placed.number}`, `订单已确认：${placed.number}`]);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(2);
    const texts = sms.received.filter((r) => JSON.parse(r.body).to === '13900000002');
    expect(texts).toHaveLength(2);
    expect(texts[0]!.headers.authorization).toBe('Bearer sms-token');
    expect(texts.map((r) => JSON.parse(r.body).text).join('\n')).toContain(placed.number);

    const log = await t.call({ method: 'GET', url: '/api/v1/notifications/deliveries?status=sent', headers: await t.as('admin') });
    const toCustomer = log.data.items.filter((d: any) => d.recipient === 'li@huadong.example' || d.recipient === '13900000002');
    expect(toCustomer).toHaveLength(4);
    const confirmed = toCustomer.find((d: any) => d.channel === 'email' && d.topic === 'order.approved');
    expect(confirmed.body).toBe(`尊敬的华东精密机械有限公司，您的订单 ${placed.number} 已确认，预计交付日期：${placed.promisedDeliveryDate}。`);
  });
});

describe('in-app notifications and preferences', () => {
  it('tells the specialists an entry was confirmed, in their language, unless they turned the channel off', async () => {
    const specialist = await t.as('specialist', 'zhang');
    const quiet = await t.as('specialist', 'quiet');
    const prefs = await t.call({ method: 'PUT', url: '/api/v1/notifications/preferences', headers: quiet, payload: { preferences: [{ channel: 'email', topic: '*', enabled: false }] } });
    expect(prefs.statusCode).toBe(200);
    expect(prefs.data.preferences).toContainEqual({ channel: 'email', topic: '*', enabled: false });

    const placed = await order({ channel: 'phone' });
    const confirmed = await t.call({ method: 'POST', url: `/api/v1/orders/${placed.id}/confirm-entry`, headers: await t.as('manager') });
    expect(confirmed.statusCode).toBe(200);
    await t.drain();

    const mine = await t.call({ method: 'GET', url: '/api/v1/notifications?unread=true', headers: specialist });
    const note = mine.data.items.find((n: any) => n.topic === 'order.entry_confirmed');
    expect(note).toMatchObject({ title: `订单录入已复核：${placed.number}`, readAt: null, data: { orderId: placed.id } });
    expect(mine.data.unread).toBeGreaterThanOrEqual(1);

    const read = await t.call({ method: 'POST', url: `/api/v1/notifications/${note.id}/read`, headers: specialist });
    expect(read.data.readAt).toBe(t.clock.now().toISOString());
    const someoneElses = await t.call({ method: 'POST', url: `/api/v1/notifications/${note.id}/read`, headers: quiet });
    expect(someoneElses.statusCode).toBe(404);

    const quietInbox = await t.call({ method: 'GET', url: '/api/v1/notifications', headers: quiet });
    expect(quietInbox.data.items.some((n: any) => n.topic === 'order.entry_confirmed')).toBe(true);
    const emailed = smtp.received.filter((m) => m.subject.includes(placed.number)).flatMap((m) => m.to);
    expect(emailed).toContain('zhang.specialist@example.test');
    expect(emailed).not.toContain('quiet.specialist@example.test');
  });

  it('uses an overridden template, and refuses one with an unknown placeholder, naming the field', async () => {
    const manager = await t.as('manager');
    const bad = await t.call({
      method: 'PUT',
      url: '/api/v1/settings/notification-templates',
      headers: { ...manager, 'if-match': '0' },
      payload: { 'order.received': { 'zh-CN': { title: '收到 {orderNo}', body: '谢谢' } } },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.data.errors[0]).toMatchObject({ path: '/order.received/zh-CN/title', code: 'unknown_placeholder' });

    const good = await t.call({
      method: 'PUT',
      url: '/api/v1/settings/notification-templates',
      headers: { ...manager, 'if-match': '0' },
      payload: { 'order.received': { 'zh-CN': { title: '【星河】已收到订单 {number}', body: '{customerName}，您好。' } } },
    });
    expect(good.statusCode).toBe(200);
    const placed = await order();
    await t.drain();
    expect(smtp.received.map((m) => m.subject)).toContain(`【星河】已收到订单 ${placed.number}`);
  });
});

describe('webhooks', () => {
  async function subscribe(path: string, events: string[]) {
    const res = await t.call({ method: 'POST', url: '/api/v1/webhooks', headers: await t.as('admin'), payload: { url: hooks.url(path), events } });
    expect(res.statusCode).toBe(201);
    expect(res.data.secret).toMatch(/^whsec_/);
    return res.data;
  }

  it('signs each call, retries after a 500 with the same delivery id, and logs every attempt', async () => {
    const hook = await subscribe('/flaky', ['order.received']);
    const placed = await order();
    await t.drain();
    const calls = () => hooks.received.filter((r) => r.path === '/flaky');
    expect(calls()).toHaveLength(1);

    t.clock.advance(30_000);
    await t.drain();
    expect(calls()).toHaveLength(2);
    const [first, second] = calls();
    expect(second!.headers['ordo-delivery']).toBe(first!.headers['ordo-delivery']);
    expect(second!.headers['ordo-event']).toBe('order.received');
    const signature = String(second!.headers['ordo-signature']);
    const [, timestamp, digest] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature)!;
    expect(digest).toBe(createHmac('sha256', hook.secret).update(`${timestamp}.${second!.body}`).digest('hex'));
    expect(JSON.parse(second!.body)).toMatchObject({ topic: 'order.received', customerId: customer.id, data: { orderId: placed.id } });

    const log = await t.call({ method: 'GET', url: `/api/v1/webhooks/${hook.id}/deliveries`, headers: await t.as('admin') });
    expect(log.data.items[0]).toMatchObject({ status: 'sent', attempts: [{ ok: false, code: 'http_status', status: 500, detail: 'answered 500' }, { ok: true, code: 'http_status', status: 200 }] });
  });

  it('dead-letters an endpoint that never answers, without holding up the others; a retry sends it again', async () => {
    const down = await subscribe('/down', ['order.approved', 'order.received']);
    await subscribe('/ok', ['*']);
    await t.call({ method: 'PATCH', url: `/api/v1/webhooks/${(await subscribe('/flaky', ['order.received'])).id}`, headers: { ...(await t.as('admin')), 'if-match': '1' }, payload: { active: false } });
    await order();
    await t.drain();
    expect(hooks.received.filter((r) => r.path === '/ok').length).toBeGreaterThanOrEqual(1);
    for (let attempt = 0; attempt < 6; attempt++) {
      t.clock.advance(3_600_000);
      await t.drain();
    }
    const log = await t.call({ method: 'GET', url: `/api/v1/webhooks/${down.id}/deliveries`, headers: await t.as('admin') });
    const dead = log.data.items[0];
    expect(dead.status).toBe('dead');
    expect(dead.attempts).toHaveLength(6);
    expect(dead.attempts.every((a: any) => !a.ok && a.code === 'timeout' && a.detail === 'no answer within 300 ms')).toBe(true);
    const retried = await t.call({ method: 'POST', url: `/api/v1/notifications/deliveries/${dead.id}/retry`, headers: await t.as('admin') });
    expect(retried.data.status).toBe('queued');
    const callsBefore = hooks.received.filter((r) => r.path === '/down').length;
    await t.drain();
    expect(hooks.received.filter((r) => r.path === '/down')).toHaveLength(callsBefore + 1);
    const again = await t.call({ method: 'POST', url: `/api/v1/notifications/deliveries/${dead.id}/retry`, headers: await t.as('admin') });
    expect(again.statusCode).toBe(409);
    expect(again.data.code).toBe('delivery_not_dead');
  });

  it('refuses a subscription to a URL that is not http(s)', async () => {
    const res = await t.call({ method: 'POST', url: '/api/v1/webhooks', headers: await t.as('admin'), payload: { url: 'ftp://example.test/x', events: ['*'] } });
    expect(res.statusCode).toBe(400);
    expect(res.data.errors[0]).toMatchObject({ path: '/url' });
    const forbidden = await t.call({ method: 'GET', url: '/api/v1/webhooks', headers: await t.as('sales') });
    expect(forbidden.statusCode).toBe(403);
  });
});
