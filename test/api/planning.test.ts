import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAuditChain } from '../../src/platform/audit/verify.js';
import { enqueueJob } from '../../src/platform/jobs/queue.js';
import { planApprovedOrders } from '../../src/modules/orders/planning.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

/* Execution plans, stage progress, delay reports, the promise date and the 17:00 digest (SPEC §6). */

let t: TestApp;
let customer: any;
let quiet: any;
let consumable: any;
let custom: any;

async function outbox(topic: string, orderId?: string): Promise<any[]> {
  const result = (await t.database.db.execute(
    sql`SELECT payload, customer_id FROM outbox WHERE topic = ${topic} ${orderId ? sql`AND payload->>'orderId' = ${orderId}` : sql``} ORDER BY created_at, id`,
  )) as unknown as { rows: { payload: any; customer_id: string }[] };
  return result.rows.map((r) => ({ ...r.payload, customerId: r.customer_id }));
}

async function plan(orderId: string) {
  return t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/plan`, headers: await t.as('sales') });
}

async function order(orderId: string) {
  return (await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}`, headers: await t.as('sales') })).data;
}

function stage(p: any, key: string) {
  return p.stages.find((s: any) => s.key === key);
}

async function progress(orderId: string, stageId: string, role: Parameters<TestApp['as']>[0], body: Record<string, unknown>) {
  return t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/plan/stages/${stageId}/progress`, headers: await t.as(role), payload: body });
}

async function delay(orderId: string, stageId: string, role: Parameters<TestApp['as']>[0], body: Record<string, unknown>) {
  return t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/plan/stages/${stageId}/delays`, headers: await t.as(role), payload: body });
}

const minutesAgo = (minutes: number) => new Date(t.clock.now().getTime() - minutes * 60_000).toISOString();

/** Approves every waiting review step, as the role it waits for, until the order is approved. */
async function approve(orderId: string): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    const { data: review } = await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/review`, headers: await t.as('admin') });
    const waiting = review.rounds.at(-1).steps.find((s: any) => s.status === 'waiting');
    if (!waiting) return;
    const res = await t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/review/${waiting.id}`, headers: await t.as(waiting.role), payload: { decision: 'approve' } });
    expect(res.statusCode).toBe(200);
  }
}

/** Places an order, sees it approved and lets the worker make its plan. */
async function plannedOrder(payload: Record<string, unknown>): Promise<any> {
  const res = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 30), paymentStatus: 'unpaid', ...payload });
  expect(res.statusCode).toBe(201);
  await approve(res.data.id);
  await t.drain();
  return order(res.data.id);
}

beforeAll(async () => {
  t = await createTestApp(); // Friday 2024-05-10, 09:00 in Shanghai
  customer = await createCustomer(t, { name: '苏州瑞达自动化', creditLimitMinor: 5_000_000_00, paymentTerms: { kind: 'net', netDays: 30 }, contacts: [{ name: '周经理', email: 'zhou@ruida.example', primary: true }] });
  quiet = await createCustomer(t, { name: '无活动订单客户' });
  consumable = await createProduct(t, { name: 'B型耗材-10mm', unit: '件', priceMinor: 80_00 });
  custom = await createProduct(t, { name: 'A型设备-定制款', kind: 'made_to_order', priceMinor: 10_00, leadTimes: { production: 3 } });
  await receiveStock(t, consumable.id, 1_000);
  const line = await t.call({ method: 'POST', url: '/api/v1/production-lines', headers: await t.as('production'), payload: { code: 'L1', name: '一号装配线', defaultDailyCapacity: 10 } });
  expect(line.statusCode).toBe(201);
});
afterAll(async () => t?.close());

describe('plan templates', () => {
  test('are versioned per order type; a malformed one is refused naming the field, a stale one with 412', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/planning/templates/standard', headers: await t.as('manager') });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.data.stages.map((s: any) => [s.key, s.ownerRole, s.days])).toEqual([
      ['confirm', 'specialist', 0],
      ['procurement', 'procurement', 2],
      ['production', 'production', 3],
      ['qc', 'production', 1],
      ['packing', 'warehouse', 1],
      ['logistics', 'logistics', 2],
    ]);
    const { data: custom } = await t.call({ method: 'GET', url: '/api/v1/planning/templates/custom', headers: await t.as('manager') });
    expect(custom.stages[1]).toMatchObject({ key: 'design', ownerRole: 'engineering' });

    const stages = res.data.stages;
    const duplicate = await t.call({ method: 'PUT', url: '/api/v1/planning/templates/custom', headers: { ...(await t.as('manager')), 'if-match': '"1"' }, payload: { stages: [stages[0], stages[0]] } });
    expect(duplicate.statusCode).toBe(422);
    expect(duplicate.data).toMatchObject({ code: 'invalid_plan_template', errors: [{ path: '/stages/1/key', code: 'duplicate' }] });
    const unknownRole = await t.call({ method: 'PUT', url: '/api/v1/planning/templates/custom', headers: { ...(await t.as('manager')), 'if-match': '"1"' }, payload: { stages: [{ ...stages[0], ownerRole: 'janitor' }] } });
    expect(unknownRole.data.errors).toEqual([expect.objectContaining({ path: '/stages/0/ownerRole', code: 'unknown_role' })]);

    const saved = await t.call({ method: 'PUT', url: '/api/v1/planning/templates/custom', headers: { ...(await t.as('manager')), 'if-match': '"1"' }, payload: { stages: custom.stages } });
    expect(saved.statusCode).toBe(200);
    expect(saved.data.version).toBe(2);
    const stale = await t.call({ method: 'PUT', url: '/api/v1/planning/templates/custom', headers: { ...(await t.as('manager')), 'if-match': '"1"' }, payload: { stages: custom.stages } });
    expect(stale.statusCode).toBe(412);
  });
});

describe('a stock order from approval to ready to ship', () => {
  let placed: any;
  let made: any;

  test('intake promises a date from stock and stage durations, the one its preview showed; the approval message says it', async () => {
    const body = { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: consumable.id, quantity: 100 }], paymentStatus: 'unpaid' };
    const preview = await t.call({ method: 'POST', url: '/api/v1/orders/preview', headers: await t.as('sales'), payload: body });
    expect(preview.data.promise.date).toBe('2024-05-14');
    expect(preview.data.promise.reasoning).toContainEqual(expect.objectContaining({ factor: 'stage', stage: 'logistics', stageName: expect.objectContaining({ 'zh-CN': expect.any(String) }) }));
    const res = await placeOrder(t, body);
    placed = res.data;
    // Friday: confirm and pack today, two days of logistics → Tuesday.
    expect(placed).toMatchObject({ status: 'approved', promisedDeliveryDate: '2024-05-14' });
    expect((await outbox('order.approved', placed.id))[0]).toMatchObject({ expectedDelivery: '2024-05-14', audience: { customer: true } });
  });

  test('the worker makes the plan: stages with owners and dates, the order planned and its plan deadline met', async () => {
    await t.drain();
    const res = await plan(placed.id);
    expect(res.statusCode).toBe(200);
    made = res.data;
    expect(made).toMatchObject({ orderNumber: placed.number, template: { orderType: 'standard', version: 1 }, greenChannel: false, promiseDate: '2024-05-14' });
    expect(made.stages.map((s: any) => [s.key, s.ownerRole, s.plannedStart, s.plannedEnd, s.status])).toEqual([
      ['confirm', 'specialist', '2024-05-10', '2024-05-10', 'pending'],
      ['packing', 'warehouse', '2024-05-10', '2024-05-10', 'pending'],
      ['logistics', 'logistics', '2024-05-13', '2024-05-14', 'pending'],
    ]);
    expect((await order(placed.id)).status).toBe('planned');
    const clocks = await t.call({ method: 'GET', url: `/api/v1/orders/${placed.id}/sla`, headers: await t.as('sales') });
    expect(clocks.data.clocks.find((c: any) => c.kind === 'plan')).toMatchObject({ status: 'met' });
    const events = await t.call({ method: 'GET', url: `/api/v1/orders/${placed.id}/events`, headers: await t.as('admin') });
    expect(events.data.items.map((e: any) => e.action)).toContain('order.planned');
  });

  test('progress out of order, or by another role, is refused and changes nothing', async () => {
    const early = await progress(placed.id, stage(made, 'logistics').id, 'logistics', { status: 'in_progress' });
    expect(early.statusCode).toBe(409);
    expect(early.data).toMatchObject({ code: 'stage_out_of_order', waitingFor: { key: 'confirm' } });
    const foreign = await progress(placed.id, stage(made, 'packing').id, 'production', { status: 'done' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.data.code).toBe('stage_role_required');
    const stages = (await plan(placed.id)).data.stages;
    expect(stages.length).toBeGreaterThan(0);
    expect(stages.every((s: any) => s.status === 'pending' && s.actualStart === null)).toBe(true);
    expect((await order(placed.id)).status).toBe('planned');
  });

  test('progress in order moves the order: under way, then ready to ship', async () => {
    const confirmed = await progress(placed.id, stage(made, 'confirm').id, 'specialist', { status: 'done', note: '已与客户确认交付地址' });
    expect(confirmed.statusCode).toBe(200);
    expect(stage(confirmed.data, 'confirm')).toMatchObject({ status: 'done', note: '已与客户确认交付地址', actualEnd: t.clock.now().toISOString() });
    expect((await order(placed.id)).status).toBe('in_progress');

    await progress(placed.id, stage(made, 'packing').id, 'warehouse', { status: 'in_progress' });
    expect((await order(placed.id)).status).toBe('in_progress');
    const packed = await progress(placed.id, stage(made, 'packing').id, 'warehouse', { status: 'done' });
    expect(stage(packed.data, 'packing').status).toBe('done');
    expect((await order(placed.id)).status).toBe('ready_to_ship');

    const again = await progress(placed.id, stage(made, 'packing').id, 'warehouse', { status: 'done' });
    expect(again.data.code).toBe('stage_already_done');
    const shipping = await progress(placed.id, stage(made, 'logistics').id, 'logistics', { status: 'in_progress' });
    expect(shipping.statusCode).toBe(200);
    // Each step reaches open screens as a live event, and nobody is sent a message about it.
    // (The test clock stands still, so the messages share one instant: compare them as a set.)
    const progressed = await outbox('order.stage_progressed', placed.id);
    expect(progressed.map((m) => `${m.step} ${m.status}`).sort()).toEqual(['confirm done', 'logistics in_progress', 'packing done', 'packing in_progress']);
    expect(progressed.every((m) => Object.keys(m.audience).length === 0)).toBe(true);
  });
});

describe('delay reports', () => {
  let placed: any;
  let made: any;

  beforeAll(async () => {
    placed = await plannedOrder({ lines: [{ productId: consumable.id, quantity: 50 }] });
    made = (await plan(placed.id)).data;
    await progress(placed.id, stage(made, 'confirm').id, 'specialist', { status: 'done' });
  });

  test('filed later than 30 minutes after the delay was known, it is refused naming knownAt, and nothing moves', async () => {
    const late = await delay(placed.id, stage(made, 'packing').id, 'warehouse', { days: 2, reason: '包装材料未到', contingency: 'backup_supplier', knownAt: minutesAgo(31) });
    expect(late.statusCode).toBe(422);
    expect(late.data).toMatchObject({ code: 'delay_report_late', errors: [{ path: '/knownAt', code: 'too_late' }] });
    expect((await plan(placed.id)).data).toMatchObject({ promiseDate: '2024-05-14', delays: [] });
  });

  test('filed in time, it recomputes the plan and the promise date, and the customer is told', async () => {
    const res = await delay(placed.id, stage(made, 'packing').id, 'warehouse', { days: 2, reason: '包装材料未到', contingency: 'backup_supplier', measure: '改用二号供应商', knownAt: minutesAgo(10) });
    expect(res.statusCode).toBe(200);
    expect(stage(res.data, 'packing')).toMatchObject({ status: 'delayed', plannedEnd: '2024-05-14', delayReason: '包装材料未到', contingency: 'backup_supplier', measure: '改用二号供应商' });
    expect(stage(res.data, 'logistics')).toMatchObject({ plannedStart: '2024-05-15', plannedEnd: '2024-05-16' });
    expect(res.data).toMatchObject({ promiseDate: '2024-05-16', delays: [{ stageKey: 'packing', days: 2, status: 'applied', promiseBefore: '2024-05-14', promiseAfter: '2024-05-16' }] });
    expect((await order(placed.id)).promisedDeliveryDate).toBe('2024-05-16');

    const [moved] = await outbox('order.promise_date_changed', placed.id);
    expect(moved).toMatchObject({ customerId: customer.id, expectedDelivery: '2024-05-16', previousDelivery: '2024-05-14', audience: { customer: true, roles: ['specialist'] } });
    expect(await outbox('order.delay_reported', placed.id)).toEqual([expect.objectContaining({ step: 'packing', audience: { roles: ['specialist'] } })]);
    await t.drain();
    const inbox = await t.call({ method: 'GET', url: '/api/v1/notifications', headers: await t.as('specialist') });
    expect(inbox.data.items.map((n: any) => n.title)).toContain(`交付日期调整：${placed.number}`);
  });
});

describe('a substitute material', () => {
  let placed: any;
  let production: any;

  test('waits for the customer: the stage is blocked and the plan does not move until they confirm', async () => {
    placed = await plannedOrder({ lines: [{ productId: custom.id, quantity: 5 }] });
    const made = (await plan(placed.id)).data;
    // Production 3 days from the product's lead time, QC, packing, two days of logistics.
    expect(made.stages.map((s: any) => [s.key, s.plannedStart, s.plannedEnd])).toEqual([
      ['confirm', '2024-05-10', '2024-05-10'],
      ['production', '2024-05-10', '2024-05-14'],
      ['qc', '2024-05-15', '2024-05-15'],
      ['packing', '2024-05-16', '2024-05-16'],
      ['logistics', '2024-05-17', '2024-05-20'],
    ]);
    expect(placed.promisedDeliveryDate).toBe('2024-05-20');
    production = stage(made, 'production');
    await progress(placed.id, stage(made, 'confirm').id, 'specialist', { status: 'done' });

    const res = await delay(placed.id, production.id, 'production', { days: 1, reason: '原定钢材断货', contingency: 'substitute_material', measure: '改用同规格国产钢材', knownAt: minutesAgo(5) });
    expect(res.statusCode).toBe(200);
    expect(stage(res.data, 'production').status).toBe('blocked');
    expect(res.data).toMatchObject({ promiseDate: '2024-05-20', delays: [{ status: 'awaiting_customer', promiseAfter: null }] });
    expect(await outbox('order.substitute_proposed', placed.id)).toEqual([expect.objectContaining({ audience: { customer: true } })]);
    expect(await outbox('order.promise_date_changed', placed.id)).toEqual([]);
    const blocked = await progress(placed.id, production.id, 'production', { status: 'in_progress' });
    expect(blocked.data.code).toBe('stage_blocked');
  });

  test('confirmed by the customer, the delay applies and the promise date moves', async () => {
    const { data: current } = await plan(placed.id);
    const url = `/api/v1/orders/${placed.id}/plan/delays/${current.delays[0].id}/customer-confirmation`;
    const res = await t.call({ method: 'POST', url, headers: await t.as('specialist'), payload: { accepted: true, note: '客户电话确认同意替代' } });
    expect(res.statusCode).toBe(200);
    expect(stage(res.data, 'production')).toMatchObject({ status: 'delayed', plannedEnd: '2024-05-15' });
    expect(res.data).toMatchObject({ promiseDate: '2024-05-21', delays: [{ status: 'applied', customerDecisionNote: '客户电话确认同意替代', promiseAfter: '2024-05-21' }] });
    expect((await order(placed.id)).promisedDeliveryDate).toBe('2024-05-21');
    expect(await outbox('order.promise_date_changed', placed.id)).toEqual([expect.objectContaining({ expectedDelivery: '2024-05-21', previousDelivery: '2024-05-20' })]);
    const twice = await t.call({ method: 'POST', url, headers: await t.as('specialist'), payload: { accepted: true } });
    expect(twice.data.code).toBe('delay_not_awaiting_customer');
  });
});

describe('the promise-date quote', () => {
  async function quote(body: Record<string, unknown>) {
    return t.call({ method: 'POST', url: '/api/v1/orders/quote', headers: await t.as('sales'), payload: { customerId: customer.id, ...body } });
  }

  test('from stock: packing and logistics only, each factor explained', async () => {
    const res = await quote({ lines: [{ productId: consumable.id, quantity: 10 }] });
    expect(res.statusCode).toBe(200);
    expect(res.data.promiseDate).toBe('2024-05-14');
    expect(res.data.reasoning).toEqual([
      expect.objectContaining({ factor: 'stock', sku: consumable.sku, shortUnits: 0 }),
      expect.objectContaining({ factor: 'stage', stage: 'confirm' }),
      expect.objectContaining({ factor: 'stage', stage: 'packing', source: 'template' }),
      expect.objectContaining({ factor: 'stage', stage: 'logistics', plannedEnd: '2024-05-14' }),
    ]);
  });

  test('beyond the stock on hand: procurement comes first', async () => {
    const res = await quote({ lines: [{ productId: consumable.id, quantity: 5_000 }] });
    expect(res.data.reasoning[0]).toMatchObject({ factor: 'stock', shortUnits: 5_000 - 850 });
    expect(res.data.reasoning.map((r: any) => r.stage).filter(Boolean)).toEqual(['confirm', 'procurement', 'packing', 'logistics']);
    expect(res.data.promiseDate).toBe('2024-05-16');
  });

  test('made to order: the capacity calendar with the queue ahead can push production out', async () => {
    // 10 units a day; 5 units of the substitute order are still in the queue: 40 units are covered on Wednesday.
    const res = await quote({ lines: [{ productId: custom.id, quantity: 35 }] });
    expect(res.data.reasoning).toContainEqual(expect.objectContaining({ factor: 'capacity', units: 35, unitsAhead: 5, coveredOn: '2024-05-15' }));
    expect(res.data.promiseDate).toBe('2024-05-21');
    const unknown = await quote({ lines: [{ productId: customer.id, quantity: 1 }] });
    expect(unknown.data).toMatchObject({ code: 'unknown_reference', errors: [{ path: '/lines/0/productId' }] });
  });
});

describe('the green channel', () => {
  test('an urgent order goes ahead of earlier orders in the production schedule', async () => {
    const standard = await plannedOrder({ lines: [{ productId: custom.id, quantity: 40 }] });
    const urgent = await plannedOrder({ type: 'urgent', lines: [{ productId: custom.id, quantity: 10 }] });
    expect([standard.status, urgent.status]).toEqual(['planned', 'planned']);
    const queue = await t.call({ method: 'GET', url: '/api/v1/planning/production-queue', headers: await t.as('production') });
    expect(queue.data.items.map((i: any) => [i.orderNumber, i.greenChannel])).toEqual([
      [urgent.number, true],
      [expect.any(String), false],
      [standard.number, false],
    ]);
    const standardEnd = stage((await plan(standard.id)).data, 'production').plannedEnd;
    const urgentPlan = (await plan(urgent.id)).data;
    expect(urgentPlan.greenChannel).toBe(true);
    expect(stage(urgentPlan, 'production').plannedEnd < standardEnd).toBe(true);
  });
});

describe('orders approved together', () => {
  test('are planned in one round of the worker, each queued for capacity behind the one approved before it, each once', async () => {
    const placed: any[] = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 30), paymentStatus: 'unpaid', lines: [{ productId: custom.id, quantity: 10 }] });
      expect(res.statusCode).toBe(201);
      await approve(res.data.id);
      placed.push(res.data);
      t.clock.advance(60_000);
    }
    await t.drain();
    const orders = await Promise.all(placed.map((p) => order(p.id)));
    expect(orders.map((o) => o.status)).toEqual(['planned', 'planned', 'planned']);
    // Ten units a day on the one line: each order's ten units end production a working day after the one before.
    const ends = await Promise.all(placed.map(async (p) => stage((await plan(p.id)).data, 'production').plannedEnd));
    expect(ends[0] < ends[1] && ends[1] < ends[2]).toBe(true);
    expect(orders.map((o) => o.promisedDeliveryDate)).toEqual(await Promise.all(placed.map(async (p) => (await plan(p.id)).data.promiseDate)));
    for (const p of placed) expect(await outbox('order.planned', p.id)).toHaveLength(1);

    const { rows } = (await t.database.db.execute(
      sql`SELECT entity_id, action FROM audit_events WHERE entity_id IN (${sql.join(placed.map((p) => sql`${p.id}`), sql`, `)}) AND action IN ('sla.met', 'sla.closed_late', 'plan.created', 'order.planned') ORDER BY chain, seq`,
    )) as unknown as { rows: { entity_id: string; action: string }[] };
    for (const p of placed) expect(rows.filter((r) => r.entity_id === p.id).map((r) => r.action)).toEqual([expect.stringMatching(/^sla\./), 'plan.created', 'order.planned']);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);

    // A job run again (its lease ran out after the batch committed) finds the orders planned and does nothing.
    const versions = orders.map((o) => o.version);
    await planApprovedOrders(t.database.db, t.clock.now(), 'Asia/Shanghai', placed.map((p) => p.id));
    expect((await Promise.all(placed.map((p) => order(p.id)))).map((o) => o.version)).toEqual(versions);
    for (const p of placed) expect(await outbox('order.planned', p.id)).toHaveLength(1);
  });
});

describe('the 17:00 digest', () => {
  test('one message per customer with active orders, however often it runs', async () => {
    expect(await outbox('customer.digest_sent')).toEqual([]);
    t.clock.set('2024-05-10T09:00:30.000Z'); // 17:00 in Shanghai
    await t.drain();
    const digests = await outbox('customer.digest_sent');
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ customerId: customer.id, day: '2024-05-10', audience: { customer: true } });
    expect(digests[0].orders.length).toBeGreaterThanOrEqual(5);
    expect(digests[0].orders).toContainEqual(expect.objectContaining({ status: 'ready_to_ship', expectedDelivery: '2024-05-14' }));
    expect(digests.some((d) => d.customerId === quiet.id)).toBe(false);

    await enqueueJob(t.database.db, t.clock.now(), { kind: 'customer.digest', payload: { scheduledFor: '2024-05-10T09:00:00.000Z' } });
    await t.drain();
    expect(await outbox('customer.digest_sent')).toHaveLength(1);
  });

  test("a customer abroad hears at 17:00 in their own time zone, and a bad zone is refused", async () => {
    const refused = await t.call({ method: 'POST', url: '/api/v1/customers', headers: await t.as('admin'), payload: { name: 'Bad Zone GmbH', type: 'company', tier: 'normal', timeZone: 'Europe/Atlantis' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.data.errors[0]).toMatchObject({ path: '/timeZone' });
    const abroad = await createCustomer(t, { name: 'Rhein Maschinenbau GmbH', tier: 'normal', timeZone: 'Europe/Berlin', creditLimitMinor: 500_000_00, paymentTerms: { kind: 'net', netDays: 30 }, contacts: [{ name: 'Frau Weber', email: 'weber@rhein.example', primary: true }] });
    expect(abroad.timeZone).toBe('Europe/Berlin');
    const placed = await placeOrder(t, { customerId: abroad.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: consumable.id, quantity: 5 }], paymentStatus: 'paid' });
    expect(placed.statusCode).toBe(201);
    const digestsFor = async () => (await outbox('customer.digest_sent')).filter((d) => d.customerId === abroad.id);

    // Hour by hour through the afternoon in Berlin (UTC+2 in May): 17:00 there is 15:00 UTC.
    for (const hour of ['10', '11', '12', '13', '14']) {
      t.clock.set(`2024-05-10T${hour}:00:30.000Z`);
      await t.drain();
    }
    expect(await digestsFor()).toEqual([]);
    t.clock.set('2024-05-10T15:00:30.000Z');
    await t.drain();
    t.clock.set('2024-05-10T16:00:30.000Z');
    await t.drain();
    expect(await digestsFor()).toEqual([expect.objectContaining({ day: '2024-05-10', orders: [expect.objectContaining({ number: placed.data.number })] })]);
  });
});

describe('the delivery stage', () => {
  // Last in the file: it moves the shared test clock a day on.
  test('nobody reports it by hand: the first shipment starts it and delivery finishes it', async () => {
    const placed = await plannedOrder({ lines: [{ productId: consumable.id, quantity: 20 }] });
    const made = (await plan(placed.id)).data;
    await progress(placed.id, stage(made, 'confirm').id, 'specialist', { status: 'done' });
    await progress(placed.id, stage(made, 'packing').id, 'warehouse', { status: 'done' });
    expect((await order(placed.id)).status).toBe('ready_to_ship');

    t.clock.advance(3_600_000);
    const shippedAt = t.clock.now().toISOString();
    const shipment = await t.call({
      method: 'POST',
      url: `/api/v1/orders/${placed.id}/shipments`,
      headers: await t.as('warehouse'),
      payload: { carrier: { kind: 'express', name: '顺丰速运' }, trackingNumber: 'SF1400000001', costMinor: 20_00, lines: [{ lineId: placed.lines[0].id, quantity: 20 }] },
    });
    expect(shipment.statusCode).toBe(201);
    expect(stage((await plan(placed.id)).data, 'logistics')).toMatchObject({ status: 'in_progress', actualStart: shippedAt, actualEnd: null });

    t.clock.advance(24 * 3_600_000);
    const delivered = await t.call({ method: 'POST', url: `/api/v1/shipments/${shipment.data.id}/events`, headers: await t.as('logistics'), payload: { status: 'delivered', at: t.clock.now().toISOString() } });
    expect(delivered.statusCode).toBe(201);
    expect((await order(placed.id)).status).toBe('delivered');
    expect(stage((await plan(placed.id)).data, 'logistics')).toMatchObject({ status: 'done', actualStart: shippedAt, actualEnd: t.clock.now().toISOString() });
  });
});

// Last in the file: its orders keep production capacity that the quote and green-channel tests count.
describe('a substitute the customer declines', () => {
  async function proposeSubstitute(placed: any, started: boolean) {
    const made = (await plan(placed.id)).data;
    await progress(placed.id, stage(made, 'confirm').id, 'specialist', { status: 'done' });
    const production = stage(made, 'production');
    if (started) expect((await progress(placed.id, production.id, 'production', { status: 'in_progress' })).statusCode).toBe(200);
    const res = await delay(placed.id, production.id, 'production', { days: 2, reason: '原定钢材断货', contingency: 'substitute_material', knownAt: minutesAgo(5) });
    expect(stage(res.data, 'production').status).toBe('blocked');
    return { production, delayId: res.data.delays[0].id };
  }

  async function answer(orderId: string, delayId: string, body: Record<string, unknown>) {
    return t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/plan/delays/${delayId}/customer-confirmation`, headers: await t.as('specialist'), payload: body });
  }

  test('a started stage goes back to work, an unstarted one back to pending; the plan and the promise stay', async () => {
    for (const started of [true, false]) {
      const placed = await plannedOrder({ lines: [{ productId: custom.id, quantity: 5 }] });
      const { production, delayId } = await proposeSubstitute(placed, started);
      const res = await answer(placed.id, delayId, { accepted: false, note: '客户不接受替代材料' });
      expect(res.statusCode).toBe(200);
      expect(stage(res.data, 'production')).toMatchObject({ status: started ? 'in_progress' : 'pending', plannedEnd: production.plannedEnd });
      expect(res.data).toMatchObject({ promiseDate: placed.promisedDeliveryDate, delays: [{ status: 'declined', customerDecisionNote: '客户不接受替代材料', promiseAfter: null }] });
      expect((await answer(placed.id, delayId, { accepted: true })).data.code).toBe('delay_not_awaiting_customer');
    }
  });

  test("once the order is cancelled, the customer's answer is refused and the stage stays cancelled", async () => {
    const placed = await plannedOrder({ lines: [{ productId: custom.id, quantity: 5 }] });
    const { delayId } = await proposeSubstitute(placed, false);
    const cancelled = await t.call({ method: 'POST', url: `/api/v1/orders/${placed.id}/cancel`, headers: await t.as('specialist'), payload: { reason: '客户取消订单' } });
    expect(cancelled.data.status).toBe('cancelled');
    const res = await answer(placed.id, delayId, { accepted: true });
    expect(res.statusCode).toBe(409);
    expect(res.data.code).toBe('plan_cancelled');
    expect(stage((await plan(placed.id)).data, 'production').status).toBe('cancelled');
  });
});
