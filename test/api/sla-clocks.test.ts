import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../src/platform/db/sql.js';
import { DomainError } from '../../src/platform/http/errors.js';
import { slaErrors } from '../../src/modules/sla/errors.js';
import { closeSlaClock, scanSlaClocks, type CloseSlaClockInput } from '../../src/modules/sla/service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { testDatabaseKind } from '../support/database.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

// The calendar is off here: deadlines count on the clock (high: response 1 h, warned 15 min
// before; plan 2 h, warned 15 min before).
let t: TestApp;
let vip: any;
let device: any;
let specialist: Record<string, string>;
const reviewer = { userId: null, label: 'review-step' };

beforeAll(async () => {
  t = await createTestApp({ now: '2024-05-10T09:00:00+08:00' });
  vip = await createCustomer(t, { name: '星河科技', tier: 'vip' });
  device = await createProduct(t, { priceMinor: 30_000_00 });
  await receiveStock(t, device.id, 10_000);
  specialist = await t.as('specialist');
});
afterAll(async () => t?.close());

const shanghai = (local: string) => new Date(`${local}+08:00`);
const highOrder = async () => {
  const res = await placeOrder(t, { customerId: vip.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 3), lines: [{ productId: device.id, quantity: 5 }], paymentStatus: 'paid' }, specialist);
  expect(res.data.priority.level).toBe('high');
  return res.data;
};
const scanAt = (local: string) => {
  t.clock.set(shanghai(local));
  return scanSlaClocks(t.database.db, t.clock.now());
};
/**
 * A high-priority order placed at 09:00 on its own day (Shanghai), after a scan has settled
 * every clock due before then: the scans of that day see this order's clocks alone.
 */
const highOrderOn = async (day: string) => {
  await scanAt(`${day}T08:00:00`);
  t.clock.set(shanghai(`${day}T09:00:00`));
  return highOrder();
};
const messages = (topic: string, orderId: string) =>
  queryRows<{ payload: any }>(t.database.db, sql`SELECT payload FROM outbox WHERE topic = ${topic} AND payload->>'orderId' = ${orderId} ORDER BY created_at`);
const clocksOf = async (orderId: string) => (await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/sla`, headers: specialist })).data.clocks;
const close = (input: Omit<CloseSlaClockInput, 'actor' | 'at'>) => t.database.db.transaction((tx) => closeSlaClock(tx, { ...input, actor: reviewer, at: t.clock.now() }));

describe('the scan warns before the deadline and escalates when it is missed, each once', () => {
  test('an order opens a response and a plan clock; the detail shows the next deadline', async () => {
    const order = await highOrderOn('2024-05-10');
    const clocks = await clocksOf(order.id);
    expect(clocks).toEqual([
      expect.objectContaining({ kind: 'response', status: 'open', orderNumber: order.number, dueAt: order.responseDueAt, warnAt: shanghai('2024-05-10T09:45:00').toISOString(), secondsLeft: 3600 }),
      expect.objectContaining({ kind: 'plan', status: 'open', dueAt: order.planDueAt, secondsLeft: 7200, warnedAt: null, escalatedAt: null, satisfiedAt: null, lateReason: null }),
    ]);
    const detail = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: await t.as('production') });
    expect(detail.data.nextDeadline).toEqual({ kind: 'response', dueAt: order.responseDueAt, secondsLeft: 3600 });
  });

  test('nothing fires before the warning time; at it, one warning to the specialists and the owner', async () => {
    const order = await highOrderOn('2024-05-27');
    expect(await scanAt('2024-05-27T09:44:59')).toEqual({ warned: 0, escalated: 0 });
    expect(await scanAt('2024-05-27T09:45:00')).toEqual({ warned: 1, escalated: 0 });
    expect(await scanSlaClocks(t.database.db, t.clock.now())).toEqual({ warned: 0, escalated: 0 });
    const [warning, ...more] = await messages('sla.warned', order.id);
    expect(more).toEqual([]);
    expect(warning!.payload).toEqual({
      orderId: order.id,
      number: order.number,
      kind: 'response',
      dueAt: order.responseDueAt,
      audience: { roles: ['specialist'], userIds: [order.entry.enteredBy] },
    });
    const at = (await t.call({ method: 'GET', url: '/api/v1/sla/open?state=at_risk', headers: specialist })).data.items;
    expect(at.map((c: any) => [c.orderId, c.kind, c.secondsLeft])).toEqual([[order.id, 'response', 900]]);
  });

  test('due is not yet missed; a second past it, the clock is missed and the managers told, once', async () => {
    const order = await highOrderOn('2024-05-28');
    expect(await scanAt('2024-05-28T09:45:00')).toEqual({ warned: 1, escalated: 0 });
    expect(await scanAt('2024-05-28T10:00:00')).toEqual({ warned: 0, escalated: 0 });
    expect(await scanAt('2024-05-28T10:00:01')).toEqual({ warned: 0, escalated: 1 });
    expect(await scanSlaClocks(t.database.db, t.clock.now())).toEqual({ warned: 0, escalated: 0 });
    const escalations = await messages('sla.escalated', order.id);
    expect(escalations.map((m) => m.payload)).toEqual([{ orderId: order.id, number: order.number, kind: 'response', dueAt: order.responseDueAt, audience: { roles: ['manager'] } }]);
    const overdue = (await t.call({ method: 'GET', url: '/api/v1/sla/open?state=overdue&limit=200', headers: specialist })).data.items;
    expect(overdue.filter((c: any) => c.orderId === order.id).map((c: any) => [c.kind, c.status, c.secondsLeft])).toEqual([['response', 'missed', -1]]);
  });

  test('the plan clock is warned in its turn; the order shows one missed and one open clock with the time left', async () => {
    const order = await highOrderOn('2024-05-29');
    expect(await scanAt('2024-05-29T09:45:00')).toEqual({ warned: 1, escalated: 0 });
    expect(await scanAt('2024-05-29T10:00:01')).toEqual({ warned: 0, escalated: 1 });
    expect(await scanAt('2024-05-29T10:45:00')).toEqual({ warned: 1, escalated: 0 });
    const [response, plan] = await clocksOf(order.id);
    expect(response).toMatchObject({ status: 'missed', escalatedAt: shanghai('2024-05-29T10:00:01').toISOString(), secondsLeft: -2700 });
    expect(plan).toMatchObject({ status: 'open', warnedAt: shanghai('2024-05-29T10:45:00').toISOString(), secondsLeft: 900 });
    const history = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/events?limit=200`, headers: specialist });
    expect(history.data.items.map((e: any) => e.action).filter((a: string) => a.startsWith('sla.'))).toEqual(['sla.warned', 'sla.escalated', 'sla.warned']);
    expect(history.data.items.find((e: any) => e.action === 'sla.escalated')).toMatchObject({ actorLabel: 'system:sla-scan', after: { kind: 'response', status: 'missed' } });
  });

  test('a clock already past due when the scan first sees it is escalated, not warned', async () => {
    const late = await highOrderOn('2024-05-30');
    expect(await scanAt('2024-05-30T14:00:00')).toEqual({ warned: 0, escalated: 2 });
    expect(await messages('sla.warned', late.id)).toEqual([]);
    expect((await messages('sla.escalated', late.id)).map((m) => m.payload.kind).sort()).toEqual(['plan', 'response']);
  });
});

describe('closing a clock when its step is done', () => {
  test('on time: met, and the detail moves on to the next deadline', async () => {
    const order = await highOrderOn('2024-05-13');
    t.clock.set(shanghai('2024-05-13T09:30:00'));
    const met = await close({ orderId: order.id, kind: 'response' });
    expect(met).toMatchObject({ status: 'met', satisfiedAt: t.clock.now().toISOString(), secondsLeft: null, lateReason: null });
    expect(await close({ orderId: order.id, kind: 'response' })).toEqual(met);
    const detail = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: specialist });
    expect(detail.data.nextDeadline).toEqual({ kind: 'plan', dueAt: order.planDueAt, secondsLeft: 5400 });
    const history = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/events`, headers: specialist });
    expect(history.data.items.filter((e: any) => e.action === 'sla.met')).toHaveLength(1);
  });

  test('late without a reason: refused with late_reason_required (409) naming lateReason, and nothing is written', async () => {
    const order = await highOrderOn('2024-05-31');
    t.clock.set(shanghai('2024-05-31T11:30:00')); // the plan was due at 11:00; no scan has run
    const refusal = await close({ orderId: order.id, kind: 'plan' }).catch((err: unknown) => err);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: 'late_reason_required', extra: { errors: [{ path: '/lateReason', code: 'required' }] } });
    expect(slaErrors.late_reason_required.status).toBe(409);
    expect((await clocksOf(order.id))[1]).toMatchObject({ status: 'open', satisfiedAt: null, escalatedAt: null });
    expect(await messages('sla.escalated', order.id)).toEqual([]);
  });

  test('late with a reason: closed as missed, escalated once (the scan that follows leaves it alone)', async () => {
    const order = await highOrderOn('2024-06-03');
    t.clock.set(shanghai('2024-06-03T09:30:00'));
    await close({ orderId: order.id, kind: 'response' });
    t.clock.set(shanghai('2024-06-03T11:30:00')); // the plan was due at 11:00; no scan has run
    const closed = await close({ orderId: order.id, kind: 'plan', lateReason: '  等待客户确认定制参数  ' });
    expect(closed).toMatchObject({
      status: 'missed',
      satisfiedAt: t.clock.now().toISOString(),
      escalatedAt: t.clock.now().toISOString(),
      lateReason: { reason: '等待客户确认定制参数', by: 'review-step', at: t.clock.now().toISOString() },
      secondsLeft: null,
    });
    expect(await scanSlaClocks(t.database.db, t.clock.now())).toEqual({ warned: 0, escalated: 0 });
    expect(await messages('sla.escalated', order.id)).toHaveLength(1);
    const detail = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: specialist });
    expect(detail.data.nextDeadline).toBeNull();
  });

  test('an order without such a clock has nothing to close', async () => {
    expect(await close({ orderId: '00000000-0000-4000-8000-000000000000', kind: 'plan' })).toBeNull();
  });
});

describe('recording why a deadline was missed', () => {
  const reasonUrl = (order: any, kind: string) => `/api/v1/orders/${order.id}/sla/${kind}/reason`;

  test('refused for a deadline not missed, for a blank reason, and for a role that may not', async () => {
    const order = await highOrderOn('2024-05-14');
    const notMissed = await t.call({ method: 'POST', url: reasonUrl(order, 'response'), headers: specialist, payload: { reason: '系统故障' } });
    expect(notMissed.statusCode).toBe(409);
    expect(notMissed.data.code).toBe('clock_not_missed');
    t.clock.set(shanghai('2024-05-14T10:30:00'));
    const blank = await t.call({ method: 'POST', url: reasonUrl(order, 'response'), headers: specialist, payload: { reason: '   ' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.data.errors[0].path).toBe('/reason');
    const unknownKind = await t.call({ method: 'POST', url: reasonUrl(order, 'lunch'), headers: specialist, payload: { reason: '系统故障' } });
    expect(unknownKind.statusCode).toBe(400);
    const sales = await t.call({ method: 'POST', url: reasonUrl(order, 'response'), headers: await t.as('sales'), payload: { reason: '系统故障' } });
    expect(sales.statusCode).toBe(403);
    expect((await clocksOf(order.id))[0]).toMatchObject({ status: 'open', lateReason: null });
  });

  test('a missed deadline takes a reason; the step can then close without repeating it', async () => {
    const order = await highOrderOn('2024-06-04');
    t.clock.set(shanghai('2024-06-04T10:30:00'));
    expect(await scanSlaClocks(t.database.db, t.clock.now())).toEqual({ warned: 0, escalated: 1 });
    const res = await t.call({ method: 'POST', url: reasonUrl(order, 'response'), headers: specialist, payload: { reason: '客户电话无法接通' } });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ kind: 'response', status: 'missed', lateReason: { reason: '客户电话无法接通', by: 'specialist' }, secondsLeft: -1800 });
    expect((await messages('sla.late_reason_recorded', order.id)).map((m) => m.payload)).toEqual([
      { orderId: order.id, number: order.number, kind: 'response', dueAt: order.responseDueAt, reason: '客户电话无法接通', audience: { roles: ['manager'] } },
    ]);
    const closed = await close({ orderId: order.id, kind: 'response' });
    expect(closed).toMatchObject({ status: 'missed', lateReason: { reason: '客户电话无法接通' }, satisfiedAt: t.clock.now().toISOString() });
    const history = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/events`, headers: specialist });
    expect(history.data.items.map((e: any) => e.action).filter((a: string) => a.startsWith('sla.'))).toEqual(['sla.escalated', 'sla.late_reason_recorded', 'sla.closed_late']);
  });

  test('an order without clocks is not found', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/orders/00000000-0000-4000-8000-000000000000/sla', headers: specialist });
    expect(res.statusCode).toBe(404);
  });
});

describe('the open-deadline dashboard', () => {
  test('keyset pages cover every pending deadline once, soonest first; the states filter', async () => {
    t.clock.set(shanghai('2024-05-15T09:00:00'));
    for (let i = 0; i < 3; i++) {
      await highOrder();
      t.clock.advance(10 * 60_000);
    }
    t.clock.set(shanghai('2024-05-15T10:05:00'));
    const headers = await t.as('manager');
    const everything = (await t.call({ method: 'GET', url: '/api/v1/sla/open?limit=200', headers })).data.items;
    expect(everything.length).toBeGreaterThan(2); // more than one page of two
    const seen: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await t.call({ method: 'GET', url: `/api/v1/sla/open?limit=2${cursor ? `&cursor=${cursor}` : ''}`, headers });
      expect(page.statusCode).toBe(200);
      seen.push(...page.data.items);
      cursor = page.data.nextCursor;
    } while (cursor);
    expect(seen).toEqual(everything);
    const dues = seen.map((c) => c.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect(seen.every((c) => c.satisfiedAt === null)).toBe(true);

    const overdue = (await t.call({ method: 'GET', url: '/api/v1/sla/open?state=overdue&limit=200', headers })).data.items;
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((c: any) => c.secondsLeft < 0)).toBe(true);
    const atRisk = (await t.call({ method: 'GET', url: '/api/v1/sla/open?state=at_risk&limit=200', headers })).data.items;
    // Due 10:10 and 10:20, warned from 09:55 and 10:05; the first order's response (10:00) is overdue.
    expect(atRisk.map((c: any) => [c.kind, c.secondsLeft])).toEqual([
      ['response', 300],
      ['response', 900],
    ]);
    expect(overdue.length + atRisk.length).toBeLessThan(everything.length);
    const bad = await t.call({ method: 'GET', url: '/api/v1/sla/open?cursor=bm9wZQ', headers });
    expect(bad.statusCode).toBe(400);
  });
});

describe(`two scans at once (${testDatabaseKind})`, () => {
  test('each clock is warned once and escalated once, and the audit trail verifies', async () => {
    await scanAt('2024-05-20T08:00:00'); // everything before this is settled
    t.clock.set(shanghai('2024-05-20T09:00:00'));
    const batch = await Promise.all(Array.from({ length: 12 }, () => highOrder()));
    const both = async () => {
      const [a, b] = await Promise.all([scanSlaClocks(t.database.db, t.clock.now()), scanSlaClocks(t.database.db, t.clock.now())]);
      return { warned: a.warned + b.warned, escalated: a.escalated + b.escalated };
    };
    t.clock.set(shanghai('2024-05-20T09:50:00'));
    expect(await both()).toEqual({ warned: 12, escalated: 0 });
    t.clock.set(shanghai('2024-05-20T10:30:00'));
    expect(await both()).toEqual({ warned: 0, escalated: 12 });
    t.clock.set(shanghai('2024-05-20T11:30:00'));
    expect(await both()).toEqual({ warned: 0, escalated: 12 });
    expect(await both()).toEqual({ warned: 0, escalated: 0 });

    const ids = batch.map((o) => o.id);
    const counts = await queryRows<{ topic: string; kind: string; n: number }>(
      t.database.db,
      sql`SELECT topic, payload->>'kind' AS kind, count(*)::int AS n FROM outbox
          WHERE topic IN ('sla.warned', 'sla.escalated') AND payload->>'orderId' = ANY(${sql`ARRAY[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]`})
          GROUP BY topic, payload->>'kind', payload->>'orderId'`,
    );
    expect(counts).toHaveLength(12 * 3);
    expect(counts.every((c) => c.n === 1)).toBe(true);
    const warnings = counts.filter((c) => c.topic === 'sla.warned');
    expect(warnings).toHaveLength(12);
    expect(warnings.every((c) => c.kind === 'response')).toBe(true);
    const verify = await t.call({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.as('admin') });
    expect(verify.data.ok).toBe(true);
  });
});
