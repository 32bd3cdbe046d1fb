import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { campaignBatchSize } from '../../src/modules/campaigns/send.js';
import { createCustomer, createProduct, placeOrderAt, receiveStock } from '../support/fixtures.js';
import { startSmtpServer, type ReceivedMail } from '../support/receivers.js';

/*
 * Campaigns to a segment (customers tagged 春季活动) by email, with a real SMTP server:
 *   甲 and 乙 have an email address; 丙 has only a phone; 丁 has an address but is not in the segment.
 */
let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let segmentId: string;
const ids: Record<string, string> = {};
const emails: Record<string, string> = { 甲: 'jia@buyer.test', 乙: 'yi@buyer.test', 丁: 'ding@buyer.test' };
/** Addresses whose mailbox refuses every message. */
const bouncing = new Set<string>();

type Role = 'sales' | 'manager' | 'warehouse';
async function call(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, role: Role = 'manager') {
  return t.call({ method, url, headers: await t.as(role), ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
}

/** A public call, as the customer's browser makes it: no sign-in. */
function anonymous(method: 'GET' | 'POST', url: string) {
  return t.call({ method, url });
}

const draft = (extra: Record<string, unknown> = {}) => ({ name: '春季新品', segmentId, channel: 'email', subject: '{customerName}，春季新品到了', body: '{contactName}您好：春季新品已上架，欢迎垂询。', ...extra });

async function createAndSend(extra: Record<string, unknown> = {}): Promise<any> {
  const created = await call('POST', '/api/v1/campaigns', draft(extra));
  expect(created.statusCode, created.body).toBe(201);
  const sent = await call('POST', `/api/v1/campaigns/${created.data.id}/send`);
  expect(sent.statusCode, sent.body).toBe(202);
  await t.drain();
  return (await call('GET', `/api/v1/campaigns/${created.data.id}`)).data;
}

/** A segment of new customers with these e-mail addresses, tagged `tag`. */
async function tagSegment(tag: string, addresses: Record<string, string>): Promise<string> {
  for (const [name, email] of Object.entries(addresses)) await createCustomer(t, { name, tags: [tag], contacts: [{ name: `${name}经理`, primary: true, email }] });
  const segment = await call('POST', '/api/v1/segments', { name: tag, filter: { tags: [tag] } });
  expect(segment.statusCode, segment.body).toBe(201);
  return segment.data.id;
}

function mailsTo(email: string, subject?: string): ReceivedMail[] {
  return smtp.received.filter((m) => m.to.includes(email) && (subject === undefined || m.subject === subject));
}

function unsubscribeTokenIn(mail: ReceivedMail): string {
  const match = /https:\/\/ordo\.example\.test\/unsubscribe\/([A-Za-z0-9_-]+)/.exec(mail.text);
  expect(match, mail.text).not.toBeNull();
  return match![1]!;
}

async function recipientRows(campaignId: string): Promise<{ customer_id: string; status: string; skip_reason: string | null }[]> {
  const result = (await t.database.db.execute(sql`SELECT customer_id, status, skip_reason FROM campaign_recipients WHERE campaign_id = ${campaignId}`)) as unknown as { rows: any[] };
  return result.rows;
}

async function auditActions(entityId: string): Promise<{ action: string; actor_label: string }[]> {
  const result = (await t.database.db.execute(sql`SELECT action, actor_label FROM audit_events WHERE entity_id = ${entityId} ORDER BY at, seq`)) as unknown as { rows: any[] };
  return result.rows;
}

beforeAll(async () => {
  smtp = await startSmtpServer({
    accept: async (mail) => {
      if (mail.to.some((to) => bouncing.has(to))) throw new Error('mailbox unavailable');
    },
  });
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url, ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  const customer = async (name: string, tags: string[], contact: Record<string, unknown>) => {
    ids[name] = (await createCustomer(t, { name, tags, contacts: [{ name: `${name}经理`, primary: true, ...contact }] })).id;
  };
  await customer('甲', ['春季活动'], { email: emails['甲'] });
  await customer('乙', ['春季活动'], { email: emails['乙'], phone: '13800000002' });
  await customer('丙', ['春季活动'], { phone: '13800000003' });
  await customer('丁', [], { email: emails['丁'] });
  const segment = await call('POST', '/api/v1/segments', { name: '春季活动客户', filter: { tags: ['春季活动'] } });
  expect(segment.statusCode, segment.body).toBe(201);
  segmentId = segment.data.id;
});

afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('campaigns to a segment', () => {
  test('a placeholder campaigns do not fill is refused with its code and where it stands', async () => {
    const { name: _name, ...unsaved } = draft({ body: '您好 {customerName}，订单 {orderNumber} 已发货', subject: '{客户}' });
    for (const [path, payload] of [['/api/v1/campaigns', { ...unsaved, name: '错误占位符' }], ['/api/v1/campaigns/preview', unsaved]] as const) {
      const res = await call('POST', path, payload);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.data.code).toBe('campaign_placeholder_unknown');
      expect(res.data.errors.map((e: any) => [e.path, e.code])).toEqual([
        ['/subject', 'unknown_placeholder'],
        ['/body', 'unknown_placeholder'],
      ]);
    }
    expect((await call('GET', `/api/v1/campaigns?segmentId=${segmentId}`)).data.items).toEqual([]);
  });

  test('the preview shows the message as the first member reads it, with the unsubscribe line', async () => {
    const res = await call('POST', '/api/v1/campaigns/preview', { segmentId, channel: 'email', subject: draft().subject, body: draft().body });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toMatchObject({ members: 3, customer: { id: ids['丙'], name: '丙' }, subject: '丙，春季新品到了', body: '丙经理您好：春季新品已上架，欢迎垂询。' });
    expect(res.data.footer).toContain('{link}');
    const webhook = await call('POST', '/api/v1/campaigns/preview', { segmentId, channel: 'webhook', subject: 's', body: 'b', customerId: ids['甲'] });
    expect(webhook.data).toMatchObject({ customer: { name: '甲' }, footer: null });
  });

  test('sales write campaigns but only managers send them; other roles see none', async () => {
    expect((await call('GET', '/api/v1/campaigns', undefined, 'warehouse')).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/campaigns', draft(), 'warehouse')).statusCode).toBe(403);
    const created = await call('POST', '/api/v1/campaigns', draft({ name: '销售草稿' }), 'sales');
    expect(created.statusCode, created.body).toBe(201);
    expect((await call('POST', `/api/v1/campaigns/${created.data.id}/send`, undefined, 'sales')).statusCode).toBe(403);
    const cancelled = await call('POST', `/api/v1/campaigns/${created.data.id}/cancel`);
    expect(cancelled.data.status).toBe('cancelled');
    expect((await call('POST', `/api/v1/campaigns/${created.data.id}/send`)).data.code).toBe('campaign_not_draft');
  });

  test('a campaign reaches each customer of the segment once: a second send is refused, a customer without an address is skipped', async () => {
    const created = await call('POST', '/api/v1/campaigns', draft());
    const id = created.data.id;
    expect(created.data).toMatchObject({ status: 'draft', counts: { recipients: 0 } });
    // A double click: both requests at once, one sends.
    const [first, second] = await Promise.all([call('POST', `/api/v1/campaigns/${id}/send`), call('POST', `/api/v1/campaigns/${id}/send`)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([202, 409]);
    const refused = first.statusCode === 409 ? first : second;
    expect(refused.data.code).toBe('campaign_not_draft');
    const sending = first.statusCode === 202 ? first : second;
    expect(sending.data).toMatchObject({ status: 'sending', counts: { recipients: 3, pending: 3 } });
    await t.drain();
    const again = await call('POST', `/api/v1/campaigns/${id}/send`);
    expect(again.statusCode).toBe(409);
    await t.drain();

    const done = (await call('GET', `/api/v1/campaigns/${id}`)).data;
    expect(done.status).toBe('sent');
    expect(done.counts).toEqual({ recipients: 3, pending: 0, queued: 2, sent: 2, failed: 0, skippedUnsubscribed: 0, skippedNoAddress: 1, skippedCancelled: 0 });
    const rows = await recipientRows(id);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.customer_id === ids['丙'])).toMatchObject({ status: 'skipped', skip_reason: 'no_address' });

    const [jia] = mailsTo(emails['甲']!, '甲，春季新品到了');
    expect(mailsTo(emails['甲']!)).toHaveLength(1);
    expect(mailsTo(emails['乙']!)).toHaveLength(1);
    expect(mailsTo(emails['丁']!)).toHaveLength(0);
    expect(jia!.text).toContain('甲经理您好：春季新品已上架，欢迎垂询。');
    expect(jia!.text).toContain('请点击退订：https://ordo.example.test/unsubscribe/');
    expect((await auditActions(id)).map((a) => a.action)).toEqual(['campaign.created', 'campaign.send_started', 'campaign.batch_queued', 'campaign.sent']);
    const list = await call('GET', `/api/v1/campaigns?segmentId=${segmentId}`);
    expect(list.data.items.find((c: any) => c.id === id)).toMatchObject({ status: 'sent', counts: { sent: 2, skippedNoAddress: 1 } });
  });

  test("the unsubscribe link opts the company out: it shows only the company's name, and the next campaign skips it; order notices still go", async () => {
    const mail = mailsTo(emails['甲']!).at(-1)!;
    const token = unsubscribeTokenIn(mail);
    const page = await anonymous('GET', `/api/v1/unsubscribe/${token}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.data).toEqual({ customerName: '甲', optedOut: false });
    expect((await anonymous('GET', `/api/v1/unsubscribe/${token.slice(1)}x`)).data.code).toBe('unsubscribe_link_unknown');
    // The link opens this one door: as a survey link it is unknown.
    expect((await anonymous('GET', `/api/v1/surveys/${token}`)).data.code).toBe('survey_link_unknown');

    const done = await anonymous('POST', `/api/v1/unsubscribe/${token}`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.data).toEqual({ customerName: '甲', optedOut: true });
    expect((await anonymous('POST', `/api/v1/unsubscribe/${token}`)).data).toEqual({ customerName: '甲', optedOut: true });
    const customer = await call('GET', `/api/v1/customers/${ids['甲']}`);
    expect(customer.data.marketingOptOutAt).toBe(t.clock.now().toISOString());
    const trail = (await auditActions(ids['甲']!)).filter((a) => a.action.startsWith('customer.marketing'));
    expect(trail).toEqual([{ action: 'customer.marketing_opted_out', actor_label: 'customer (unsubscribe link)' }]);

    const before = smtp.received.length;
    const next = await createAndSend({ name: '夏季促销', subject: '夏季促销' });
    expect(next.counts).toMatchObject({ recipients: 3, queued: 1, sent: 1, skippedUnsubscribed: 1, skippedNoAddress: 1 });
    const fresh = smtp.received.slice(before);
    expect(fresh.map((m) => m.to)).toEqual([[emails['乙']]]);

    // An order notice is not marketing: the opted-out customer still hears of their order.
    const product = await createProduct(t, { priceMinor: 100_00 });
    await receiveStock(t, product.id, 10);
    const order = await placeOrderAt(t, t.clock.now().toISOString(), ids['甲']!, [{ productId: product.id, quantity: 1 }]);
    await t.drain();
    expect(mailsTo(emails['甲']!).some((m) => m.subject.includes(order.number))).toBe(true);
  });

  test('staff see and clear the opt-out on the customer; the next campaign reaches them again', async () => {
    expect((await call('PUT', `/api/v1/customers/${ids['甲']}/marketing-opt-out`, { optedOut: true }, 'warehouse')).statusCode).toBe(403);
    const cleared = await call('PUT', `/api/v1/customers/${ids['甲']}/marketing-opt-out`, { optedOut: false }, 'sales');
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.data.marketingOptOutAt).toBeNull();
    const before = mailsTo(emails['甲']!).length;
    const next = await createAndSend({ name: '秋季回馈', subject: '秋季回馈' });
    expect(next.counts).toMatchObject({ sent: 2, skippedUnsubscribed: 0 });
    expect(mailsTo(emails['甲']!)).toHaveLength(before + 1);
    expect((await auditActions(ids['甲']!)).map((a) => a.action).filter((a) => a.startsWith('customer.marketing'))).toEqual(['customer.marketing_opted_out', 'customer.marketing_opted_in']);
  });

  test('a mailbox that refuses every try counts as failed, the others as sent', async () => {
    const segment = await tagSegment('退信测试', { 戊: 'wu@buyer.test', 己: 'ji@buyer.test' });
    bouncing.add('ji@buyer.test');
    const sent = await createAndSend({ name: '退信', subject: '退信测试', segmentId: segment });
    expect(sent.counts).toMatchObject({ recipients: 2, queued: 2, sent: 1, failed: 0 });
    // The delivery is tried again later, six times in all, then given up.
    for (let attempt = 0; attempt < 6; attempt++) {
      t.clock.advance(3_600_000);
      await t.drain();
    }
    expect((await call('GET', `/api/v1/campaigns/${sent.id}`)).data.counts).toMatchObject({ recipients: 2, sent: 1, failed: 1 });
    expect(mailsTo('wu@buyer.test', '退信测试')).toHaveLength(1);
    expect(mailsTo('ji@buyer.test', '退信测试')).toHaveLength(0);
  });

  test('a campaign cancelled before its messages went out sends nothing: every recipient is skipped as cancelled', async () => {
    const segment = await tagSegment('撤回测试', { 庚: 'geng@buyer.test', 辛: 'xin@buyer.test' });
    const created = await call('POST', '/api/v1/campaigns', draft({ name: '撤回', subject: '撤回测试', segmentId: segment }));
    expect((await call('POST', `/api/v1/campaigns/${created.data.id}/send`)).statusCode).toBe(202);
    const cancelled = await call('POST', `/api/v1/campaigns/${created.data.id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await t.drain();
    const after = (await call('GET', `/api/v1/campaigns/${created.data.id}`)).data;
    expect(after).toMatchObject({ status: 'cancelled', counts: { recipients: 2, pending: 0, queued: 0, sent: 0, skippedCancelled: 2 } });
    expect(smtp.received.filter((m) => m.subject === '撤回测试')).toEqual([]);
    expect((await call('POST', `/api/v1/campaigns/${created.data.id}/cancel`)).statusCode).toBe(409);
  });

  test('a segment bigger than a batch is sent batch by batch, each customer once', async () => {
    const count = 2 * campaignBatchSize + 50;
    // Customers straight into the table: what is under test is the batching, not customer creation.
    await t.database.db.execute(sql`INSERT INTO customers (id, name, type, tier, credit_limit_minor, currency, payment_terms, contacts, addresses, tags, created_at, updated_at, version)
      SELECT gen_random_uuid(), '批量客户' || n, 'company', 'normal', 0, 'CNY', '{"kind":"prepaid"}'::jsonb, '[]'::jsonb, '[]'::jsonb, ARRAY['批量'], now(), now(), 1
      FROM generate_series(1, ${count}) AS n`);
    const segment = await call('POST', '/api/v1/segments', { name: '批量客户', filter: { tags: ['批量'] } });
    const sent = await createAndSend({ name: '批量', subject: '批量', segmentId: segment.data.id });
    expect(sent).toMatchObject({ status: 'sent', counts: { recipients: count, pending: 0, skippedNoAddress: count } });
    expect((await auditActions(sent.id)).filter((a) => a.action === 'campaign.batch_queued')).toHaveLength(3);
    const rows = await recipientRows(sent.id);
    expect(new Set(rows.map((r) => r.customer_id)).size).toBe(count);
  });

  test('SMS is refused while no SMS provider is configured', async () => {
    const created = await call('POST', '/api/v1/campaigns', draft({ channel: 'sms', name: '短信' }));
    const res = await call('POST', `/api/v1/campaigns/${created.data.id}/send`);
    expect(res.statusCode).toBe(409);
    expect(res.data.code).toBe('campaign_channel_unavailable');
    expect((await call('GET', `/api/v1/campaigns/${created.data.id}`)).data.status).toBe('draft');
  });
});
