import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { users } from '../../src/modules/identity/schema.js';
import { openSession } from '../../src/modules/identity/service.js';
import { csrfHeader, csrfTokenFor } from '../../src/platform/http/csrf.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer } from '../support/fixtures.js';
import { described, exampleOf, operationsOf, send, unsafeMethods, urlOf, type Operation } from './operations.js';
import { Tally } from './tally.js';

/*
 * CSRF over every state-changing operation (issue 11, finding 4): with a cookie session, a
 * request from another origin, one the browser marks cross-site, and one without the
 * session's X-Ordo-CSRF header are refused with 403 and change nothing. A bearer token is no
 * ambient credential: it needs no CSRF header, and its requests are never refused as CSRF.
 */

const tally = new Tally('csrf');
let t: TestApp;
let operations: Operation[];
let sessions: { staff: string; portal: string };
const csrfCodes = ['cross_origin_refused', 'csrf_token_missing'];

async function writesSoFar(): Promise<number> {
  const { rows } = (await t.database.db.execute(sql`SELECT (SELECT count(*) FROM audit_events) + (SELECT count(*) FROM outbox) + (SELECT count(*) FROM sessions) AS n`)) as unknown as {
    rows: { n: number | string }[];
  };
  return Number(rows[0]!.n);
}

async function sessionOf(email: string): Promise<string> {
  const [row] = await t.database.db.select().from(users).where(eq(users.email, email));
  return (await t.database.db.transaction((tx) => openSession(tx, t.clock.now(), row!, 'password'))).token;
}

beforeAll(async () => {
  t = await createTestApp();
  operations = operationsOf(t.app).filter((op) => unsafeMethods.has(op.method));
  await t.as('admin');
  const customer = await createCustomer(t, { contacts: [{ name: '孙', phone: '13500000000', email: 'sun@portal.test', primary: true }] });
  const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('admin'), payload: { email: 'sun@portal.test', name: '孙' } });
  expect(invited.statusCode, invited.body).toBe(201);
  sessions = { staff: await sessionOf('admin.admin@example.test'), portal: await sessionOf('sun@portal.test') };
});

afterAll(async () => {
  tally.report();
  await t?.close();
});

function request(op: Operation, principal: string, headers: Record<string, string>) {
  return send(t, tally, op, principal, {
    method: op.method,
    url: urlOf(op),
    headers: { 'if-match': '1', ...headers },
    ...(op.body ? { payload: exampleOf(op.body) as object } : {}),
  });
}

test('with a cookie session, every state-changing operation refuses a foreign origin, a cross-site fetch and a missing CSRF header; nothing changes', { timeout: 300_000 }, async () => {
  expect(operations.length).toBeGreaterThan(80);
  const before = await writesSoFar();
  for (const op of operations) {
    const session = op.permission === 'portal:use' ? sessions.portal : sessions.staff;
    const principal = op.permission === 'portal:use' ? 'portal customer (session)' : 'admin (session)';
    const cookie = `ordo_session=${session}`;
    const token = csrfTokenFor(session);
    const attacks: { what: string; headers: Record<string, string>; code: string }[] = [
      { what: 'a foreign Origin', headers: { cookie, [csrfHeader]: token, origin: 'https://evil.example' }, code: 'cross_origin_refused' },
      { what: 'another port of the same host', headers: { cookie, [csrfHeader]: token, origin: 'http://localhost:8081' }, code: 'cross_origin_refused' },
      { what: 'Sec-Fetch-Site: cross-site', headers: { cookie, [csrfHeader]: token, 'sec-fetch-site': 'cross-site' }, code: 'cross_origin_refused' },
      // Public operations (sign-in, links) act on no session: they need no token, only the right origin.
      ...(op.permission === 'public' ? [] : [{ what: 'no X-Ordo-CSRF', headers: { cookie }, code: 'csrf_token_missing' }, { what: "another session's token", headers: { cookie, [csrfHeader]: csrfTokenFor('forged') }, code: 'csrf_token_missing' }]),
    ];
    for (const attack of attacks) {
      const res = await request(op, principal, attack.headers);
      tally.check(res.statusCode === 403 && res.data?.code === attack.code, () => `${op.key} with ${attack.what} → ${described(res)}, expected 403 ${attack.code}`);
    }
  }
  const after = await writesSoFar();
  tally.check(after === before, () => `refused cross-site requests wrote ${after - before} audit, outbox or session rows`);
  expect(tally.findings).toEqual([]);
});

test('a bearer token needs no CSRF header, even with a foreign Origin', { timeout: 300_000 }, async () => {
  const bearer = await t.as('admin', 'integration');
  const portalToken = await t.call({ method: 'POST', url: '/api/v1/auth/tokens', cookies: { ordo_session: sessions.portal }, payload: { name: 'erp', expiresInDays: 30 } });
  expect(portalToken.statusCode, portalToken.body).toBe(201);
  // Signing out with a token ends nothing a later request needs, but keep it last all the same.
  const ordered = [...operations.filter((op) => op.permission !== 'public')].sort((a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')));
  for (const op of ordered) {
    const headers = op.permission === 'portal:use' ? { authorization: `Bearer ${portalToken.data.token}` } : bearer;
    const res = await request(op, op.permission === 'portal:use' ? 'portal customer (API token)' : 'admin (API token)', { ...headers, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    tally.check(!csrfCodes.includes(res.data?.code) && res.statusCode < 500, () => `${op.key} with a bearer token → ${described(res)}`);
  }
  expect(tally.findings).toEqual([]);
});
