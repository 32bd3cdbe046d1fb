import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(); // Friday 2024-05-10
});
afterAll(async () => t?.close());

async function createLine(payload: { code: string; name: string; defaultDailyCapacity: number; workingWeekdays?: number[] }): Promise<any> {
  const created = await t.call({ method: 'POST', url: '/api/v1/production-lines', headers: await t.as('production'), payload });
  expect(created.statusCode).toBe(201);
  return created.data;
}

test('production creates lines; codes are unique; other roles only read', async () => {
  const production = await t.as('production');
  const created = await t.call({ method: 'POST', url: '/api/v1/production-lines', headers: production, payload: { code: 'L1', name: '一号装配线', defaultDailyCapacity: 40 } });
  expect(created.statusCode).toBe(201);
  const line = created.data;
  expect(line).toMatchObject({ code: 'L1', active: true, defaultDailyCapacity: 40, workingWeekdays: [1, 2, 3, 4, 5], version: 1 });
  expect(created.headers.location).toBe(`/api/v1/production-lines/${line.id}`);

  const again = await t.call({ method: 'POST', url: '/api/v1/production-lines', headers: production, payload: { code: 'L1', name: 'x', defaultDailyCapacity: 1 } });
  expect(again.statusCode).toBe(409);
  expect(again.data).toMatchObject({ code: 'already_exists', errors: [{ path: '/code' }] });
  const sales = await t.call({ method: 'POST', url: '/api/v1/production-lines', headers: await t.as('sales'), payload: { code: 'L2', name: 'x', defaultDailyCapacity: 1 } });
  expect(sales.statusCode).toBe(403);
  await createLine({ code: 'L2', name: '二号线', defaultDailyCapacity: 5 });

  // Pages of one, in code order, each line once.
  const codes: string[] = [];
  let cursor: string | null = null;
  do {
    const page: any = await t.call({ method: 'GET', url: `/api/v1/production-lines?limit=1${cursor ? `&cursor=${cursor}` : ''}`, headers: await t.as('sales') });
    expect(page.data.items).toHaveLength(1);
    codes.push(page.data.items[0].code);
    cursor = page.data.nextCursor;
  } while (cursor);
  expect(codes).toEqual([...new Set(codes)].sort());
  expect(codes).toEqual(expect.arrayContaining(['L1', 'L2']));
  expect((await t.call({ method: 'GET', url: `/api/v1/production-lines/${line.id}`, headers: await t.as('sales') })).data.name).toBe('一号装配线');
});

test('the calendar shows each day’s capacity, bookings and free units; days can be set', async () => {
  const production = await t.as('production');
  const line = await createLine({ code: 'W1', name: '周一至周五线', defaultDailyCapacity: 40 });
  await createLine({ code: 'W2', name: '周末班', defaultDailyCapacity: 5, workingWeekdays: [6, 7] });
  const set = await t.call({
    method: 'PUT',
    url: `/api/v1/production-lines/${line.id}/capacity`,
    headers: production,
    payload: { from: '2024-05-13', to: '2024-05-14', capacityUnits: 0 },
  });
  expect(set.statusCode).toBe(200);
  expect(set.data.items.map((d: any) => [d.date, d.capacityUnits, d.source])).toEqual([
    ['2024-05-13', 0, 'set'],
    ['2024-05-14', 0, 'set'],
  ]);
  const calendar = await t.call({ method: 'GET', url: '/api/v1/production-lines/capacity?from=2024-05-10&to=2024-05-15', headers: await t.as('sales') });
  expect(calendar.data.items.filter((d: any) => d.lineCode === 'W1').map((d: any) => [d.date, d.freeUnits, d.source])).toEqual([
    ['2024-05-10', 40, 'default'],
    ['2024-05-11', 0, 'default'],
    ['2024-05-12', 0, 'default'],
    ['2024-05-13', 0, 'set'],
    ['2024-05-14', 0, 'set'],
    ['2024-05-15', 40, 'default'],
  ]);
  expect(calendar.data.items.filter((d: any) => d.lineCode === 'W2').map((d: any) => d.freeUnits)).toEqual([0, 5, 5, 0, 0, 0]);

  const backwards = await t.call({ method: 'GET', url: '/api/v1/production-lines/capacity?from=2024-05-15&to=2024-05-10', headers: production });
  expect(backwards.statusCode).toBe(400);
  expect(backwards.data.errors).toEqual([expect.objectContaining({ path: '/to', in: 'query' })]);
  const tooLong = await t.call({ method: 'PUT', url: `/api/v1/production-lines/${line.id}/capacity`, headers: production, payload: { from: '2024-01-01', to: '2026-01-01', capacityUnits: 1 } });
  expect(tooLong.statusCode).toBe(400);
});

test('capacity cannot be set below what is booked, and nothing is written', async () => {
  const line = await createLine({ code: 'B1', name: '已排产线', defaultDailyCapacity: 40 });
  // Bookings come from planning; book 30 units on Wednesday by hand here.
  await t.database.db.execute(sql`INSERT INTO production_capacity (line_id, day, capacity_units, booked_units, updated_at) VALUES (${line.id}::uuid, '2024-05-15', 40, 30, now())`);
  const res = await t.call({ method: 'PUT', url: `/api/v1/production-lines/${line.id}/capacity`, headers: await t.as('production'), payload: { from: '2024-05-15', to: '2024-05-16', capacityUnits: 20 } });
  expect(res.statusCode).toBe(409);
  expect(res.data).toMatchObject({ code: 'capacity_below_booked', errors: [{ path: '/capacityUnits' }] });
  const calendar = await t.call({ method: 'GET', url: `/api/v1/production-lines/capacity?from=2024-05-15&to=2024-05-16&lineId=${line.id}`, headers: await t.as('production') });
  expect(calendar.data.items.map((d: any) => [d.capacityUnits, d.bookedUnits, d.freeUnits, d.source])).toEqual([
    [40, 30, 10, 'set'],
    [40, 0, 40, 'default'],
  ]);
});
