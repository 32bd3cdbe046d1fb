import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { startHttpReceiver, type ReceivedRequest } from '../support/receivers.js';

/*
 * WeCom and DingTalk group robots against a local receiver that answers as they document:
 * `{"errcode":0,"errmsg":"ok"}`, or another errcode with HTTP 200 when it refuses. The
 * payloads are checked field by field, DingTalk's signature recomputed, refusals retried and
 * logged, topics filtered, and the robots' credentials kept out of answers and the trail.
 */

const consoleUrl = 'https://ordo.example.test';
const wecomKey = '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
const dingtalkToken = 'b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6';
const dingtalkSecret = 'SEC4b1f0d9c8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0';

let t: TestApp;
let robots: Awaited<ReturnType<typeof startHttpReceiver>>;
/** Paths answered with a refusal (`errcode` ≠ 0) until taken off this map: how many times each still refuses. */
const refusals = new Map<string, number>();
let customer: any;
let product: any;

beforeAll(async () => {
  robots = await startHttpReceiver((request) => {
    const path = request.path.split('?')[0]!;
    const left = refusals.get(path) ?? 0;
    if (left > 0) {
      refusals.set(path, left - 1);
      return { status: 200, json: { errcode: 93000, errmsg: 'invalid webhook url, hint: [1733456789_1]' } };
    }
    return { status: 200, json: { errcode: 0, errmsg: 'ok' } };
  });
  // The receiver listens on loopback, which outbound targets may reach only when the operator allows it.
  t = await createTestApp({ env: { ORDO_WEBHOOK_ALLOW: '127.0.0.1', ORDO_WEBHOOK_TIMEOUT_MS: '5000', ORDO_PUBLIC_URL: consoleUrl } });
  customer = await createCustomer(t, { name: '华东精密机械有限公司' });
  product = await createProduct(t, { priceMinor: 2_000_00 });
  await receiveStock(t, product.id, 100);
});
afterAll(async () => {
  await t?.close();
  await robots?.close();
});

async function admin() {
  return t.as('admin');
}

async function addRobot(payload: Record<string, unknown>) {
  const res = await t.call({ method: 'POST', url: '/api/v1/notifications/robots', headers: await admin(), payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.data;
}

/** A low-risk paid order: received and approved at intake. */
async function order() {
  const res = await placeOrder(t, { customerId: customer.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: product.id, quantity: 2 }], paymentStatus: 'paid' });
  expect(res.statusCode).toBe(201);
  expect(res.data.status).toBe('approved');
  return res.data;
}

function callsTo(path: string): ReceivedRequest[] {
  return robots.received.filter((r) => r.path.split('?')[0] === path);
}

async function deliveries(robotId: string): Promise<any[]> {
  const res = await t.call({ method: 'GET', url: `/api/v1/notifications/robots/${robotId}/deliveries`, headers: await admin() });
  expect(res.statusCode).toBe(200);
  return res.data.items;
}

describe('WeCom', () => {
  it('posts the documented markdown message for the subscribed key steps only, in the robot language, with a link to the order', async () => {
    const robot = await addRobot({ name: '订单响应群', kind: 'wecom', url: robots.url(`/wecom/send?key=${wecomKey}`), topics: ['order.received', 'order.approved'], language: 'zh-CN' });
    const placed = await order();
    await t.drain();

    const calls = callsTo('/wecom/send');
    expect(calls).toHaveLength(2);
    expect(new URL(calls[0]!.path, 'http://x').searchParams.get('key')).toBe(wecomKey);
    expect(calls[0]!.headers['content-type']).toBe('application/json');
    const bodies = calls.map((c) => JSON.parse(c.body));
    const received = bodies.find((b) => b.markdown.content.startsWith('**订单已收到'));
    expect(Object.keys(received)).toEqual(['msgtype', 'markdown']);
    expect(received.msgtype).toBe('markdown');
    expect(Object.keys(received.markdown)).toEqual(['content']);
    expect(received.markdown.content).toBe(
      [`**订单已收到：${placed.number}**`, `> 订单：${placed.number}`, '> 客户：华东精密机械有限公司', `[在 Ordo 中查看订单](${consoleUrl}/orders/${placed.id})`].join('\n'),
    );
    expect(Buffer.byteLength(received.markdown.content)).toBeLessThanOrEqual(4096);
    expect(bodies.map((b) => b.markdown.content.split('\n')[0]).sort()).toEqual([`**订单已收到：${placed.number}**`, `**订单已确认：${placed.number}**`].sort());

    const log = await deliveries(robot.id);
    expect(log).toHaveLength(2);
    expect(log.map((d) => d.topic).sort()).toEqual(['order.approved', 'order.received']);
    for (const d of log) {
      expect(d).toMatchObject({ channel: 'team_chat', robotId: robot.id, status: 'sent' });
      expect(d.attempts).toEqual([expect.objectContaining({ ok: true, code: 'http_status', status: 200, errcode: 0, errmsg: 'ok' })]);
    }
  });

  it('sends the text form with mentioned_mobile_list when the robot @-mentions people', async () => {
    await addRobot({ name: '仓库群', kind: 'wecom', url: robots.url('/wecom/mention?key=warehouse-key-0001'), topics: ['order.approved'], language: 'en', mentionMobiles: ['13800000001', '13900000002'] });
    const placed = await order();
    await t.drain();
    const [call] = callsTo('/wecom/mention');
    const body = JSON.parse(call!.body);
    expect(Object.keys(body)).toEqual(['msgtype', 'text']);
    expect(body.msgtype).toBe('text');
    expect(body.text).toEqual({
      content: [`Order confirmed: ${placed.number}`, `Order：${placed.number}`, 'Customer：华东精密机械有限公司', `Open the order in Ordo：${consoleUrl}/orders/${placed.id}`].join('\n'),
      mentioned_mobile_list: ['13800000001', '13900000002'],
    });
  });
});

describe('DingTalk', () => {
  it('signs the URL with timestamp and sign (recomputed here) and posts the documented markdown with at', async () => {
    const robot = await addRobot({
      name: 'Order desk',
      kind: 'dingtalk',
      url: robots.url(`/robot/send?access_token=${dingtalkToken}`),
      secret: dingtalkSecret,
      topics: ['order.received'],
      language: 'en',
      mentionMobiles: ['13800000001'],
    });
    expect(robot.maskedSecret).toBe(`****${dingtalkSecret.slice(-4)}`);
    const placed = await order();
    await t.drain();

    const [call] = callsTo('/robot/send');
    const query = new URL(call!.path, 'http://x').searchParams;
    expect([...query.keys()]).toEqual(['access_token', 'timestamp', 'sign']);
    expect(query.get('access_token')).toBe(dingtalkToken);
    const timestamp = query.get('timestamp')!;
    expect(Number(timestamp)).toBe(t.clock.now().getTime());
    const expected = createHmac('sha256', dingtalkSecret).update(`${timestamp}\n${dingtalkSecret}`).digest('base64');
    expect(query.get('sign')).toBe(expected);
    // The signature travels urlencoded: its + / = never appear raw in the query.
    expect(call!.path).toContain(`sign=${encodeURIComponent(expected)}`);

    const body = JSON.parse(call!.body);
    expect(Object.keys(body)).toEqual(['msgtype', 'markdown', 'at']);
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown).toEqual({
      title: `Order received: ${placed.number}`,
      text: [`### Order received: ${placed.number}`, `> Order：${placed.number}`, '> Customer：华东精密机械有限公司', `[Open the order in Ordo](${consoleUrl}/orders/${placed.id})`].join('\n') + '\n\n@13800000001',
    });
    expect(body.at).toEqual({ atMobiles: ['13800000001'], isAtAll: false });
  });

  it('records an errcode other than 0 as a failure, retries with backoff, and logs both attempts', async () => {
    refusals.set('/robot/flaky', 1);
    const robot = await addRobot({ name: '交付群', kind: 'dingtalk', url: robots.url('/robot/flaky?access_token=flaky-token-0001'), topics: ['order.approved'], language: 'zh-CN' });
    await order();
    await t.drain();
    expect(callsTo('/robot/flaky')).toHaveLength(1);
    let [delivery] = await deliveries(robot.id);
    expect(delivery.status).toBe('queued');
    expect(delivery.attempts).toEqual([expect.objectContaining({ ok: false, code: 'robot_error', status: 200, errcode: 93000, errmsg: 'invalid webhook url, hint: [1733456789_1]' })]);

    t.clock.advance(30_000);
    await t.drain();
    expect(callsTo('/robot/flaky')).toHaveLength(2);
    [delivery] = await deliveries(robot.id);
    expect(delivery.status).toBe('sent');
    expect(delivery.attempts.map((a: any) => [a.ok, a.errcode])).toEqual([
      [false, 93000],
      [true, 0],
    ]);
    // Without a secret the URL is not signed.
    expect([...new URL(callsTo('/robot/flaky')[1]!.path, 'http://x').searchParams.keys()]).toEqual(['access_token']);
  });

  it('shows a robot that keeps refusing as dead in its log after the last attempt, never dropped silently', async () => {
    refusals.set('/robot/refusing', 100);
    const robot = await addRobot({ name: '拒收群', kind: 'dingtalk', url: robots.url('/robot/refusing?access_token=refusing-token-01'), topics: ['order.received'], language: 'zh-CN' });
    await order();
    await t.drain();
    for (let attempt = 0; attempt < 6; attempt++) {
      t.clock.advance(3_600_000);
      await t.drain();
    }
    const [dead] = await deliveries(robot.id);
    expect(dead.status).toBe('dead');
    expect(dead.attempts).toHaveLength(6);
    expect(dead.attempts.every((a: any) => !a.ok && a.code === 'robot_error' && a.errcode === 93000)).toBe(true);
    refusals.delete('/robot/refusing');
  });

  it('logs a queued message as dead, not sent, when its robot is paused before the retry', async () => {
    refusals.set('/robot/paused', 1);
    const robot = await addRobot({ name: '暂停群', kind: 'dingtalk', url: robots.url('/robot/paused?access_token=paused-token-0001'), topics: ['order.received'], language: 'zh-CN' });
    await order();
    await t.drain();
    const paused = await t.call({ method: 'PATCH', url: `/api/v1/notifications/robots/${robot.id}`, headers: { ...(await admin()), 'if-match': '1' }, payload: { active: false } });
    expect(paused.statusCode).toBe(200);
    t.clock.advance(30_000);
    await t.drain();
    expect(callsTo('/robot/paused')).toHaveLength(1);
    const [delivery] = await deliveries(robot.id);
    expect(delivery.status).toBe('dead');
    expect(delivery.attempts).toEqual([expect.objectContaining({ ok: false, code: 'robot_error' }), expect.objectContaining({ ok: false, detail: 'the team chat robot was removed or paused' })]);
  });
});

describe('test message', () => {
  it('sends a test message, answers the robot reply, and logs it; a refused test is logged dead and can be retried', async () => {
    const robot = await addRobot({ name: '测试群', kind: 'wecom', url: robots.url('/wecom/test?key=test-key-000000001'), topics: ['*'], language: 'zh-CN' });
    const ok = await t.call({ method: 'POST', url: `/api/v1/notifications/robots/${robot.id}/test`, headers: await admin() });
    expect(ok.statusCode).toBe(200);
    expect(ok.data).toMatchObject({ ok: true, code: 'http_status', status: 200, errcode: 0, errmsg: 'ok', delivery: { topic: 'team_chat.test', status: 'sent', robotId: robot.id } });
    const [call] = callsTo('/wecom/test');
    expect(JSON.parse(call!.body).markdown.content).toBe('**Ordo 测试消息**\n> 群机器人：测试群\n连接正常，本群将收到所订阅的订单动态。');

    refusals.set('/wecom/test', 1);
    t.clock.advance(60_000);
    const refused = await t.call({ method: 'POST', url: `/api/v1/notifications/robots/${robot.id}/test`, headers: await admin() });
    expect(refused.data).toMatchObject({ ok: false, code: 'robot_error', errcode: 93000, delivery: { status: 'dead' } });
    const log = await deliveries(robot.id);
    expect(log.map((d) => d.status)).toEqual(['dead', 'sent']);

    const retried = await t.call({ method: 'POST', url: `/api/v1/notifications/deliveries/${refused.data.delivery.id}/retry`, headers: await admin() });
    expect(retried.statusCode).toBe(200);
    await t.drain();
    expect((await deliveries(robot.id))[0]).toMatchObject({ status: 'sent', attempts: [{ ok: false }, { ok: true, errcode: 0 }] });
  });

  it('reports a robot that cannot be reached as a failed test', async () => {
    const closed = await startHttpReceiver();
    const url = closed.url('/wecom/gone?key=gone-key-00000001');
    await closed.close();
    const robot = await addRobot({ name: '关闭的群', kind: 'wecom', url, topics: ['order.received'], language: 'zh-CN' });
    const res = await t.call({ method: 'POST', url: `/api/v1/notifications/robots/${robot.id}/test`, headers: await admin() });
    expect(res.data).toMatchObject({ ok: false, code: 'connection_failed', delivery: { status: 'dead' } });
  });
});

describe('credentials', () => {
  it('masks the key, access token and secret in every answer and keeps them out of the audit trail', async () => {
    const key = 'cred-key-5f2a9c1e-4b7d-4e3a';
    const robot = await addRobot({ name: '保密群', kind: 'dingtalk', url: robots.url(`/robot/cred?access_token=${key}`), secret: dingtalkSecret, topics: ['case.opened'], language: 'zh-CN' });
    expect(robot.maskedUrl).toBe(`${robots.url('/robot/cred')}?access_token=****${key.slice(-4)}`);
    const one = await t.call({ method: 'GET', url: `/api/v1/notifications/robots/${robot.id}`, headers: await admin() });
    const list = await t.call({ method: 'GET', url: '/api/v1/notifications/robots', headers: await admin() });
    expect(one.headers.etag).toBe('"1"');
    for (const body of [JSON.stringify(robot), one.body, list.body]) {
      expect(body).not.toContain(key);
      expect(body).not.toContain(dingtalkSecret);
    }

    const newKey = 'cred-key-new-8d1c2b3a4f5e6d7c';
    const newSecret = 'SECnew0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8';
    const patched = await t.call({ method: 'PATCH', url: `/api/v1/notifications/robots/${robot.id}`, headers: { ...(await admin()), 'if-match': '1' }, payload: { url: robots.url(`/robot/cred?access_token=${newKey}`), secret: newSecret, name: '保密群（新）' } });
    expect(patched.statusCode).toBe(200);
    expect(patched.data).toMatchObject({ version: 2, name: '保密群（新）', maskedSecret: `****${newSecret.slice(-4)}` });
    await t.call({ method: 'POST', url: `/api/v1/notifications/robots/${robot.id}/test`, headers: await admin() });
    const removed = await t.call({ method: 'DELETE', url: `/api/v1/notifications/robots/${robot.id}`, headers: { ...(await admin()), 'if-match': '2' } });
    expect(removed.statusCode).toBe(204);

    const trail = (await t.database.db.execute(sql`SELECT action, before, after FROM audit_events WHERE entity_type = 'team_chat_robot' AND entity_id = ${robot.id} ORDER BY at, seq`)) as unknown as { rows: any[] };
    expect(trail.rows.map((r) => r.action)).toEqual(['team_chat_robot.created', 'team_chat_robot.updated', 'team_chat_robot.tested', 'team_chat_robot.deleted']);
    expect(trail.rows[1].after).toMatchObject({ urlChanged: true, secretChanged: true, name: '保密群（新）' });
    const written = JSON.stringify(trail.rows);
    for (const credential of [key, newKey, dingtalkSecret, newSecret]) expect(written).not.toContain(credential);
    const gone = await t.call({ method: 'GET', url: `/api/v1/notifications/robots/${robot.id}`, headers: await admin() });
    expect(gone.statusCode).toBe(404);
  });

  it('keeps the URL and secret when an edit leaves them out, and refuses a stale version', async () => {
    const robot = await addRobot({ name: '编辑群', kind: 'dingtalk', url: robots.url('/robot/edit?access_token=edit-token-000001'), secret: dingtalkSecret, topics: ['order.received'], language: 'zh-CN' });
    const edited = await t.call({ method: 'PATCH', url: `/api/v1/notifications/robots/${robot.id}`, headers: { ...(await admin()), 'if-match': '1' }, payload: { topics: ['order.approved'], active: false } });
    expect(edited.data).toMatchObject({ topics: ['order.approved'], active: false, maskedUrl: robot.maskedUrl, maskedSecret: robot.maskedSecret });
    await order();
    await t.drain();
    // Paused: the approved order is not told.
    expect(callsTo('/robot/edit')).toHaveLength(0);
    const stale = await t.call({ method: 'PATCH', url: `/api/v1/notifications/robots/${robot.id}`, headers: { ...(await admin()), 'if-match': '1' }, payload: { active: true } });
    expect(stale.statusCode).toBe(412);
    expect(stale.data.code).toBe('precondition_failed');
    const unsigned = await t.call({ method: 'PATCH', url: `/api/v1/notifications/robots/${robot.id}`, headers: { ...(await admin()), 'if-match': '2' }, payload: { secret: null, active: true } });
    expect(unsigned.data).toMatchObject({ maskedSecret: null, active: true, version: 3 });
    await order();
    await t.drain();
    const calls = callsTo('/robot/edit');
    expect(calls).toHaveLength(1);
    // The edit kept the access token; without a secret the call is no longer signed.
    expect(new URL(calls[0]!.path, 'http://x').search).toBe('?access_token=edit-token-000001');
  });
});

describe('bad input', () => {
  const valid = () => ({ name: '订单响应群', kind: 'wecom', url: robots.url('/wecom/bad?key=bad-key-0000000001'), topics: ['order.received'], language: 'zh-CN' });

  async function refused(payload: Record<string, unknown>) {
    const res = await t.call({ method: 'POST', url: '/api/v1/notifications/robots', headers: await admin(), payload });
    expect(res.headers['content-type']).toContain('application/problem+json');
    return res;
  }

  it('answers problem+json naming the field for an unknown kind, a bad URL, a missing key, a WeCom secret or an unknown field', async () => {
    const kind = await refused({ ...valid(), kind: 'feishu' });
    expect(kind.statusCode).toBe(400);
    expect(kind.data.code).toBe('validation_failed');
    expect(kind.data.errors.map((e: any) => e.path)).toContain('/kind');

    const ftp = await refused({ ...valid(), url: 'ftp://robots.example.test/send?key=abc' });
    expect(ftp.statusCode).toBe(400);
    expect(ftp.data.errors[0]).toMatchObject({ path: '/url', code: 'format' });

    const keyless = await refused({ ...valid(), url: robots.url('/wecom/bad') });
    expect(keyless.statusCode).toBe(400);
    expect(keyless.data.errors[0]).toMatchObject({ path: '/url', code: 'robot_credential_missing', params: { param: 'key' } });
    const tokenless = await refused({ ...valid(), kind: 'dingtalk', url: robots.url('/robot/bad?key=wrong-param-0001') });
    expect(tokenless.data.errors[0]).toMatchObject({ path: '/url', code: 'robot_credential_missing', params: { param: 'access_token' } });

    const secret = await refused({ ...valid(), secret: 'SECabc' });
    expect(secret.statusCode).toBe(400);
    expect(secret.data.errors[0]).toMatchObject({ path: '/secret', code: 'secret_not_signed' });

    const extra = await refused({ ...valid(), webhook: 'x' });
    expect(extra.statusCode).toBe(400);

    const mobile = await refused({ ...valid(), mentionMobiles: ['138 0000 0001'] });
    expect(mobile.statusCode).toBe(400);
    expect(mobile.data.errors[0].path).toBe('/mentionMobiles/0');
  });

  it('refuses a private address (the webhook rule), without echoing the key in the problem', async () => {
    const key = 'private-key-7c3e9a1b2d4f';
    const res = await refused({ ...valid(), url: `http://10.1.2.3/cgi-bin/webhook/send?key=${key}` });
    expect(res.statusCode).toBe(422);
    expect(res.data.code).toBe('webhook_target_internal');
    expect(res.data.errors[0]).toMatchObject({ path: '/url', code: 'internal_address' });
    expect(res.body).not.toContain(key);
    const metadata = await refused({ ...valid(), url: `http://169.254.169.254/latest?key=${key}` });
    expect(metadata.data.code).toBe('webhook_target_internal');
    const list = await t.call({ method: 'GET', url: '/api/v1/notifications/robots', headers: await admin() });
    expect(list.data.items.some((r: any) => r.maskedUrl.includes('10.1.2.3'))).toBe(false);
  });

  it('lets only those who manage notifications see or change robots', async () => {
    const sales = await t.as('sales');
    expect((await t.call({ method: 'GET', url: '/api/v1/notifications/robots', headers: sales })).statusCode).toBe(403);
    expect((await t.call({ method: 'POST', url: '/api/v1/notifications/robots', headers: sales, payload: valid() })).statusCode).toBe(403);
  });
});
