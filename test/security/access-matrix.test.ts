import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { users } from '../../src/modules/identity/schema.js';
import { openSession } from '../../src/modules/identity/service.js';
import { permissionsOf, roles } from '../../src/modules/identity/permissions.js';
import { csrfHeader, csrfTokenFor } from '../../src/platform/http/csrf.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';
import { linksIn, startSmtpServer } from '../support/receivers.js';
import { described, exampleOf, operationsOf, problemDefect, send, streamingPaths, urlOf, type Answer, type Operation } from './operations.js';
import { Tally } from './tally.js';

/*
 * Function-level and object-level access (issue 11): every operation of the OpenAPI document
 * is sent as every kind of caller. Whoever lacks the operation's `x-permission` is refused
 * (401 or 403, never 2xx, never 500); whoever has it may read without a 5xx; and a portal
 * customer never reaches another customer's orders, cases or details through the portal.
 */

interface Principal {
  name: string;
  headers: Record<string, string>;
  /** Whether the principal may call the operation at all. */
  may(op: Operation): boolean;
  /** The problem code a refusal must carry. */
  refusal: 'unauthenticated' | 'forbidden' | 'mfa_code_required';
}

const tally = new Tally('access matrix');
let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let operations: Operation[];
const principals: Principal[] = [];
const password = 'correct horse battery';

/** Staff with these permissions (plus what any signed-in user may do). */
function staffMay(granted: Set<string>) {
  return (op: Operation) => op.permission === 'public' || op.permission === 'signed_in' || granted.has(op.permission);
}

/** The headers a browser session sends: its cookie and, for its own page, its CSRF token. */
function sessionHeaders(session: string): Record<string, string> {
  return { cookie: `ordo_session=${session}`, [csrfHeader]: csrfTokenFor(session) };
}

async function signIn(email: string): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  expect(res.statusCode, res.body).toBe(200);
  return res.cookies.find((c) => c.name === 'ordo_session')!.value;
}

async function userRow(email: string) {
  const [row] = await t.database.db.select().from(users).where(eq(users.email, email));
  return row!;
}

/** Invites a person of the customer to the portal and follows the mailed link: their session. */
async function portalSession(customerId: string, email: string): Promise<string> {
  const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customerId}/portal-users`, headers: await t.as('sales'), payload: { email, name: '采购' } });
  expect(invited.statusCode, invited.body).toBe(201);
  await t.drain();
  const mail = smtp.received.find((m) => m.to.includes(email));
  const token = /\/portal\/link\/([A-Za-z0-9_-]+)$/.exec(linksIn(mail!)[0]!)![1]!;
  const followed = await t.app.inject({ method: 'POST', url: `/api/v1/portal/magic-link/${token}` });
  expect(followed.statusCode, followed.body).toBe(200);
  return followed.cookies.find((c) => c.name === 'ordo_session')!.value;
}

function request(op: Operation, principal: Principal, url = urlOf(op)): Promise<Answer> {
  const hasBody = op.body !== undefined;
  return send(t, tally, op, principal.name, {
    method: op.method,
    url,
    headers: { ...principal.headers, 'if-match': '1' },
    ...(hasBody ? { payload: exampleOf(op.body) as object } : {}),
  });
}

let customerA: any;
let customerB: any;
let orderA: any;
let orderB: any;
let portalOrderB: any;
let caseB: any;
let portalA: Principal;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url, ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  operations = operationsOf(t.app);

  customerA = await createTrustedCustomer(t, { name: '杭州云帆贸易' });
  customerB = await createTrustedCustomer(t, { name: '苏州远航机电', contacts: [{ name: '赵工', phone: '13900000002', email: 'zhao@b.test', primary: true }] });
  const product = await createProduct(t, { priceMinor: 30_00 });
  await receiveStock(t, product.id, 100);
  orderA = await placeApprovedOrder(t, customerA.id, [{ productId: product.id, quantity: 1 }]);
  orderB = await placeApprovedOrder(t, customerB.id, [{ productId: product.id, quantity: 2 }]);
  const opened = await t.call({ method: 'POST', url: '/api/v1/cases', headers: await t.as('after_sales'), payload: { orderId: orderB.id, type: 'complaint', summary: '包装破损' } });
  expect(opened.statusCode, opened.body).toBe(201);
  caseB = opened.data;

  principals.push({ name: 'anonymous', headers: {}, may: (op) => op.permission === 'public', refusal: 'unauthenticated' });
  for (const role of roles) {
    await t.as(role);
    principals.push({ name: `${role} (session)`, headers: sessionHeaders(await signIn(`${role}.${role}@example.test`)), may: staffMay(permissionsOf([role])), refusal: 'forbidden' });
  }
  principals.push({ name: 'sales (API token)', headers: await t.as('sales', 'integration'), may: staffMay(permissionsOf(['sales'])), refusal: 'forbidden' });

  // A row left with no roles (e.g. by an older version or a hand edit) may do only what any signed-in user may.
  const roleless = await t.as('sales', 'roleless');
  await t.database.db.execute(sql`UPDATE users SET roles = '{}' WHERE email = 'roleless.sales@example.test'`);
  principals.push({ name: 'user without roles (API token)', headers: roleless, may: staffMay(new Set()), refusal: 'forbidden' });

  // Half signed in: the password was right, the authenticator code is still owed.
  await t.as('manager', 'halfway');
  const halfwayUser = await userRow('halfway.manager@example.test');
  const halfway = await t.database.db.transaction((tx) => openSession(tx, t.clock.now(), halfwayUser, 'password', 'mfa_code'));
  principals.push({
    name: 'manager awaiting MFA code (session)',
    headers: sessionHeaders(halfway.token),
    may: (op) => op.permission === 'public' || op.signInSteps.includes('mfa_code'),
    refusal: 'mfa_code_required',
  });

  const sessionA = await portalSession(customerA.id, 'buyer@a.test');
  const sessionB = await portalSession(customerB.id, 'buyer@b.test');
  const portalMay = (op: Operation) => ['public', 'signed_in', 'portal:use'].includes(op.permission);
  portalA = { name: 'portal customer A (session)', headers: sessionHeaders(sessionA), may: portalMay, refusal: 'forbidden' };
  const portalB: Principal = { name: 'portal customer B (session)', headers: sessionHeaders(sessionB), may: portalMay, refusal: 'forbidden' };
  const minted = await t.call({ method: 'POST', url: '/api/v1/auth/tokens', cookies: { ordo_session: sessionA }, payload: { name: 'erp', expiresInDays: 30 } });
  expect(minted.statusCode, minted.body).toBe(201);
  principals.push(portalA, portalB, { name: 'portal customer A (API token)', headers: { authorization: `Bearer ${minted.data.token}` }, may: portalMay, refusal: 'forbidden' });

  const placed = await t.call({
    method: 'POST',
    url: '/api/v1/portal/orders',
    cookies: { ordo_session: sessionB },
    payload: { requestedDeliveryDate: '2099-01-10', lines: [{ productId: product.id, quantity: 1 }] },
  });
  expect(placed.statusCode, placed.body).toBe(201);
  portalOrderB = placed.data;

  // Deactivated: the session and the token it had both stop at once.
  const goneToken = await t.as('specialist', 'gone');
  const goneSession = await signIn('gone.specialist@example.test');
  const gone = await userRow('gone.specialist@example.test');
  const deactivated = await t.call({ method: 'PATCH', url: `/api/v1/users/${gone.id}`, headers: { ...(await t.as('admin')), 'if-match': String(gone.version) }, payload: { active: false } });
  expect(deactivated.statusCode, deactivated.body).toBe(200);
  principals.push(
    { name: 'deactivated specialist (session)', headers: sessionHeaders(goneSession), may: (op) => op.permission === 'public', refusal: 'unauthenticated' },
    { name: 'deactivated specialist (API token)', headers: goneToken, may: (op) => op.permission === 'public', refusal: 'unauthenticated' },
  );
});

afterAll(async () => {
  tally.report();
  await t?.close();
  await smtp?.close();
});

describe('function level: every operation, every principal', () => {
  test('the OpenAPI document declares a permission for every operation', () => {
    const undeclared = operations.filter((op) => typeof op.permission !== 'string').map((op) => op.key);
    expect(undeclared).toEqual([]);
    expect(operations.length).toBeGreaterThan(100);
  });

  test('a principal without the permission is refused with 401/403 problem+json; one with it reads without a 5xx', { timeout: 300_000 }, async () => {
    for (const principal of principals) {
      for (const op of operations) {
        if (principal.may(op)) {
          // Allowed writes would change what later requests see; the fuzzer and the module tests
          // cover them. Public ones (sign-in, links, surveys) are tried once, by nobody.
          const publicWrite = op.permission === 'public' && principal.name === 'anonymous';
          if ((op.method !== 'GET' && !publicWrite) || streamingPaths.has(op.path)) continue;
          const res = await request(op, principal);
          tally.check(res.statusCode < 500, () => `${principal.name} ${op.key} → ${described(res)}`);
          tally.check(problemDefect(res) === undefined, () => `${principal.name} ${op.key}: ${problemDefect(res)}`);
          continue;
        }
        const res = await request(op, principal);
        const expected = principal.refusal === 'unauthenticated' ? 401 : 403;
        tally.check(
          res.statusCode === expected && res.data?.code === principal.refusal,
          () => `${principal.name} ${op.key} (needs ${op.permission}) → ${described(res)}, expected ${expected} ${principal.refusal}`,
        );
        tally.check(problemDefect(res) === undefined, () => `${principal.name} ${op.key}: ${problemDefect(res)}`);
      }
    }
    expect(tally.findings).toEqual([]);
  });

  test('the MFA routes refuse portal users: the authenticator is for staff', async () => {
    const bodies: Record<string, object> = { '/api/v1/auth/mfa/enrolment/confirm': { code: '123456' }, '/api/v1/auth/mfa/verify': { code: '123456' }, '/api/v1/auth/mfa/disable': { password, code: '123456' } };
    const mfaOperations = operations.filter((o) => o.method === 'POST' && o.path.startsWith('/api/v1/auth/mfa/'));
    expect(mfaOperations.map((op) => op.path).sort()).toEqual(['/api/v1/auth/mfa/disable', '/api/v1/auth/mfa/enrolment', ...Object.keys(bodies).filter((p) => !p.endsWith('disable'))].sort());
    for (const op of mfaOperations) {
      const res = await send(t, tally, op, portalA.name, { method: 'POST', url: op.path, headers: portalA.headers, payload: bodies[op.path] ?? {} });
      // A portal session is never one waiting for a code, so verifying answers that; the rest refuse the portal user outright.
      const expected = op.path === '/api/v1/auth/mfa/verify' ? 'mfa_not_pending' : 'forbidden';
      tally.check(res.data?.code === expected, () => `${portalA.name} ${op.key} → ${described(res)}, expected ${expected}`);
    }
    expect(tally.findings).toEqual([]);
  });
});

describe('object level: a portal customer never reaches another customer', () => {
  test('B’s orders and cases are 404 to A through every portal route that takes an order', async () => {
    const byOrder = operations.filter((op) => op.path.startsWith('/api/v1/portal/orders/{id}'));
    expect(byOrder.length).toBeGreaterThanOrEqual(4);
    for (const op of byOrder) {
      for (const id of [orderB.id, portalOrderB.id, caseB.id]) {
        const res = await request(op, portalA, urlOf(op, { id }));
        tally.check(res.statusCode === 404 && res.data?.code === 'not_found', () => `${portalA.name} ${op.key} with B's ${id} → ${described(res)}, expected 404 not_found`);
      }
    }
    expect(tally.findings).toEqual([]);
  });

  test('A’s lists and details name nothing of B', async () => {
    const secretsOfB = [customerB.id, customerB.name, orderB.id, orderB.number, portalOrderB.id, portalOrderB.number, caseB.id, 'zhao@b.test', 'buyer@b.test'];
    const reads = operations.filter((op) => op.method === 'GET' && portalA.may(op) && !streamingPaths.has(op.path) && !op.parameters.some((p) => p.in === 'path' && p.name !== 'id'));
    for (const op of reads) {
      const res = await request(op, portalA, urlOf(op, { id: orderA.id }));
      const leaked = secretsOfB.filter((secret) => res.body.includes(secret));
      tally.check(leaked.length === 0, () => `${portalA.name} ${op.key} shows B's ${leaked.join(', ')}`);
    }
    const mine = await request(operations.find((op) => op.key === 'GET /api/v1/portal/customer')!, portalA);
    expect(mine.data.id).toBe(customerA.id);
    expect(tally.findings).toEqual([]);
  });
});
