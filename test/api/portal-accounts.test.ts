import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createTrustedCustomer } from '../support/fulfilment.js';

/*
 * A portal user's own password, and staff managing a customer's portal users: list,
 * invite, invite again, deactivate.
 */

let t: TestApp;
let customer: any;
let otherCustomer: any;

beforeAll(async () => {
  t = await createTestApp({ env: { ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  customer = await createTrustedCustomer(t, { name: '杭州云帆贸易' });
  otherCustomer = await createTrustedCustomer(t, { name: '苏州远航机电', contacts: [{ name: '赵工', phone: '13900000002', email: 'zhao@other.test', primary: true }] });
});
afterAll(async () => {
  await t?.close();
});

/** The token of the newest link the outbox holds for the address (invitation or sign-in link). */
async function latestLink(email: string): Promise<string> {
  const result = (await t.database.db.execute(
    sql`SELECT o.payload->>'link' AS link FROM outbox o JOIN users u ON u.id = (o.payload->'audience'->'userIds'->>0)::uuid
        WHERE u.email = ${email} AND o.topic IN ('portal.invited', 'portal.sign_in_link') ORDER BY o.created_at DESC, o.id DESC LIMIT 1`,
  )) as unknown as { rows: { link: string }[] };
  const link = result.rows[0]!.link;
  expect(link).toMatch(/^https:\/\/ordo\.example\.test\/portal\/link\/[A-Za-z0-9_-]{43}$/);
  return link.split('/').pop()!;
}

function sessionOf(res: { cookies: { name: string; value: string }[] }): Record<string, string> {
  const value = res.cookies.find((c) => c.name === 'ordo_session')?.value;
  expect(value).toBeTruthy();
  return { ordo_session: value! };
}

async function invite(customerId: string, email: string, name = '采购 李'): Promise<any> {
  const res = await t.call({ method: 'POST', url: `/api/v1/customers/${customerId}/portal-users`, headers: await t.as('sales'), payload: { email, name } });
  expect(res.statusCode).toBe(201);
  return res.data;
}

/** "Email me a link", a moment after the previous mail so that `latestLink` finds this one. */
async function askForLink(email: string): Promise<void> {
  t.clock.advance(1000);
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
    expect(res.data.set).toBe(true);
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/orders', cookies: laptop })).statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/orders', cookies: phone })).statusCode).toBe(401);

    const signedIn = await signInWithPassword('first@yunfan.test', 'mein neues Passwort');
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.data.user).toMatchObject({ email: 'first@yunfan.test', customerId: customer.id });
    const set = (await userEvents(user.id)).find((e) => e.action === 'user.password_set');
    expect(set?.after).toEqual({ confirmedBy: 'sign_in_link', endedSessions: 1 });
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

describe('staff manage a customer\'s portal users', () => {
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

    const res = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users/${user.id}/deactivate`, headers: await t.as('sales') });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ id: user.id, active: false, passwordSet: true });
    expect((await t.call({ method: 'GET', url: '/api/v1/portal/orders', cookies: session })).statusCode).toBe(401);
    expect((await signInWithPassword('leaver@yunfan.test', 'ein gutes Passwort')).statusCode).toBe(401);
    expect((await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${pending}` })).data.code).toBe('sign_in_link_unknown');
    const again = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users/${user.id}/invitation`, headers: await t.as('sales') });
    expect(again.statusCode).toBe(409);
    expect(again.data.code).toBe('portal_user_inactive');
    expect((await userEvents(user.id)).find((e) => e.action === 'user.portal_deactivated')?.after).toMatchObject({ active: false, endedSessions: 1 });
  });
});
