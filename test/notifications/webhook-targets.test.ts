import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import type { HostResolver } from '../../src/platform/net/resolve.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { startHttpReceiver, startSmtpServer } from '../support/receivers.js';

/*
 * Webhook targets (issue 11, finding 3): a subscriber picks the URL, so Ordo must not call
 * its own network for them — not when the URL is created, not when a name resolves to an
 * internal address later, not when DNS answers differently between a check and the
 * connection — and its delivery log must not tell an open port from a closed one.
 */

/** The test's DNS: what each name answers, asked afresh every time. */
const dns = new Map<string, () => string[]>();
const questions: string[] = [];
const resolveHost: HostResolver = async (hostname) => {
  questions.push(hostname);
  const answer = dns.get(hostname);
  if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  return answer();
};
const publicAddress = '93.184.216.34';

let t: TestApp;
let receiver: Awaited<ReturnType<typeof startHttpReceiver>>;
let receiverPort: number;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let closedPort: number;
let customer: any;
let product: any;

beforeAll(async () => {
  receiver = await startHttpReceiver();
  receiverPort = Number(new URL(receiver.url('/')).port);
  // An open port that does not speak HTTP, and one where nothing listens.
  smtp = await startSmtpServer();
  const closing = http.createServer();
  await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
  closedPort = (closing.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closing.close(() => resolve()));

  t = await createTestApp({ resolveHost, env: { ORDO_WEBHOOK_ALLOW: 'allowed.internal, 127.0.0.2', ORDO_WEBHOOK_TIMEOUT_MS: '2000' } });
  customer = await createCustomer(t);
  product = await createProduct(t);
  await receiveStock(t, product.id, 100);
});
afterAll(async () => {
  await t?.close();
  await Promise.all([receiver?.close(), smtp?.close()]);
});

async function subscribe(url: string) {
  return t.call({ method: 'POST', url: '/api/v1/webhooks', headers: await t.as('admin'), payload: { url, events: ['order.received'] } });
}

async function subscribed(url: string) {
  const res = await subscribe(url);
  expect(res.statusCode, url).toBe(201);
  return res.data;
}

/** Places an order (one `order.received` for every subscription) and lets the worker deliver it once. */
async function deliverAnOrder() {
  const res = await placeOrder(t, { customerId: customer.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' });
  expect(res.statusCode).toBe(201);
  await t.drain();
}

async function deliveryOf(webhookId: string) {
  const log = await t.call({ method: 'GET', url: `/api/v1/webhooks/${webhookId}/deliveries`, headers: await t.as('admin') });
  expect(log.statusCode).toBe(200);
  expect(log.data.items).toHaveLength(1);
  return log.data.items[0];
}

const internalUrls = [
  'http://127.0.0.1/',
  'http://127.1:8080/',
  'http://2130706433/',
  'http://0177.0.0.1/',
  'http://0x7f.0.0.1/',
  'http://0x7f000001/',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::ffff:a9fe:a9fe]/',
  'http://169.254.169.254/latest/meta-data/',
  'http://[fe80::1]/',
  'http://[fc00::1]/',
  'http://[fd00:ec2::254]/',
  'http://10.0.0.1/',
  'http://172.16.0.1/',
  'http://172.31.255.254/',
  'http://192.168.1.1/',
  'http://100.64.0.1/',
  'http://100.100.100.200/',
  'http://0.0.0.0/',
  'http://0/',
  'http://[::]/',
  'http://224.0.0.1/',
  'http://[ff02::1]/',
  'http://255.255.255.255/',
  'https://localhost/',
  'https://metadata.example.test/',
  'https://split.example.test/',
];

describe('creating or changing a subscription', () => {
  it('refuses every internal address, however it is spelled or resolved, with a code naming /url', async () => {
    dns.set('localhost', () => ['127.0.0.1', '::1']);
    dns.set('metadata.example.test', () => ['169.254.169.254']);
    // One internal answer among public ones is enough to refuse.
    dns.set('split.example.test', () => [publicAddress, '10.1.2.3']);
    for (const url of internalUrls) {
      const res = await subscribe(url);
      expect(res.statusCode, url).toBe(422);
      expect(res.data, url).toMatchObject({ code: 'webhook_target_internal', errors: [{ path: '/url', code: 'internal_address' }] });
    }
    const list = await t.call({ method: 'GET', url: '/api/v1/webhooks', headers: await t.as('admin') });
    expect(list.data.items).toEqual([]);
  });

  it('refuses a host name that does not resolve', async () => {
    const res = await subscribe('https://nowhere.example.test/hook');
    expect(res.statusCode).toBe(422);
    expect(res.data).toMatchObject({ code: 'webhook_target_unresolvable', errors: [{ path: '/url', code: 'unresolvable' }] });
  });

  it('takes a public receiver, and refuses to move it to an internal address, leaving it as it was', async () => {
    dns.set('erp.example.test', () => [publicAddress]);
    const hook = await subscribed('https://erp.example.test/ordo');
    const moved = await t.call({ method: 'PATCH', url: `/api/v1/webhooks/${hook.id}`, headers: { ...(await t.as('admin')), 'if-match': '1' }, payload: { url: 'http://169.254.169.254/latest/meta-data/' } });
    expect(moved.statusCode).toBe(422);
    expect(moved.data).toMatchObject({ code: 'webhook_target_internal', errors: [{ path: '/url' }] });
    const now = await t.call({ method: 'GET', url: `/api/v1/webhooks/${hook.id}`, headers: await t.as('admin') });
    expect(now.data).toMatchObject({ url: 'https://erp.example.test/ordo', version: 1 });
    await t.call({ method: 'PATCH', url: `/api/v1/webhooks/${hook.id}`, headers: { ...(await t.as('admin')), 'if-match': '1' }, payload: { active: false } });
  });
});

describe('delivering', () => {
  it('does not call a name that has come to resolve to an internal address, in any of its forms', async () => {
    const internalAnswers = ['127.0.0.1', '::1', '2130706433', '0x7f000001', '017700000001', '::ffff:127.0.0.1', '169.254.169.254', 'fe80::1', 'fc00::1', '10.0.0.1', '172.16.0.1', '192.168.0.1', '100.64.0.1', '0.0.0.0', '::', '224.0.0.1'];
    const hooks = [];
    for (const [index, answer] of internalAnswers.entries()) {
      const name = `moved-${index}.example.test`;
      let current = [publicAddress];
      dns.set(name, () => current);
      hooks.push({ answer, hook: await subscribed(`http://${name}:${receiverPort}/moved-${index}`), moveInside: () => (current = [answer]) });
    }
    for (const { moveInside } of hooks) moveInside();
    await deliverAnOrder();

    expect(receiver.received.filter((r) => r.path.startsWith('/moved-'))).toEqual([]);
    for (const { answer, hook } of hooks) {
      const delivery = await deliveryOf(hook.id);
      expect(delivery, answer).toMatchObject({ status: 'dead', attempts: [{ ok: false, code: 'target_refused', detail: 'the target address is not allowed' }] });
    }
  });

  it('connects to the address it checked: a name answering an allowed address, then an internal one (DNS rebinding), is not called at the second', async () => {
    // 127.0.0.2 is allowed and nothing listens there; the receiver listens on 127.0.0.1,
    // where the second answer and the machine's own resolver would both send the call.
    let asked = 0;
    dns.set('localhost', () => (++asked <= 2 ? ['127.0.0.2'] : ['127.0.0.1']));
    const hook = await subscribed(`http://localhost:${receiverPort}/rebound`);
    expect(asked).toBe(1);
    await deliverAnOrder();

    expect(receiver.received.filter((r) => r.path === '/rebound')).toEqual([]);
    expect(asked).toBe(2);
    const delivery = await deliveryOf(hook.id);
    expect(delivery.attempts).toMatchObject([{ ok: false, code: 'connection_failed' }]);
  });

  it('calls an internal receiver the operator allows by name; an open and a closed port there, or anywhere internal, log the same outcome', async () => {
    dns.set('allowed.internal', () => ['127.0.0.1']);
    dns.set('internal.example.test', () => [publicAddress]);
    const allowed = await subscribed(`http://allowed.internal:${receiverPort}/allowed`);
    const open = await subscribed(`http://allowed.internal:${new URL(smtp.url).port}/`);
    const closed = await subscribed(`http://allowed.internal:${closedPort}/`);
    const internalOpen = await subscribed(`http://internal.example.test:${new URL(smtp.url).port}/`);
    const internalClosed = await subscribed(`http://internal.example.test:${closedPort}/`);
    dns.set('internal.example.test', () => ['127.0.0.1']);
    await deliverAnOrder();

    expect(receiver.received.filter((r) => r.path === '/allowed')).toHaveLength(1);
    expect(await deliveryOf(allowed.id)).toMatchObject({ status: 'sent', attempts: [{ ok: true, code: 'http_status', status: 200 }] });

    const [openAttempt, closedAttempt] = [(await deliveryOf(open.id)).attempts[0], (await deliveryOf(closed.id)).attempts[0]];
    expect(openAttempt).toMatchObject({ ok: false, code: 'connection_failed', detail: 'could not connect' });
    expect({ ...closedAttempt, at: undefined, durationMs: undefined }).toEqual({ ...openAttempt, at: undefined, durationMs: undefined });
    const [internalOpenAttempt, internalClosedAttempt] = [(await deliveryOf(internalOpen.id)).attempts[0], (await deliveryOf(internalClosed.id)).attempts[0]];
    expect(internalOpenAttempt).toMatchObject({ ok: false, code: 'target_refused' });
    expect({ ...internalClosedAttempt, at: undefined, durationMs: undefined }).toEqual({ ...internalOpenAttempt, at: undefined, durationMs: undefined });

    // Neither the delivery log nor the jobs' last errors repeat what the socket said.
    const everything = JSON.stringify([
      (await t.call({ method: 'GET', url: '/api/v1/notifications/deliveries?limit=200', headers: await t.as('admin') })).data,
      (await t.call({ method: 'GET', url: '/api/v1/jobs?status=queued', headers: await t.as('admin') })).data,
      (await t.call({ method: 'GET', url: '/api/v1/jobs?status=dead', headers: await t.as('admin') })).data,
    ]);
    expect(everything).not.toMatch(/ECONN|Parse Error|HPE_|socket hang up|127\.0\.0\.1/i);
  });

  it('does not follow a redirect: it is an answer like any other', async () => {
    const redirecting = http.createServer((req, res) => {
      req.resume();
      res.writeHead(307, { location: receiver.url('/redirected') }).end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    try {
      dns.set('allowed.internal', () => ['127.0.0.1']);
      const hook = await subscribed(`http://allowed.internal:${(redirecting.address() as AddressInfo).port}/hook`);
      await deliverAnOrder();
      expect(receiver.received.filter((r) => r.path === '/redirected')).toEqual([]);
      expect((await deliveryOf(hook.id)).attempts).toMatchObject([{ ok: false, code: 'http_status', status: 307, detail: 'answered 307' }]);
    } finally {
      await new Promise<void>((resolve) => redirecting.close(() => resolve()));
    }
  });
});

describe('ORDO_WEBHOOK_ALLOW', () => {
  it('takes CIDRs, addresses and host names, and refuses anything else at start, naming it', () => {
    const { webhookAllow } = loadConfig({ ORDO_WEBHOOK_ALLOW: '10.20.0.0/16, fd00:1::/64 ,192.168.5.7,Hooks.Internal.' }).notifications;
    expect(webhookAllow).toEqual({ networks: ['10.20.0.0/16', 'fd00:1::/64', '192.168.5.7/32'], hosts: ['hooks.internal'] });
    expect(() => loadConfig({ ORDO_WEBHOOK_ALLOW: '10.0.0.0/8,http://x/' })).toThrow(ConfigError);
    expect(() => loadConfig({ ORDO_WEBHOOK_ALLOW: '10.0.0.0/33' })).toThrow(/10\.0\.0\.0\/33/);
  });
});
