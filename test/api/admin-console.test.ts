import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordChange, type OutboxMessage } from '../../src/platform/audit/record.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { testPassword } from '../support/hashed-passwords.js';

/*
 * The administrator's console and the notifications page, through the API: a person's
 * language is kept on their profile, a deadline warned of twice is one entry, "mark all
 * read" touches only my own, and an API token's secret is shown once and stops working
 * when revoked.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function userId(headers: Record<string, string>): Promise<string> {
  return (await t.call({ method: 'GET', url: '/api/v1/auth/me', headers })).data.id;
}

/** Events as a module would write them: with an audit change, in one transaction; then the worker turns them into notifications. */
async function publish(messages: OutboxMessage[]): Promise<void> {
  await t.database.db.transaction((tx) => recordChange(tx, { userId: null, label: 'system:test' }, t.clock.now(), { entityType: 'test', entityId: randomUUID(), action: 'test.published' }, messages));
  await t.drain();
}

function clockWarning(orderId: string, kind: string, dueAt: string, userIds: string[]): OutboxMessage<'sla.warned'> {
  return { topic: 'sla.warned', payload: { orderId, number: '202405-001', kind, dueAt, audience: { userIds } } };
}

describe('the language on the profile', () => {
  test('a person saves their language with the switch and every later sign-in answers it', async () => {
    const headers = await t.as('sales', 'lin');
    const before = (await t.call({ method: 'GET', url: '/api/v1/auth/me', headers })).data;
    // Nobody picked it yet: the console follows the browser until someone does.
    expect(before).toMatchObject({ locale: 'zh-CN', localeChosen: false });

    const saved = await t.call({ method: 'PATCH', url: '/api/v1/auth/me', headers, payload: { locale: 'en' } });
    expect(saved.statusCode).toBe(200);
    expect(saved.data).toMatchObject({ locale: 'en', localeChosen: true });
    const login = await t.call({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'lin.sales@example.test', password: testPassword } });
    expect(login.data.user.locale).toBe('en');
    const cookie = login.cookies.find((c) => c.name === 'ordo_session')!.value;
    expect((await t.call({ method: 'GET', url: '/api/v1/auth/me', cookies: { ordo_session: cookie } })).data).toMatchObject({ locale: 'en', localeChosen: true });

    const refused = await t.call({ method: 'PATCH', url: '/api/v1/auth/me', headers, payload: { locale: 'fr' } });
    expect(refused.statusCode).toBe(400);
  });

  test("an admin sets someone's language and their console answers it", async () => {
    const admin = await t.as('admin');
    const headers = await t.as('finance', 'zhou');
    const id = await userId(headers);
    const user = (await t.call({ method: 'GET', url: '/api/v1/users', headers: admin })).data.items.find((u: { id: string }) => u.id === id);
    const patched = await t.call({ method: 'PATCH', url: `/api/v1/users/${id}`, headers: { ...admin, 'if-match': `"${user.version}"` }, payload: { locale: 'en' } });
    expect(patched.statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: '/api/v1/auth/me', headers })).data).toMatchObject({ locale: 'en', localeChosen: true });
  });
});

describe('notifications', () => {
  test('the same deadline of the same order warned twice is one entry, naming its clock and due time', async () => {
    const headers = await t.as('specialist', 'wang');
    const me = await userId(headers);
    const orderId = randomUUID();
    await publish([clockWarning(orderId, 'response', '2024-05-10T03:00:00.000Z', [me])]);
    t.clock.advance(60_000);
    // The clock was moved (a holiday was added) and warns again: still one entry, with the new due time, unread.
    await publish([clockWarning(orderId, 'response', '2024-05-10T05:00:00.000Z', [me]), clockWarning(orderId, 'plan', '2024-05-12T05:00:00.000Z', [me])]);

    const list = await t.call({ method: 'GET', url: '/api/v1/notifications?topic=sla.warned', headers });
    expect(list.statusCode).toBe(200);
    const deadlines = list.data.items.map((n: { deadline: unknown }) => n.deadline);
    expect(deadlines).toHaveLength(2);
    expect(deadlines).toEqual(
      expect.arrayContaining([
        { code: 'notice.clock_due', params: { clock: 'response', dueAt: '2024-05-10T05:00:00.000Z' } },
        { code: 'notice.clock_due', params: { clock: 'plan', dueAt: '2024-05-12T05:00:00.000Z' } },
      ]),
    );
  });

  test('filters by read state, kind and date, and "mark all read" marks only mine', async () => {
    const mine = await t.as('specialist', 'zhao');
    const theirs = await t.as('specialist', 'qian');
    const [me, other] = [await userId(mine), await userId(theirs)];
    const from = t.clock.now().toISOString();
    await publish([clockWarning(randomUUID(), 'response', '2024-05-11T03:00:00.000Z', [me, other])]);
    t.clock.advance(3_600_000);
    const between = t.clock.now().toISOString();
    await publish([{ topic: 'order.delivered', payload: { orderId: randomUUID(), number: '202405-002', audience: { userIds: [me, other] } } } as OutboxMessage]);

    const kinds = await t.call({ method: 'GET', url: `/api/v1/notifications?topic=order.delivered&from=${from}`, headers: mine });
    expect(kinds.data.items.map((n: { topic: string }) => n.topic)).toEqual(['order.delivered']);
    const early = await t.call({ method: 'GET', url: `/api/v1/notifications?from=${from}&to=${between}`, headers: mine });
    expect(early.data.items.map((n: { topic: string }) => n.topic)).toEqual(['sla.warned']);
    expect(early.data.unread).toBe(2);

    const marked = await t.call({ method: 'POST', url: '/api/v1/notifications/read-all', headers: mine });
    expect(marked.data).toEqual({ marked: 2 });
    expect((await t.call({ method: 'GET', url: '/api/v1/notifications?unread=true', headers: mine })).data.items).toEqual([]);
    expect((await t.call({ method: 'GET', url: '/api/v1/notifications?unread=false', headers: mine })).data.items).toHaveLength(2);
    const other_ = await t.call({ method: 'GET', url: '/api/v1/notifications?unread=true', headers: theirs });
    expect(other_.data.unread).toBe(2);
    expect(other_.data.items).toHaveLength(2);
  });

  test('a new task names what it is for and when it is due, in the reader\'s language', async () => {
    const headers = await t.as('specialist', 'sun');
    const me = await userId(headers);
    const taskId = randomUUID();
    await publish([
      {
        topic: 'task.created',
        payload: { taskId, orderId: null, kind: 'order_exception', dueAt: '2024-05-10T03:00:00.000Z', summary: { code: 'task.note', params: { note: '回访' } }, audience: { userIds: [me] } },
      },
    ]);
    const [entry] = (await t.call({ method: 'GET', url: '/api/v1/notifications?topic=task.created', headers })).data.items;
    expect(entry.title).toContain('异常订单联系');
    expect(entry.body).toContain('异常订单联系');
    expect(entry.body).not.toMatch(/：，|: \./);
    expect(entry.deadline).toEqual({ code: 'notice.task_due', params: { task: 'order_exception', dueAt: '2024-05-10T03:00:00.000Z' } });
  });
});

describe('API tokens', () => {
  test('the secret is shown once; a revoked token is refused', async () => {
    const admin = await t.as('admin');
    const created = await t.call({ method: 'POST', url: '/api/v1/auth/tokens', headers: admin, payload: { name: 'ERP 同步', expiresInDays: 30 } });
    expect(created.statusCode).toBe(201);
    expect(created.data.token).toMatch(/^ordo_/);
    const bearer = { authorization: `Bearer ${created.data.token}` };
    expect((await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(200);

    const list = await t.call({ method: 'GET', url: '/api/v1/auth/tokens', headers: admin });
    const listed = list.data.items.find((k: { id: string }) => k.id === created.data.id);
    expect(listed).toMatchObject({ name: 'ERP 同步', revokedAt: null });
    expect(listed.expiresAt).toBe(new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString());
    expect(list.body).not.toContain(created.data.token);

    const revoked = await t.call({ method: 'DELETE', url: `/api/v1/auth/tokens/${created.data.id}`, headers: admin });
    expect(revoked.data.revokedAt).not.toBeNull();
    const refused = await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(refused.statusCode).toBe(401);
  });
});
