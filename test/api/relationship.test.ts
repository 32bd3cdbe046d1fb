import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip } from '../support/fulfilment.js';

/* Relationship upkeep (seed 003): a customer's timeline, and the return visits their tier calls for. */

let t: TestApp;
let device: any;
const hour = 3_600_000;
const day = 24 * hour;

async function idOf(role: Parameters<TestApp['as']>[0], who: string = role): Promise<string> {
  return (await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: await t.as(role, who) })).data.id;
}

async function timeline(customerId: string, query = ''): Promise<any> {
  return t.call({ method: 'GET', url: `/api/v1/customers/${customerId}/timeline${query}`, headers: await t.as('sales') });
}

/** Every page of the timeline, `limit` entries at a time. */
async function walk(customerId: string, limit: number): Promise<any[]> {
  const entries: any[] = [];
  let cursor: string | null = null;
  do {
    const page: any = await timeline(customerId, `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.statusCode).toBe(200);
    entries.push(...page.data.items);
    cursor = page.data.nextCursor;
  } while (cursor);
  return entries;
}

async function returnVisits(customerId: string): Promise<any[]> {
  const res = await t.call({ method: 'GET', url: `/api/v1/tasks?customerId=${customerId}&kind=return_visit`, headers: await t.as('manager') });
  return res.data.items;
}

/** The morning planner's slot, `days` after now: 07:30 in Shanghai. */
async function plannerRunsAfter(days: number): Promise<void> {
  const next = new Date(t.clock.now().getTime() + days * day);
  const shanghaiDate = new Date(next.getTime() + 8 * hour).toISOString().slice(0, 10);
  t.clock.set(new Date(`${shanghaiDate}T07:30:00+08:00`));
  await t.drain();
}

beforeAll(async () => {
  t = await createTestApp();
  device = await createProduct(t, { priceMinor: 1_000_00 });
  await receiveStock(t, device.id, 100);
});
afterAll(async () => t?.close());

describe("a customer's timeline", () => {
  test('orders, contacts, cases, survey answers and follow-ups, newest first, each once across pages', async () => {
    const customer = await createTrustedCustomer(t, { name: '苏州园林机械' });
    const order = await orderReadyToShip(t, customer.id, [{ productId: device.id, quantity: 2 }]);
    t.clock.advance(hour);
    const contact = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/contacts`, headers: await t.as('specialist', 'li'), payload: { channel: 'phone', summary: '确认送货时间', outcome: '周五上午' } });
    expect(contact.statusCode).toBe(201);
    t.clock.advance(hour);
    await deliverOrder(t, order);
    t.clock.advance(hour);
    const feedback = await t.call({ method: 'POST', url: '/api/v1/feedback', headers: await t.as('after_sales', 'zhang'), payload: { orderId: order.id, responseSpeed: 5, productQuality: 4, deliveryTimeliness: 5, serviceAttitude: 5, comments: '很满意' } });
    expect(feedback.statusCode).toBe(201);
    t.clock.advance(hour);
    const opened = await t.call({ method: 'POST', url: '/api/v1/cases', headers: await t.as('after_sales', 'zhang'), payload: { customerId: customer.id, type: 'consultation', summary: '询问保修期' } });
    expect(opened.statusCode).toBe(201);
    t.clock.advance(hour);
    const visit = await t.call({
      method: 'POST',
      url: '/api/v1/tasks',
      headers: await t.as('sales', 'chen'),
      payload: { kind: 'visit', customerId: customer.id, summary: '上门拜访，介绍新款设备', dueAt: new Date(t.clock.now().getTime() + day).toISOString() },
    });
    expect(visit.statusCode).toBe(201);
    t.clock.advance(hour);
    expect((await t.call({ method: 'POST', url: `/api/v1/tasks/${visit.data.id}/complete`, headers: await t.as('sales', 'chen'), payload: { note: '客户有意采购两台' } })).statusCode).toBe(200);

    const all = await walk(customer.id, 50);
    expect(all.map((e) => e.kind)).toEqual(['follow_up_done', 'case_opened', 'feedback', 'order_delivered', 'order_contact', 'order_received']);
    expect(all[0]).toMatchObject({ by: 'chen', params: { taskKind: 'visit', note: '客户有意采购两台' }, message: { code: 'task.note', params: { note: '上门拜访，介绍新款设备' } } });
    expect(all[1]).toMatchObject({ caseId: opened.data.id, by: 'zhang', params: { type: 'consultation', summary: '询问保修期' } });
    expect(all[2]).toMatchObject({ orderNumber: order.number, by: 'zhang', params: { responseSpeed: 5, productQuality: 4, comments: '很满意' } });
    expect(all[4]).toMatchObject({ orderNumber: order.number, by: 'li', params: { channel: 'phone', summary: '确认送货时间', outcome: '周五上午' } });
    expect(all[5]).toMatchObject({ id: order.id, orderNumber: order.number, params: { channel: 'b2b_direct', totalMinor: 2_000_00, currency: 'CNY' } });
    const times = all.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    // One entry per page walks the same timeline: nothing skipped, nothing twice.
    expect(await walk(customer.id, 1)).toEqual(all);
  });

  test('entries at the same instant are neither skipped nor repeated between pages', async () => {
    const customer = await createTrustedCustomer(t, { name: '无锡同时下单' });
    // Three orders and their delivery-free entries in the same millisecond.
    for (let i = 0; i < 3; i += 1) {
      const res = await t.call({ method: 'POST', url: '/api/v1/orders', headers: await t.as('admin'), payload: { customerId: customer.id, channel: 'b2b_direct', lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'paid' } });
      expect(res.statusCode).toBe(201);
    }
    const whole = await walk(customer.id, 50);
    expect(whole.filter((e) => e.kind === 'order_received')).toHaveLength(3);
    const paged = await walk(customer.id, 1);
    expect(paged.map((e) => `${e.kind}:${e.id}`)).toEqual(whole.map((e) => `${e.kind}:${e.id}`));
    expect(new Set(paged.map((e) => `${e.kind}:${e.id}`)).size).toBe(paged.length);
  });

  test('an unknown customer is 404 and a forged cursor 400', async () => {
    const unknown = await timeline('00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const customer = await createCustomer(t, { name: '光标测试' });
    const forged = await timeline(customer.id, '?cursor=bm90LWEtY3Vyc29y');
    expect(forged.statusCode).toBe(400);
    expect(forged.data.code).toBe('invalid_cursor');
  });
});

describe('return visits', () => {
  test("a VIP is visited every 30 days by their owner, a normal customer every 90; a visit done or a contact logged restarts the count", async () => {
    const zhang = await idOf('sales', 'zhang');
    const vip = await createCustomer(t, { name: '北京贵宾集团', tier: 'vip', ownerUserId: zhang });
    const normal = await createCustomer(t, { name: '天津普通贸易', tier: 'normal' });
    const fresh = await createCustomer(t, { name: '重庆新客户', tier: 'new' });
    const inactive = await createCustomer(t, { name: '已停用贵宾', tier: 'vip' });
    await t.call({ method: 'PATCH', url: `/api/v1/customers/${inactive.id}`, headers: { ...(await t.as('admin')), 'if-match': `"${inactive.version}"` }, payload: { active: false } });

    await plannerRunsAfter(29);
    expect(await returnVisits(vip.id)).toEqual([]);

    await plannerRunsAfter(2);
    const [visit] = await returnVisits(vip.id);
    expect(visit).toMatchObject({ kind: 'return_visit', assigneeId: zhang, assigneeName: 'zhang', role: 'sales', summaryCode: 'task.return_visit_first', summaryParams: { customer: '北京贵宾集团', tier: 'vip', everyDays: 30 } });
    expect(Date.parse(visit.dueAt) - t.clock.now().getTime()).toBe(7 * day);
    expect(await returnVisits(normal.id)).toEqual([]);
    expect(await returnVisits(inactive.id)).toEqual([]);
    const told = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM notifications WHERE user_id = ${zhang}::uuid AND topic = 'task.created'`)) as unknown as { rows: { n: number }[] };
    expect(told.rows[0]!.n).toBe(1);
    const inbox = await t.call({ method: 'GET', url: '/api/v1/notifications', headers: await t.as('sales', 'zhang') });
    const notice = inbox.data.items.find((n: any) => n.topic === 'task.created');
    expect(`${notice.title} ${notice.body ?? ''}`).toMatch(/定期回访|return visit/);

    // The next morning the visit is still open: no second one.
    await plannerRunsAfter(1);
    expect(await returnVisits(vip.id)).toHaveLength(1);

    // Done: the next falls 30 days after the visit, not after the first plan.
    const done = await t.call({ method: 'POST', url: `/api/v1/tasks/${visit.id}/complete`, headers: await t.as('sales', 'zhang'), payload: { note: '拜访完成' } });
    expect(done.statusCode).toBe(200);
    const doneAt = Date.parse(done.data.doneAt);
    await plannerRunsAfter(29);
    expect(await returnVisits(vip.id)).toEqual([]);
    await plannerRunsAfter(1);
    const [next] = await returnVisits(vip.id);
    expect(next).toMatchObject({ summaryCode: 'task.return_visit', summaryParams: { lastContactAt: new Date(doneAt).toISOString() } });

    // 90 days since it became a customer: the normal one is due, for any salesperson.
    await plannerRunsAfter(31);
    const [normalVisit] = await returnVisits(normal.id);
    expect(normalVisit).toMatchObject({ role: 'sales', assigneeId: null, summaryParams: { tier: 'normal', everyDays: 90 } });
    expect(await returnVisits(fresh.id)).toEqual([]);
    expect(await returnVisits(inactive.id)).toEqual([]);
  });

  test('a contact logged on an order counts as the last contact', async () => {
    const customer = await createTrustedCustomer(t, { name: '南京常联系', tier: 'vip' });
    const order = await orderReadyToShip(t, customer.id, [{ productId: device.id, quantity: 1 }]);
    await plannerRunsAfter(25);
    expect((await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/contacts`, headers: await t.as('specialist'), payload: { channel: 'phone', summary: '电话回访' } })).statusCode).toBe(201);
    await plannerRunsAfter(10);
    expect(await returnVisits(customer.id)).toEqual([]);
    await plannerRunsAfter(21);
    expect(await returnVisits(customer.id)).toHaveLength(1);
  });

  test('the rhythm is a versioned setting; a tier may be switched off; a bad value names the field', async () => {
    const headers = await t.as('admin');
    const current = await t.call({ method: 'GET', url: '/api/v1/settings/relationship-return-visits', headers });
    expect(current.data.value).toEqual({ everyDays: { vip: 30, normal: 90, new: null }, dueDays: 7 });
    const zero = await t.call({ method: 'PUT', url: '/api/v1/settings/relationship-return-visits', headers: { ...headers, 'if-match': `"${current.data.version}"` }, payload: { everyDays: { vip: 0, normal: 90, new: null }, dueDays: 7 } });
    expect(zero.statusCode).toBe(400);
    expect(JSON.stringify(zero.data.errors)).toContain('/everyDays/vip');
    const saved = await t.call({ method: 'PUT', url: '/api/v1/settings/relationship-return-visits', headers: { ...headers, 'if-match': `"${current.data.version}"` }, payload: { everyDays: { vip: null, normal: null, new: 14 }, dueDays: 3 } });
    expect(saved.statusCode).toBe(200);
    const vip = await createCustomer(t, { name: '不再回访的贵宾', tier: 'vip' });
    const fresh = await createCustomer(t, { name: '两周回访的新客户', tier: 'new' });
    await plannerRunsAfter(15);
    expect(await returnVisits(vip.id)).toEqual([]);
    const [visit] = await returnVisits(fresh.id);
    expect(Date.parse(visit.dueAt) - t.clock.now().getTime()).toBe(3 * day);
    const stale = await t.call({ method: 'PUT', url: '/api/v1/settings/relationship-return-visits', headers: { ...headers, 'if-match': `"${current.data.version}"` }, payload: { everyDays: { vip: 30, normal: 90, new: null }, dueDays: 7 } });
    expect(stale.statusCode).toBe(412);
  });
});
