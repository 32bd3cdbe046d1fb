import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../src/platform/db/sql.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

let t: TestApp;
let vip: any;
let small: any;
let device: any;
let manager: Record<string, string>;

const url = '/api/v1/settings/business-calendar';
const officeHours = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '18:00' },
];
const week = { sunday: [], monday: officeHours, tuesday: officeHours, wednesday: officeHours, thursday: officeHours, friday: officeHours, saturday: [] };
/** Office hours in Shanghai with the 2024 National Day week off and its two make-up days (调休). */
const chinaCalendar = {
  enabled: true,
  timeZone: 'Asia/Shanghai',
  week,
  holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
  makeUpDays: [{ date: '2024-09-29' }, { date: '2024-10-12' }],
};

beforeAll(async () => {
  t = await createTestApp();
  vip = await createCustomer(t, { name: '星河科技', tier: 'vip' });
  small = await createCustomer(t, { name: '小微商贸', tier: 'new' });
  device = await createProduct(t, { priceMinor: 30_000_00 });
  await receiveStock(t, device.id, 1000);
  manager = await t.as('manager');
});
afterAll(async () => t?.close());

/** A VIP order of 150,000 CNY due in 3 days: high priority (1 h response, 2 h plan). */
const highOrder = () => placeOrder(t, { customerId: vip.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 3), lines: [{ productId: device.id, quantity: 5 }], paymentStatus: 'paid' });
/** A new customer's 30,000 CNY order due in 30 days: low priority (8 h response, 16 h plan). */
const lowOrder = () => placeOrder(t, { customerId: small.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 30), lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'paid' });

async function saveCalendar(value: Record<string, unknown>): Promise<any> {
  const current = await t.call({ method: 'GET', url, headers: manager });
  return t.call({ method: 'PUT', url, headers: { ...manager, 'if-match': `"${current.data.version}"` }, payload: value });
}

describe('the business-calendar setting', () => {
  test('until saved it is the default office week, switched off', async () => {
    const res = await t.call({ method: 'GET', url, headers: manager });
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual({ value: { enabled: false, timeZone: 'Asia/Shanghai', week, holidays: [], makeUpDays: [] }, version: 0, updatedAt: null, updatedBy: null });
    expect((await t.call({ method: 'GET', url, headers: await t.as('warehouse') })).statusCode).toBe(403);
  });

  test.each([
    ['a period ending before it starts', { week: { ...week, monday: [{ start: '09:00', end: '08:00' }] } }, '/week/monday/0/end'],
    ['overlapping periods', { week: { ...week, tuesday: [{ start: '09:00', end: '12:00' }, { start: '11:30', end: '13:00' }] } }, '/week/tuesday/1/start'],
    ['an invalid date', { holidays: ['2024-02-30'] }, '/holidays/0'],
    ['a time that is no time', { week: { ...week, friday: [{ start: '09:00', end: '25:00' }] } }, '/week/friday/0/end'],
    ['an unknown time zone', { timeZone: 'Asia/Atlantis' }, '/timeZone'],
    ['a day both holiday and make-up day', { holidays: ['2024-09-29'], makeUpDays: [{ date: '2024-09-29' }] }, '/makeUpDays/0/date'],
    ['a week without working time', { week: { sunday: [], monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [] } }, '/week'],
    ['a make-up day with overlapping periods', { makeUpDays: [{ date: '2024-10-12', periods: [{ start: '09:00', end: '12:00' }, { start: '10:00', end: '11:00' }] }] }, '/makeUpDays/0/periods/1/start'],
  ])('refused with 400 naming the field: %s', async (_case, change, path) => {
    const res = await saveCalendar({ ...chinaCalendar, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.code).toBe('validation_failed');
    expect(res.data.errors.map((e: any) => e.path)).toContain(path);
    expect((await t.call({ method: 'GET', url, headers: manager })).data.version).toBe(0);
  });

  test('saving needs the version edited', async () => {
    const res = await t.call({ method: 'PUT', url, headers: manager, payload: chinaCalendar });
    expect(res.statusCode).toBe(428);
  });
});

describe('deadlines on the calendar, through intake', () => {
  test('switched off, deadlines count on the clock', async () => {
    t.clock.set('2024-05-10T17:30:00+08:00');
    const res = await highOrder();
    expect(res.data).toMatchObject({ priority: { level: 'high' }, responseDueAt: '2024-05-10T10:30:00.000Z', planDueAt: '2024-05-10T11:30:00.000Z' });
  });

  test('Friday 17:30, high: 30 min that day and the rest on Monday morning', async () => {
    expect((await saveCalendar(chinaCalendar)).statusCode).toBe(200);
    const res = await highOrder();
    expect(res.statusCode).toBe(201);
    expect(res.data.responseDueAt).toBe(new Date('2024-05-13T09:30:00+08:00').toISOString());
    expect(res.data.planDueAt).toBe(new Date('2024-05-13T10:30:00+08:00').toISOString());
    const clocks = await t.call({ method: 'GET', url: `/api/v1/orders/${res.data.id}/sla`, headers: await t.as('specialist') });
    expect(clocks.data.clocks.map((c: any) => [c.kind, c.warnAt, c.dueAt])).toEqual([
      ['response', new Date('2024-05-13T09:15:00+08:00').toISOString(), res.data.responseDueAt],
      ['plan', new Date('2024-05-13T10:15:00+08:00').toISOString(), res.data.planDueAt],
    ]);
  });

  test('Monday before National Day, 17:30, high: due on Tuesday 10-08 after the holiday week', async () => {
    t.clock.set('2024-09-30T17:30:00+08:00');
    const res = await highOrder();
    expect(res.data.responseDueAt).toBe(new Date('2024-10-08T09:30:00+08:00').toISOString());
    expect(res.data.planDueAt).toBe(new Date('2024-10-08T10:30:00+08:00').toISOString());
  });

  test('Saturday 09-28, low: counted on the make-up Sunday 09-29 and Monday', async () => {
    t.clock.set('2024-09-28T10:00:00+08:00');
    const res = await lowOrder();
    expect(res.data.priority.level).toBe('low');
    expect(res.data.responseDueAt).toBe(new Date('2024-09-29T18:00:00+08:00').toISOString());
    expect(res.data.planDueAt).toBe(new Date('2024-09-30T18:00:00+08:00').toISOString());
  });

  test('a manager override recounts the deadlines on the calendar, and the clocks follow', async () => {
    t.clock.set('2024-10-11T17:00:00+08:00');
    const order = await lowOrder();
    const res = await t.call({
      method: 'POST',
      url: `/api/v1/orders/${order.data.id}/priority-override`,
      headers: { ...manager, 'if-match': '"1"' },
      payload: { level: 'high', reason: '战略客户加急' },
    });
    expect(res.statusCode).toBe(200);
    // Friday 17:00 + 60 min ends at 18:00; + 120 min reaches the make-up Saturday 10-12.
    expect(res.data.responseDueAt).toBe(new Date('2024-10-11T18:00:00+08:00').toISOString());
    expect(res.data.planDueAt).toBe(new Date('2024-10-12T10:00:00+08:00').toISOString());
    const clocks = await t.call({ method: 'GET', url: `/api/v1/orders/${order.data.id}/sla`, headers: manager });
    expect(clocks.data.clocks.map((c: any) => c.dueAt)).toEqual([res.data.responseDueAt, res.data.planDueAt]);
  });

  test('switched off again, the clock counts once more', async () => {
    expect((await saveCalendar({ ...chinaCalendar, enabled: false })).statusCode).toBe(200);
    t.clock.set('2024-10-05T10:00:00+08:00');
    const res = await highOrder();
    expect(res.data.responseDueAt).toBe(new Date('2024-10-05T11:00:00+08:00').toISOString());
  });
});

describe('the priority result goes to the departments', () => {
  test('order.prioritised carries level, score and factors, addressed to production, procurement and logistics', async () => {
    const res = await highOrder();
    const [message] = await queryRows<{ payload: any }>(t.database.db, sql`SELECT payload FROM outbox WHERE topic = 'order.prioritised' AND payload->>'orderId' = ${res.data.id}`);
    expect(message!.payload).toMatchObject({
      orderId: res.data.id,
      level: 'high',
      score: 9,
      audience: { roles: ['production', 'procurement', 'logistics'] },
    });
    expect(message!.payload.factors.map((f: any) => f.dimension)).toEqual(['customer_tier', 'order_amount', 'delivery_urgency']);
  });

  test('which departments hear of it is part of the priority settings', async () => {
    const current = await t.call({ method: 'GET', url: '/api/v1/settings/order-priority', headers: manager });
    const saved = await t.call({
      method: 'PUT',
      url: '/api/v1/settings/order-priority',
      headers: { ...manager, 'if-match': `"${current.data.version}"` },
      payload: { ...current.data.value, informRoles: ['production', 'warehouse'] },
    });
    expect(saved.statusCode).toBe(200);
    const res = await highOrder();
    const [message] = await queryRows<{ payload: any }>(t.database.db, sql`SELECT payload FROM outbox WHERE topic = 'order.prioritised' AND payload->>'orderId' = ${res.data.id}`);
    expect(message!.payload.audience).toEqual({ roles: ['production', 'warehouse'] });
    const unknownRole = await t.call({
      method: 'PUT',
      url: '/api/v1/settings/order-priority',
      headers: { ...manager, 'if-match': `"${saved.data.version}"` },
      payload: { ...current.data.value, informRoles: ['kitchen'] },
    });
    expect(unknownRole.statusCode).toBe(400);
    expect(unknownRole.data.errors[0].path).toBe('/informRoles/0');
  });

  test('the warning lead time is an SLA setting and must leave time after receipt', async () => {
    const current = await t.call({ method: 'GET', url: '/api/v1/settings/order-sla', headers: manager });
    expect(current.data.value.high).toEqual({ responseMinutes: 60, planMinutes: 120, warnBeforeMinutes: 15 });
    const res = await t.call({
      method: 'PUT',
      url: '/api/v1/settings/order-sla',
      headers: { ...manager, 'if-match': '"0"' },
      payload: { ...current.data.value, high: { responseMinutes: 60, planMinutes: 120, warnBeforeMinutes: 60 } },
    });
    expect(res.statusCode).toBe(422);
    expect(res.data).toMatchObject({ code: 'invalid_setting', errors: [{ path: '/high/warnBeforeMinutes' }] });
  });
});
