import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { HostResolver } from '../../src/platform/net/resolve.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { startHttpReceiver, startSmtpServer } from '../support/receivers.js';
import { described, send } from './operations.js';
import { Tally } from './tally.js';

/*
 * SSRF through webhooks (issue 11, finding 3): a target at an internal address, however it is
 * written or wherever its name resolves, is refused when subscribed and again when delivered
 * to, and the delivery log reads the same for an open port as for a closed one.
 */

const tally = new Tally('ssrf');
const dns = new Map<string, string[]>();
const resolveHost: HostResolver = async (hostname) => {
  const answer = dns.get(hostname);
  if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  return answer;
};
const publicAddress = '93.184.216.34';
const internalAddresses = ['127.0.0.1', '::1', '2130706433', '0x7f.1', '169.254.169.254', 'fe80::1', '10.0.0.1', '192.168.1.1'];
const subscribeOp = { key: 'POST /api/v1/webhooks' };
const deliveriesOp = { key: 'GET /api/v1/webhooks/{id}/deliveries' };

let t: TestApp;
let receiver: Awaited<ReturnType<typeof startHttpReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let closedPort: number;
let admin: Record<string, string>;
let customer: any;
let product: any;

beforeAll(async () => {
  receiver = await startHttpReceiver();
  smtp = await startSmtpServer();
  const closing = http.createServer();
  await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
  closedPort = (closing.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closing.close(() => resolve()));
  t = await createTestApp({ resolveHost, env: { ORDO_WEBHOOK_ALLOW: 'allowed.internal', ORDO_WEBHOOK_TIMEOUT_MS: '2000' } });
  admin = await t.as('admin');
  customer = await createCustomer(t);
  product = await createProduct(t);
  await receiveStock(t, product.id, 100);
});

afterAll(async () => {
  tally.report();
  await t?.close();
  await Promise.all([receiver?.close(), smtp?.close()]);
});

function subscribe(url: string) {
  return send(t, tally, subscribeOp, 'admin (API token)', { method: 'POST', url: '/api/v1/webhooks', headers: admin, payload: { url, events: ['order.received'] } });
}

async function deliverAnOrder(): Promise<void> {
  const res = await placeOrder(t, { customerId: customer.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' });
  expect(res.statusCode, res.body).toBe(201);
  await t.drain();
}

async function attemptsOf(webhookId: string): Promise<any[]> {
  const log = await send(t, tally, deliveriesOp, 'admin (API token)', { method: 'GET', url: `/api/v1/webhooks/${webhookId}/deliveries`, headers: admin });
  expect(log.statusCode).toBe(200);
  return log.data.items.flatMap((d: any) => d.attempts);
}

const urlHost = (address: string) => (address.includes(':') ? `[${address}]` : address);

test('every internal target is refused at subscription, written as an address or as a name resolving to one', async () => {
  dns.set('internal.example.test', ['127.0.0.1']);
  const targets = [...internalAddresses.map((a) => `http://${urlHost(a)}/hook`), 'http://internal.example.test/hook'];
  for (const url of targets) {
    const res = await subscribe(url);
    tally.check(res.statusCode === 422 && res.data?.code === 'webhook_target_internal', () => `subscribing ${url} → ${described(res)}, expected 422 webhook_target_internal`);
  }
  const list = await t.call({ method: 'GET', url: '/api/v1/webhooks', headers: admin });
  tally.check(list.data.items.length === 0, () => `refused subscriptions were stored: ${list.body}`);
  expect(tally.findings).toEqual([]);
});

test('a name that resolves to an internal address by the time of delivery is not called', async () => {
  const hooks: { answer: string; id: string }[] = [];
  for (const [index, answer] of internalAddresses.entries()) {
    const name = `moving-${index}.example.test`;
    dns.set(name, [publicAddress]);
    const res = await subscribe(`http://${name}:${new URL(receiver.url('/')).port}/moved-${index}`);
    expect(res.statusCode, res.body).toBe(201);
    hooks.push({ answer, id: res.data.id });
    dns.set(name, [answer]);
  }
  await deliverAnOrder();
  tally.check(receiver.received.length === 0, () => `the receiver on 127.0.0.1 was called: ${receiver.received.map((r) => r.path).join(', ')}`);
  for (const { answer, id } of hooks) {
    const attempts = await attemptsOf(id);
    tally.check(attempts.length > 0 && attempts.every((a) => !a.ok && a.code === 'target_refused'), () => `delivery to a name resolving to ${answer}: ${JSON.stringify(attempts)}`);
  }
  expect(tally.findings).toEqual([]);
});

test('the delivery log does not tell an open port from a closed one', async () => {
  dns.set('allowed.internal', ['127.0.0.1']);
  const open = await subscribe(`http://allowed.internal:${new URL(smtp.url).port}/`);
  const closed = await subscribe(`http://allowed.internal:${closedPort}/`);
  expect([open.statusCode, closed.statusCode]).toEqual([201, 201]);
  await deliverAnOrder();
  const withoutTiming = (attempts: any[]) => attempts.map(({ at: _at, durationMs: _durationMs, ...rest }) => rest);
  const [openAttempts, closedAttempts] = [withoutTiming(await attemptsOf(open.data.id)), withoutTiming(await attemptsOf(closed.data.id))];
  tally.check(openAttempts.length > 0 && JSON.stringify(openAttempts) === JSON.stringify(closedAttempts), () => `open port logged ${JSON.stringify(openAttempts)}, closed port ${JSON.stringify(closedAttempts)}`);
  const everything = JSON.stringify((await send(t, tally, { key: 'GET /api/v1/notifications/deliveries' }, 'admin (API token)', { method: 'GET', url: '/api/v1/notifications/deliveries?limit=200', headers: admin })).data);
  tally.check(!/ECONN|HPE_|socket hang up|Parse Error/i.test(everything), () => `the delivery log repeats what the socket said: ${everything.slice(0, 300)}`);
  expect(tally.findings).toEqual([]);
});
