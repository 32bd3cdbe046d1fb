import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordChanges } from '../../src/platform/audit/record.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

/*
 * Bottlenecks and process mining (issue 14 items 3, 4): known orders are driven through the
 * API and the worker at known times, and the reports are checked against figures worked
 * out by hand from those times.
 */

let t: TestApp;
const hour = 3_600_000;
const start = new Date('2024-05-10T01:00:00.000Z'); // Friday 09:00 in Shanghai
let stockA: any;
let stockC: any;
let returned: any;

const at = (hours: number) => t.clock.set(new Date(start.getTime() + hours * hour));

async function planOf(orderId: string) {
  return (await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/plan`, headers: await t.as('sales') })).data;
}

async function progress(orderId: string, key: string, role: Parameters<TestApp['as']>[0], status: string) {
  const stage = (await planOf(orderId)).stages.find((s: any) => s.key === key);
  const res = await t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/plan/stages/${stage.id}/progress`, headers: await t.as(role), payload: { status } });
  expect(res.statusCode).toBe(200);
}

async function waitingStep(orderId: string) {
  const { data } = await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/review`, headers: await t.as('admin') });
  return data.rounds.find((r: any) => r.round === data.round).steps.find((s: any) => s.status === 'waiting');
}

/** Records an order event carrying one move, as a script writing to the audit trail would, bypassing the state table. */
async function recordScriptedMove(order: any, action: string, move: { event: string; from: string; to: string }) {
  await t.database.db.transaction((tx) =>
    recordChanges(tx, { userId: null, label: 'script' }, t.clock.now(), [
      { entityType: 'order', entityId: order.id, customerId: order.customerId, action, before: { status: move.from }, after: { status: move.to, transitions: [move] } },
    ]),
  );
}

async function report(path: string, query: string, role: Parameters<TestApp['as']>[0] = 'manager') {
  return t.call({ method: 'GET', url: `/api/v1/reports/${path}?${query}`, headers: await t.as(role) });
}

/** Every order behind one figure of a report (`process` or `bottlenecks`), page by page, as [id, number] by id. */
async function ordersBehind(path: string, query: string, figure: string, limit = 1): Promise<[string, string | null][]> {
  const orders: [string, string | null][] = [];
  let cursor: string | null = null;
  do {
    const res = await report(`${path}/orders`, `${query}&figure=${encodeURIComponent(figure)}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode).toBe(200);
    expect(res.data.figure).toBe(figure);
    orders.push(...res.data.items.map((o: any) => [o.id, o.number] as [string, string | null]));
    cursor = res.data.nextCursor;
  } while (cursor);
  return orders;
}

const byId = (...orders: any[]) => orders.map((o) => [o.id, o.number]).sort((a, b) => (a[0] < b[0] ? -1 : 1));

beforeAll(async () => {
  t = await createTestApp();
  const regular = await createCustomer(t, { name: '苏州瑞达自动化', creditLimitMinor: 5_000_000_00, paymentTerms: { kind: 'net', netDays: 30 } });
  // Prepaid terms: an unpaid order fails the credit check and waits for finance.
  const prepaid = await createCustomer(t, { name: '成都天府食品机械', paymentTerms: { kind: 'prepaid' } });
  const consumable = await createProduct(t, { name: 'B型耗材-10mm', unit: '件', priceMinor: 80_00, category: '耗材' });
  const device = await createProduct(t, { name: 'A型设备-2024款', priceMinor: 30_000_00 });
  await receiveStock(t, consumable.id, 1_000);
  await receiveStock(t, device.id, 10);

  // Hour 0: two low-risk stock orders are approved at intake; one order waits for finance.
  at(0);
  const stockOrder = { customerId: regular.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: consumable.id, quantity: 100 }], paymentStatus: 'unpaid' };
  stockA = (await placeOrder(t, stockOrder)).data;
  stockC = (await placeOrder(t, stockOrder)).data;
  returned = (await placeOrder(t, { customerId: prepaid.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'unpaid' })).data;
  expect([stockA.status, stockC.status, returned.status]).toEqual(['approved', 'approved', 'under_review']);

  // Hour 1: the worker plans both stock orders.
  at(1);
  await t.drain();
  // Hour 2: finance sends the prepaid order back with a question → exception.
  at(2);
  const credit = await waitingStep(returned.id);
  const back = await t.call({ method: 'POST', url: `/api/v1/orders/${returned.id}/review/${credit.id}`, headers: await t.as('finance'), payload: { decision: 'return', comment: '请确认付款时间' } });
  expect(back.data.status).toBe('exception');
  // Order A: confirmed at hour 2 (in progress), packed from hour 3 to hour 5 (ready to ship).
  await progress(stockA.id, 'confirm', 'specialist', 'done');
  at(3);
  await progress(stockA.id, 'packing', 'warehouse', 'in_progress');
  // Hour 3: the specialist called the customer and resubmits it paid → received → review again.
  const called = await t.call({ method: 'POST', url: `/api/v1/orders/${returned.id}/contacts`, headers: await t.as('specialist'), payload: { channel: 'phone', summary: '客户确认今天付清', outcome: '已付款' } });
  expect(called.statusCode).toBe(201);
  const again = await t.call({ method: 'POST', url: `/api/v1/orders/${returned.id}/resubmit`, headers: await t.as('specialist'), payload: { corrections: { paymentStatus: 'paid' }, note: '客户已付款' } });
  expect(again.statusCode).toBe(200);
  // Order C: confirmed at hour 4, packed from hour 4 to hour 8.
  at(4);
  await progress(stockC.id, 'confirm', 'specialist', 'done');
  await progress(stockC.id, 'packing', 'warehouse', 'in_progress');
  // Hour 4: the prepaid order's remaining steps are approved.
  for (let i = 0; i < 6; i += 1) {
    const waiting = await waitingStep(returned.id);
    if (!waiting) break;
    const res = await t.call({ method: 'POST', url: `/api/v1/orders/${returned.id}/review/${waiting.id}`, headers: await t.as(waiting.role), payload: { decision: 'approve' } });
    expect(res.statusCode).toBe(200);
  }
  at(5);
  await progress(stockA.id, 'packing', 'warehouse', 'done');
  at(8);
  await progress(stockC.id, 'packing', 'warehouse', 'done');
  // Hour 8: logistics reports C a day late (the carrier is full).
  const logistics = (await planOf(stockC.id)).stages.find((s: any) => s.key === 'logistics');
  const delayed = await t.call({
    method: 'POST',
    url: `/api/v1/orders/${stockC.id}/plan/stages/${logistics.id}/delays`,
    headers: await t.as('logistics'),
    payload: { days: 1, reason: '承运商爆仓', contingency: 'switch_carrier', knownAt: new Date(start.getTime() + 8 * hour - 5 * 60_000).toISOString() },
  });
  expect(delayed.statusCode).toBe(200);
  // Logistics of both was due on Tuesday 14 May; on Thursday it has not shipped: late.
  t.clock.set('2024-05-16T02:00:00.000Z');
});
afterAll(async () => t?.close());

describe('process map', () => {
  test('counts cases, draws the directly-follows graph with the time spent before each move, and lists the variants', async () => {
    const res = await report('process', 'from=2024-05-10&to=2024-05-10');
    expect(res.statusCode).toBe(200);
    const map = res.data;
    expect(map.cases).toBe(3);
    const edge = (from: string, to: string) => map.edges.find((e: any) => e.from === from && e.to === to);
    // Approved at intake, planned by the worker an hour later.
    expect(edge('approved', 'planned')).toMatchObject({ cases: 2, occurrences: 2, medianSeconds: 3600, p90Seconds: 3600 });
    // Planned for 1 h (A) and 3 h (C): median 2 h, p90 1 h + 0.9 × 2 h.
    expect(edge('planned', 'in_progress')).toMatchObject({ cases: 2, medianSeconds: 7200, p90Seconds: 10_080 });
    // In progress for 3 h (A) and 4 h (C).
    expect(edge('in_progress', 'ready_to_ship')).toMatchObject({ cases: 2, medianSeconds: 12_600, p90Seconds: 14_040 });
    // The review: twice from received (intake and resubmission), and the return after 2 h waiting for finance.
    expect(edge('received', 'under_review')).toMatchObject({ cases: 3, occurrences: 4, medianSeconds: 0 });
    expect(edge('under_review', 'exception')).toMatchObject({ cases: 1, occurrences: 1, medianSeconds: 7200, p90Seconds: 7200 });
    expect(edge('exception', 'received')).toMatchObject({ cases: 1, medianSeconds: 3600 });
    expect(map.variants).toEqual([
      { path: ['received', 'under_review', 'approved', 'planned', 'in_progress', 'ready_to_ship'], cases: 2, share: 2 / 3 },
      { path: ['received', 'under_review', 'exception', 'received', 'under_review', 'approved'], cases: 1, share: 1 / 3 },
    ]);
    expect(map.rework).toEqual(
      expect.arrayContaining([
        { event: 'send_back', from: 'under_review', to: 'exception', cases: 1, occurrences: 1 },
        { event: 'resubmit', from: 'exception', to: 'received', cases: 1, occurrences: 1 },
      ]),
    );
    expect(map.conformance).toMatchObject({ deviations: [] });
    expect(map.orderNumbers).toBeUndefined();
    // The orders behind each figure, with their numbers, a page (of one, here) at a time.
    const day = 'from=2024-05-10&to=2024-05-10';
    expect(await ordersBehind('process', day, 'edge:under_review:exception')).toEqual(byId(returned));
    expect(await ordersBehind('process', day, 'edge:received:under_review')).toEqual(byId(stockA, stockC, returned));
    expect(await ordersBehind('process', day, 'variant:received>under_review>approved>planned>in_progress>ready_to_ship')).toEqual(byId(stockA, stockC));
    expect(await ordersBehind('process', day, 'variant:received>under_review>exception>received>under_review>approved', 50)).toEqual(byId(returned));
    expect(await ordersBehind('process', day, 'rework:send_back:under_review:exception')).toEqual(byId(returned));
    expect(await ordersBehind('process', day, 'rework:resubmit:exception:received')).toEqual(byId(returned));
    expect(await ordersBehind('process', `${day}&type=standard`, 'edge:approved:planned')).toEqual(byId(stockA, stockC));
    expect(map.conformance.transitions).toBe(map.conformance.conforming);
    // The slowest edge is in progress → ready to ship; packing ran 2 h of A's 3 h and 4 h of C's 4 h: 6 of 7 h.
    expect(map.slowest).toMatchObject({
      code: 'process.slowest_edge_stage',
      params: { from: 'in_progress', to: 'ready_to_ship', medianSeconds: 12_600, cases: 2, stage: 'packing', stageSharePercent: 86 },
      sentence: expect.stringContaining('86% of that in the packing stage'),
    });
  });

  test('filters by order type, and a period with no orders is empty', async () => {
    expect((await report('process', 'from=2024-05-10&to=2024-05-10&type=custom')).data).toMatchObject({ cases: 0, edges: [], variants: [], slowest: null });
    expect((await report('process', 'from=2024-05-10&to=2024-05-10&type=standard')).data.cases).toBe(3);
    expect((await report('process', 'from=2024-05-11&to=2024-06-30')).data.cases).toBe(0);
  });

  test('conformance catches a transition the state table does not allow', async () => {
    await recordScriptedMove(stockA, 'order.shipped', { event: 'deliver', from: 'ready_to_ship', to: 'delivered' });
    const { data: map } = await report('process', 'from=2024-05-10&to=2024-05-10');
    expect(map.conformance.deviations).toEqual([
      { orderId: stockA.id, orderNumber: stockA.number, at: '2024-05-16T02:00:00.000Z', action: 'order.shipped', event: 'deliver', from: 'ready_to_ship', to: 'delivered', reason: 'not_in_state_table' },
    ]);
    expect(map.conformance.conforming).toBe(map.conformance.transitions - 1);
    expect(map.edges).toContainEqual(expect.objectContaining({ from: 'ready_to_ship', to: 'delivered', cases: 1 }));
  });

  test('conformance catches a move the state table allows, made from a status the order was not in', async () => {
    // Order C is ready to ship; a script records it delivered as if it had been shipped.
    await recordScriptedMove(stockC, 'order.delivered', { event: 'deliver', from: 'shipped', to: 'delivered' });
    const { data: map } = await report('process', 'from=2024-05-10&to=2024-05-10');
    expect(map.conformance.deviations).toContainEqual({
      orderId: stockC.id,
      orderNumber: stockC.number,
      at: '2024-05-16T02:00:00.000Z',
      action: 'order.delivered',
      event: 'deliver',
      from: 'shipped',
      to: 'delivered',
      reason: 'not_from_current_status',
    });
    // The edge runs from where the order was: both A and C now went from ready to ship to delivered.
    expect(map.edges).toContainEqual(expect.objectContaining({ from: 'ready_to_ship', to: 'delivered', cases: 2 }));
    expect(await ordersBehind('process', 'from=2024-05-10&to=2024-05-10', 'edge:ready_to_ship:delivered')).toEqual(byId(stockA, stockC));
    expect(map.edges.find((e: any) => e.from === 'shipped')).toBeUndefined();
  });

  test('the figures each move was written with, moves after moves, equal those worked out again from the whole audit trail', async () => {
    // Hour 200 (2024-05-18 09:00Z): order A is recorded delivered once more (a move that keeps its status) and C, delivered 55 h before, is sent to exception by a script.
    at(200);
    await recordScriptedMove(stockA, 'order.delivered', { event: 'deliver', from: 'ready_to_ship', to: 'delivered' });
    await recordScriptedMove(stockC, 'order.exception_raised', { event: 'raise_exception', from: 'delivered', to: 'exception' });
    // Hour 210: A is completed; it has been delivered since 2024-05-16 02:00 (the move that kept its status does not restart the wait): 65 h.
    at(210);
    await recordScriptedMove(stockA, 'order.completed', { event: 'complete', from: 'delivered', to: 'completed' });
    const periods = ['from=2024-05-10&to=2024-05-10', 'from=2024-05-01&to=2024-05-31&type=standard'];
    const figures = ['edge:delivered:exception', 'edge:ready_to_ship:delivered', 'edge:received:under_review', 'variant:received>under_review>approved>planned>in_progress>ready_to_ship>delivered>exception'];
    const read = async () => ({
      maps: await Promise.all(periods.map(async (p) => (await report('process', p)).data)),
      orders: await Promise.all(figures.map((f) => ordersBehind('process', periods[0]!, f, 50))),
    });
    const kept = await read();
    expect(kept.maps[0].edges).toContainEqual(expect.objectContaining({ from: 'delivered', to: 'exception', cases: 1, occurrences: 1, medianSeconds: 55 * 3600 }));
    expect(kept.maps[0].edges).toContainEqual(expect.objectContaining({ from: 'delivered', to: 'completed', cases: 1, medianSeconds: 65 * 3600 }));
    expect(kept.orders[3]).toEqual(byId(stockC));
    // Worked out again from the trail as it stands, case by case in the order the moves happened.
    await t.database.db.execute(sql`TRUNCATE order_transitions, order_cases`);
    await t.database.db.execute(sql`SELECT order_transitions_fill()`);
    expect(await read()).toEqual(kept);
  });
});

describe('bottlenecks', () => {
  test('stage and review-step times, the late stage, inboxes and per-person figures', async () => {
    const res = await report('bottlenecks', 'from=2024-05-10&to=2024-05-16');
    expect(res.statusCode).toBe(200);
    const stage = (key: string) => res.data.stages.find((s: any) => s.key === key);
    // Packing ran 2 h (A) and 4 h (C): median 3 h, p90 2 h + 0.9 × 2 h.
    expect(stage('packing')).toMatchObject({ ownerRole: 'warehouse', stages: 2, finished: 2, late: 0, medianSeconds: 10_800, p90Seconds: 13_680 });
    // Logistics was due on the 14th and has not run: both late, no time measured.
    expect(stage('logistics')).toMatchObject({ stages: 2, finished: 0, late: 2, lateOrders: 2, medianSeconds: null });
    expect(stage('packing')).toMatchObject({ lateOrders: 0 });
    const week = 'from=2024-05-10&to=2024-05-16';
    expect(await ordersBehind('bottlenecks', week, 'late:logistics')).toEqual(byId(stockA, stockC));
    // Finance took 2 h to send the credit step back; the manager's final step waited 1 h (hour 3 to 4).
    expect(res.data.reviewSteps).toEqual([
      { key: 'credit', role: 'finance', steps: 1, decided: 1, medianSeconds: 7200, p90Seconds: 7200 },
      { key: 'final', role: 'manager', steps: 1, decided: 1, medianSeconds: 3600, p90Seconds: 3600 },
    ]);
    expect(res.data.inboxes).toEqual([
      { role: 'finance', decided: 1, medianSeconds: 7200, p90Seconds: 7200, waiting: 0, oldestWaitingSince: null },
      { role: 'manager', decided: 1, medianSeconds: 3600, p90Seconds: 3600, waiting: 0, oldestWaitingSince: null },
    ]);
    const delay = { key: expect.any(String), delays: 1, days: 1, orders: 1 };
    expect(res.data.delays).toEqual({
      byStage: [{ ...delay, key: 'logistics' }],
      byCause: [{ ...delay, key: '承运商爆仓' }],
      byDepartment: [{ ...delay, key: 'logistics' }],
      byCategory: [{ ...delay, key: '耗材' }],
    });
    for (const figure of ['delays.byStage:logistics', 'delays.byCause:承运商爆仓', 'delays.byDepartment:logistics', 'delays.byCategory:耗材']) {
      expect(await ordersBehind('bottlenecks', week, figure)).toEqual(byId(stockC));
    }
    expect(res.data.orderNumbers).toBeUndefined();
    const person = (name: string) => res.data.people.find((p: any) => p.name === name);
    expect(person('finance')).toMatchObject({ ordersHandled: 1, decisions: 1, medianResponseSeconds: 7200, slaDue: 0, slaHitRate: null });
    expect(person('manager')).toMatchObject({ ordersHandled: 1, decisions: 1, medianResponseSeconds: 3600 });
    // The admin entered all three: the response deadlines of the three and the plan deadlines of A and C fell due, all met.
    expect(person('admin')).toMatchObject({ ordersHandled: 3, slaDue: 5, slaHitRate: 1 });
    expect(person('warehouse')).toMatchObject({ ordersHandled: 2, decisions: 0, casesOwned: 0, medianResolutionSeconds: null });
  });

  test("each stage's plan time, written with the stage, equals its plan's: the stage figures equal those worked out again from the plans", async () => {
    const week = 'from=2024-05-10&to=2024-05-16';
    const read = async () => ({ stages: (await report('bottlenecks', week)).data.stages, late: await ordersBehind('bottlenecks', week, 'late:logistics') });
    const kept = await read();
    expect(kept.stages.length).toBeGreaterThan(0);
    const differing = (await t.database.db.execute(sql`SELECT s.id FROM plan_stages s JOIN plans p ON p.order_id = s.order_id WHERE s.plan_created_at <> p.created_at`)) as unknown as { rows: unknown[] };
    expect(differing.rows).toEqual([]);
    // Worked out again as the migration filled it, after the times were lost: the same figures.
    await t.database.db.execute(sql`UPDATE plan_stages SET plan_created_at = '2000-01-01T00:00:00Z'`);
    expect((await report('bottlenecks', week)).data.stages).toEqual([]);
    await t.database.db.execute(sql`UPDATE plan_stages s SET plan_created_at = p.created_at FROM plans p WHERE p.order_id = s.order_id`);
    expect(await read()).toEqual(kept);
  });

  test('refuses a bad period or type naming the parameter', async () => {
    const problem = async (path: string, query: string) => {
      const res = await report(path, query);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.data.code).toBe('invalid_report_query');
      return res.data.errors.map((e: any) => [e.path, e.in, e.code]);
    };
    expect(await problem('bottlenecks', '')).toEqual([['/from', 'query', 'required'], ['/to', 'query', 'required']]);
    expect(await problem('bottlenecks', 'from=2024-02-30&to=yesterday')).toEqual([['/from', 'query', 'not_a_date'], ['/to', 'query', 'not_a_date']]);
    expect(await problem('process', 'from=2024-05-10&to=2024-05-09')).toEqual([['/to', 'query', 'before_from']]);
    expect(await problem('process', 'from=2022-05-10&to=2024-05-10')).toEqual([['/to', 'query', 'range_too_long']]);
    expect((await report('process', 'from=2022-05-10&to=2024-05-09')).statusCode).toBe(200);
    expect(await problem('process', 'from=2024-05-10&to=2024-05-10&type=express')).toEqual([['/type', 'query', 'unknown_type']]);
  });

  test('a drill-down to a figure the report does not have, or with a bad cursor or period, is refused naming the parameter', async () => {
    const refused = async (path: string, query: string, status: number) => {
      const res = await report(path, query);
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      return [res.data.code, res.data.errors.map((e: any) => [e.path, e.code])];
    };
    const unknown = ['figure_unknown', [['/figure', 'figure_unknown']]];
    const day = 'from=2024-05-10&to=2024-05-10';
    expect(await refused('process/orders', `${day}&figure=edge:approved:shipped`, 404)).toEqual(unknown);
    expect(await refused('process/orders', `${day}&figure=edge:approved`, 404)).toEqual(unknown);
    expect(await refused('process/orders', `${day}&figure=variant:received`, 404)).toEqual(unknown);
    expect(await refused('process/orders', `${day}&figure=rework:reject:under_review:exception`, 404)).toEqual(unknown);
    expect(await refused('process/orders', `${day}&figure=nodes:received`, 404)).toEqual(unknown);
    expect(await refused('bottlenecks/orders', 'from=2024-05-10&to=2024-05-16&figure=late:packing', 404)).toEqual(unknown);
    expect(await refused('bottlenecks/orders', 'from=2024-05-10&to=2024-05-16&figure=delays.byCause:晚了', 404)).toEqual(unknown);
    expect(await refused('bottlenecks/orders', 'from=2024-05-10&to=2024-05-16&figure=delays:logistics', 404)).toEqual(unknown);
    expect(await refused('process/orders', `${day}&figure=edge:approved:planned&cursor=bm90LWEtY3Vyc29y`, 400)).toEqual(['invalid_cursor', [['/cursor', 'cursor']]]);
    expect(await refused('process/orders', 'from=2024-05-10&figure=edge:approved:planned', 400)).toEqual(['invalid_report_query', [['/to', 'required']]]);
    expect(await refused('bottlenecks/orders', 'from=2024-05-10&to=2024-05-09&figure=late:logistics', 400)).toEqual(['invalid_report_query', [['/to', 'before_from']]]);
  });

  test('are for managers: a salesperson is refused', async () => {
    expect((await report('bottlenecks', 'from=2024-05-10&to=2024-05-10', 'sales')).statusCode).toBe(403);
    expect((await report('process', 'from=2024-05-10&to=2024-05-10', 'sales')).statusCode).toBe(403);
    expect((await report('process/orders', 'from=2024-05-10&to=2024-05-10&figure=edge:approved:planned', 'sales')).statusCode).toBe(403);
    expect((await report('bottlenecks/orders', 'from=2024-05-10&to=2024-05-16&figure=late:logistics', 'sales')).statusCode).toBe(403);
  });
});
