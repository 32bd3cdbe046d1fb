import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../../src/modules/identity/service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createTrustedCustomer } from '../support/fulfilment.js';
import { linksIn, startSmtpServer } from '../support/receivers.js';

/*
 * Issue 11, finding 6: sign-in throttling per account and per address (also behind a proxy),
 * throttled current-password checks, the password policy, and a magic-link request that does
 * the same for every address.
 */

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const staffPassword = 'sesame-open-42';

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url, ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  for (const email of ['zhou.min@example.test', 'wu.lei@example.test', 'he.jing@example.test']) {
    await createUser(t.database.db, { userId: null, label: 'test' }, t.clock.now(), { email, password: staffPassword, roles: ['specialist'] });
  }
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

function login(email: string, password: string, remoteAddress: string, app: TestApp = t, headers: Record<string, string> = {}) {
  return app.call({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress, headers });
}

function sessionOf(res: { cookies: { name: string; value: string }[] }): Record<string, string> {
  return { ordo_session: res.cookies.find((c) => c.name === 'ordo_session')!.value };
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

describe('sign-in throttling', () => {
  test('guesses at one account from many addresses lock that account, with Retry-After; a right password later starts it afresh', async () => {
    for (let i = 1; i <= 5; i++) {
      expect((await login('zhou.min@example.test', `wrong guess ${i}`, `198.51.100.${i}`)).data.code).toBe('invalid_credentials');
    }
    // The sixth attempt, from yet another address and with the right password, waits.
    const locked = await login('zhou.min@example.test', staffPassword, '198.51.100.6');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['content-type']).toContain('application/problem+json');
    expect(locked.data).toMatchObject({ code: 'sign_in_throttled', retryAfter: 30 });
    expect(locked.headers['retry-after']).toBe('30');
    // Another account is not affected.
    expect((await login('wu.lei@example.test', staffPassword, '198.51.100.6')).statusCode).toBe(200);

    t.clock.advance(30_000);
    expect((await login('zhou.min@example.test', 'wrong guess 6', '198.51.100.7')).statusCode).toBe(401);
    // Each attempt past the free ones doubles the wait.
    const longer = await login('zhou.min@example.test', staffPassword, '198.51.100.7');
    expect(longer.data).toMatchObject({ code: 'sign_in_throttled', retryAfter: 60 });

    t.clock.advance(60_000);
    expect((await login('zhou.min@example.test', staffPassword, '198.51.100.8')).statusCode).toBe(200);
    // The count started again: four wrong passwords are not refused before their check.
    for (let i = 1; i <= 4; i++) expect((await login('zhou.min@example.test', `again ${i}`, '198.51.100.8')).statusCode).toBe(401);
    expect((await login('zhou.min@example.test', staffPassword, '198.51.100.8')).statusCode).toBe(200);
  });

  test('a burst of parallel guesses gets no more than the free attempts checked', async () => {
    await createUser(t.database.db, { userId: null, label: 'test' }, t.clock.now(), { email: 'burst@example.test', password: staffPassword, roles: ['sales'] });
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login('burst@example.test', `parallel guess ${i}`, `198.51.106.${i + 1}`)));
    const codes = answers.map((a) => a.data.code);
    expect(codes.filter((c) => c === 'invalid_credentials')).toHaveLength(5);
    expect(codes.filter((c) => c === 'sign_in_throttled')).toHaveLength(7);
  });

  test('an unknown email is throttled exactly like a known one', async () => {
    for (let i = 1; i <= 5; i++) expect((await login('nobody@example.test', 'whatever it is', `198.51.101.${i}`)).statusCode).toBe(401);
    expect((await login('nobody@example.test', 'whatever it is', '198.51.101.9')).data).toMatchObject({ code: 'sign_in_throttled', retryAfter: 30 });
  });

  test('one address trying many accounts is locked too', async () => {
    for (let i = 1; i <= 15; i++) expect((await login(`guess${i}@example.test`, 'password guess', '203.0.113.50')).statusCode).toBe(401);
    const res = await login('he.jing@example.test', staffPassword, '203.0.113.50');
    expect(res.data).toMatchObject({ code: 'sign_in_throttled' });
    expect((await login('he.jing@example.test', staffPassword, '203.0.113.51')).statusCode).toBe(200);
  });

  test('behind ORDO_TRUST_PROXY a made-up X-Forwarded-For does not give a fresh address: only the nearest proxy is believed', async () => {
    const proxied = await createTestApp({ env: { ORDO_TRUST_PROXY: 'true' } });
    try {
      const proxy = '10.0.0.2';
      for (let i = 1; i <= 15; i++) {
        // The client writes any X-Forwarded-For it likes; the proxy appends the address it saw.
        const res = await login(`target${i}@example.test`, 'password guess', proxy, proxied, { 'x-forwarded-for': `192.0.2.${i}, 203.0.113.7` });
        expect(res.statusCode).toBe(401);
      }
      const spoofed = await login('target99@example.test', 'password guess', proxy, proxied, { 'x-forwarded-for': '192.0.2.200, 203.0.113.7' });
      expect(spoofed.data).toMatchObject({ code: 'sign_in_throttled' });
      // Another real client behind the same proxy is its own address.
      expect((await login('target99@example.test', 'password guess', proxy, proxied, { 'x-forwarded-for': '203.0.113.8' })).statusCode).toBe(401);
    } finally {
      await proxied.close();
    }
  });
});

describe('current-password checks', () => {
  test('a signed-in session guessing the current password is throttled on the account: staff change password', async () => {
    const session = sessionOf(await login('wu.lei@example.test', staffPassword, '198.51.102.1'));
    const change = (currentPassword: string, newPassword: string, remoteAddress: string) =>
      t.call({ method: 'POST', url: '/api/v1/auth/password', cookies: session, payload: { currentPassword, newPassword }, remoteAddress });
    for (let i = 1; i <= 5; i++) {
      expect((await change(`not it ${i}`, 'a brand new passphrase', `198.51.102.${i}`)).data.code).toBe('current_password_wrong');
    }
    const locked = await change(staffPassword, 'a brand new passphrase', '198.51.102.9');
    expect(locked.data).toMatchObject({ code: 'sign_in_throttled', retryAfter: 30 });
    // The same account's sign-in waits as well: it is one password being guessed.
    expect((await login('wu.lei@example.test', staffPassword, '198.51.102.10')).statusCode).toBe(429);

    t.clock.advance(30_000);
    const other = sessionOf(await login('wu.lei@example.test', staffPassword, '198.51.102.11'));
    expect((await change(staffPassword, 'short', '198.51.102.11')).data).toMatchObject({ code: 'weak_password', rule: 'too_short' });
    expect((await change(staffPassword, 'a brand new passphrase', '198.51.102.11')).statusCode).toBe(204);
    // Other sessions end; the new password signs in.
    expect((await t.call({ method: 'GET', url: '/api/v1/auth/me', cookies: other })).statusCode).toBe(401);
    expect((await t.call({ method: 'GET', url: '/api/v1/auth/me', cookies: session })).statusCode).toBe(200);
    expect((await login('wu.lei@example.test', 'a brand new passphrase', '198.51.102.12')).statusCode).toBe(200);
  });

  test('a portal user guessing their current password is throttled', async () => {
    const customer = await createTrustedCustomer(t, { name: '宁波海曙贸易' });
    const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('sales'), payload: { email: 'buyer@haishu.test', name: '采购 陈' } });
    expect(invited.statusCode).toBe(201);
    await t.drain();
    const [link] = smtp.received.filter((m) => m.to.includes('buyer@haishu.test')).flatMap(linksIn);
    const followed = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${link!.split('/').pop()}` });
    const session = sessionOf(followed);
    expect((await t.call({ method: 'POST', url: '/api/v1/portal/password', cookies: session, payload: { newPassword: 'Haishu trading 2024' } })).statusCode).toBe(200);

    const change = (currentPassword: string, remoteAddress: string) =>
      t.call({ method: 'POST', url: '/api/v1/portal/password', cookies: session, payload: { currentPassword, newPassword: 'Haishu trading 2025' }, remoteAddress });
    for (let i = 1; i <= 5; i++) expect((await change(`guess number ${i}`, `198.51.103.${i}`)).data.code).toBe('current_password_wrong');
    const locked = await change('Haishu trading 2024', '198.51.103.9');
    expect(locked.statusCode).toBe(429);
    expect(locked.data).toMatchObject({ code: 'sign_in_throttled', retryAfter: 30 });
    expect(locked.headers['retry-after']).toBe('30');
  });
});

describe('password policy', () => {
  test.each([
    ['        ', 'too_short'],
    ['12345678', 'too_short'],
    ['aaaaaaaaaaaaaaaa', 'same_character'],
    ['            ', 'same_character'],
    ['qwerty123456', 'common'],
    ['Password2024!', 'common'],
    ['x'.repeat(257), 'too_long'],
  ])('%j is refused as %s, naming the field and the rule', async (password, rule) => {
    const res = await t.call({ method: 'POST', url: '/api/v1/users', headers: await t.as('admin'), payload: { email: `weak.${rule}.${password.length}@example.test`, password, roles: ['sales'] } });
    expect(res.statusCode).toBe(422);
    expect(res.data).toMatchObject({ code: 'weak_password', rule, minLength: 12, errors: [{ path: '/password', code: 'weak_password' }] });
  });

  test('a long passphrase, also in Chinese, is accepted; the admin reset follows the same policy', async () => {
    const admin = await t.as('admin');
    const created = await t.call({ method: 'POST', url: '/api/v1/users', headers: admin, payload: { email: 'lin.feng@example.test', password: '春眠不觉晓，处处闻啼鸟。', roles: ['sales'] } });
    expect(created.statusCode).toBe(201);
    expect((await login('lin.feng@example.test', '春眠不觉晓，处处闻啼鸟。', '198.51.105.1')).statusCode).toBe(200);
    const reset = await t.call({ method: 'POST', url: `/api/v1/users/${created.data.id}/password`, headers: admin, payload: { password: '12345678' } });
    expect(reset.data).toMatchObject({ code: 'weak_password', rule: 'too_short', errors: [{ path: '/password' }] });
  });
});

describe('magic links', () => {
  test('known and unknown addresses get the same answer by the same path: one queued job, the lookup and mail happen in the worker', async () => {
    const customer = await createTrustedCustomer(t, { name: '温州瓯海机电' });
    const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('sales'), payload: { email: 'buyer@ouhai.test', name: '采购 郑' } });
    expect(invited.statusCode).toBe(201);
    const linksBefore = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM sign_in_links`);

    const known = await t.call({ method: 'POST', url: '/api/v1/portal/magic-link', payload: { email: 'Buyer@Ouhai.test' }, remoteAddress: '198.51.104.1' });
    const unknown = await t.call({ method: 'POST', url: '/api/v1/portal/magic-link', payload: { email: 'stranger@ouhai.test' }, remoteAddress: '198.51.104.2' });
    for (const res of [known, unknown]) {
      expect(res.statusCode).toBe(202);
      expect(res.body).toBe(known.body);
    }
    expect(known.headers['content-length']).toBe(unknown.headers['content-length']);
    // Neither request looked anything up: each queued the same job, and no link exists yet.
    const queued = await rows<{ email: string }>(sql`SELECT payload->>'email' AS email FROM jobs WHERE kind = 'portal.send_sign_in_link' AND status = 'queued' ORDER BY payload->>'email'`);
    expect(queued.map((j) => j.email)).toEqual(['buyer@ouhai.test', 'stranger@ouhai.test']);
    expect(await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM sign_in_links`)).toEqual(linksBefore);

    await t.drain();
    const mailed = await rows<{ email: string }>(sql`SELECT u.email FROM sign_in_links l JOIN users u ON u.id = l.user_id WHERE l.purpose = 'magic_link'`);
    expect(mailed.map((m) => m.email)).toEqual(['buyer@ouhai.test']);
    const done = await rows<{ status: string }>(sql`SELECT status FROM jobs WHERE kind = 'portal.send_sign_in_link'`);
    expect(done.map((j) => j.status)).toEqual(['done', 'done']);
  });
});
