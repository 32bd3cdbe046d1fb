import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { scanSlaClocks } from '../../src/modules/sla/service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip, placeApprovedOrder } from '../support/fulfilment.js';

// Friday 2024-05-10, 09:00 in Shanghai; the calendar is off, so deadlines count on the clock
// (a VIP order is high priority: response due in 1 h, warned 15 min before).
let t: TestApp;
let vip: any;
let trusted: any;
let device: any;

beforeEach(async () => {
  t = await createTestApp();
  vip = await createCustomer(t, { name: '华东精密制造', tier: 'vip', creditLimitMinor: 100_000_00, paymentTerms: { kind: 'net', netDays: 60 } });
  trusted = await createTrustedCustomer(t, { name: '星河科技' });
  device = await createProduct(t, { priceMinor: 30_000_00 });
  await receiveStock(t, device.id, 1_000);
});
afterEach(async () => t?.close());

const shanghai = (local: string) => new Date(`${local}+08:00`);
const at = (local: string) => t.clock.set(shanghai(local));

/** A VIP order over its credit limit: it waits for finance's review step. */
async function orderUnderReview(): Promise<any> {
  const res = await placeOrder(t, { customerId: vip.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 3), lines: [{ productId: device.id, quantity: 4 }], paymentStatus: 'unpaid' });
  expect(res.data.status).toBe('under_review');
  return res.data;
}

async function detail(orderId: string): Promise<any> {
  return (await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}`, headers: await t.as('specialist') })).data;
}

async function list(query: string): Promise<any> {
  const res = await t.call({ method: 'GET', url: `/api/v1/orders?${query}`, headers: await t.as('specialist') });
  expect(res.statusCode).toBe(200);
  return res.data;
}

async function atRisk(query = ''): Promise<any[]> {
  const res = await t.call({ method: 'GET', url: `/api/v1/orders/at-risk?${query}`, headers: await t.as('manager') });
  expect(res.statusCode).toBe(200);
  return res.data.items;
}

const setPromise = (orderId: string, date: string) => t.database.db.execute(sql`UPDATE orders SET promised_delivery_date = ${date}::date WHERE id = ${orderId}::uuid`);

describe('health follows the clocks, the plan stages and the promise date', () => {
  test('a deadline: on track, at risk from its warning time, late once missed (since its due time)', async () => {
    const order = await orderUnderReview();
    expect(await detail(order.id)).toMatchObject({ health: 'on_track', lateSince: null, nextDeadline: { kind: 'response', dueAt: order.responseDueAt } });
    at('2024-05-10T09:46:00');
    expect((await detail(order.id)).health).toBe('at_risk');
    at('2024-05-10T10:01:00');
    expect(await detail(order.id)).toMatchObject({ health: 'late', lateSince: order.responseDueAt });
    const [row, ...more] = await atRisk();
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      id: order.id,
      customer: { name: '华东精密制造' },
      health: 'late',
      lateSince: order.responseDueAt,
      lateSeconds: 60,
      blocker: { kind: 'review_step', key: 'credit' },
      holder: { role: 'finance' },
    });
  });

  test('a plan stage past its planned end makes the order late from the next day; one not started by its start puts it at risk', async () => {
    const order = await placeApprovedOrder(t, trusted.id, [{ productId: device.id, quantity: 2 }]);
    await t.drain(); // the plan is made
    const plan = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/plan`, headers: await t.as('admin') })).data;
    const first = plan.stages[0];
    expect(first).toMatchObject({ key: 'confirm', plannedStart: '2024-05-10', plannedEnd: '2024-05-10', status: 'pending' });
    expect((await detail(order.id)).health).toBe('on_track');

    at('2024-05-11T08:00:00');
    const late = await detail(order.id);
    expect(late).toMatchObject({ health: 'late', lateSince: shanghai('2024-05-11T00:00:00').toISOString() });
    const [row] = await atRisk();
    expect(row).toMatchObject({ id: order.id, health: 'late', lateSeconds: 8 * 3600, blocker: { kind: 'stage', key: 'confirm', dueAt: '2024-05-10', name: first.name }, holder: { role: first.ownerRole } });

    // Its stages are done but the last, which has not started though its start has passed: at risk, not late.
    for (const stage of plan.stages.slice(0, -1)) {
      const done = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/plan/stages/${stage.id}/progress`, headers: await t.as(stage.ownerRole), payload: { status: 'done' } });
      expect(done.statusCode).toBe(200);
    }
    // The first stage ended a day late (Saturday): the last one, planned for Monday and Tuesday, moved a working day on.
    expect(plan.stages.at(-1)).toMatchObject({ plannedStart: '2024-05-13', plannedEnd: '2024-05-14' });
    const last = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/plan`, headers: await t.as('admin') })).data.stages.at(-1);
    expect(last).toMatchObject({ plannedStart: '2024-05-14', plannedEnd: '2024-05-15' });
    at('2024-05-14T08:00:00');
    expect((await detail(order.id)).health).toBe('on_track');
    at('2024-05-15T08:00:00');
    expect((await detail(order.id)).health).toBe('at_risk');
    at('2024-05-16T08:00:00');
    expect(await detail(order.id)).toMatchObject({ health: 'late', lateSince: shanghai('2024-05-16T00:00:00').toISOString() });
  });

  test('the promise date: at risk on the day, late the day after until delivered', async () => {
    const order = await placeApprovedOrder(t, trusted.id, [{ productId: device.id, quantity: 1 }]); // no plan yet: only its plan deadline runs
    await setPromise(order.id, '2024-05-10');
    expect(await detail(order.id)).toMatchObject({ health: 'at_risk', promisedDeliveryDate: '2024-05-10' });
    await setPromise(order.id, '2024-05-09');
    expect(await detail(order.id)).toMatchObject({ health: 'late', lateSince: shanghai('2024-05-10T00:00:00').toISOString() });
  });

  test('cancelled and delivered orders are done, whatever their dates', async () => {
    const order = await orderUnderReview();
    at('2024-05-10T12:00:00');
    expect((await detail(order.id)).health).toBe('late');
    const cancel = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/cancel`, headers: await t.as('specialist'), payload: { reason: '客户取消' } });
    expect(cancel.statusCode).toBe(200);
    expect(await detail(order.id)).toMatchObject({ health: 'done', lateSince: null, nextDeadline: null });
    expect(await atRisk()).toEqual([]);
  });
});

describe('late delivery against the promise date is recorded', () => {
  test('delivered after the promise date: deliveredLate with the promise date as it stood; on time: not late', async () => {
    const onTime = await orderReadyToShip(t, trusted.id, [{ productId: device.id, quantity: 1 }]);
    const late = await orderReadyToShip(t, trusted.id, [{ productId: device.id, quantity: 1 }]);
    await setPromise(onTime.id, '2024-05-10');
    await setPromise(late.id, '2024-05-09');
    const delivered = await deliverOrder(t, await detail(onTime.id));
    expect(delivered).toMatchObject({ status: 'delivered', health: 'done', deliveredLate: false, promisedAtDelivery: '2024-05-10', deliveredAt: t.clock.now().toISOString() });
    const deliveredLate = await deliverOrder(t, await detail(late.id));
    expect(deliveredLate).toMatchObject({ deliveredLate: true, promisedAtDelivery: '2024-05-09' });
    const history = await t.call({ method: 'GET', url: `/api/v1/orders/${late.id}/events?limit=200`, headers: await t.as('admin') });
    expect(history.data.items.find((e: any) => e.action === 'order.delivered').after).toMatchObject({ deliveredLate: true, promisedDeliveryDate: '2024-05-09' });
  });
});

describe('the order list filters and sorts by health, promise date and next deadline', () => {
  test('health=late,at_risk keeps those; sort=health puts the most late first; sort=promiseDate pages in date order both ways', async () => {
    const lateOrder = await orderUnderReview(); // response due 10:00
    at('2024-05-10T09:30:00');
    const riskOrder = await orderUnderReview(); // response due 10:30, warned from 10:15
    const onTrack = await placeApprovedOrder(t, trusted.id, [{ productId: device.id, quantity: 1 }]);
    const cancelled = await placeApprovedOrder(t, trusted.id, [{ productId: device.id, quantity: 1 }]);
    await t.call({ method: 'POST', url: `/api/v1/orders/${cancelled.id}/cancel`, headers: await t.as('specialist'), payload: { reason: '重复下单' } });
    await setPromise(lateOrder.id, '2024-05-20');
    await setPromise(riskOrder.id, '2024-05-14');
    await setPromise(onTrack.id, '2024-05-17');
    await setPromise(cancelled.id, '2024-05-12');
    at('2024-05-10T10:20:00');

    const healthOf = (items: any[]) => items.map((i) => [i.number, i.health]);
    expect(healthOf((await list('health=late')).items)).toEqual([[lateOrder.number, 'late']]);
    expect(healthOf((await list('health=late,at_risk&sort=health')).items)).toEqual([
      [lateOrder.number, 'late'],
      [riskOrder.number, 'at_risk'],
    ]);
    expect(healthOf((await list('sort=health')).items)).toEqual([
      [lateOrder.number, 'late'],
      [riskOrder.number, 'at_risk'],
      [onTrack.number, 'on_track'],
      [cancelled.number, 'done'],
    ]);
    const late = (await list('health=late')).items[0];
    expect(late).toMatchObject({ lateSince: lateOrder.responseDueAt, nextDeadline: { kind: 'response', dueAt: lateOrder.responseDueAt, secondsLeft: -20 * 60 } });

    const byPromise = ['2024-05-12', '2024-05-14', '2024-05-17', '2024-05-20'];
    expect((await list('sort=promiseDate')).items.map((i: any) => i.promisedDeliveryDate)).toEqual(byPromise);
    expect((await list('sort=promiseDate&order=desc')).items.map((i: any) => i.promisedDeliveryDate)).toEqual([...byPromise].reverse());
    for (const order of ['asc', 'desc']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: any = await list(`sort=promiseDate&order=${order}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items.map((i: any) => i.promisedDeliveryDate));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(order === 'asc' ? byPromise : [...byPromise].reverse());
    }
    const byDeadline = (await list('sort=nextDeadline')).items.map((i: any) => i.number);
    expect(byDeadline.slice(0, 2)).toEqual([lateOrder.number, riskOrder.number]);
  });

  test('an unknown health or sort is refused with a problem naming the parameter', async () => {
    for (const query of ['health=late,soon', 'sort=colour', 'order=up']) {
      const res = await t.call({ method: 'GET', url: `/api/v1/orders?${query}`, headers: await t.as('specialist') });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('cancelling settles every clock, missed ones included', () => {
  test('a missed clock of a cancelled order leaves the overdue lists; it stays missed with its escalation', async () => {
    const order = await orderUnderReview();
    at('2024-05-10T12:00:00');
    expect(await scanSlaClocks(t.database.db, t.clock.now())).toMatchObject({ escalated: 2 });
    const overdue = async () =>
      (await t.call({ method: 'GET', url: '/api/v1/sla/open?state=overdue&limit=200', headers: await t.as('manager') })).data.items.map((c: any) => c.orderId);
    expect(await overdue()).toEqual([order.id, order.id]);

    const res = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/cancel`, headers: await t.as('specialist'), payload: { reason: '客户取消' } });
    expect(res.statusCode).toBe(200);
    expect(await overdue()).toEqual([]);
    expect(await atRisk()).toEqual([]);
    const clocks = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/sla`, headers: await t.as('manager') })).data.clocks;
    expect(clocks.map((c: any) => [c.kind, c.status, c.satisfiedAt, c.secondsLeft, Boolean(c.escalatedAt)])).toEqual([
      ['response', 'missed', t.clock.now().toISOString(), null, true],
      ['plan', 'missed', t.clock.now().toISOString(), null, true],
    ]);
    const history = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/events?limit=200`, headers: await t.as('admin') });
    expect(history.data.items.at(-1)).toMatchObject({ action: 'order.cancelled', after: { stoppedClocks: [], settledClocks: ['plan', 'response'] } });
  });

  test('the migration settles the missed clocks that cancelled orders left pending before', async () => {
    const order = await orderUnderReview();
    at('2024-05-10T12:00:00');
    await scanSlaClocks(t.database.db, t.clock.now());
    await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/cancel`, headers: await t.as('specialist'), payload: { reason: '客户取消' } });
    // As the old cancel left them: missed and pending.
    await t.database.db.execute(sql`UPDATE sla_clocks SET satisfied_at = NULL WHERE order_id = ${order.id}::uuid`);
    const pending = async () => (await t.call({ method: 'GET', url: '/api/v1/sla/open?state=overdue', headers: await t.as('manager') })).data.items.length;
    expect(await pending()).toBe(2);
    const file = readdirSync('migrations').find((f) => f.endsWith('_health.sql'))!;
    const statements = readFileSync(`migrations/${file}`, 'utf8').split('--> statement-breakpoint');
    await t.database.db.execute(sql.raw(statements.at(-1)!));
    expect(await pending()).toBe(0);
  });
});

describe('the late-and-at-risk list', () => {
  test('is complete and paged, one row per order however many of its clocks are missed, most late first', async () => {
    const placed: any[] = [];
    for (let i = 0; i < 12; i++) {
      at(`2024-05-10T09:${String(i * 2).padStart(2, '0')}:00`);
      placed.push(await orderUnderReview());
    }
    at('2024-05-10T13:00:00'); // both clocks of every order missed
    const all = await atRisk('limit=200');
    expect(all.map((r) => r.id)).toEqual(placed.map((o) => o.id));
    expect(all.every((r) => r.health === 'late' && r.customer.name === '华东精密制造')).toBe(true);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await t.call({ method: 'GET', url: `/api/v1/orders/at-risk?limit=5${cursor ? `&cursor=${cursor}` : ''}`, headers: await t.as('manager') });
      paged.push(...res.data.items.map((r: any) => r.id));
      cursor = res.data.nextCursor;
    } while (cursor);
    expect(paged).toEqual(placed.map((o) => o.id));
    const byPromise = await atRisk('sort=promiseDate&order=desc&limit=200');
    expect(byPromise).toHaveLength(12);
  });

  test('names the exception and the role its task waits for', async () => {
    const res = await placeOrder(t, { customerId: trusted.id, channel: 'api', lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'paid' });
    expect(res.data.status).toBe('exception'); // no delivery date
    at('2024-05-11T12:00:00');
    const [row] = await atRisk();
    expect(row).toMatchObject({ id: res.data.id, health: 'late', blocker: { kind: 'exception' }, holder: { role: 'specialist' } });
  });
});
