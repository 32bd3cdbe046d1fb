import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { remindOverdueActions } from '../../src/modules/reports/actions-reminders.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';
import { pdfText } from '../support/pdf-text.js';

/*
 * A known October and November 2026 (Asia/Shanghai), built through the API, to check the
 * improvement actions made at the review of October against November's figures.
 *
 * October (received 10-12): two marketplace orders without a delivery date (→ exception) and
 * one approved order: exceptions.count = 2, orders.total = 3.
 * November (received 11-03): one order in exception and one approved: exceptions.count = 1,
 * orders.total = 2.
 * On 11-02 the manager makes, from October:
 *   E "减少异常订单": exceptions.count 2 → target 0 (down), owner 李专员 (specialist, reads English), due 11-20;
 *   T "提升订单量": orders.total 3 → target 5 (up), owner 赵生产 (production, reads Chinese), due 11-25.
 */

let t: TestApp;
let customer: any;
let device: any;
let specialist: any;
let production: any;
const actions: Record<'E' | 'T', any> = {} as never;

/** Shanghai wall time → the instant. */
const at = (local: string) => new Date(`${local}+08:00`).toISOString();

async function me(headers: Record<string, string>): Promise<any> {
  return (await t.call({ method: 'GET', url: '/api/v1/auth/me', headers })).data;
}

async function report(month: string): Promise<any> {
  const res = await t.call({ method: 'GET', url: `/api/v1/reports/monthly?month=${month}`, headers: await t.as('manager') });
  expect(res.statusCode).toBe(200);
  return res.data;
}

async function create(payload: Record<string, unknown>, role: 'manager' | 'sales' = 'manager') {
  return t.call({ method: 'POST', url: '/api/v1/reports/actions', headers: await t.as(role), payload });
}

async function inbox(headers: Record<string, string>, topic: string): Promise<any[]> {
  const res = await t.call({ method: 'GET', url: '/api/v1/notifications', headers });
  return res.data.items.filter((n: any) => n.topic === topic);
}

async function exceptionOrder(): Promise<void> {
  const res = await placeOrder(t, { customerId: customer.id, channel: 'marketplace', lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'unpaid' });
  expect(res.data.status).toBe('exception');
}

const validAction = () => ({
  title: '减少异常订单',
  metric: 'exceptions.count',
  fromMonth: '2026-10',
  target: 0,
  direction: 'down',
  ownerId: specialist.id,
  dueDate: '2026-11-20',
  note: '下单页必填交付日期',
});

beforeAll(async () => {
  t = await createTestApp({ now: at('2026-10-12T09:00:00') });
  customer = await createTrustedCustomer(t, { name: '杭州云帆贸易' });
  device = await createProduct(t, { name: 'A型设备', priceMinor: 100_00 });
  await receiveStock(t, device.id, 100);
  await exceptionOrder();
  await exceptionOrder();
  await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 1 }]);
  await t.drain();

  specialist = await me(await t.as('specialist', '李专员'));
  production = await me(await t.as('production', '赵生产'));
  const english = await t.call({ method: 'PATCH', url: '/api/v1/auth/me', headers: await t.as('specialist', '李专员'), payload: { locale: 'en' } });
  expect(english.statusCode).toBe(200);
  t.clock.set(at('2026-11-02T10:00:00'));
});

afterAll(async () => {
  await t?.close();
});

describe('improvement actions', () => {
  test('a manager creates an action from a month: the baseline is the figure that month, audited', async () => {
    const res = await create(validAction());
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.data).toMatchObject({
      title: '减少异常订单',
      figureKey: 'exceptions.count',
      unit: 'count',
      fromMonth: '2026-10',
      baseline: 2,
      target: 0,
      direction: 'down',
      owner: { id: specialist.id, name: '李专员' },
      dueDate: '2026-11-20',
      overdue: false,
      status: 'open',
      // November has no exception yet: the count went from 2 to 0 so far.
      latest: { month: '2026-11', value: 0, change: -2, movedRightWay: true },
      version: 1,
    });
    actions.E = res.data;

    const total = await create({ ...validAction(), title: '提升订单量', metric: 'orders.total', target: 5, direction: 'up', ownerId: production.id, dueDate: '2026-11-25', note: undefined });
    expect(total.statusCode).toBe(201);
    expect(total.data).toMatchObject({ figureKey: 'orders.total', baseline: 3, target: 5, direction: 'up', note: null });
    actions.T = total.data;

    const trail = (await t.database.db.execute(
      sql`SELECT action, actor_label, after->>'baseline' AS baseline, after->>'figureKey' AS figure FROM audit_events WHERE entity_type = 'improvement_action' AND entity_id = ${actions.E.id} ORDER BY seq`,
    )) as unknown as { rows: unknown[] };
    expect(trail.rows).toEqual([{ action: 'improvement_action.created', actor_label: 'manager', baseline: '2', figure: 'exceptions.count' }]);

    const listed = await t.call({ method: 'GET', url: '/api/v1/reports/actions?status=open', headers: await t.as('sales') });
    expect(listed.data.items.map((a: any) => a.title)).toEqual(['减少异常订单', '提升订单量']);
    const first = await t.call({ method: 'GET', url: '/api/v1/reports/actions?limit=1', headers: await t.as('sales') });
    const second = await t.call({ method: 'GET', url: `/api/v1/reports/actions?limit=1&cursor=${first.data.nextCursor}`, headers: await t.as('sales') });
    expect([...first.data.items, ...second.data.items].map((a: any) => a.title)).toEqual(['减少异常订单', '提升订单量']);
    expect(second.data.nextCursor).toBeNull();
    const mine = await t.call({ method: 'GET', url: '/api/v1/reports/actions?owner=me', headers: await t.as('production', '赵生产') });
    expect(mine.data.items.map((a: any) => a.title)).toEqual(['提升订单量']);
  });

  test('bad input is refused as problem+json naming the field; only managers create', async () => {
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ ...validAction(), colour: 'red' }, 400, 'validation_failed', '/colour'],
      [{ ...validAction(), metric: 'orders.nonsense' }, 400, 'validation_failed', '/metric'],
      [{ ...validAction(), dimension: 'telegram', metric: 'orders.byChannel' }, 422, 'action_figure_unknown', '/dimension'],
      [{ ...validAction(), metric: 'deliveryCycle.averageDays' }, 422, 'action_baseline_missing', '/metric'],
      [{ ...validAction(), target: 3 }, 422, 'action_target_wrong_way', '/target'],
      [{ ...validAction(), dueDate: '2026-11-01' }, 422, 'action_due_past', '/dueDate'],
      [{ ...validAction(), ownerId: '00000000-0000-4000-8000-000000000000' }, 422, 'action_owner_unknown', '/ownerId'],
      [{ ...validAction(), fromMonth: '2026-12' }, 422, 'action_month_in_future', '/fromMonth'],
      [{ ...validAction(), fromMonth: '0000-01' }, 400, 'validation_failed', '/fromMonth'],
    ];
    for (const [payload, status, code, path] of cases) {
      const res = await create(payload);
      expect([res.statusCode, res.headers['content-type']], code).toEqual([status, expect.stringContaining('application/problem+json')]);
      expect(res.data.code).toBe(code);
      expect(res.data.errors.map((e: any) => e.path)).toContain(path);
    }
    expect((await create(validAction(), 'sales')).statusCode).toBe(403);
    const unknownFilter = await t.call({ method: 'GET', url: '/api/v1/reports/actions?colour=red', headers: await t.as('manager') });
    expect(unknownFilter.statusCode).toBe(400);
    const count = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM improvement_actions`)) as unknown as { rows: { n: number }[] };
    expect(count.rows[0]!.n).toBe(2);
  });

  test('an edit needs the version it was made against: stale → 412, missing → 428', async () => {
    const url = `/api/v1/reports/actions/${actions.T.id}`;
    const missing = await t.call({ method: 'PATCH', url, headers: await t.as('manager'), payload: { target: 6 } });
    expect([missing.statusCode, missing.data.code]).toEqual([428, 'precondition_required']);
    const edited = await t.call({ method: 'PATCH', url, headers: { ...(await t.as('manager')), 'if-match': '"1"' }, payload: { target: 6, note: '新渠道上线' } });
    expect(edited.statusCode).toBe(200);
    expect(edited.data).toMatchObject({ target: 6, note: '新渠道上线', baseline: 3, version: 2 });
    expect(edited.headers.etag).toBe('"2"');
    const stale = await t.call({ method: 'PATCH', url, headers: { ...(await t.as('manager')), 'if-match': '"1"' }, payload: { target: 7 } });
    expect([stale.statusCode, stale.data.code]).toEqual([412, 'precondition_failed']);
    const wrongWay = await t.call({ method: 'PATCH', url, headers: { ...(await t.as('manager')), 'if-match': '"2"' }, payload: { direction: 'down' } });
    expect([wrongWay.statusCode, wrongWay.data.code]).toEqual([422, 'action_target_wrong_way']);
    expect((await t.call({ method: 'GET', url, headers: await t.as('manager') })).data).toMatchObject({ target: 6, version: 2 });
  });

  test("November's report shows each action open in November with the figure's movement against October", async () => {
    t.clock.set(at('2026-11-03T09:00:00'));
    await exceptionOrder();
    await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 1 }]);
    await t.drain();

    const november = await report('2026-11');
    expect(november.improvementActions).toEqual([
      expect.objectContaining({ title: '减少异常订单', figureKey: 'exceptions.count', ownerName: '李专员', status: 'open', baseline: 2, target: 0, value: 1, change: -1, movedRightWay: true, targetMet: false }),
      expect.objectContaining({ title: '提升订单量', figureKey: 'orders.total', ownerName: '赵生产', status: 'open', baseline: 3, target: 6, value: 2, change: -1, movedRightWay: false, targetMet: false }),
    ]);
    // Made on 11-02: October's report has none.
    expect((await report('2026-10')).improvementActions).toEqual([]);

    const xlsx = await t.call({ method: 'GET', url: '/api/v1/reports/monthly?month=2026-11&format=xlsx&lang=zh-CN', headers: await t.as('manager') });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[1]!;
    expect(sheet.name).toBe('改进措施');
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r.slice(1, 11))).toEqual([
      ['减少异常订单', '异常订单数', '', '李专员', '2026-11-20', '进行中', 2, 0, 1, '是'],
      ['提升订单量', '订单总数', '', '赵生产', '2026-11-25', '进行中', 3, 6, 2, '否'],
    ]);
    const pdf = await t.call({ method: 'GET', url: '/api/v1/reports/monthly?month=2026-11&format=pdf&lang=zh-CN', headers: await t.as('manager') });
    const text = pdfText(pdf.rawPayload).join('');
    for (const words of ['改进措施', '减少异常订单', '提升订单量', '李专员']) expect(text).toContain(words);
  });

  test("an overdue action reminds its owner once a day, in the owner's language, until it is closed", async () => {
    const owner = await t.as('specialist', '李专员');
    // 11-20 is the due day itself: not overdue yet.
    t.clock.set(at('2026-11-20T09:00:00'));
    await t.drain();
    expect(await inbox(owner, 'report.action_overdue')).toEqual([]);

    t.clock.set(at('2026-11-21T09:00:00'));
    await t.drain();
    const first = await inbox(owner, 'report.action_overdue');
    expect(first).toEqual([expect.objectContaining({ title: 'Improvement action overdue: 减少异常订单', body: expect.stringContaining('was due on 2026-11-20') })]);
    const overdue = await t.call({ method: 'GET', url: '/api/v1/reports/actions?overdue=true', headers: await t.as('manager') });
    expect(overdue.data.items.map((a: any) => [a.title, a.overdue])).toEqual([['减少异常订单', true]]);

    // Another run the same day adds nothing.
    t.clock.set(at('2026-11-21T15:00:00'));
    expect(await remindOverdueActions(t.database.db, t.clock.now(), t.config.timeZone)).toBe(0);
    await t.drain();
    expect(await inbox(owner, 'report.action_overdue')).toHaveLength(1);

    t.clock.set(at('2026-11-22T09:00:00'));
    await t.drain();
    expect(await inbox(owner, 'report.action_overdue')).toHaveLength(2);

    const done = await t.call({ method: 'POST', url: `/api/v1/reports/actions/${actions.E.id}/complete`, headers: owner, payload: { note: '下单页已强制填写交付日期' } });
    expect(done.statusCode).toBe(200);

    t.clock.set(at('2026-11-26T09:00:00'));
    await t.drain();
    expect(await inbox(owner, 'report.action_overdue')).toHaveLength(2);
    // The other owner reads Chinese.
    const zh = await inbox(await t.as('production', '赵生产'), 'report.action_overdue');
    expect(zh).toEqual([expect.objectContaining({ title: '改进措施已逾期：提升订单量', body: expect.stringContaining('已于 2026-11-25 到期') })]);
    const reminded = (await t.database.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'improvement_action' AND action = 'improvement_action.reminded'`,
    )) as unknown as { rows: { n: number }[] };
    expect(reminded.rows[0]!.n).toBe(3);
  });

  test('open → done | dropped, each with a note; illegal moves are refused with a code', async () => {
    const url = (id: string, event: string) => `/api/v1/reports/actions/${id}/${event}`;
    const done = (await t.call({ method: 'GET', url: `/api/v1/reports/actions/${actions.E.id}`, headers: await t.as('manager') })).data;
    expect(done).toMatchObject({ status: 'done', closingNote: '下单页已强制填写交付日期', overdue: false });

    const again = await t.call({ method: 'POST', url: url(actions.E.id, 'complete'), headers: await t.as('manager'), payload: { note: '再次完成' } });
    expect([again.statusCode, again.data.code]).toEqual([409, 'action_transition_invalid']);
    const dropDone = await t.call({ method: 'POST', url: url(actions.E.id, 'drop'), headers: await t.as('manager'), payload: { note: '不再需要' } });
    expect([dropDone.statusCode, dropDone.data.code]).toEqual([409, 'action_transition_invalid']);
    const editDone = await t.call({ method: 'PATCH', url: `/api/v1/reports/actions/${actions.E.id}`, headers: { ...(await t.as('manager')), 'if-match': `"${done.version}"` }, payload: { target: 1 } });
    expect([editDone.statusCode, editDone.data.code]).toEqual([409, 'action_closed']);

    // Someone else's action: not theirs to complete; dropping is a manager's.
    const notOwner = await t.call({ method: 'POST', url: url(actions.T.id, 'complete'), headers: await t.as('specialist', '李专员'), payload: { note: '替他完成' } });
    expect([notOwner.statusCode, notOwner.data.code]).toEqual([403, 'action_owner_only']);
    expect((await t.call({ method: 'POST', url: url(actions.T.id, 'drop'), headers: await t.as('production', '赵生产'), payload: { note: '做不到' } })).statusCode).toBe(403);
    const noNote = await t.call({ method: 'POST', url: url(actions.T.id, 'drop'), headers: await t.as('manager'), payload: {} });
    expect(noNote.statusCode).toBe(400);
  });

  test("a closed month keeps its actions as they stood at its close; later moves show in the next month's report", async () => {
    t.clock.set(at('2026-12-01T06:00:00'));
    await t.drain();
    const closed = await report('2026-11');
    expect(closed.state).toBe('closed');
    expect(closed.improvementActions.map((a: any) => [a.title, a.status, a.value])).toEqual([
      ['减少异常订单', 'done', 1],
      ['提升订单量', 'open', 2],
    ]);

    t.clock.set(at('2026-12-02T10:00:00'));
    const dropped = await t.call({ method: 'POST', url: `/api/v1/reports/actions/${actions.T.id}/drop`, headers: await t.as('manager'), payload: { note: '渠道计划取消' } });
    expect(dropped.statusCode).toBe(200);
    expect(dropped.data).toMatchObject({ status: 'dropped', closingNote: '渠道计划取消' });

    expect((await report('2026-11')).improvementActions).toEqual(closed.improvementActions);
    const december = await report('2026-12');
    // E was done in November; T was open in December until it was dropped. December has no orders yet.
    expect(december.improvementActions).toEqual([expect.objectContaining({ title: '提升订单量', status: 'dropped', value: 0, change: -3, movedRightWay: false })]);
    const trail = (await t.database.db.execute(
      sql`SELECT action FROM audit_events WHERE entity_type = 'improvement_action' AND entity_id = ${actions.T.id} AND action <> 'improvement_action.reminded' ORDER BY seq`,
    )) as unknown as { rows: { action: string }[] };
    expect(trail.rows.map((r) => r.action)).toEqual(['improvement_action.created', 'improvement_action.updated', 'improvement_action.dropped']);
  });
});
