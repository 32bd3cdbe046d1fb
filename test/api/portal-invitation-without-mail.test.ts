import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createTrustedCustomer } from '../support/fulfilment.js';

/*
 * No mail server configured (ORDO_SMTP_URL unset): an invitation cannot be mailed, so the
 * inviting staff member gets the link once, to hand over; the audit trail says they did.
 */

let t: TestApp;
let customer: any;

beforeAll(async () => {
  t = await createTestApp({ env: { ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  customer = await createTrustedCustomer(t, { name: '宁波海川五金' });
});
afterAll(async () => {
  await t?.close();
});

async function userAudit(userId: string): Promise<{ action: string; actor: string; after: any }[]> {
  const result = (await t.database.db.execute(
    sql`SELECT action, actor_label AS actor, after FROM audit_events WHERE entity_type = 'user' AND entity_id = ${userId} ORDER BY at, seq`,
  )) as unknown as { rows: { action: string; actor: string; after: any }[] };
  return result.rows;
}

async function queuedInvitations(): Promise<number> {
  const result = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM outbox WHERE topic = 'portal.invited'`)) as unknown as { rows: { n: number }[] };
  return result.rows[0]!.n;
}

describe('inviting a portal user without a mail server', () => {
  test('the channels say e-mail is off, and the portal offers no e-mailed sign-in link', async () => {
    const channels = await t.call({ method: 'GET', url: '/api/v1/notifications/channels', headers: await t.as('sales') });
    expect(channels.statusCode).toBe(200);
    expect(channels.data).toEqual({ email: false, sms: false });
    const options = await t.call({ method: 'GET', url: '/api/v1/portal/sign-in-options' });
    expect(options.data).toEqual({ emailLinks: false });
  });

  test('the inviter receives the link once; it signs the customer in, is not queued for mail, and the audit names who received it', async () => {
    const headers = await t.as('sales');
    const res = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers, payload: { email: 'buyer@haichuan.test', name: '采购 周' } });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const link: string = res.data.handedOverLink.url;
    expect(link).toMatch(/^https:\/\/ordo\.example\.test\/portal\/link\/[A-Za-z0-9_-]{43}$/);
    expect(await queuedInvitations()).toBe(0);

    // The list of portal users never shows the link again.
    const listed = await t.call({ method: 'GET', url: `/api/v1/customers/${customer.id}/portal-users`, headers });
    expect(JSON.stringify(listed.data)).not.toContain(link.split('/').pop());

    const [invited] = await userAudit(res.data.id);
    expect(invited).toMatchObject({ action: 'user.portal_invited', after: { delivery: 'handed_over' } });
    expect(invited!.actor).toContain('sales');
    expect(JSON.stringify(invited!.after)).not.toContain(link.split('/').pop());

    const signIn = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${link.split('/').pop()}` });
    expect(signIn.statusCode).toBe(200);
    const again = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${link.split('/').pop()}` });
    expect(again.statusCode).not.toBe(200);
  });

  test('inviting again hands over a new link and the earlier one stops working', async () => {
    const headers = await t.as('sales');
    const first = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers, payload: { email: 'qa@haichuan.test', name: '质检 吴' } });
    const second = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users/${first.data.id}/invitation`, headers });
    expect(second.statusCode).toBe(202);
    expect(second.data.handedOverLink.url).not.toBe(first.data.handedOverLink.url);
    expect((await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${first.data.handedOverLink.url.split('/').pop()}` })).statusCode).not.toBe(200);
    expect((await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${second.data.handedOverLink.url.split('/').pop()}` })).statusCode).toBe(200);
    expect((await userAudit(first.data.id)).map((e) => [e.action, e.after.delivery])).toEqual([
      ['user.portal_invited', 'handed_over'],
      ['user.portal_reinvited', 'handed_over'],
    ]);
  });
});
