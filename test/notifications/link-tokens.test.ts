import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createTrustedCustomer } from '../support/fulfilment.js';
import { linksIn, startSmtpServer, type ReceivedMail } from '../support/receivers.js';

/*
 * One-time links in mail (portal invitations and sign-in links, surveys) are minted as the
 * mail is sent: staff reading the delivery log, or anyone reading the outbox and job
 * queue, find no link that signs in as the customer.
 */

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let customer: any;
/** Mail to these addresses is refused while they are listed (a full mailbox). */
const bouncing = new Set<string>();
/** What the mail server was handed and refused. */
const refused: ReceivedMail[] = [];

beforeAll(async () => {
  smtp = await startSmtpServer({
    accept: async (mail) => {
      if (mail.to.some((to) => bouncing.has(to))) {
        refused.push(mail);
        throw new Error('mailbox full');
      }
    },
  });
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url, ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  customer = await createTrustedCustomer(t, { name: '杭州云帆贸易' });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const tokenOf = (path: string) => path.split('/').pop()!;

/** The sign-in link tokens mailed to the address, oldest first. */
function mailedTokens(email: string, mails: ReceivedMail[] = smtp.received): string[] {
  return mails.filter((m) => m.to.includes(email)).flatMap(linksIn).map(tokenOf);
}

async function invite(email: string): Promise<any> {
  const res = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('sales'), payload: { email, name: '采购 李' } });
  expect(res.statusCode).toBe(201);
  return res.data;
}

/** Everything Ordo keeps that staff, operators or a database reader can see, as one text. */
async function storedText(): Promise<string> {
  const result = (await t.database.db.execute(
    sql`SELECT (SELECT coalesce(string_agg(payload::text, ' '), '') FROM outbox) || (SELECT coalesce(string_agg(payload::text, ' '), '') FROM jobs)
      || (SELECT coalesce(string_agg(body || coalesce(link::text, ''), ' '), '') FROM notification_deliveries)
      || (SELECT coalesce(string_agg(coalesce(after::text, ''), ' '), '') FROM audit_events) || (SELECT coalesce(string_agg(data::text || body, ' '), '') FROM notifications) AS text`,
  )) as unknown as { rows: { text: string }[] };
  return result.rows[0]!.text;
}

describe('one-time links in mail', () => {
  it('the delivery log shows the invitation with its link removed, in the reader\'s language; nothing stored signs in, the mailed link does', async () => {
    const user = await invite('li.buyer@yunfan.test');
    await t.drain();
    const [token] = mailedTokens('li.buyer@yunfan.test');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const admin = await t.as('admin');
    const log = await t.call({ method: 'GET', url: '/api/v1/notifications/deliveries?channel=email', headers: admin });
    const invitation = log.data.items.find((d: any) => d.recipient === 'li.buyer@yunfan.test');
    expect(invitation).toMatchObject({ topic: 'portal.invited', status: 'sent' });
    expect(invitation.body).toContain('点击链接登录：[链接已移除]（链接仅可使用一次');
    expect(invitation.body).not.toContain('/portal/link/');

    // A reader of English sees the same place marked in English.
    const english = await t.as('admin', 'english');
    const me = await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: english });
    expect((await t.call({ method: 'PATCH', url: `/api/v1/users/${me.data.id}`, headers: { ...admin, 'if-match': '1' }, payload: { locale: 'en' } })).statusCode).toBe(200);
    const inEnglish = await t.call({ method: 'GET', url: '/api/v1/notifications/deliveries?channel=email', headers: english });
    expect(inEnglish.data.items.find((d: any) => d.id === invitation.id).body).toContain('点击链接登录：[link removed]（');

    // Whatever looks like a token in the log or anywhere Ordo keeps things signs nobody in.
    const stored = `${JSON.stringify(log.data)} ${await storedText()}`;
    expect(stored).not.toContain(token);
    const candidates = [...new Set(stored.match(/[A-Za-z0-9_-]{43}/g) ?? [])];
    for (const candidate of candidates) {
      expect((await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${candidate}` })).statusCode).not.toBe(200);
    }
    const minted = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM link_tokens WHERE subject_id IN (SELECT id FROM sign_in_links WHERE user_id = ${user.id}::uuid)`)) as unknown as { rows: { n: number }[] };
    expect(minted.rows[0]!.n).toBe(1);

    const followed = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${token}` });
    expect(followed.statusCode).toBe(200);
    expect(followed.data.user).toMatchObject({ id: user.id, email: 'li.buyer@yunfan.test' });
  });

  it('a mail that could not be delivered and is sent again carries a new link; the links of the failed tries do not work', async () => {
    bouncing.add('full@yunfan.test');
    await invite('full@yunfan.test');
    await t.drain();
    for (let attempt = 0; attempt < 6; attempt++) {
      t.clock.advance(3_600_000);
      await t.drain();
    }
    const admin = await t.as('admin');
    const log = await t.call({ method: 'GET', url: '/api/v1/notifications/deliveries?channel=email&status=dead', headers: admin });
    const dead = log.data.items.find((d: any) => d.recipient === 'full@yunfan.test');
    expect(dead.attempts).toHaveLength(6);
    const triedTokens = mailedTokens('full@yunfan.test', refused);
    expect(new Set(triedTokens).size).toBe(6);

    bouncing.delete('full@yunfan.test');
    const retried = await t.call({ method: 'POST', url: `/api/v1/notifications/deliveries/${dead.id}/retry`, headers: admin });
    expect(retried.statusCode).toBe(200);
    expect(retried.data.body).toContain('[链接已移除]');
    await t.drain();
    const [token] = mailedTokens('full@yunfan.test');
    expect(triedTokens).not.toContain(token);
    for (const tried of triedTokens) {
      expect((await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${tried}` })).data.code).toBe('sign_in_link_expired');
    }
    expect((await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${token}` })).statusCode).toBe(200);
  });

  it('a sign-in link asked for on the sign-in page is minted only for the mail, as is a survey link', async () => {
    await invite('wu.buyer@yunfan.test');
    expect((await t.call({ method: 'POST', url: '/api/v1/portal/magic-link', payload: { email: 'wu.buyer@yunfan.test' } })).statusCode).toBe(202);
    await t.drain(); // the request only queued the job that writes the mail
    const outbox = (await t.database.db.execute(sql`SELECT payload FROM outbox WHERE topic = 'portal.sign_in_link_requested' ORDER BY created_at DESC, id DESC LIMIT 1`)) as unknown as {
      rows: { payload: any }[];
    };
    // Only the intent travels: which door, for what, until when.
    expect(outbox.rows[0]!.payload.link).toEqual({ purpose: 'sign_in', subjectId: expect.any(String), expiresAt: expect.any(String) });
    const [, signInToken] = mailedTokens('wu.buyer@yunfan.test');
    expect(await storedText()).not.toContain(signInToken);
    expect((await t.call({ method: 'GET', url: `/api/v1/portal/magic-link/${signInToken}` })).data).toMatchObject({ email: 'wu.buyer@yunfan.test' });
    // A sign-in token does not open a survey, nor the other way round.
    expect((await t.call({ method: 'GET', url: `/api/v1/surveys/${signInToken}` })).data.code).toBe('survey_link_unknown');
  });
});
