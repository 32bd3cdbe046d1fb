import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../../src/modules/identity/service.js';
import { createCustomer } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let admin: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
});
afterAll(async () => t?.close());

const password = 'first password 1';

async function newUser(email: string, roles: string[] = ['sales']) {
  const res = await t.call({ method: 'POST', url: '/api/v1/users', headers: admin, payload: { email, password, roles, name: email.split('@')[0] } });
  expect(res.statusCode).toBe(201);
  return res.data as { id: string; version: number };
}

/** A browser session and an API token of the user, as they would get them. */
async function signIn(email: string, pw = password) {
  const login = await t.call({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: pw } });
  expect(login.statusCode).toBe(200);
  const cookies = { ordo_session: login.cookies.find((c) => c.name === 'ordo_session')!.value };
  const token = await t.call({ method: 'POST', url: '/api/v1/auth/tokens', cookies, payload: { name: 'erp' } });
  return { cookies, bearer: { authorization: `Bearer ${token.data.token}` } };
}

function patchUser(id: string, version: number, payload: Record<string, unknown>, headers = admin) {
  return t.call({ method: 'PATCH', url: `/api/v1/users/${id}`, headers: { ...headers, 'if-match': `"${version}"` }, payload });
}

async function auditActions(id: string): Promise<string[]> {
  const result = (await t.database.db.execute(sql`SELECT action FROM audit_events WHERE entity_type = 'user' AND entity_id = ${id} ORDER BY seq`)) as unknown as { rows: { action: string }[] };
  return result.rows.map((r) => r.action);
}

describe('editing users', () => {
  test('an admin changes name, roles and language; the user\'s next request has the new permissions', async () => {
    const user = await newUser('wang.fang@example.test');
    const { bearer } = await signIn('wang.fang@example.test');
    expect((await t.call({ method: 'GET', url: '/api/v1/settings/order-priority', headers: bearer })).statusCode).toBe(403);

    const res = await patchUser(user.id, user.version, { name: '王芳', roles: ['manager', 'sales'], locale: 'en' });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ name: '王芳', roles: ['manager', 'sales'], locale: 'en', active: true, version: user.version + 1 });
    expect(res.headers.etag).toBe(`"${user.version + 1}"`);
    expect((await t.call({ method: 'GET', url: '/api/v1/settings/order-priority', headers: bearer })).statusCode).toBe(200);
    expect(await auditActions(user.id)).toEqual(['user.created', 'user.updated']);

    const stale = await patchUser(user.id, user.version, { name: 'Someone else' });
    expect(stale.statusCode).toBe(412);
    expect(stale.data.code).toBe('precondition_failed');
    const missing = await t.call({ method: 'PATCH', url: `/api/v1/users/${user.id}`, headers: admin, payload: { name: 'x' } });
    expect(missing.statusCode).toBe(428);
  });

  test('bad input names the field; unknown users are 404; only users:write may edit', async () => {
    const user = await newUser('zhao.lei@example.test');
    const badRole = await patchUser(user.id, user.version, { roles: ['boss'] });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.data.errors[0].path).toBe('/roles/0');
    const noRoles = await patchUser(user.id, user.version, { roles: [] });
    expect(noRoles.data.errors[0]).toMatchObject({ path: '/roles', code: 'minItems' });
    const customerRole = await patchUser(user.id, user.version, { roles: ['customer'] });
    expect(customerRole.statusCode).toBe(400);
    const unknownField = await patchUser(user.id, user.version, { email: 'new@example.test' });
    expect(unknownField.data.errors[0]).toMatchObject({ path: '/email', code: 'additionalProperties' });
    const nobody = await patchUser('00000000-0000-4000-8000-000000000000', 1, { name: 'x' });
    expect(nobody.statusCode).toBe(404);
    const manager = await t.as('manager');
    expect((await patchUser(user.id, user.version, { name: 'x' }, manager)).statusCode).toBe(403);
    expect((await t.call({ method: 'POST', url: `/api/v1/users/${user.id}/password`, headers: manager, payload: { password: 'a new password' } })).statusCode).toBe(403);
  });
});

describe('deactivating users', () => {
  test("a deactivated user's session and API token stop working, they cannot sign in again, and reactivating does not revive the token", async () => {
    const user = await newUser('qian.jun@example.test');
    const { cookies, bearer } = await signIn('qian.jun@example.test');
    expect((await t.call({ method: 'GET', url: '/api/v1/auth/me', cookies })).statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: '/api/v1/orders', headers: bearer })).statusCode).toBe(200);

    const res = await patchUser(user.id, user.version, { active: false });
    expect(res.statusCode).toBe(200);
    expect(res.data.active).toBe(false);

    expect((await t.call({ method: 'GET', url: '/api/v1/auth/me', cookies })).statusCode).toBe(401);
    expect((await t.call({ method: 'GET', url: '/api/v1/orders', headers: bearer })).statusCode).toBe(401);
    const again = await t.call({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'qian.jun@example.test', password } });
    expect(again.statusCode).toBe(401);
    expect(await auditActions(user.id)).toEqual(['user.created', 'user.deactivated']);

    const back = await patchUser(user.id, res.data.version, { active: true });
    expect(back.data.active).toBe(true);
    // Whoever held the token while the account was off keeps nothing: the person mints a new one.
    expect((await t.call({ method: 'GET', url: '/api/v1/orders', headers: bearer })).statusCode).toBe(401);
    const fresh = await signIn('qian.jun@example.test');
    expect((await t.call({ method: 'GET', url: '/api/v1/orders', headers: fresh.bearer })).statusCode).toBe(200);
    const tokens = await t.call({ method: 'GET', url: '/api/v1/auth/tokens', headers: fresh.bearer });
    expect(tokens.data.items.map((k: any) => k.revokedAt === null)).toEqual([false, true]);
  });

  test('nobody deactivates themselves', async () => {
    const me = (await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: admin })).data;
    const self = (await t.call({ method: 'GET', url: '/api/v1/users', headers: admin })).data.items.find((u: { id: string }) => u.id === me.id);
    const res = await patchUser(self.id, self.version, { active: false });
    expect(res.statusCode).toBe(409);
    expect(res.data).toMatchObject({ code: 'cannot_deactivate_self', errors: [{ path: '/active', code: 'cannot_deactivate_self' }] });
    expect((await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: admin })).statusCode).toBe(200);
  });

  test('the last active admin keeps the admin role and stays active', async () => {
    const local = await createTestApp();
    try {
      const boss = await createUser(local.database.db, { userId: null, label: 'test' }, local.clock.now(), { email: 'boss@example.test', password, roles: ['admin'] });
      const second = await local.as('admin', 'second');
      const secondId = (await local.call({ method: 'GET', url: '/api/v1/auth/me', headers: second })).data.id;
      const patch = (id: string, version: number, payload: Record<string, unknown>) =>
        local.call({ method: 'PATCH', url: `/api/v1/users/${id}`, headers: { ...second, 'if-match': `"${version}"` }, payload });

      // Two admins: the other one may step down.
      const demoted = await patch(boss.id, boss.version, { roles: ['manager'] });
      expect(demoted.statusCode).toBe(200);

      const list = (await local.call({ method: 'GET', url: '/api/v1/users', headers: second })).data.items;
      const secondUser = list.find((u: { id: string }) => u.id === secondId);
      const lastRole = await patch(secondId, secondUser.version, { roles: ['manager'] });
      expect(lastRole.statusCode).toBe(409);
      expect(lastRole.data).toMatchObject({ code: 'last_admin', errors: [{ path: '/roles', code: 'last_admin' }] });

      // Deactivating the other admin while a second is active is fine; then nobody may remove the last.
      const restored = await patch(boss.id, demoted.data.version, { roles: ['admin'] });
      const bossGone = await patch(boss.id, restored.data.version, { active: false });
      expect(bossGone.statusCode).toBe(200);
      const stillLast = await patch(secondId, secondUser.version, { roles: ['sales'] });
      expect(stillLast.data.code).toBe('last_admin');
    } finally {
      await local.close();
    }
  });

  test("a customer's portal user is not turned into staff here", async () => {
    const customer = await createCustomer(t);
    const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers: admin, payload: { email: 'buyer@client.test', name: 'Buyer' } });
    expect(invited.statusCode).toBe(201);
    const portalUser = (await t.call({ method: 'GET', url: '/api/v1/users', headers: admin })).data.items.find((u: { email: string }) => u.email === 'buyer@client.test');
    const res = await patchUser(portalUser.id, portalUser.version, { roles: ['sales'] });
    expect(res.statusCode).toBe(409);
    expect(res.data).toMatchObject({ code: 'portal_user_roles', errors: [{ path: '/roles' }] });
    const deactivated = await patchUser(portalUser.id, portalUser.version, { active: false });
    expect(deactivated.statusCode).toBe(200);
    expect(deactivated.data.roles).toEqual(['customer']);
  });
});

describe('password reset', () => {
  test('an admin sets a new password: old sessions and API tokens end, the new password signs in, the old does not', async () => {
    const user = await newUser('sun.li@example.test');
    const { cookies, bearer } = await signIn('sun.li@example.test');

    const short = await t.call({ method: 'POST', url: `/api/v1/users/${user.id}/password`, headers: admin, payload: { password: 'short' } });
    expect(short.statusCode).toBe(422);
    expect(short.data.errors[0]).toMatchObject({ path: '/password', code: 'weak_password' });
    expect((await t.call({ method: 'GET', url: '/api/v1/auth/me', cookies })).statusCode).toBe(200);

    const res = await t.call({ method: 'POST', url: `/api/v1/users/${user.id}/password`, headers: admin, payload: { password: 'second password 2' } });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ sessionsEnded: 1, tokensRevoked: 1 });
    expect(JSON.stringify(res.data)).not.toContain('second password');
    expect((await t.call({ method: 'GET', url: '/api/v1/auth/me', cookies })).statusCode).toBe(401);
    expect((await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(401);
    expect((await t.call({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'sun.li@example.test', password } })).statusCode).toBe(401);
    expect((await t.call({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'sun.li@example.test', password: 'second password 2' } })).statusCode).toBe(200);
    expect(await auditActions(user.id)).toEqual(['user.created', 'user.password_reset']);
  });
});

describe('roles', () => {
  test('every staff role with its permissions, for the roles × permissions matrix', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/roles', headers: await t.as('manager') });
    expect(res.statusCode).toBe(200);
    const byRole = Object.fromEntries(res.data.items.map((r: { role: string; permissions: string[] }) => [r.role, r.permissions]));
    expect(Object.keys(byRole)).toContain('finance');
    expect(Object.keys(byRole)).not.toContain('customer');
    expect(byRole.manager).toContain('settings:write');
    expect(byRole.manager).not.toContain('users:write');
    expect(byRole.admin).toContain('users:write');
    expect((await t.call({ method: 'GET', url: '/api/v1/roles', headers: await t.as('sales') })).statusCode).toBe(403);
  });
});

describe('settings carry who saved them last', () => {
  test('GET answers version, time and user of the last save', async () => {
    const before = await t.call({ method: 'GET', url: '/api/v1/settings/order-intake', headers: admin });
    expect(before.data).toMatchObject({ version: 0, updatedAt: null, updatedBy: null });
    const me = (await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: admin })).data;
    const saved = await t.call({ method: 'PUT', url: '/api/v1/settings/order-intake', headers: { ...admin, 'if-match': '"0"' }, payload: before.data.value });
    expect(saved.data).toMatchObject({ version: 1, updatedBy: me.id, updatedAt: t.clock.now().toISOString() });
    const after = await t.call({ method: 'GET', url: '/api/v1/settings/order-intake', headers: admin });
    expect(after.data).toMatchObject({ version: 1, updatedBy: me.id });
  });
});

describe('notification template placeholders', () => {
  test('the settings screen learns which {placeholders} a template may use', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/notifications/template-placeholders', headers: await t.as('manager') });
    expect(res.statusCode).toBe(200);
    expect(res.data.items).toEqual(expect.arrayContaining(['number', 'customerName', 'expectedDelivery']));
    const refused = await t.call({
      method: 'PUT',
      url: '/api/v1/settings/notification-templates',
      headers: { ...admin, 'if-match': '"0"' },
      payload: { 'order.approved': { en: { title: 'Confirmed {number}', body: 'Hello {nobody}' } } },
    });
    expect(refused.data.errors[0]).toMatchObject({ path: '/order.approved/en/body', code: 'unknown_placeholder' });
    expect((await t.call({ method: 'GET', url: '/api/v1/notifications/template-placeholders', headers: await t.as('sales') })).statusCode).toBe(403);
  });
});
