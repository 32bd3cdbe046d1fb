import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../src/platform/db/sql.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

/*
 * Holidays and make-up working days (调休) of the business calendar: each entry checked and
 * named when wrong, and the national schedule imported from a file — previewed, applied on
 * the version previewed, audited, idempotent — with deadlines then counted on it.
 */

let t: TestApp;
let manager: Record<string, string>;

const url = '/api/v1/settings/business-calendar';
const importUrl = '/api/v1/settings/calendar/import';
const officeHours = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '18:00' },
];
const week = { sunday: [], monday: officeHours, tuesday: officeHours, wednesday: officeHours, thursday: officeHours, friday: officeHours, saturday: [] };
const calendar = { enabled: true, timeZone: 'Asia/Shanghai', week, holidays: [] as string[], makeUpDays: [] as { date: string }[] };
const sampleIcs = fs.readFileSync('docs/holiday-schedule-2027-example.ics', 'utf8');
const sampleCsv = fs.readFileSync('docs/holiday-schedule-2027-example.csv', 'utf8');

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.as('manager');
});
afterAll(async () => t?.close());

async function current(): Promise<any> {
  return (await t.call({ method: 'GET', url, headers: manager })).data;
}

async function saveCalendar(value: Record<string, unknown>): Promise<any> {
  return t.call({ method: 'PUT', url, headers: { ...manager, 'if-match': `"${(await current()).version}"` }, payload: value });
}

function importFile(content: string, options: { dryRun: boolean; version?: number; year?: number; fileName?: string }) {
  const { dryRun, version, year, fileName = 'schedule.ics' } = options;
  return t.call({
    method: 'POST',
    url: importUrl,
    headers: { ...manager, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) },
    payload: { fileName, content, dryRun, ...(year === undefined ? {} : { year }) },
  });
}

async function settingAuditEvents(): Promise<{ after: any }[]> {
  return queryRows<{ after: any }>(t.database.db, sql`SELECT after FROM audit_events WHERE entity_type = 'setting' AND entity_id = 'business-calendar' ORDER BY seq`);
}

describe('holidays and make-up days, entry by entry', () => {
  test.each([
    ['a holiday listed twice, at its index', { holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-02'] }, [['/holidays/3', 'duplicate']]],
    ['a make-up day on a weekday worked anyway (Tuesday)', { makeUpDays: [{ date: '2026-09-27' }, { date: '2026-10-13' }] }, [['/makeUpDays/1/date', 'working_weekday']]],
    ['a make-up day listed twice', { makeUpDays: [{ date: '2026-09-27' }, { date: '2026-09-27' }] }, [['/makeUpDays/1/date', 'duplicate']]],
    [
      'a date in both lists, named in both',
      { holidays: ['2026-10-01', '2026-10-10'], makeUpDays: [{ date: '2026-09-27' }, { date: '2026-10-10' }] },
      [
        ['/holidays/1', 'holiday_and_make_up_day'],
        ['/makeUpDays/1/date', 'holiday_and_make_up_day'],
      ],
    ],
  ])('refused with 400: %s', async (_case, change, expected) => {
    const before = await current();
    const res = await saveCalendar({ ...calendar, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.code).toBe('validation_failed');
    expect(res.data.errors.map((e: any) => [e.path, e.code])).toEqual(expected);
    expect((await current()).version).toBe(before.version);
  });

  test('the weekday worked anyway is named, for the message in the reader’s language', async () => {
    const res = await saveCalendar({ ...calendar, makeUpDays: [{ date: '2026-10-13' }] });
    expect(res.data.errors[0]).toMatchObject({ path: '/makeUpDays/0/date', code: 'working_weekday', params: { date: '2026-10-13', weekday: 'tuesday' } });
  });

  test('a make-up day on a worked weekday is fine once that weekday is off, and names are kept by date', async () => {
    const res = await saveCalendar({
      ...calendar,
      week: { ...week, tuesday: [] },
      holidays: ['2026-10-01', '2026-10-02'],
      makeUpDays: [{ date: '2026-10-13' }],
      names: { '2026-10-01': '国庆节', '2026-10-13': '国庆节' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.data.value.names).toEqual({ '2026-10-01': '国庆节', '2026-10-13': '国庆节' });
    const badName = await saveCalendar({ ...calendar, names: { 'October 1': '国庆节' } });
    expect(badName.statusCode).toBe(400);
  });
});

describe('importing the national holiday schedule', () => {
  let version: number;

  test('a preview says what would be added and removed, and changes nothing', async () => {
    // A hand-entered day of 2027 that the schedule does not list, and last year's National Day.
    const saved = await saveCalendar({ ...calendar, holidays: ['2026-10-01', '2027-12-31'], makeUpDays: [{ date: '2026-10-10' }], names: { '2027-12-31': '公司年会' } });
    expect(saved.statusCode).toBe(200);
    version = saved.data.version;
    const events = (await settingAuditEvents()).length;

    const res = await importFile(sampleIcs, { dryRun: true });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ year: 2027, applied: false, version, removed: [{ date: '2027-12-31', kind: 'holiday', name: '公司年会' }] });
    expect(res.data.days).toHaveLength(35);
    expect(res.data.days.filter((d: any) => d.kind === 'workday').map((d: any) => d.date)).toEqual(['2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09']);
    expect(res.data.days.find((d: any) => d.date === '2027-10-09')).toEqual({ date: '2027-10-09', kind: 'workday', name: '国庆节', line: expect.any(Number), outcome: 'added' });
    expect(res.data.days.find((d: any) => d.date === '2027-10-01')).toMatchObject({ kind: 'holiday', name: '国庆节', outcome: 'added' });
    expect((await current()).version).toBe(version);
    expect(await settingAuditEvents()).toHaveLength(events);
  });

  test('applying needs the version previewed', async () => {
    expect((await importFile(sampleIcs, { dryRun: false })).statusCode).toBe(428);
    const stale = await importFile(sampleIcs, { dryRun: false, version: version - 1 });
    expect(stale.statusCode).toBe(412);
    expect(stale.data.code).toBe('precondition_failed');
    expect((await current()).version).toBe(version);
  });

  test('applied: the year is replaced by the schedule, other years kept, in one audited version', async () => {
    const res = await importFile(sampleIcs, { dryRun: false, version, fileName: 'holiday-schedule-2027-example.ics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe(`"${version + 1}"`);
    expect(res.data).toMatchObject({ applied: true, version: version + 1, year: 2027 });
    const stored = await current();
    expect(stored.version).toBe(version + 1);
    expect(stored.value.holidays).toContain('2026-10-01');
    expect(stored.value.holidays).toContain('2027-10-07');
    expect(stored.value.holidays).not.toContain('2027-12-31');
    expect(stored.value.holidays).toHaveLength(1 + 29);
    expect(stored.value.makeUpDays.map((d: any) => d.date)).toEqual(['2026-10-10', '2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09']);
    expect(stored.value.names).toMatchObject({ '2027-01-01': '元旦', '2027-02-20': '春节', '2027-10-09': '国庆节' });
    expect(stored.value.names['2027-12-31']).toBeUndefined();
    const [event] = (await settingAuditEvents()).slice(-1);
    expect(event!.after).toMatchObject({ version: version + 1, import: { fileName: 'holiday-schedule-2027-example.ics', year: 2027, added: 35, removed: 1 } });
    version += 1;
  });

  test('importing the same schedule again, even as CSV, changes nothing and leaves no new version', async () => {
    const events = (await settingAuditEvents()).length;
    const preview = await importFile(sampleCsv, { dryRun: true, fileName: 'holiday-schedule-2027-example.csv' });
    expect(preview.statusCode).toBe(200);
    expect(preview.data.days.every((d: any) => d.outcome === 'unchanged')).toBe(true);
    expect(preview.data.removed).toEqual([]);
    const res = await importFile(sampleCsv, { dryRun: false, version, fileName: 'holiday-schedule-2027-example.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ applied: false, version });
    expect((await current()).version).toBe(version);
    expect(await settingAuditEvents()).toHaveLength(events);
  });

  test('a corrected schedule takes back the days it no longer lists, with their names', async () => {
    const corrected = 'date,kind,name\n2027-10-01,holiday,国庆节\n2027-10-02,holiday,国庆节\n2027-10-09,workday,国庆节\n';
    const res = await importFile(corrected, { dryRun: true, fileName: 'corrected.csv' });
    expect(res.data.days.map((d: any) => d.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(res.data.removed).toHaveLength(35 - 3);
    expect(res.data.removed[0]).toEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect(res.data.removed).toContainEqual({ date: '2027-01-31', kind: 'workday', name: '春节' });
  });

  test('a working day the company works anyway is skipped, not made a make-up day', async () => {
    const res = await importFile('2027-10-12,班,国庆节\n2027-10-13,休,国庆节\n', { dryRun: true, fileName: 'tuesday.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.data.days.map((d: any) => [d.date, d.outcome])).toEqual([
      ['2027-10-12', 'skipped'],
      ['2027-10-13', 'added'],
    ]);
  });

  test('the year can be named: a schedule reaching into the December before replaces only its own year', async () => {
    const res = await importFile('2026-12-31,休,元旦\n2027-01-01,休,元旦\n', { dryRun: true, fileName: 'new-year.csv', year: 2026 });
    expect(res.data.year).toBe(2026);
    expect(res.data.removed).toEqual([{ date: '2026-10-01', kind: 'holiday', name: null }, { date: '2026-10-10', kind: 'workday', name: null }]);
    const none = await importFile('2027-01-01,休,元旦\n', { dryRun: true, fileName: 'x.csv', year: 2025 });
    expect(none.statusCode).toBe(422);
    expect(none.data.errors).toEqual([expect.objectContaining({ path: '/year', code: 'no_days_in_year' })]);
  });
});

describe('a file that cannot be read is refused naming its lines, and nothing changes', () => {
  test.each([
    ['a bad date and an unknown kind (CSV)', 'date,kind,name\n2027-10-01,休,国庆节\n2027-02-30,休,春节\n2027-10-02,off,国庆节\n', [[3, 'date'], [4, 'kind']]],
    ['a header that is not the first record', '2027-10-01,休,国庆节\ndate,kind,name\n', [[2, 'date']]],
    ['a date both holiday and working day, naming both lines', '2027-10-01,休,国庆节\n2027-10-08,班,国庆节\n2027-10-01,班,国庆节\n', [[3, 'both_kinds']]],
    ['an event with a time of day (.ics)', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20271001T090000\nDTEND:20271001T180000\nSUMMARY:国庆节\nEND:VEVENT\nEND:VCALENDAR\n', [[3, 'not_all_day'], [4, 'not_all_day']]],
    ['an event ending before it starts (.ics)', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20271007\r\nDTEND;VALUE=DATE:20271001\r\nSUMMARY:国庆节\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', [[4, 'event_length']]],
    ['a repeating event (.ics)', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20271001\nRRULE:FREQ=YEARLY\nSUMMARY:国庆节\nEND:VEVENT\nEND:VCALENDAR\n', [[4, 'repeating_event']]],
  ])('%s', async (_case, content, expected) => {
    const before = await current();
    for (const dryRun of [true, false]) {
      const res = await importFile(content, { dryRun, version: before.version });
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.data.code).toBe('invalid_schedule_file');
      expect(res.data.errors.map((e: any) => [e.params.line, e.code])).toEqual(expected);
      expect(res.data.errors.every((e: any) => e.path === '/content')).toBe(true);
    }
    expect((await current()).version).toBe(before.version);
  });

  test('both lines of a date given as both kinds are named', async () => {
    const res = await importFile('2027-10-01,休,国庆节\n2027-10-01,班,国庆节\n', { dryRun: true });
    expect(res.data.errors[0]).toMatchObject({ code: 'both_kinds', params: { line: 2, otherLine: 1, date: '2027-10-01' } });
  });

  test('a file without days, and an unknown field in the request', async () => {
    const empty = await importFile('date,kind,name\n', { dryRun: true });
    expect(empty.statusCode).toBe(422);
    expect(empty.data.errors[0].code).toBe('no_days');
    const typo = await t.call({ method: 'POST', url: importUrl, headers: manager, payload: { fileName: 'a.csv', content: '2027-10-01,休', dryRun: true, dryrun: true } });
    expect(typo.statusCode).toBe(400);
  });

  test('only a settings writer may import', async () => {
    const res = await t.call({ method: 'POST', url: importUrl, headers: await t.as('specialist'), payload: { fileName: 'a.csv', content: sampleCsv, dryRun: true } });
    expect(res.statusCode).toBe(403);
  });
});

describe('deadlines count on the imported days', () => {
  test('Friday 2027-10-08 17:30, high: half an hour that day, the rest on the make-up Saturday 10-09', async () => {
    const customer = await createCustomer(t, { name: '星河科技', tier: 'vip' });
    const device = await createProduct(t, { priceMinor: 30_000_00 });
    await receiveStock(t, device.id, 100);
    t.clock.set('2027-10-08T17:30:00+08:00');
    const res = await placeOrder(t, { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 3), lines: [{ productId: device.id, quantity: 5 }], paymentStatus: 'paid' });
    expect(res.data.priority.level).toBe('high');
    expect(res.data.responseDueAt).toBe(new Date('2027-10-09T09:30:00+08:00').toISOString());
  });

  test('Thursday 2027-09-30 17:30, high: the National Day week is skipped, due on Friday 10-08 after it', async () => {
    const customer = await createCustomer(t, { name: '远航贸易', tier: 'vip' });
    const device = await createProduct(t, { priceMinor: 30_000_00 });
    await receiveStock(t, device.id, 100);
    t.clock.set('2027-09-30T17:30:00+08:00');
    const res = await placeOrder(t, { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 3), lines: [{ productId: device.id, quantity: 5 }], paymentStatus: 'paid' });
    expect(res.data.responseDueAt).toBe(new Date('2027-10-08T09:30:00+08:00').toISOString());
  });
});
