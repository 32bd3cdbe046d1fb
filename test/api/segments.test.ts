import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, feedbackByHand, openCustomerCase, placeOrderAt, receiveStock } from '../support/fixtures.js';

/*
 * Segments over hand-built customers. The day is 2026-06-01 10:00 in Shanghai; "k days ago"
 * is exactly k × 24 h before it, so the RFM boundaries fall on whole days:
 *   甲 (vip, 华东 重点, 浙江 杭州): orders 40 and 10 days ago (300.00, 500.00), feedback 4.5, an open call never made
 *   乙 (normal, 华东, 江苏 南京): one order exactly 30 days ago (1000.00), feedback 2.5, an open case
 *   丙 (new, 浙江 宁波): one order 20 days ago, cancelled — as if none
 *   丁 (normal, 重点, 上海 then 浙江 杭州): orders 100 and 31 days ago (100.00, 200.00), a call made 5 days ago
 *   戊 (vip, 华东, deactivated): an order 10 days ago — in no segment
 */
const now = '2026-06-01T02:00:00.000Z';
const daysAgo = (days: number) => new Date(Date.parse(now) - days * 86_400_000).toISOString();

let t: TestApp;
const ids: Record<string, string> = {};
let salesId: string;

async function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}, role: 'sales' | 'manager' | 'warehouse' = 'manager') {
  return t.call({ method, url, headers: { ...(await t.as(role)), ...headers }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
}

/** The names of the customers a filter takes, from the live count and every page. */
async function namesOf(filter: Record<string, unknown>): Promise<string[]> {
  const res = await call('POST', '/api/v1/segments/preview', { filter, limit: 200 });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.data.total).toBe(res.data.items.length);
  return res.data.items.map((m: any) => m.name).sort();
}

const address = (region: string, city: string, isDefault = false) => ({ line1: '某路1号', region, city, ...(isDefault ? { isDefault } : {}) });

beforeAll(async () => {
  t = await createTestApp({ now: daysAgo(120) });
  const product = await createProduct(t, { priceMinor: 100_00 });
  await receiveStock(t, product.id, 1000);
  const customer = async (name: string, extra: Record<string, unknown>) => {
    ids[name] = (await createCustomer(t, { name, creditLimitMinor: 1_000_000_00, paymentTerms: { kind: 'net', netDays: 30 }, tags: [], ...extra })).id;
  };
  await customer('甲', { tier: 'vip', tags: ['华东', '重点'], addresses: [address('浙江省', '杭州', true)] });
  await customer('乙', { tier: 'normal', tags: ['华东'], addresses: [address('江苏省', '南京', true)] });
  await customer('丙', { tier: 'new', type: 'person', addresses: [address('浙江省', '宁波')] });
  await customer('丁', { tier: 'normal', tags: ['重点'], addresses: [address('上海市', '上海'), address('浙江省', '杭州')] });
  await customer('戊', { tier: 'vip', tags: ['华东'], addresses: [address('浙江省', '杭州')] });
  const line = (quantity: number) => [{ productId: product.id, quantity }];

  await placeOrderAt(t, daysAgo(100), ids['丁']!, line(1));
  await placeOrderAt(t, daysAgo(40), ids['甲']!, line(3));
  await placeOrderAt(t, daysAgo(31), ids['丁']!, line(2));
  const yi = await placeOrderAt(t, daysAgo(30), ids['乙']!, line(10));
  await feedbackByHand(t, yi, [2, 2, 3, 3]);
  await openCustomerCase(t, ids['乙']!);
  const cancelled = await placeOrderAt(t, daysAgo(20), ids['丙']!, line(7));
  const cancel = await t.call({ method: 'POST', url: `/api/v1/orders/${cancelled.id}/cancel`, headers: await t.as('admin'), payload: { reason: '客户撤单' } });
  expect(cancel.data.status, cancel.body).toBe('cancelled');
  const jia = await placeOrderAt(t, daysAgo(10), ids['甲']!, line(5));
  await feedbackByHand(t, jia, [5, 5, 4, 4]);
  await placeOrderAt(t, daysAgo(10), ids['戊']!, line(5));
  const wu = await t.call({ method: 'GET', url: `/api/v1/customers/${ids['戊']}`, headers: await t.as('admin') });
  await t.call({ method: 'PATCH', url: `/api/v1/customers/${ids['戊']}`, headers: { ...(await t.as('admin')), 'if-match': String(wu.data.version) }, payload: { active: false } });

  const sales = await t.as('sales');
  const plan = async (customerId: string) => {
    const res = await t.call({ method: 'POST', url: '/api/v1/tasks', headers: sales, payload: { kind: 'call', customerId, summary: '回访', dueAt: daysAgo(4) } });
    expect(res.statusCode, res.body).toBe(201);
    return res.data.id as string;
  };
  t.clock.set(daysAgo(6));
  const called = await plan(ids['丁']!);
  await plan(ids['甲']!);
  t.clock.set(daysAgo(5));
  expect((await t.call({ method: 'POST', url: `/api/v1/tasks/${called}/complete`, headers: sales, payload: { note: '已联系' } })).statusCode).toBe(200);
  t.clock.set(now);
  const staff = await t.call({ method: 'GET', url: '/api/v1/tasks/assignees', headers: sales });
  salesId = staff.data.items.find((s: any) => s.name === 'sales').id;
});
afterAll(async () => {
  await t?.close();
});

describe('live count by filter', () => {
  test('an empty filter takes every active customer; tiers, tags and region narrow it', async () => {
    expect(await namesOf({})).toEqual(['丁', '丙', '乙', '甲'].sort());
    expect(await namesOf({ tiers: ['vip', 'new'] })).toEqual(['丙', '甲'].sort());
    expect(await namesOf({ tags: ['华东'] })).toEqual(['乙', '甲'].sort());
    expect(await namesOf({ tags: ['华东', '重点'] })).toEqual(['甲']);
    expect(await namesOf({ region: { province: '浙江省' } })).toEqual(['丁', '丙', '甲'].sort());
    expect(await namesOf({ region: { province: '浙江省', city: '杭州' } })).toEqual(['丁', '甲'].sort());
    expect(await namesOf({ region: { city: '南京' } })).toEqual(['乙']);
  });

  test('recency counts whole days since the last order, both ends inclusive; who never ordered has none', async () => {
    expect(await namesOf({ recency: { maxDays: 30 } })).toEqual(['乙', '甲'].sort());
    expect(await namesOf({ recency: { maxDays: 29 } })).toEqual(['甲']);
    expect(await namesOf({ recency: { minDays: 30 } })).toEqual(['丁', '乙'].sort());
    expect(await namesOf({ recency: { minDays: 31 } })).toEqual(['丁']);
    expect(await namesOf({ recency: { minDays: 11, maxDays: 30 } })).toEqual(['乙']);
    t.clock.set(new Date(Date.parse(now) - 1000).toISOString());
    expect(await namesOf({ recency: { minDays: 30 } })).toEqual(['丁']); // a second before, 乙's order is 29 whole days old
    t.clock.set(now);
  });

  test('frequency and amount count the orders received in their window; the window starts exactly so many days back', async () => {
    expect(await namesOf({ frequency: { windowDays: 30, min: 1 } })).toEqual(['乙', '甲'].sort());
    expect(await namesOf({ frequency: { windowDays: 29, min: 1 } })).toEqual(['甲']);
    expect(await namesOf({ frequency: { windowDays: 365, min: 2 } })).toEqual(['丁', '甲'].sort());
    expect(await namesOf({ frequency: { windowDays: 365, max: 0 } })).toEqual(['丙']);
    expect(await namesOf({ monetary: { windowDays: 365, currency: 'CNY', minMinor: 800_00 } })).toEqual(['乙', '甲'].sort());
    expect(await namesOf({ monetary: { windowDays: 365, currency: 'CNY', minMinor: 800_01 } })).toEqual(['乙']);
    expect(await namesOf({ monetary: { windowDays: 35, currency: 'CNY', minMinor: 1, maxMinor: 500_00 } })).toEqual(['丁', '甲'].sort());
    expect(await namesOf({ monetary: { windowDays: 365, currency: 'USD', minMinor: 1 } })).toEqual([]);
  });

  test('last contact is the last call, visit or message done (an open one does not count); never contacted is long ago', async () => {
    expect(await namesOf({ lastContact: { maxDays: 7 } })).toEqual(['丁']);
    expect(await namesOf({ lastContact: { minDays: 30 } })).toEqual(['丙', '乙', '甲'].sort());
    expect(await namesOf({ lastContact: { minDays: 5 } })).toEqual(['丁', '丙', '乙', '甲'].sort());
    expect(await namesOf({ lastContact: { minDays: 6 } })).toEqual(['丙', '乙', '甲'].sort());
  });

  test('open cases and average satisfaction', async () => {
    expect(await namesOf({ openCases: true })).toEqual(['乙']);
    expect(await namesOf({ openCases: false })).toEqual(['丁', '丙', '甲'].sort());
    expect(await namesOf({ satisfaction: { below: 3 } })).toEqual(['乙']);
    expect(await namesOf({ satisfaction: { above: 4 } })).toEqual(['甲']);
    expect(await namesOf({ satisfaction: { above: 2, below: 4.5 } })).toEqual(['乙']);
    expect(await namesOf({ recency: { maxDays: 30 }, tags: ['华东'], openCases: false })).toEqual(['甲']);
  });

  test('each member comes with the figures that matched', async () => {
    const res = await call('POST', '/api/v1/segments/preview', { filter: { tags: ['华东'], frequency: { windowDays: 60 } } });
    expect(res.data.windows).toEqual({ ordersWindowDays: 60, amountWindowDays: 365, currency: 'CNY' });
    expect(res.data.items).toEqual([
      expect.objectContaining({ name: '乙', tier: 'normal', province: '江苏省', city: '南京', daysSinceLastOrder: 30, lastOrderAt: daysAgo(30), ordersInWindow: 1, amountInWindowMinor: 1000_00, openCases: 1, averageScore: 2.5, lastContactAt: null }),
      expect.objectContaining({ name: '甲', tier: 'vip', province: '浙江省', city: '杭州', daysSinceLastOrder: 10, ordersInWindow: 2, amountInWindowMinor: 800_00, openCases: 0, averageScore: 4.5, lastContactAt: null }),
    ]);
    const ding = await call('POST', '/api/v1/segments/preview', { filter: { tags: ['重点'], region: { city: '杭州' }, tiers: ['normal'] } });
    expect(ding.data.items).toEqual([expect.objectContaining({ name: '丁', province: '上海市', city: '上海', lastContactAt: daysAgo(5), daysSinceLastContact: 5 })]);
  });
});

describe('bad input is refused as problem+json', () => {
  test.each([
    ['an unknown field', { colour: 'red' }, '/filter/colour'],
    ['negative days', { recency: { minDays: -1 } }, '/filter/recency/minDays'],
    ['an unknown tier', { tiers: ['gold'] }, '/filter/tiers/0'],
    ['an unknown field inside a part', { frequency: { windowDays: 30, least: 1 } }, '/filter/frequency/least'],
    ['an empty range', { recency: { minDays: 40, maxDays: 30 } }, '/filter/recency'],
    ['a window of no days', { frequency: { windowDays: 0, min: 1 } }, '/filter/frequency/windowDays'],
  ])('%s', async (_what, filter, path) => {
    const res = await call('POST', '/api/v1/segments/preview', { filter });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.code).toBe('validation_failed');
    expect(res.data.errors.map((e: any) => e.path)).toContain(path);
  });

  test('only sales and managers use segments', async () => {
    expect((await call('POST', '/api/v1/segments/preview', { filter: {} }, {}, 'warehouse')).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/segments', undefined, {}, 'warehouse')).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/segments/preview', { filter: {} }, {}, 'sales')).statusCode).toBe(200);
  });
});

async function auditActions(entityId: string): Promise<string[]> {
  const result = (await t.database.db.execute(sql`SELECT action FROM audit_events WHERE entity_id = ${entityId} ORDER BY seq`)) as unknown as { rows: { action: string }[] };
  return result.rows.map((r) => r.action);
}

describe('saved segments', () => {
  test('are created, listed with counts, paged, edited with If-Match and deleted, each change audited', async () => {
    const created = await call('POST', '/api/v1/segments', { name: '浙江重点', filter: { region: { province: '浙江省' } } }, {}, 'sales');
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.etag).toBeDefined();
    const id = created.data.id;
    expect((await call('POST', '/api/v1/segments', { name: '浙江重点', filter: {} })).data.code).toBe('already_exists');

    const list = await call('GET', '/api/v1/segments');
    expect(list.data.items).toEqual([expect.objectContaining({ id, name: '浙江重点', count: 3 })]);

    const first = await call('GET', `/api/v1/segments/${id}/customers?limit=2`);
    expect(first.data.items.map((m: any) => m.name)).toHaveLength(2);
    const second = await call('GET', `/api/v1/segments/${id}/customers?limit=2&cursor=${first.data.nextCursor}`);
    expect(second.data.nextCursor).toBeNull();
    expect([...first.data.items, ...second.data.items].map((m: any) => m.name).sort()).toEqual(['丁', '丙', '甲'].sort());

    const patch = { filter: { region: { province: '浙江省' }, tags: ['重点'] } };
    expect((await call('PATCH', `/api/v1/segments/${id}`, patch)).statusCode).toBe(428);
    expect((await call('PATCH', `/api/v1/segments/${id}`, patch, { 'if-match': '7' })).statusCode).toBe(412);
    const edited = await call('PATCH', `/api/v1/segments/${id}`, patch, { 'if-match': '1' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.data.version).toBe(2);
    expect((await call('GET', '/api/v1/segments')).data.items).toEqual([expect.objectContaining({ id, count: 2 })]);
    expect((await call('PATCH', `/api/v1/segments/${id}`, { filter: { recency: { minDays: 9, maxDays: 1 } } }, { 'if-match': '2' })).statusCode).toBe(400);

    expect((await call('DELETE', `/api/v1/segments/${id}`, undefined, { 'if-match': '1' })).statusCode).toBe(412);
    expect((await call('DELETE', `/api/v1/segments/${id}`, undefined, { 'if-match': '2' })).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/segments/${id}`)).statusCode).toBe(404);
    expect(await auditActions(id)).toEqual(['segment.created', 'segment.updated', 'segment.deleted']);
  });
});

describe('follow-ups', () => {
  test('one task per customer for the owner, once per segment, kind and day, and idempotent', async () => {
    const segment = (await call('POST', '/api/v1/segments', { name: '华东回访', filter: { tags: ['华东'] } })).data;
    const body = { ownerId: salesId, kind: 'call', dueDate: '2026-06-05', note: '介绍新品' };
    const url = `/api/v1/segments/${segment.id}/follow-ups`;

    const first = await call('POST', url, body, { 'idempotency-key': 'run-1' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.data).toMatchObject({ created: 2, alreadyScheduled: 0, kind: 'call', dueAt: '2026-06-05T10:00:00.000Z', ownerId: salesId });

    const tasksOf = async () => (await t.call({ method: 'GET', url: `/api/v1/tasks?kind=call&assignee=me&limit=200`, headers: await t.as('sales') })).data.items.filter((task: any) => task.summaryParams.note === '介绍新品');
    const made = await tasksOf();
    expect(made.map((task: any) => task.customerId).sort()).toEqual([ids['甲'], ids['乙']].sort());
    expect(made.every((task: any) => task.dueAt === '2026-06-05T10:00:00.000Z' && task.assigneeId === salesId && task.role === 'sales')).toBe(true);
    expect(made.map((task: any) => task.summary).sort()).toEqual(['Follow up with 乙 (segment "华东回访"): 介绍新品', 'Follow up with 甲 (segment "华东回访"): 介绍新品']);

    const replay = await call('POST', url, body, { 'idempotency-key': 'run-1' });
    expect(replay.statusCode).toBe(201);
    expect(replay.data).toEqual(first.data);
    const reused = await call('POST', url, { ...body, note: '别的' }, { 'idempotency-key': 'run-1' });
    expect(reused.statusCode).toBe(422);
    expect(reused.data.code).toBe('idempotency_key_reused');

    const again = await call('POST', url, body, { 'idempotency-key': 'run-2' });
    expect(again.data).toMatchObject({ created: 0, alreadyScheduled: 2, taskIds: [] });
    expect(await tasksOf()).toHaveLength(2);

    const bing = (await t.call({ method: 'GET', url: `/api/v1/customers/${ids['丙']}`, headers: await t.as('admin') })).data;
    await t.call({ method: 'PATCH', url: `/api/v1/customers/${ids['丙']}`, headers: { ...(await t.as('admin')), 'if-match': String(bing.version) }, payload: { tags: ['华东'] } });
    const joined = await call('POST', url, body);
    expect(joined.data).toMatchObject({ created: 1, alreadyScheduled: 2 });
    expect((await tasksOf()).map((task: any) => task.customerId).sort()).toEqual([ids['甲'], ids['乙'], ids['丙']].sort());
    expect((await call('POST', url, { ...body, dueDate: '2026-06-06' })).data).toMatchObject({ created: 3, alreadyScheduled: 0 });
    expect((await call('POST', url, { ...body, kind: 'message' })).data).toMatchObject({ created: 3, alreadyScheduled: 0 });

    expect(await auditActions(segment.id)).toEqual(['segment.created', 'segment.follow_ups_created', 'segment.follow_ups_created', 'segment.follow_ups_created', 'segment.follow_ups_created', 'segment.follow_ups_created']);
    expect(await auditActions(first.data.taskIds[0])).toEqual(['task.created']);
  });

  test("two runs at the same moment open each customer's task once", async () => {
    const segment = (await call('POST', '/api/v1/segments', { name: '同时创建', filter: { tiers: ['vip', 'normal'] } })).data;
    const body = { ownerId: salesId, kind: 'visit', dueDate: '2026-06-08', note: '同时' };
    const runs = await Promise.all([1, 2, 3].map((n) => call('POST', `/api/v1/segments/${segment.id}/follow-ups`, body, { 'idempotency-key': `parallel-${n}` })));
    expect(runs.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(runs.map((r) => r.data.created).sort()).toEqual([0, 0, 3]);
    const visits = (await t.call({ method: 'GET', url: '/api/v1/tasks?kind=visit&assignee=me&limit=200', headers: await t.as('sales') })).data.items.filter((task: any) => task.summaryParams.note === '同时');
    expect(visits.map((task: any) => task.customerId).sort()).toEqual([ids['甲'], ids['乙'], ids['丁']].sort());
  });

  test('an unknown owner, a day gone by or an unknown segment are refused', async () => {
    const segment = (await call('GET', '/api/v1/segments')).data.items[0];
    const url = `/api/v1/segments/${segment.id}/follow-ups`;
    const body = { ownerId: salesId, kind: 'visit', dueDate: '2026-06-05', note: '拜访' };
    const unknown = await call('POST', url, { ...body, ownerId: '00000000-0000-4000-8000-000000000000' });
    expect([unknown.statusCode, unknown.data.code, unknown.data.errors[0].path]).toEqual([422, 'unknown_reference', '/ownerId']);
    const past = await call('POST', url, { ...body, dueDate: '2026-05-31' });
    expect([past.statusCode, past.data.errors[0].path]).toEqual([400, '/dueDate']);
    expect((await call('POST', url, { ...body, kind: 'order_exception' })).statusCode).toBe(400);
    expect((await call('POST', '/api/v1/segments/00000000-0000-4000-8000-000000000000/follow-ups', body)).statusCode).toBe(404);
  });
});

describe('export', () => {
  test('XLSX in zh-CN and CSV in English parse back with the figures; a formula-like name is written as text', async () => {
    await createCustomer(t, { name: '=HYPERLINK("http://x")', tier: 'normal', tags: ['公式'] });
    const segment = (await call('POST', '/api/v1/segments', { name: '导出', filter: { tags: ['华东'], frequency: { windowDays: 365, min: 1 } } })).data;
    const xlsx = await call('GET', `/api/v1/segments/${segment.id}/export?format=xlsx&columns=name,tier,city,orders,amount,averageScore`, undefined, { 'accept-language': 'zh-CN' });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toEqual([
      ['客户', '等级', '城市', '窗口内订单数', '窗口内金额', '平均满意度'],
      ['乙', '普通客户', '南京', 1, 1000, 2.5],
      ['甲', 'VIP 客户', '杭州', 2, 800, 4.5],
    ]);

    const formula = (await call('POST', '/api/v1/segments', { name: '公式', filter: { tags: ['公式'] } })).data;
    const csv = await call('GET', `/api/v1/segments/${formula.id}/export?format=csv&lang=en&columns=name,tier,lastOrder,orders`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(parse(csv.rawPayload.toString('utf8'), { bom: true })).toEqual([
      ['Customer', 'Tier', 'Last order', 'Orders in window'],
      ["'=HYPERLINK(\"http://x\")", 'Normal', '', '0'],
    ]);
  });
});

describe('last contact, as return visits count it', () => {
  test('a contact logged on one of their orders counts, and so does a return visit done', async () => {
    const orders = await call('GET', `/api/v1/orders?customerId=${ids['乙']}`);
    t.clock.set(daysAgo(3));
    const logged = await call('POST', `/api/v1/orders/${orders.data.items[0].id}/contacts`, { channel: 'phone', summary: '电话回访，确认满意度' });
    expect(logged.statusCode, logged.body).toBe(201);
    t.clock.set(now);
    expect(await namesOf({ lastContact: { maxDays: 3 } })).toEqual(['乙']);
    expect(await namesOf({ lastContact: { maxDays: 7 } })).toEqual(['丁', '乙'].sort());
    const members = await call('POST', '/api/v1/segments/preview', { filter: { lastContact: { maxDays: 3 } }, limit: 10 });
    expect(members.data.items[0]).toMatchObject({ name: '乙', lastContactAt: daysAgo(3), daysSinceLastContact: 3 });
  });
});
