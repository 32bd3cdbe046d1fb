import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { search as searchService } from '../../src/modules/search/service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, placeOrder, placeOrderAt, receiveStock } from '../support/fixtures.js';

/*
 * Search over a small book of business:
 *   精工 (杭州精工机械有限公司): an order in May (the only 202605- number), two in June, one of them
 *     with the ball valve VALVE-DN50 and a note in English; a case "包装破损，客户要求换货"
 *   海运 (宁波海运有限公司): a June order of the default product, and feedback that mentions May's number
 */
let t: TestApp;
let mayOrder: any;
let valveOrder: any;
let plainOrder: any;
let otherOrder: any;
let caseId: string;
let jinggongId: string;
let plainProductId: string;

async function search(query: string, role: 'manager' | 'finance' | 'after_sales' = 'manager') {
  return t.call({ method: 'GET', url: `/api/v1/search?${query}`, headers: await t.as(role) });
}

async function find(q: string, role: 'manager' | 'finance' | 'after_sales' = 'manager', extra = '') {
  const res = await search(`q=${encodeURIComponent(q)}${extra}`, role);
  expect(res.statusCode, res.body).toBe(200);
  return res.data as { items: { kind: string; id: string; number: string | null; snippet: string; customerName: string; link: string; status: string | null }[]; nextCursor: string | null; kinds: string[] };
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-05-20T02:00:00.000Z' });
  const jinggong = await createCustomer(t, { name: '杭州精工机械有限公司' });
  const haiyun = await createCustomer(t, { name: '宁波海运有限公司' });
  const plain = await createProduct(t, { name: '普通轴承' });
  const valve = await createProduct(t, { sku: 'VALVE-DN50', name: '不锈钢球阀' });
  jinggongId = jinggong.id;
  plainProductId = plain.id;
  await receiveStock(t, plain.id, 100);
  await receiveStock(t, valve.id, 100);

  mayOrder = await placeOrderAt(t, '2026-05-20T02:00:00.000Z', jinggong.id, [{ productId: plain.id, quantity: 1 }]);
  plainOrder = await placeOrderAt(t, '2026-06-02T02:00:00.000Z', jinggong.id, [{ productId: plain.id, quantity: 2 }]);
  t.clock.set('2026-06-03T02:00:00.000Z');
  const res = await placeOrder(t, {
    customerId: jinggong.id,
    channel: 'api',
    requestedDeliveryDate: '2026-07-30',
    lines: [{ productId: valve.id, quantity: 3 }],
    paymentStatus: 'paid',
    specialRequirements: 'Please ship in a wooden crate',
  });
  expect(res.statusCode, res.body).toBe(201);
  valveOrder = res.data;
  otherOrder = await placeOrderAt(t, '2026-06-04T02:00:00.000Z', haiyun.id, [{ productId: plain.id, quantity: 1 }]);

  const opened = await t.call({
    method: 'POST',
    url: '/api/v1/cases',
    headers: await t.as('after_sales'),
    payload: { customerId: jinggong.id, type: 'complaint', summary: '包装破损，客户要求换货' },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  caseId = opened.data.id;
  await t.database.db.execute(sql`INSERT INTO feedback (id, order_id, order_number, customer_id, customer_name, response_speed, product_quality, delivery_timeliness, service_attitude, comments, channel, recorded_by_label, recorded_at)
    VALUES (gen_random_uuid(), ${otherOrder.id}, ${otherOrder.number}, ${haiyun.id}, ${haiyun.name}, 4, 4, 4, 4, ${`和${mayOrder.number}那批一样，包装很结实`}, 'phone', 'test', now())`);
});

afterAll(async () => {
  await t?.close();
});

describe('search', () => {
  test('a Chinese word inside a case summary finds the case, with the words around it', async () => {
    const found = await find('破损', 'after_sales');
    const hit = found.items.find((h) => h.kind === 'case');
    expect(hit).toMatchObject({ id: caseId, customerName: '杭州精工机械有限公司', status: 'open', link: `/cases/${caseId}` });
    expect(hit!.snippet).toContain('包装破损');
    expect(found.items.filter((h) => h.kind === 'order')).toEqual([]);
  });

  test('two Chinese characters of a feedback comment find the feedback, on its order', async () => {
    const found = await find('结实');
    expect(found.items.map((h) => `${h.kind}:${h.link}`)).toEqual([`feedback:/orders/${otherOrder.id}`]);
  });

  test('an order number ranks its order first, and a prefix ranks the orders it starts before texts that mention it', async () => {
    const exact = await find(valveOrder.number);
    expect(exact.items[0]).toMatchObject({ kind: 'order', id: valveOrder.id, number: valveOrder.number });

    const prefix = await find('202605');
    expect(prefix.items.map((h) => `${h.kind}:${h.id}`)[0]).toBe(`order:${mayOrder.id}`);
    const feedback = prefix.items.findIndex((h) => h.kind === 'feedback');
    expect(feedback).toBeGreaterThan(0);
    expect(prefix.items[feedback]!.snippet).toContain(mayOrder.number);
  });

  test("a customer's name, or part of it (two characters too), finds their orders and nobody else's", async () => {
    for (const q of ['精工机械', '精工']) {
      const found = await find(q);
      const orders = found.items.filter((h) => h.kind === 'order');
      expect(orders.map((h) => h.id).sort(), q).toEqual([mayOrder.id, plainOrder.id, valveOrder.id].sort());
      expect(orders.every((h) => h.customerName === '杭州精工机械有限公司')).toBe(true);
    }
  });

  test("a product's SKU (or a part of it, in any case) finds the orders that have it", async () => {
    for (const q of ['VALVE-DN50', 'dn50', '球阀', 'dN']) {
      const found = await find(q, 'manager', '&kinds=order');
      expect(found.items.map((h) => h.id), q).toEqual([valveOrder.id]);
    }
  });

  test('Latin words of a note are found in any order', async () => {
    const found = await find('crate wooden', 'manager', '&kinds=order');
    expect(found.items.map((h) => h.id)).toEqual([valveOrder.id]);
  });

  test('a user without after-sales or feedback permission finds only orders', async () => {
    const found = await find('破损', 'finance');
    expect(found.kinds).toEqual(['order']);
    expect(found.items).toEqual([]);
    const byNumber = await find('202605', 'finance');
    expect(byNumber.items.map((h) => h.kind)).toEqual(['order']);
  });

  test('pages of one hit each walk every hit once, in the same order', async () => {
    const all = await find('有限公司');
    expect(all.items.length).toBeGreaterThanOrEqual(6);
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await find('有限公司', 'manager', `&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      walked.push(...page.items.map((h) => `${h.kind}:${h.id}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all.items.map((h) => `${h.kind}:${h.id}`));
  });

  test('too short, too long or an unknown kind is refused with its code', async () => {
    const short = await search('q=%20a%20');
    expect(short.statusCode).toBe(400);
    expect(short.data.code).toBe('search_query_too_short');
    const long = await search(`q=${encodeURIComponent('订'.repeat(101))}`);
    expect(long.statusCode).toBe(400);
    expect(long.data.code).toBe('search_query_too_long');
    const kind = await search('q=abc&kinds=order,invoice');
    expect(kind.statusCode).toBe(400);
  });

  test('only the newest matches of each kind are ranked (walked or sorted), and an exact number besides', async () => {
    // A newer order whose note names May's number: a text match newer than May's own order.
    t.clock.set('2026-06-05T02:00:00.000Z');
    const res = await placeOrder(t, { customerId: jinggongId, channel: 'api', paymentStatus: 'paid', lines: [{ productId: plainProductId, quantity: 1 }], specialRequirements: `同${mayOrder.number}` });
    expect(res.statusCode, res.body).toBe(201);
    const newest = res.data;
    const ranked = async (q: string, bound: number, kinds: ('order' | 'case' | 'feedback')[] = ['order']) => (await searchService(t.database.db, kinds, { q, limit: 50, bound })).items.map((h) => h.id);

    // Five orders match: more than the indexes may return for one ranked, so the list is walked.
    expect(await ranked('有限公司', 1)).toEqual([newest.id]);
    // Four of 精工's: few enough to sort, and the newest two are kept.
    expect((await ranked('精工', 2)).sort()).toEqual([newest.id, valveOrder.id].sort());
    // The newest match is the note; May's order is ranked for its number, and first.
    expect(await ranked(mayOrder.number, 1)).toEqual([mayOrder.id, newest.id]);

    // A number's start: the newest orders whose numbers start so bound where the newest match can
    // be, and a newer match by its text is still ranked before them.
    expect(await ranked('202605', 1)).toEqual([newest.id]);
    expect((await ranked('2026', 2)).sort()).toEqual([newest.id, otherOrder.id].sort());
    // The same for cases and feedback, by their order's number.
    const caseOn = async (orderId: string, at: string) => {
      t.clock.set(at);
      const opened = await t.call({ method: 'POST', url: '/api/v1/cases', headers: await t.as('after_sales'), payload: { customerId: jinggongId, orderId, type: 'complaint', summary: '外箱受潮' } });
      expect(opened.statusCode, opened.body).toBe(201);
      return opened.data.id as string;
    };
    await caseOn(mayOrder.id, '2026-06-06T02:00:00.000Z');
    const newerCase = await caseOn(valveOrder.id, '2026-06-07T02:00:00.000Z');
    expect(await ranked('2026', 1, ['case'])).toEqual([newerCase]);
    const feedbackOn = async (order: { id: string; number: string }, at: string) => {
      const inserted = (await t.database.db.execute(sql`INSERT INTO feedback (id, order_id, order_number, customer_id, customer_name, response_speed, product_quality, delivery_timeliness, service_attitude, comments, channel, recorded_by_label, recorded_at)
          VALUES (gen_random_uuid(), ${order.id}, ${order.number}, ${jinggongId}, '杭州精工机械有限公司', 5, 5, 5, 5, '很好', 'phone', 'test', ${at}::timestamptz) RETURNING id`)) as unknown as { rows: { id: string }[] };
      return inserted.rows[0]!.id;
    };
    await feedbackOn(mayOrder, '2026-06-06T02:00:00.000Z');
    const newerFeedback = await feedbackOn(valveOrder, '2026-06-07T02:00:00.000Z');
    // The feedback recorded first (today) names May's number in its comments: the newest match.
    const mentioning = ((await t.database.db.execute(sql`SELECT id FROM feedback WHERE order_id = ${otherOrder.id}`)) as unknown as { rows: { id: string }[] }).rows[0]!.id;
    expect(await ranked('202605', 1, ['feedback'])).toEqual([mentioning]);
    expect((await ranked('2026', 2, ['feedback'])).sort()).toEqual([mentioning, newerFeedback].sort());
  });
});
