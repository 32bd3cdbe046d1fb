import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createTrustedCustomer } from '../support/fulfilment.js';
import { linksIn, startSmtpServer } from '../support/receivers.js';

/*
 * A portal user's own password, and staff managing a customer's portal users: list,
 * invite, invite again, deactivate.
 */

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let customer: any;
let otherCustomer: any;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url, ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  customer = await createTrustedCustomer(t, { name: '杭州云帆贸易' });
  otherCustomer = await createTrustedCustomer(t, { name: '苏州远航机电', contacts: [{ name: '赵工', phone: '13900000002', email: 'zhao@other.test', primary: true }] });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** The token of the newest link mailed to the address (invitation or sign-in link), once the mail has gone out. */
async function latestLink(email: string): Promise<string> {
  await t.drain();
  const path = smtp.received.filter((m) => m.to.includes(email)).flatMap(linksIn).at(-1);
  expect(path).toMatch(/^\/portal\/link\/[A-Za-z0-9_-]{43}$/);
  return path!.split('/').pop()!;
}

function sessionOf(res: { cookies: { name: string; value: string }[] }): Record<string, string> {
  const value = res.cookies.find((c) => c.name === 'ordo_session')?.value;
  expect(value).toBeTruthy();
  return { ordo_session: value! };
}

async function invite(customerId: string, email: string, name = '采购 李'): Promise<any> {
  const res = await t.call({ method: 'POST', url: `/api/v1/customers/${customerId}/portal-users`, headers: await t.as('sales'), payload: { email, name } });
  expect(res.statusCode).toBe(201);
  // With a mail server the link goes by mail only: the inviter never sees one.
  expect(res.data.handedOverLink).toBeNull();
  return res.data;
}

/** "Email me a link"; `latestLink` then finds this one. */
async function askForLink(email: string): Promise<void> {
  expect((await t.call({ method: 'POST', url: '/api/v1/portal/magic-link', payload: { email } })).statusCode).toBe(202);
  // The request only queues the lookup and the mail.
  await t.drain();
}

async function followLink(email: string): Promise<Record<string, string>> {
  const res = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${await latestLink(email)}` });
  expect(res.statusCode).toBe(200);
  return sessionOf(res);
}

async function signInWithPassword(email: string, password: string) {
  return t.call({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
}

async function userEvents(userId: string): Promise<{ action: string; after: any }[]> {
  const result = (await t.database.db.execute(
    sql`SELECT action, after FROM audit_events WHERE entity_type = 'user' AND entity_id = ${userId} ORDER BY at, seq`,
  )) as unknown as { rows: { action: string; after: any }[] };
  return result.rows;
}

const setPassword = (cookies: Record<string, string>, payload: Record<string, unknown>) => t.call({ method: 'POST', url: '/api/v1/portal/password', cookies, payload });

describe('portal passwords', () => {
  test('right after a link sign-in the user sets a first password without a current one; their other sessions end', async () => {
    const user = await invite(customer.id, 'first@yunfan.test');
    const phone = await followLink('first@yunfan.test');
    await askForLink('first@yunfan.test');
    const laptop = await followLink('first@yunfan.test');
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/password', cookies: laptop })).data).toEqual({ set: false, withoutCurrentUntil: expect.any(String) });
    expect((await signInWithPassword('first@yunfan.test', 'mein neues Passwort')).statusCode).toBe(401);

    t.clock.advance(10 * 60_000);
    const res = await setPassword(laptop, { newPassword: 'mein neues Passwort' });
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual({ set: true, withoutCurrentUntil: null });
    // The link's grace is for one password: whoever sits at this session later needs it.
    const again = await setPassword(laptop, { newPassword: 'jemand anderes' });
    expect(again.statusCode).toBe(403);
    expect(again.data.code).toBe('current_password_required');
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/orders', cookies: laptop })).statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/orders', cookies: phone })).statusCode).toBe(401);

    const signedIn = await signInWithPassword('first@yunfan.test', 'mein neues Passwort');
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.data.user).toMatchObject({ email: 'first@yunfan.test', customerId: customer.id });
    const set = (await userEvents(user.id)).find((e) => e.action === 'user.password_set');
    expect(set?.after).toEqual({ confirmedBy: 'sign_in_link', endedSessions: 1, revokedTokens: 0 });
    expect(JSON.stringify(await userEvents(user.id))).not.toContain('mein neues Passwort');
  });

  test('a link session older than 30 minutes, or a password session, must give the current password, and the right one', async () => {
    const user = await invite(customer.id, 'second@yunfan.test');
    const linked = await followLink('second@yunfan.test');
    t.clock.advance(31 * 60_000);
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/password', cookies: linked })).data).toEqual({ set: false, withoutCurrentUntil: null });
    const late = await setPassword(linked, { newPassword: 'zu spaet gesetzt' });
    expect(late.statusCode).toBe(403);
    expect(late.data).toMatchObject({ code: 'current_password_required', errors: [{ path: '/currentPassword', code: 'required' }] });

    // Forgot password: a fresh link opens a fresh 30 minutes.
    await askForLink('second@yunfan.test');
    const fresh = await followLink('second@yunfan.test');
    expect((await setPassword(fresh, { newPassword: 'erstes Passwort 1' })).statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/orders', cookies: linked })).statusCode).toBe(401);

    const byPassword = sessionOf(await signInWithPassword('second@yunfan.test', 'erstes Passwort 1'));
    const missing = await setPassword(byPassword, { newPassword: 'zweites Passwort 2' });
    expect(missing.data.code).toBe('current_password_required');
    const wrong = await setPassword(byPassword, { currentPassword: 'geraten', newPassword: 'zweites Passwort 2' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.data).toMatchObject({ code: 'current_password_wrong', errors: [{ path: '/currentPassword', code: 'wrong_password' }] });
    expect((await signInWithPassword('second@yunfan.test', 'zweites Passwort 2')).statusCode).toBe(401);

    const changed = await setPassword(byPassword, { currentPassword: 'erstes Passwort 1', newPassword: 'zweites Passwort 2' });
    expect(changed.statusCode).toBe(200);
    expect((await signInWithPassword('second@yunfan.test', 'erstes Passwort 1')).statusCode).toBe(401);
    expect((await signInWithPassword('second@yunfan.test', 'zweites Passwort 2')).statusCode).toBe(200);
    expect((await userEvents(user.id)).filter((e) => e.action.startsWith('user.password_')).map((e) => [e.action, e.after.confirmedBy])).toEqual([
      ['user.password_set', 'sign_in_link'],
      ['user.password_changed', 'current_password'],
    ]);
  });

  test('a weak password is refused naming the field and the rule; staff cannot use the portal password route', async () => {
    await invite(customer.id, 'third@yunfan.test');
    const session = await followLink('third@yunfan.test');
    for (const [newPassword, rule] of [['kurz', 'too_short'], ['x'.repeat(257), 'too_long'], ['1qaz2wsx3edc', 'common']] as const) {
      const res = await setPassword(session, { newPassword });
      expect(res.statusCode).toBe(422);
      expect(res.data).toMatchObject({ code: 'weak_password', rule, errors: [{ path: '/newPassword', code: 'weak_password' }] });
    }
    expect((await t.call({ method: 'POST', url: '/api/v1/portal/password', headers: await t.as('admin'), payload: { newPassword: 'long enough 123' } })).statusCode).toBe(403);
    expect((await t.call({ method: 'POST', url: '/api/v1/portal/password', payload: { newPassword: 'long enough 123' } })).statusCode).toBe(401);
  });
});

describe('a portal user\'s API tokens', () => {
  test('expire after 30 days unless asked otherwise, and never live longer than 90', async () => {
    await invite(customer.id, 'script@yunfan.test');
    const session = await followLink('script@yunfan.test');
    const mint = (payload: Record<string, unknown>) => t.call({ method: 'POST', url: '/api/v1/auth/tokens', cookies: session, payload });
    const plain = await mint({ name: 'ERP' });
    expect(plain.statusCode).toBe(201);
    expect(plain.data.expiresAt).toBe(new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString());
    const longest = await mint({ name: 'ERP', expiresInDays: 90 });
    expect(longest.data.expiresAt).toBe(new Date(t.clock.now().getTime() + 90 * 86_400_000).toISOString());
    const forever = await mint({ name: 'ERP', expiresInDays: 3650 });
    expect(forever.statusCode).toBe(422);
    expect(forever.data).toMatchObject({ code: 'portal_token_lifetime', maxDays: 90, errors: [{ path: '/expiresInDays', code: 'maximum' }] });
    // Staff tokens for integrations may still run until revoked.
    const staff = await t.call({ method: 'POST', url: '/api/v1/auth/tokens', headers: await t.as('admin'), payload: { name: 'ERP' } });
    expect(staff.data.expiresAt).toBeNull();
  });
});

describe('staff manage a customer\'s portal users', () => {
  test('staff cannot invite their own mailbox as a portal user of a customer', async () => {
    const headers = await t.as('sales', 'self');
    for (const email of ['self.sales@example.test', 'Self.Sales+yunfan@Example.test']) {
      const res = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers, payload: { email, name: '我自己' } });
      expect(res.statusCode).toBe(409);
      expect(res.data).toMatchObject({ code: 'portal_invite_own_email', errors: [{ path: '/email', code: 'own_email' }] });
    }
    expect((await t.call({ method: 'GET', url: `/api/v1/customers/${customer.id}/portal-users`, headers })).data.items.map((u: any) => u.email)).not.toContain('self.sales+yunfan@example.test');
  });


  test('the list shows who was invited, whether they signed in and set a password; a duplicate email is refused on the field', async () => {
    const invited = await invite(customer.id, 'list.me@yunfan.test', '王经理');
    const before = await t.call({ method: 'GET', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('sales') });
    expect(before.statusCode).toBe(200);
    expect(before.data.items.find((u: any) => u.id === invited.id)).toEqual({
      id: invited.id,
      name: '王经理',
      email: 'list.me@yunfan.test',
      locale: 'zh-CN',
      active: true,
      invitedAt: t.clock.now().toISOString(),
      lastSignInAt: null,
      passwordSet: false,
    });
    t.clock.advance(60_000);
    await followLink('list.me@yunfan.test');
    const after = await t.call({ method: 'GET', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('sales') });
    expect(after.data.items.find((u: any) => u.id === invited.id).lastSignInAt).toBe(t.clock.now().toISOString());
    const others = await t.call({ method: 'GET', url: `/api/v1/customers/${otherCustomer.id}/portal-users`, headers: await t.as('sales') });
    expect(others.data.items.map((u: any) => u.email)).not.toContain('list.me@yunfan.test');

    const duplicate = await t.call({ method: 'POST', url: `/api/v1/customers/${otherCustomer.id}/portal-users`, headers: await t.as('sales'), payload: { email: 'List.Me@yunfan.test', name: '重复' } });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.data).toMatchObject({ code: 'already_exists', errors: [{ path: '/email', code: 'unique' }] });

    expect((await t.call({ method: 'GET', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('warehouse') })).statusCode).toBe(403);
    expect((await t.call({ method: 'GET', url: `/api/v1/customers/${crypto.randomUUID()}/portal-users`, headers: await t.as('sales') })).statusCode).toBe(404);
  });

  test('inviting again mails a new link and the earlier one stops working; another customer\'s user is not found', async () => {
    const user = await invite(customer.id, 'again@yunfan.test');
    const first = await latestLink('again@yunfan.test');
    t.clock.advance(60_000);
    const res = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users/${user.id}/invitation`, headers: await t.as('sales') });
    expect(res.statusCode).toBe(202);
    expect(res.data.expiresAt).toBe(new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString());
    const second = await latestLink('again@yunfan.test');
    expect(second).not.toBe(first);
    expect((await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${first}` })).data.code).toBe('sign_in_link_expired');
    expect((await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${second}` })).statusCode).toBe(200);
    expect((await userEvents(user.id)).map((e) => e.action)).toContain('user.portal_reinvited');

    const foreign = await t.call({ method: 'POST', url: `/api/v1/customers/${otherCustomer.id}/portal-users/${user.id}/invitation`, headers: await t.as('sales') });
    expect(foreign.statusCode).toBe(404);
    expect((await t.call({ method: 'POST', url: `/api/v1/customers/${otherCustomer.id}/portal-users/${user.id}/deactivate`, headers: await t.as('sales') })).statusCode).toBe(404);
    expect((await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users/${user.id}/invitation`, headers: await t.as('warehouse') })).statusCode).toBe(403);
  });

  test('deactivating ends the user\'s sessions at once; they cannot sign in, follow links or be invited again', async () => {
    const user = await invite(customer.id, 'leaver@yunfan.test');
    const pending = await latestLink('leaver@yunfan.test');
    await askForLink('leaver@yunfan.test');
    const session = await followLink('leaver@yunfan.test');
    expect((await setPassword(session, { newPassword: 'ein gutes Passwort' })).statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/orders', cookies: session })).statusCode).toBe(200);
    const minted = await t.call({ method: 'POST', url: '/api/v1/auth/tokens', cookies: session, payload: { name: 'ERP' } });
    const bearer = { authorization: `Bearer ${minted.data.token}` };
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/orders', headers: bearer })).statusCode).toBe(200);

    const res = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users/${user.id}/deactivate`, headers: await t.as('sales') });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ id: user.id, active: false, passwordSet: true });
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/orders', cookies: session })).statusCode).toBe(401);
    expect((await signInWithPassword('leaver@yunfan.test', 'ein gutes Passwort')).statusCode).toBe(401);
    expect((await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${pending}` })).data.code).toBe('sign_in_link_unknown');
    const again = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users/${user.id}/invitation`, headers: await t.as('sales') });
    expect(again.statusCode).toBe(409);
    expect(again.data.code).toBe('portal_user_inactive');
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/orders', headers: bearer })).statusCode).toBe(401);
    expect((await userEvents(user.id)).find((e) => e.action === 'user.portal_deactivated')?.after).toMatchObject({ active: false, endedSessions: 1, revokedTokens: 1 });

    // Taken back on later, they start without the token someone may have kept meanwhile.
    const admin = await t.as('admin');
    const { version } = (await t.call({ method: 'GET', url: '/api/v1/users', headers: admin })).data.items.find((u: any) => u.id === user.id);
    expect((await t.call({ method: 'PATCH', url: `/api/v1/users/${user.id}`, headers: { ...admin, 'if-match': `"${version}"` }, payload: { active: true } })).statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/orders', headers: bearer })).statusCode).toBe(401);
    expect((await signInWithPassword('leaver@yunfan.test', 'ein gutes Passwort')).statusCode).toBe(200);
  });
});
