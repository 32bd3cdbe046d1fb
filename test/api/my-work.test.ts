import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays } from '../../src/platform/time/zone.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';

/* A person's own work for their home page: my stages today, my cases, my tasks due today. */

let t: TestApp;
let customer: any;
let product: any;
const today = '2024-05-10'; // createTestApp's Friday morning in Shanghai

async function plannedOrder(): Promise<{ order: any; stages: Record<string, any> }> {
  const order = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 1 }]);
  await t.drain(); // the plan is made
  const plan = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/plan`, headers: await t.as('admin') })).data;
  return { order, stages: Object.fromEntries(plan.stages.map((s: any) => [s.key, s])) };
}

const setDates = (stageId: string, start: string, end: string) =>
  t.database.db.execute(sql`UPDATE plan_stages SET planned_start = ${start}::date, planned_end = ${end}::date WHERE id = ${stageId}::uuid`);

async function progress(orderId: string, stageId: string, role: 'specialist' | 'warehouse', status: 'in_progress' | 'done', who?: string) {
  const res = await t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/plan/stages/${stageId}/progress`, headers: await t.as(role, who), payload: { status } });
  expect(res.statusCode, res.body).toBe(200);
}

async function myStages(who: string, due?: 'today' | 'all'): Promise<any[]> {
  const res = await t.call({ method: 'GET', url: `/api/v1/my-work/stages${due ? `?due=${due}` : ''}`, headers: await t.as('warehouse', who) });
  expect(res.statusCode, res.body).toBe(200);
  return res.data.items;
}

beforeAll(async () => {
  t = await createTestApp();
  customer = await createTrustedCustomer(t, { name: '宁波海川电子有限公司' });
  product = await createProduct(t, { sku: 'HC-100', name: '海川控制器', priceMinor: 1_000_00 });
  await receiveStock(t, product.id, 100);
});
afterAll(async () => t?.close());

describe('my stages today', () => {
  let overdue: Awaited<ReturnType<typeof plannedOrder>>;
  let dueToday: Awaited<ReturnType<typeof plannedOrder>>;
  let givenToColleague: Awaited<ReturnType<typeof plannedOrder>>;
  let finished: Awaited<ReturnType<typeof plannedOrder>>;
  let later: Awaited<ReturnType<typeof plannedOrder>>;

  beforeAll(async () => {
    [overdue, dueToday, givenToColleague, finished, later] = [await plannedOrder(), await plannedOrder(), await plannedOrder(), await plannedOrder(), await plannedOrder()];
    for (const o of [overdue, dueToday, givenToColleague, finished, later]) expect(o.stages.packing.ownerRole).toBe('warehouse');
    await setDates(overdue.stages.packing.id, addDays(today, -3), addDays(today, -1));
    await setDates(dueToday.stages.packing.id, today, today);
    await setDates(givenToColleague.stages.packing.id, today, today);
    await setDates(later.stages.packing.id, addDays(today, 4), addDays(today, 5));
    // The confirmation before packing is done on all but the overdue order, which still waits for it.
    for (const o of [dueToday, givenToColleague, finished, later]) await progress(o.order.id, o.stages.confirm.id, 'specialist', 'done');
    await progress(finished.order.id, finished.stages.packing.id, 'warehouse', 'done', 'wu');
    await t.as('warehouse', 'zhao'); // the colleague exists before the stage is given to them
    const colleague = (await t.call({ method: 'GET', url: '/api/v1/tasks/assignees', headers: await t.as('manager') })).data.items.find((m: any) => m.name === 'zhao');
    const given = await t.call({
      method: 'POST',
      url: `/api/v1/orders/${givenToColleague.order.id}/plan/stages/${givenToColleague.stages.packing.id}/assignee`,
      headers: await t.as('manager'),
      payload: { userId: colleague.id, note: '赵师傅熟悉这位客户的包装要求' },
    });
    expect(given.statusCode, given.body).toBe(200);
  });

  test("lists my department's stages due today or overdue, most late first, and leaves out done ones, later ones and other departments'", async () => {
    const items = await myStages('wu');
    expect(items.map((i) => i.orderNumber)).toEqual([overdue.order.number, dueToday.order.number]);
    expect(items.every((i) => i.stage.ownerRole === 'warehouse')).toBe(true);
    const [late, today_] = items;
    expect(late.health).toBe('late');
    expect(late.customer.name).toBe('宁波海川电子有限公司');
    expect(today_.health).toBe('at_risk');
    // Every open stage of mine, later ones too, when asked for all; the done one never.
    const all = await myStages('wu', 'all');
    expect(all.map((i) => i.orderNumber).sort()).toEqual([overdue.order.number, dueToday.order.number, later.order.number].sort());
    expect(all.find((i) => i.orderNumber === later.order.number).health).toBe('on_track');
  });

  test('a stage given to a colleague by name is theirs, not the rest of the department’s', async () => {
    const mine = await myStages('zhao');
    expect(mine.map((i) => i.orderNumber)).toContain(givenToColleague.order.number);
    expect(mine.find((i) => i.orderNumber === givenToColleague.order.number).stage.assigneeName).toBe('zhao');
    expect((await myStages('wu')).map((i) => i.orderNumber)).not.toContain(givenToColleague.order.number);
  });

  test('offers what the stage takes now: only a delay while an earlier stage is open, then start and complete, then progress once started', async () => {
    const waiting = (await myStages('wu')).find((i) => i.orderNumber === overdue.order.number);
    expect(waiting.waitingFor).toMatchObject({ key: 'confirm', status: 'pending' });
    expect(waiting.actions).toEqual(['report_delay']);
    const ready = (await myStages('wu')).find((i) => i.orderNumber === dueToday.order.number);
    expect(ready.waitingFor).toBeNull();
    expect(ready.actions).toEqual(['start', 'complete', 'report_delay']);
    await progress(dueToday.order.id, dueToday.stages.packing.id, 'warehouse', 'in_progress', 'wu');
    const started = (await myStages('wu')).find((i) => i.orderNumber === dueToday.order.number);
    expect(started.stage.status).toBe('in_progress');
    expect(started.actions).toEqual(['progress', 'complete', 'report_delay']);
    // Completed from the home page, it leaves the list.
    await progress(dueToday.order.id, dueToday.stages.packing.id, 'warehouse', 'done', 'wu');
    expect((await myStages('wu')).map((i) => i.orderNumber)).not.toContain(dueToday.order.number);
  });

  test('the other departments see their own stages, not the warehouse’s', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/my-work/stages', headers: await t.as('specialist') });
    expect(res.statusCode).toBe(200);
    expect(res.data.items.map((i: any) => i.stage.key)).toEqual([overdue.stages.confirm.key]);
    expect(res.data.items[0].orderNumber).toBe(overdue.order.number);
  });

  test('people without plan stages are refused', async () => {
    for (const role of ['sales', 'after_sales', 'finance'] as const) {
      const res = await t.call({ method: 'GET', url: '/api/v1/my-work/stages', headers: await t.as(role) });
      expect(res.statusCode, role).toBe(403);
    }
  });
});

describe('my cases', () => {
  test('the cases I own and the ones nobody claimed, overdue contacts first; a colleague’s are left out', async () => {
    const open = async (summary: string, who: string) => {
      const res = await t.call({ method: 'POST', url: '/api/v1/cases', headers: await t.as('after_sales', who), payload: { customerId: customer.id, type: 'complaint', summary } });
      expect(res.statusCode, res.body).toBe(201);
      return res.data;
    };
    const claim = async (id: string, who: string) => expect((await t.call({ method: 'POST', url: `/api/v1/cases/${id}/claim`, headers: await t.as('after_sales', who) })).statusCode).toBe(200);
    const older = await open('外壳划伤', 'lin');
    t.clock.advance(3 * 60 * 60_000); // the first case's 2-hour contact deadline passes
    const mine = await open('少发一件配件', 'lin');
    await claim(mine.id, 'lin');
    t.clock.advance(60_000); // its contact falls due a minute after mine
    const unclaimed = await open('安装说明看不懂', 'he');
    const colleagues = await open('要求上门维修', 'he');
    await claim(colleagues.id, 'he');

    const res = await t.call({ method: 'GET', url: '/api/v1/my-work/cases', headers: await t.as('after_sales', 'lin') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data.items.map((c: any) => c.id)).toEqual([older.id, mine.id, unclaimed.id]);
    expect(res.data.items[0].customerName).toBe('宁波海川电子有限公司');
    expect(res.data.items[1].owner.label).toBe('lin');

    expect((await t.call({ method: 'GET', url: '/api/v1/my-work/cases', headers: await t.as('warehouse', 'wu') })).statusCode).toBe(403);
  });
});

describe('my tasks due today', () => {
  test('lists my open tasks due by the end of today, overdue ones included, not later ones nor a colleague’s', async () => {
    const schedule = async (summary: string, dueAt: string, who = 'qian') => {
      const res = await t.call({ method: 'POST', url: '/api/v1/tasks', headers: await t.as('sales', who), payload: { kind: 'call', customerId: customer.id, summary, dueAt } });
      expect(res.statusCode, res.body).toBe(201);
      return res.data;
    };
    const now = t.clock.now().getTime();
    const overdueCall = await schedule('回访上周的报价', new Date(now - 60 * 60_000).toISOString());
    const tonight = await schedule('确认交货时间', new Date(now + 60 * 60_000).toISOString());
    await schedule('下周拜访', new Date(now + 4 * 24 * 60 * 60_000).toISOString());
    await schedule('同事的电话', new Date(now + 60 * 60_000).toISOString(), 'sun');

    const res = await t.call({ method: 'GET', url: '/api/v1/my-work/tasks', headers: await t.as('sales', 'qian') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data.items.map((i: any) => i.id)).toEqual([overdueCall.id, tonight.id]);
  });
});
