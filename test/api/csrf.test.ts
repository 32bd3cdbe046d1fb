import { eq, sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { users } from '../../src/modules/identity/schema.js';
import { openSession } from '../../src/modules/identity/service.js';
import { csrfTokenFor } from '../../src/platform/http/csrf.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer } from '../support/fulfilment.js';

// A page on another port of the same host is "same-site": SameSite=Lax cookies go with its
// requests. These tests send what such a page's fetch(…, { credentials: 'include' }) sends,
// through `app.inject` (not `t.call`, which adds the console's CSRF header itself).
let t: TestApp;
let customer: any;
let product: any;
let maker: Record<string, string>;
let checkerSession: string;

/** What `inject` is addressed as (Host: localhost:80), i.e. the server's own origin. */
const ownOrigin = 'http://localhost';
const otherPort = 'http://localhost:8081';

beforeAll(async () => {
  t = await createTestApp();
  customer = await createCustomer(t);
  product = await createProduct(t);
  await receiveStock(t, product.id, 50);
  maker = await t.as('specialist', 'maker');
  await t.as('specialist', 'checker');
  const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'checker.specialist@example.test', password: 'correct horse battery' } });
  expect(login.statusCode).toBe(200);
  checkerSession = login.cookies.find((c) => c.name === 'ordo_session')!.value;
});
afterAll(async () => t?.close());

/** A phone order entered by the maker: it waits for a second person to confirm the entry. */
async function orderAwaitingCheck(): Promise<any> {
  const created = await t.call({
    method: 'POST',
    url: '/api/v1/orders',
    headers: maker,
    payload: { customerId: customer.id, channel: 'phone', requestedDeliveryDate: daysAfter(t, 6), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'unpaid' },
  });
  expect(created.data).toMatchObject({ status: 'awaiting_entry_check' });
  return created.data;
}

async function orderState(id: string) {
  const res = await t.call({ method: 'GET', url: `/api/v1/orders/${id}`, headers: maker });
  return { status: res.data.status, version: res.data.version, check: res.data.entry.check };
}

function confirmEntry(orderId: string, headers: Record<string, string>, extra: Partial<InjectOptions> = {}) {
  return t.app.inject({ method: 'POST', url: `/api/v1/orders/${orderId}/confirm-entry`, cookies: { ordo_session: checkerSession }, headers, ...extra });
}

const withToken = () => ({ 'x-ordo-csrf': csrfTokenFor(checkerSession) });

describe('sign-in gives the page a CSRF token it can read', () => {
  test('the ordo_csrf cookie is readable by the page and matches the session', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'checker.specialist@example.test', password: 'correct horse battery' } });
    const session = login.cookies.find((c) => c.name === 'ordo_session')!;
    const csrf = login.cookies.find((c) => c.name === 'ordo_csrf')!;
    expect(csrf).toMatchObject({ value: csrfTokenFor(session.value), path: '/', sameSite: 'Strict' });
    expect(csrf.httpOnly).toBeFalsy();
    expect(csrf.value).not.toBe(session.value);
  });

  test('a session without the cookie (from before it existed) gets it on its next request', async () => {
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { ordo_session: checkerSession } });
    expect(me.statusCode).toBe(200);
    expect(me.cookies.find((c) => c.name === 'ordo_csrf')?.value).toBe(csrfTokenFor(checkerSession));
    const again = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { ordo_session: checkerSession, ordo_csrf: csrfTokenFor(checkerSession) } });
    expect(again.cookies.find((c) => c.name === 'ordo_csrf')).toBeUndefined();
  });
});

describe('a cookie session refuses requests from another origin', () => {
  const refusals: { name: string; headers: Record<string, string>; contentType?: string }[] = [
    { name: 'a JSON POST with a foreign Origin, even with the right token', headers: { origin: otherPort, ...withToken() } },
    { name: 'Sec-Fetch-Site: same-site (another port of this host), even with the right token', headers: { 'sec-fetch-site': 'same-site', ...withToken() } },
    { name: 'Sec-Fetch-Site: cross-site', headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example', ...withToken() } },
    { name: 'a foreign Referer when there is no Origin', headers: { referer: `${otherPort}/attack.html`, ...withToken() } },
    { name: 'Origin: null (a sandboxed page)', headers: { origin: 'null', ...withToken() } },
    { name: 'a no-cors form-like POST (text/plain, no custom header)', headers: { origin: otherPort, 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'no-cors' }, contentType: 'text/plain' },
  ];

  test.each(refusals)('$name → 403 cross_origin_refused; the entry stays unconfirmed', async ({ headers, contentType }) => {
    const order = await orderAwaitingCheck();
    const before = await orderState(order.id);
    const res = await confirmEntry(order.id, contentType ? { ...headers, 'content-type': contentType } : headers, contentType ? { payload: 'x=1' } : {});
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 403, code: 'cross_origin_refused' });
    expect(await orderState(order.id)).toEqual(before);
  });

  test('a no-cors logout from another port does not end the session', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { ordo_session: checkerSession },
      headers: { origin: otherPort, 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'no-cors' },
    });
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { ordo_session: checkerSession } })).statusCode).toBe(200);
  });

  test('without X-Ordo-CSRF, or with another session\'s token → 403 csrf_token_missing; nothing changes', async () => {
    const order = await orderAwaitingCheck();
    const before = await orderState(order.id);
    const attempts: Record<string, string>[] = [{}, { origin: ownOrigin, 'sec-fetch-site': 'same-origin' }, { 'x-ordo-csrf': csrfTokenFor('another-session') }, { 'x-ordo-csrf': '' }];
    for (const headers of attempts) {
      const res = await confirmEntry(order.id, headers);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ status: 403, code: 'csrf_token_missing' });
    }
    expect(await orderState(order.id)).toEqual(before);
    const tokens = await t.app.inject({ method: 'POST', url: '/api/v1/auth/tokens', cookies: { ordo_session: checkerSession }, payload: { name: 'sneaky' } });
    expect(tokens.json()).toMatchObject({ code: 'csrf_token_missing' });
  });

  test('signing in from another origin is refused too (no session is opened)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: otherPort },
      payload: { email: 'checker.specialist@example.test', password: 'correct horse battery' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'cross_origin_refused' });
    expect(res.cookies).toEqual([]);
  });
});

describe('what is not a cross-site attack keeps working', () => {
  test('the console: same origin, with the token → the entry is confirmed', async () => {
    const order = await orderAwaitingCheck();
    const res = await confirmEntry(order.id, { origin: ownOrigin, 'sec-fetch-site': 'same-origin', referer: `${ownOrigin}/orders/${order.id}`, ...withToken() });
    expect(res.statusCode).toBe(200);
    expect(await orderState(order.id)).toMatchObject({ status: 'under_review', check: 'confirmed' });
  });

  test('the address in ORDO_PUBLIC_URL counts as the server\'s own (a proxy may rewrite Host)', async () => {
    const order = await orderAwaitingCheck();
    const res = await confirmEntry(order.id, { origin: t.config.publicUrl, ...withToken() });
    expect(res.statusCode).toBe(200);
  });

  test('a script with a bearer token needs no CSRF header, whatever else it sends', async () => {
    const order = await orderAwaitingCheck();
    const checker = await t.as('specialist', 'checker');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/confirm-entry`,
      headers: { ...checker, origin: otherPort },
      cookies: { ordo_session: checkerSession },
    });
    expect(res.statusCode).toBe(200);
    const plain = await t.app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: checker, payload: { name: 'ERP' } });
    expect(plain.statusCode).toBe(201);
  });

  test('signing in without Origin (a script) or from the own origin works', async () => {
    for (const headers of [{}, { origin: ownOrigin, 'sec-fetch-site': 'same-origin' }]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers, payload: { email: 'checker.specialist@example.test', password: 'correct horse battery' } });
      expect(res.statusCode).toBe(200);
    }
  });
});

describe('a portal session is protected the same way', () => {
  test('a portal order needs the same origin and the token; with both it is placed', async () => {
    const own = await createTrustedCustomer(t, { name: '杭州云帆贸易' });
    const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${own.id}/portal-users`, headers: await t.as('sales'), payload: { email: 'li@yunfan.test', name: '李采购' } });
    expect(invited.statusCode).toBe(201);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, invited.data.id));
    const { token: session } = await t.database.db.transaction((tx) => openSession(tx, t.clock.now(), row!, 'link'));
    const orders = async () => ((await t.database.db.execute(sql`SELECT count(*)::int AS n FROM orders`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
    const before = await orders();
    const place = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/portal/orders', cookies: { ordo_session: session }, headers, payload: { lines: [{ productId: product.id, quantity: 1 }] } });

    expect((await place({ origin: otherPort, 'x-ordo-csrf': csrfTokenFor(session) })).json()).toMatchObject({ code: 'cross_origin_refused' });
    expect((await place({})).json()).toMatchObject({ code: 'csrf_token_missing' });
    expect(await orders()).toBe(before);
    const placed = await place({ origin: ownOrigin, 'x-ordo-csrf': csrfTokenFor(session) });
    expect(placed.statusCode).toBe(201);
    expect(await orders()).toBe(before + 1);
  });
});
