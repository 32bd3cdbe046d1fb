import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip } from '../support/fulfilment.js';

/* Issue 16, item 5: the late reason given on any approval, stage actions from the stage machine,
 * a stage done late moving the rest of the plan, reasons for partial acceptance, portal photos. */

let t: TestApp;
let vip: any;
let customer: any;
let otherCustomer: any;
let consumable: any;
let device: any;
let pump: any;

beforeAll(async () => {
  t = await createTestApp(); // Friday 2024-05-10, 09:00 in Shanghai
  vip = await createCustomer(t, { name: '华东精密制造', tier: 'vip', creditLimitMinor: 100_000_00, paymentTerms: { kind: 'net', netDays: 60 } });
  customer = await createTrustedCustomer(t, { name: '苏州瑞达自动化', contacts: [{ name: '周经理', phone: '13900000001', email: 'zhou@ruida.example', primary: true }] });
  otherCustomer = await createTrustedCustomer(t, { name: '苏州远航机电', contacts: [{ name: '赵工', phone: '13900000002', email: 'zhao@other.test', primary: true }] });
  consumable = await createProduct(t, { name: 'B型耗材-10mm', unit: '件', priceMinor: 80_00 });
  device = await createProduct(t, { priceMinor: 30_000_00 });
  pump = await createProduct(t, { name: '水泵', unit: '台', priceMinor: 40_00 });
  await receiveStock(t, consumable.id, 1_000);
  await receiveStock(t, device.id, 50);
  await receiveStock(t, pump.id, 1_000);
});
afterAll(async () => t?.close());

async function get(url: string, role: Parameters<TestApp['as']>[0] = 'admin') {
  return (await t.call({ method: 'GET', url, headers: await t.as(role) })).data;
}

async function outbox(topic: string, orderId: string): Promise<any[]> {
  const result = (await t.database.db.execute(sql`SELECT payload FROM outbox WHERE topic = ${topic} AND payload->>'orderId' = ${orderId} ORDER BY created_at, id`)) as unknown as { rows: { payload: any }[] };
  return result.rows.map((r) => r.payload);
}

async function auditActions(orderId: string): Promise<any[]> {
  const result = (await t.database.db.execute(sql`SELECT action, before, after FROM audit_events WHERE entity_id = ${orderId} ORDER BY seq`)) as unknown as { rows: any[] };
  return result.rows;
}

async function waitingStep(orderId: string) {
  const review = await get(`/api/v1/orders/${orderId}/review`);
  return review.rounds.at(-1).steps.find((s: any) => s.status === 'waiting');
}

async function decideWaiting(orderId: string, body: Record<string, unknown>) {
  const waiting = await waitingStep(orderId);
  return t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/review/${waiting.id}`, headers: await t.as(waiting.role), payload: body });
}

const responseClock = async (orderId: string) => (await get(`/api/v1/orders/${orderId}/sla`, 'specialist')).clocks.find((c: any) => c.kind === 'response');

describe('the late reason, given before the last approval', () => {
  /** A VIP order over its credit limit waits for two approvals (finance, then the manager). */
  async function overCredit() {
    const res = await placeOrder(t, { customerId: vip.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 3), lines: [{ productId: device.id, quantity: 4 }], paymentStatus: 'unpaid' });
    expect(res.data.status).toBe('under_review');
    return res.data;
  }

  test('is recorded when the first approval comes after the deadline, so the last approver is not asked again', async () => {
    const order = await overCredit();
    t.clock.advance(70 * 60_000);
    const first = await decideWaiting(order.id, { decision: 'approve', lateReason: '财务系统故障，延迟审核' });
    expect(first.statusCode).toBe(200);
    expect(await responseClock(order.id)).toMatchObject({ status: 'missed', satisfiedAt: null, lateReason: { reason: '财务系统故障，延迟审核' } });
    expect((await auditActions(order.id)).map((e) => e.action)).toContain('sla.late_reason_recorded');

    const last = await decideWaiting(order.id, { decision: 'approve' });
    expect(last.statusCode).toBe(200);
    expect(last.data.status).toBe('approved');
    expect(await responseClock(order.id)).toMatchObject({ status: 'missed', lateReason: { reason: '财务系统故障，延迟审核' } });
  });

  test('without it, the last approval after the deadline is still refused', async () => {
    const order = await overCredit();
    t.clock.advance(70 * 60_000);
    expect((await decideWaiting(order.id, { decision: 'approve' })).statusCode).toBe(200);
    const last = await decideWaiting(order.id, { decision: 'approve' });
    expect(last.statusCode).toBe(409);
    expect(last.data.code).toBe('late_reason_required');
  });

  test('given before the deadline, it records nothing', async () => {
    const order = await overCredit();
    expect((await decideWaiting(order.id, { decision: 'approve', lateReason: '不需要' })).statusCode).toBe(200);
    expect(await responseClock(order.id)).toMatchObject({ status: 'open', lateReason: null });
  });
});

describe('the plan', () => {
  let placed: any;
  const stage = (plan: any, key: string) => plan.stages.find((s: any) => s.key === key);
  const progress = async (stageId: string, role: Parameters<TestApp['as']>[0], body: Record<string, unknown>) =>
    t.call({ method: 'POST', url: `/api/v1/orders/${placed.id}/plan/stages/${stageId}/progress`, headers: await t.as(role), payload: body });

  beforeAll(async () => {
    const res = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 30), paymentStatus: 'unpaid', lines: [{ productId: consumable.id, quantity: 50 }] });
    expect(res.data.status).toBe('approved');
    await t.drain();
    placed = await get(`/api/v1/orders/${res.data.id}`);
    expect(placed.status).toBe('planned');
  });

  test('each stage answers the actions its state takes: start and finish in plan order, delay while it can be delayed', async () => {
    const plan = await get(`/api/v1/orders/${placed.id}/plan`);
    expect(plan.stages.map((s: any) => [s.key, s.actions])).toEqual([
      ['confirm', ['start', 'finish', 'delay']],
      ['packing', ['delay']],
      ['logistics', ['delay']],
    ]);
    const started = await progress(stage(plan, 'confirm').id, 'specialist', { status: 'in_progress' });
    expect(stage(started.data, 'confirm').actions).toEqual(['finish', 'delay']);
  });

  test('a stage done after its planned end moves the later stages and the promise date; the customer is told', async () => {
    const before = await get(`/api/v1/orders/${placed.id}/plan`);
    expect(before).toMatchObject({ promiseDate: '2024-05-14' });
    expect(stage(before, 'confirm')).toMatchObject({ plannedStart: '2024-05-10', plannedEnd: '2024-05-10' });
    expect(stage(before, 'packing')).toMatchObject({ plannedStart: '2024-05-10', plannedEnd: '2024-05-10' });
    expect(stage(before, 'logistics')).toMatchObject({ plannedStart: '2024-05-13', plannedEnd: '2024-05-14' });
    t.clock.set(new Date('2024-05-14T02:00:00Z')); // Tuesday 10:00 in Shanghai: two working days late

    const done = await progress(stage(before, 'confirm').id, 'specialist', { status: 'done' });
    expect(done.statusCode).toBe(200);
    expect(stage(done.data, 'confirm')).toMatchObject({ status: 'done', plannedEnd: '2024-05-10', actions: [] });
    // The same-day confirmation ended on Tuesday: packing follows that day, logistics (two days) after it.
    expect(stage(done.data, 'packing')).toMatchObject({ plannedStart: '2024-05-14', plannedEnd: '2024-05-14', actions: ['start', 'finish', 'delay'] });
    expect(stage(done.data, 'logistics')).toMatchObject({ plannedStart: '2024-05-15', plannedEnd: '2024-05-16' });
    expect(done.data.promiseDate).toBe('2024-05-16');
    expect((await get(`/api/v1/orders/${placed.id}`)).promisedDeliveryDate).toBe('2024-05-16');

    expect(await outbox('order.promise_date_changed', placed.id)).toEqual([
      expect.objectContaining({ expectedDelivery: '2024-05-16', previousDelivery: '2024-05-14', audience: { customer: true, roles: ['specialist'] } }),
    ]);
    const replanned = (await auditActions(placed.id)).filter((e) => e.action === 'plan.replanned');
    expect(replanned).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ stage: 'confirm', promiseDate: '2024-05-14' }),
        after: expect.objectContaining({ endedOn: '2024-05-14', promiseDate: '2024-05-16', stages: [expect.objectContaining({ stage: 'packing', plannedStart: '2024-05-14' }), expect.objectContaining({ stage: 'logistics', plannedStart: '2024-05-15' })] }),
      }),
    ]);
  });

  test('a stage done on time moves nothing', async () => {
    const before = await get(`/api/v1/orders/${placed.id}/plan`);
    const done = await progress(stage(before, 'packing').id, 'warehouse', { status: 'done' }); // on its planned day, the 14th
    expect(done.statusCode).toBe(200);
    expect(stage(done.data, 'logistics')).toMatchObject({ plannedStart: '2024-05-15', plannedEnd: '2024-05-16' });
    expect(done.data.promiseDate).toBe('2024-05-16');
    expect(await outbox('order.promise_date_changed', placed.id)).toHaveLength(1);
  });
});

describe('a partial or refused acceptance', () => {
  test('needs a reason on each line not passed, or an overall one; without, nothing is written', async () => {
    const delivered = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: pump.id, quantity: 5 }]));
    const accept = async (payload: Record<string, unknown>) => t.call({ method: 'POST', url: `/api/v1/orders/${delivered.id}/acceptance`, headers: await t.as('logistics'), payload });
    const bare = await accept({ lines: [{ lineId: delivered.lines[0].id, result: 'partial', acceptedQuantity: 3 }] });
    expect(bare.statusCode).toBe(422);
    expect(bare.data).toMatchObject({ code: 'acceptance_reason_required', errors: [{ path: '/lines/0/comment', code: 'reason_required' }] });
    expect((await get(`/api/v1/orders/${delivered.id}`)).status).toBe('delivered');
    const blank = await accept({ lines: [{ lineId: delivered.lines[0].id, result: 'fail', comment: '   ' }] });
    expect(blank.data.code).toBe('acceptance_reason_required');

    const explained = await accept({ lines: [{ lineId: delivered.lines[0].id, result: 'partial', acceptedQuantity: 3 }], comment: '两台运输中摔坏' });
    expect(explained.statusCode).toBe(201);
    expect(explained.data).toMatchObject({ result: 'partial', comment: '两台运输中摔坏' });
  });
});

describe('portal photos of a delivery', () => {
  const boundary = 'ordo-portal-photo';
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
  const multipart = (name: string, content: Buffer) =>
    Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`), content, Buffer.from(`\r\n--${boundary}--\r\n`)]);

  async function portalSession(customerId: string, email: string): Promise<Record<string, string>> {
    const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customerId}/portal-users`, headers: await t.as('sales'), payload: { email, name: '采购 李' } });
    expect(invited.statusCode).toBe(201);
    const token = (invited.data.handedOverLink.url as string).split('/').pop();
    const followed = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${token}` });
    expect(followed.statusCode).toBe(200);
    return { ordo_session: followed.cookies.find((c: any) => c.name === 'ordo_session')!.value };
  }

  const upload = (orderId: string, cookies: Record<string, string>, name: string, content: Buffer) =>
    t.call({ method: 'POST', url: `/api/v1/portal/orders/${orderId}/acceptance/photos`, cookies, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: multipart(name, content) });

  test('the customer adds photos to their own recorded acceptance; another customer, a file that is no picture or no acceptance yet are refused', async () => {
    const mine = await portalSession(customer.id, 'li.buyer@ruida.example');
    const theirs = await portalSession(otherCustomer.id, 'buyer@other.test');
    const delivered = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: pump.id, quantity: 2 }]));

    expect((await upload(delivered.id, mine, 'early.png', png)).statusCode).toBe(404);
    const accepted = await t.call({ method: 'POST', url: `/api/v1/portal/orders/${delivered.id}/acceptance`, cookies: mine, payload: { lines: [{ lineId: delivered.lines[0].id, result: 'fail', comment: '外壳破裂' }] } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.data.acceptance.photos).toEqual([]);

    const added = await upload(delivered.id, mine, '破损.png', png);
    expect(added.statusCode).toBe(201);
    expect(added.data.acceptance.photos).toEqual([expect.objectContaining({ fileName: '破损.png' })]);
    const staff = await get(`/api/v1/orders/${delivered.id}/acceptance`);
    expect(staff.photos).toEqual([expect.objectContaining({ fileName: '破损.png', contentType: 'image/png' })]);
    expect((await auditActions(delivered.id)).map((e) => e.action)).toContain('order.acceptance_photo_added');

    const foreign = await upload(delivered.id, theirs, 'x.png', png);
    expect(foreign.statusCode).toBe(404);
    const text = await upload(delivered.id, mine, 'fake.png', Buffer.from('just some words, not a picture'));
    expect(text.statusCode).toBe(415);
    expect(text.data.code).toBe('unsupported_file_type');
    expect((await get(`/api/v1/orders/${delivered.id}/acceptance`)).photos).toHaveLength(1);
  });
});
