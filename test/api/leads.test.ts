import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkGraph } from '../../src/platform/fsm.js';
import { leadMachine } from '../../src/modules/leads/states.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, receiveStock } from '../support/fixtures.js';

/* Sales leads: the pipeline from new to converted, its refusals, duplicates, score and follow-ups. */

let t: TestApp;
let product: any;
let salesId: string;

async function call(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, role: Parameters<TestApp['as']>[0] = 'sales', headers: Record<string, string> = {}) {
  return t.call({ method, url, headers: { ...(await t.as(role)), ...headers }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
}

async function newLead(payload: Record<string, unknown> = {}) {
  const res = await call('POST', '/api/v1/leads', { name: '陈先生', company: '蓝海贸易', source: 'exhibition', ...payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.data;
}

async function move(id: string, event: string, extra: Record<string, unknown> = {}, role: Parameters<TestApp['as']>[0] = 'sales') {
  return call('POST', `/api/v1/leads/${id}/transitions`, { event, ...extra }, role);
}

/** The trail of a lead, with the chain each change went to: the system's until it has a customer, then one of the customer's. */
async function auditActions(entityId: string): Promise<string[][]> {
  const result = (await t.database.db.execute(
    sql`SELECT action, chain FROM audit_events WHERE entity_id = ${entityId} ORDER BY at, chain <> 'system', seq`,
  )) as unknown as { rows: { action: string; chain: string }[] };
  return result.rows.map((r) => [r.action, r.chain]);
}

async function outbox(topic: string): Promise<any[]> {
  const result = (await t.database.db.execute(sql`SELECT payload FROM outbox WHERE topic = ${topic}`)) as unknown as { rows: { payload: any }[] };
  return result.rows.map((r) => r.payload);
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-06-01T01:00:00.000Z' });
  product = await createProduct(t, { priceMinor: 500_00 });
  await receiveStock(t, product.id, 100);
  salesId = (await call('GET', '/api/v1/auth/me')).data.id;
});
afterAll(async () => {
  await t?.close();
});

describe('the pipeline', () => {
  test('the transition table has no dead ends and every status is reachable', () => {
    expect(checkGraph(leadMachine)).toEqual([]);
  });

  test('new → contacted → qualified → converted creates the customer and the first order and keeps the link', async () => {
    const lead = await newLead({ phone: '139 0000 1111', email: 'Chen@LanHai.cn', interestProductIds: [product.id], estimatedValueMinor: 20_000_00 });
    expect(lead).toMatchObject({ status: 'new', ownerUserId: salesId, ownerName: expect.any(String), allowedEvents: ['contact', 'qualify', 'lose'], duplicates: [] });
    expect(lead.score.factors.map((f: any) => [f.code, f.points])).toEqual([
      ['source', 20],
      ['interest_products', 5],
      ['estimated_value', 15],
      ['follow_ups_reached', 0],
      ['recent_contact', 0],
    ]);
    expect(lead.score.total).toBe(40);

    // A call is scheduled for the owner and shows in their tasks; doing it moves the lead to contacted.
    const scheduled = await call('POST', `/api/v1/leads/${lead.id}/follow-ups`, { kind: 'call', dueAt: '2026-06-01T06:00:00.000Z', note: '介绍A型设备' });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    expect(scheduled.data).toMatchObject({ kind: 'call', leadId: lead.id, assigneeId: salesId, status: 'open' });
    const mine = await call('GET', '/api/v1/tasks?scope=mine');
    expect(mine.data.items.map((x: any) => x.id)).toContain(scheduled.data.id);
    // Done from the task list it would skip the outcome: the lead's page records it.
    const generic = await call('POST', `/api/v1/tasks/${scheduled.data.id}/complete`, { note: '打过了' });
    expect([generic.statusCode, generic.data.code]).toEqual([409, 'task_on_lead']);
    t.clock.advance(3 * 3600_000);
    const done = await call('POST', `/api/v1/leads/${lead.id}/follow-ups/${scheduled.data.id}/complete`, { outcome: 'reached', note: '有采购意向，下月预算' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.data.task).toMatchObject({ status: 'done', outcome: 'reached', doneNote: '有采购意向，下月预算' });
    expect(done.data.lead.status).toBe('contacted');
    expect(done.data.lead.score.factors.find((f: any) => f.code === 'follow_ups_reached')).toMatchObject({ value: 1, points: 10 });
    expect(done.data.lead.score.factors.find((f: any) => f.code === 'recent_contact')).toMatchObject({ value: 0, points: 10 });
    expect(done.data.lead.score.total).toBe(60);

    const qualified = await move(lead.id, 'qualify');
    expect(qualified.statusCode, qualified.body).toBe(200);
    expect(qualified.data).toMatchObject({ status: 'qualified', allowedEvents: ['convert', 'lose'] });

    const converted = await call('POST', `/api/v1/leads/${lead.id}/convert`, {
      customer: { name: '蓝海贸易有限公司', type: 'company', contacts: [{ name: '陈先生', phone: '13900001111', email: 'chen@lanhai.cn' }], addresses: [{ line1: '滨江路8号', city: '杭州', isDefault: true }] },
      order: { channel: 'phone', lines: [{ productId: product.id, quantity: 2 }], paymentStatus: 'paid', requestedDeliveryDate: '2026-06-20' },
    });
    expect(converted.statusCode, converted.body).toBe(201);
    expect(converted.data).toMatchObject({ customerId: expect.any(String), orderId: expect.any(String), orderNumber: expect.any(String) });
    expect(converted.data.lead).toMatchObject({ status: 'converted', customerId: converted.data.customerId, firstOrderId: converted.data.orderId, convertedAt: '2026-06-01T04:00:00.000Z', allowedEvents: [], duplicates: [] });

    const customer = await call('GET', `/api/v1/customers/${converted.data.customerId}`);
    expect(customer.data).toMatchObject({ name: '蓝海贸易有限公司', sourceChannel: 'exhibition', ownerUserId: salesId });
    const order = await call('GET', `/api/v1/orders/${converted.data.orderId}`);
    expect(order.data).toMatchObject({ customer: { id: converted.data.customerId }, channel: 'phone' });
    expect(order.data.totals.totalMinor).toBe(1000_00);
    // The follow-up now belongs to the customer's history too.
    const followUps = await call('GET', `/api/v1/leads/${lead.id}/follow-ups`);
    expect(followUps.data.items).toEqual([expect.objectContaining({ id: scheduled.data.id, customerId: converted.data.customerId })]);

    expect(await auditActions(lead.id)).toEqual([
      ['lead.created', 'system'],
      ['lead.contact', 'system'],
      ['lead.qualify', 'system'],
      ['lead.converted', expect.stringMatching(new RegExp(`^${converted.data.customerId}/\\d+$`))],
    ]);
    expect(await outbox('lead.converted')).toEqual([{ leadId: lead.id, customerId: converted.data.customerId, orderId: converted.data.orderId }]);

    const again = await call('POST', `/api/v1/leads/${lead.id}/convert`, { customer: { name: '蓝海贸易二', type: 'company' } });
    expect([again.statusCode, again.data.code]).toEqual([409, 'lead_already_converted']);
    const moved = await move(lead.id, 'lose', { lostReason: { code: 'no_need' } });
    expect([moved.statusCode, moved.data.code]).toEqual([409, 'lead_already_converted']);
    const customers = await call('GET', `/api/v1/customers?q=${encodeURIComponent('蓝海贸易')}`);
    expect(customers.data.items).toHaveLength(1);
  });

  test('a conversion whose first order is refused creates nothing: no customer, the lead stays qualified', async () => {
    const lead = await newLead({ name: '周女士', company: '青石工坊' });
    expect((await move(lead.id, 'qualify')).statusCode).toBe(200);
    const res = await call('POST', `/api/v1/leads/${lead.id}/convert`, {
      customer: { name: '青石工坊', type: 'company' },
      order: { channel: 'phone', lines: [{ productId: '00000000-0000-4000-8000-000000000000', quantity: 1 }], paymentStatus: 'paid' },
    });
    expect([res.statusCode, res.data.errors?.[0]?.path], res.body).toEqual([422, '/order/lines/0/productId']);
    expect((await call('GET', `/api/v1/customers?q=${encodeURIComponent('青石工坊')}`)).data.items).toEqual([]);
    expect((await call('GET', `/api/v1/leads/${lead.id}`)).data).toMatchObject({ status: 'qualified', customerId: null });
    // The customer form's own checks apply: net terms need their days.
    const bad = await call('POST', `/api/v1/leads/${lead.id}/convert`, { customer: { name: '青石工坊', type: 'company', paymentTerms: { kind: 'net' } } });
    expect([bad.statusCode, bad.data.errors?.[0]?.path]).toEqual([400, '/customer/paymentTerms/netDays']);
  });

  test('two conversions at once: one creates the customer, the other is refused', async () => {
    const lead = await newLead({ name: '郑经理', company: '双子星电子' });
    await move(lead.id, 'qualify');
    const body = { customer: { name: '双子星电子', type: 'company' } };
    const answers = await Promise.all([call('POST', `/api/v1/leads/${lead.id}/convert`, body), call('POST', `/api/v1/leads/${lead.id}/convert`, body)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.data.code).toBe('lead_already_converted');
    expect((await call('GET', `/api/v1/customers?q=${encodeURIComponent('双子星电子')}`)).data.items).toHaveLength(1);
  });

  test('illegal moves are refused with a code and what is allowed; a lost lead needs a reason; a manager may reopen it', async () => {
    const lead = await newLead({ name: '刘总' });
    const convertEarly = await call('POST', `/api/v1/leads/${lead.id}/convert`, { customer: { name: '刘总', type: 'person' } });
    expect([convertEarly.statusCode, convertEarly.data.code, convertEarly.data.allowed]).toEqual([409, 'invalid_transition', ['contact', 'qualify', 'lose']]);
    expect((await move(lead.id, 'contact')).data.status).toBe('contacted');
    const back = await move(lead.id, 'reopen');
    expect([back.statusCode, back.data.code]).toEqual([409, 'invalid_transition']);
    const unknown = await move(lead.id, 'convert');
    expect(unknown.statusCode).toBe(400);

    const noReason = await move(lead.id, 'lose');
    expect([noReason.statusCode, noReason.data.code]).toEqual([422, 'lead_lost_reason_required']);
    const noNote = await move(lead.id, 'lose', { lostReason: { code: 'other' } });
    expect([noNote.statusCode, noNote.data.errors?.[0]?.path]).toEqual([422, '/lostReason/note']);
    const lost = await move(lead.id, 'lose', { lostReason: { code: 'chose_competitor', note: '选了更便宜的供应商' } });
    expect(lost.data).toMatchObject({ status: 'lost', lostReason: { code: 'chose_competitor', note: '选了更便宜的供应商' }, allowedEvents: ['reopen'] });
    expect(await outbox('lead.lost')).toContainEqual({ leadId: lead.id, reasonCode: 'chose_competitor' });
    const edit = await call('PATCH', `/api/v1/leads/${lead.id}`, { notes: '再试试' }, 'sales', { 'if-match': String(lost.data.version) });
    expect([edit.statusCode, edit.data.code]).toEqual([409, 'lead_closed']);

    const bySales = await move(lead.id, 'reopen');
    expect([bySales.statusCode, bySales.data.code]).toEqual([403, 'lead_reopen_manager_only']);
    const reopened = await move(lead.id, 'reopen', {}, 'manager');
    expect(reopened.data).toMatchObject({ status: 'new', lostReason: null });
  });
});

describe('duplicates', () => {
  test('another lead or a customer with the same phone or e-mail is flagged, however the number is written', async () => {
    const customer = await createCustomer(t, { name: '远山机械', contacts: [{ name: '吴工', phone: '021-5555 8888', email: 'wu@yuanshan.cn' }] });
    const first = await newLead({ name: '马经理', phone: '13712345678', email: 'ma@hongxing.cn', source: 'website' });
    expect(first.duplicates).toEqual([]);
    const second = await newLead({ name: '马先生', phone: '+86 137-1234-5678', source: 'referral' });
    expect(second.duplicates).toEqual([{ kind: 'lead', id: first.id, name: '马经理', status: 'new', matchedOn: ['phone'] }]);
    expect(second.duplicate).toBe(true);
    const third = await newLead({ name: '吴工', email: 'WU@YuanShan.cn', source: 'phone' });
    expect(third.duplicates).toEqual([{ kind: 'customer', id: customer.id, name: '远山机械', status: null, matchedOn: ['email'] }]);

    // An edit warns again.
    const patched = await call('PATCH', `/api/v1/leads/${third.id}`, { phone: '02155558888' }, 'sales', { 'if-match': String(third.version) });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.data.duplicates).toEqual([{ kind: 'customer', id: customer.id, name: '远山机械', status: null, matchedOn: ['phone', 'email'] }]);
    const stale = await call('PATCH', `/api/v1/leads/${third.id}`, { notes: 'x' }, 'sales', { 'if-match': String(third.version) });
    expect(stale.statusCode).toBe(412);

    const flagged = await call('GET', '/api/v1/leads?duplicate=true');
    expect(flagged.data.items.map((l: any) => l.id).sort()).toEqual([first.id, second.id].sort());
    // A lost lead is history: it no longer flags the other.
    await move(second.id, 'lose', { lostReason: { code: 'unreachable' } });
    expect((await call('GET', `/api/v1/leads/${first.id}`)).data.duplicates).toEqual([]);
  });

  test('the list filters by status, owner, source and text, and pages by cursor', async () => {
    const bySource = await call('GET', '/api/v1/leads?source=referral');
    expect(bySource.data.items.every((l: any) => l.source === 'referral')).toBe(true);
    const byText = await call('GET', `/api/v1/leads?q=${encodeURIComponent('1371234')}`);
    expect(byText.data.items.map((l: any) => l.name).sort()).toEqual(['马先生', '马经理'].sort());
    const mine = await call('GET', '/api/v1/leads?owner=me&status=new', undefined, 'manager');
    expect(mine.data.items).toEqual([]);
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await call('GET', `/api/v1/leads?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...page.data.items.map((l: any) => l.id));
      cursor = page.data.nextCursor;
    } while (cursor);
    const whole = await call('GET', '/api/v1/leads?limit=200');
    expect(all).toEqual(whole.data.items.map((l: any) => l.id));
    expect(new Set(all).size).toBe(all.length);
  });

  test('unknown products and owners are refused', async () => {
    const res = await call('POST', '/api/v1/leads', { name: '某人', source: 'other', interestProductIds: ['00000000-0000-4000-8000-000000000001'] });
    expect([res.statusCode, res.data.errors?.[0]?.path]).toEqual([422, '/interestProductIds/0']);
    const owner = await call('POST', '/api/v1/leads', { name: '某人', source: 'other', ownerUserId: '00000000-0000-4000-8000-000000000001' });
    expect([owner.statusCode, owner.data.errors?.[0]?.path]).toEqual([422, '/ownerUserId']);
  });
});

describe('follow-ups and permissions', () => {
  test('an overdue follow-up reminds its holder once; no answer leaves the lead new', async () => {
    const lead = await newLead({ name: '孙老板' });
    const due = new Date(t.clock.now().getTime() + 60 * 60_000).toISOString();
    const task = (await call('POST', `/api/v1/leads/${lead.id}/follow-ups`, { kind: 'visit', dueAt: due, note: '上门演示' })).data;
    await t.drain();
    const reminders = async () => (await outbox('task.overdue')).filter((p) => p.taskId === task.id);
    expect(await reminders()).toEqual([]);
    t.clock.advance(61 * 60_000);
    await t.drain();
    t.clock.advance(5 * 60_000);
    await t.drain();
    expect(await reminders()).toEqual([expect.objectContaining({ leadId: lead.id, kind: 'visit', audience: { userIds: [salesId] } })]);
    const inbox = await call('GET', '/api/v1/notifications');
    const reminder = inbox.data.items.find((n: any) => n.topic === 'task.overdue');
    expect(reminder.title).toContain('孙老板（蓝海贸易）');
    const created = inbox.data.items.find((n: any) => n.topic === 'task.created' && n.data.taskId === task.id);
    expect(created.title).toBe('新任务：线索“孙老板（蓝海贸易）” · 上门拜访');
    const managers = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.topic = 'task.overdue' AND 'manager' = ANY(u.roles)`)) as unknown as { rows: { n: number }[] };
    expect(managers.rows[0]!.n).toBe(0);

    const noAnswer = await call('POST', `/api/v1/leads/${lead.id}/follow-ups/${task.id}/complete`, { outcome: 'no_answer' });
    expect(noAnswer.data.lead.status).toBe('new');
    const twice = await call('POST', `/api/v1/leads/${lead.id}/follow-ups/${task.id}/complete`, { outcome: 'reached' });
    expect([twice.statusCode, twice.data.code]).toEqual([409, 'task_closed']);
  });

  test('sales, specialists and managers work leads; other roles do not see them', async () => {
    for (const role of ['sales', 'specialist', 'manager', 'admin'] as const) expect((await call('GET', '/api/v1/leads', undefined, role)).statusCode).toBe(200);
    for (const role of ['warehouse', 'finance', 'production'] as const) {
      const res = await call('GET', '/api/v1/leads', undefined, role);
      expect([res.statusCode, res.data.code]).toEqual([403, 'forbidden']);
    }
    const create = await call('POST', '/api/v1/leads', { name: '某人', source: 'other' }, 'warehouse');
    expect(create.statusCode).toBe(403);
  });
});
