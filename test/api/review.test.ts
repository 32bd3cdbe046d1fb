import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

let t: TestApp;
let regular: any;
let vip: any;
let consumable: any;
let device: any;
let madeToOrder: any;

async function outbox(orderId: string): Promise<{ topic: string; payload: any }[]> {
  const result = (await t.database.db.execute(sql`SELECT topic, payload FROM outbox WHERE payload->>'orderId' = ${orderId} ORDER BY created_at, topic`)) as unknown as {
    rows: { topic: string; payload: any }[];
  };
  return result.rows;
}

async function reviewOf(orderId: string, role: Parameters<TestApp['as']>[0] = 'admin') {
  return t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/review`, headers: await t.as(role) });
}

function step(review: any, key: string, round = review.round) {
  return review.rounds.find((r: any) => r.round === round).steps.find((s: any) => s.key === key);
}

async function decide(orderId: string, stepId: string, role: Parameters<TestApp['as']>[0], body: Record<string, unknown>) {
  return t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/review/${stepId}`, headers: await t.as(role), payload: body });
}

beforeAll(async () => {
  t = await createTestApp(); // Friday 2024-05-10, 09:00 in Shanghai
  regular = await createCustomer(t, { name: '苏州瑞达自动化', tier: 'normal', creditLimitMinor: 500_000_00, paymentTerms: { kind: 'net', netDays: 30 } });
  vip = await createCustomer(t, { name: '华东精密制造', tier: 'vip', creditLimitMinor: 100_000_00, paymentTerms: { kind: 'net', netDays: 60 } });
  consumable = await createProduct(t, { name: 'B型耗材-10mm', unit: '件', priceMinor: 80_00 });
  device = await createProduct(t, { name: 'A型设备-2024款', unit: '台', priceMinor: 30_000_00 });
  madeToOrder = await createProduct(t, { name: 'A型设备-定制款', kind: 'made_to_order', priceMinor: 36_000_00, leadTimes: { production: 3, qc: 1 } });
  await receiveStock(t, consumable.id, 10_000);
  await receiveStock(t, device.id, 50);
  const line = await t.call({
    method: 'POST',
    url: '/api/v1/production-lines',
    headers: await t.as('production'),
    payload: { code: 'L1', name: '一号装配线', defaultDailyCapacity: 10 },
  });
  expect(line.statusCode).toBe(201);
});
afterAll(async () => t?.close());

describe('automatic checks and auto-approval', () => {
  /** A normal customer of their own, on net terms, with nothing open yet. */
  const normalCustomer = () => createCustomer(t, { name: '苏州瑞达自动化', tier: 'normal', creditLimitMinor: 500_000_00, paymentTerms: { kind: 'net', netDays: 30 } });

  test('the seed’s low-risk order (normal customer, 8,000 CNY, in stock, net terms) is approved at intake, with its evidence', async () => {
    const customer = await normalCustomer();
    const chain = (await t.call({ method: 'GET', url: '/api/v1/review/chains/standard', headers: await t.as('manager') })).data.current;
    const res = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: consumable.id, quantity: 100 }], paymentStatus: 'unpaid' });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({ status: 'approved', priority: { level: 'low' } });

    const { data: review } = await reviewOf(res.data.id, 'sales');
    expect(review).toMatchObject({ orderNumber: res.data.number, chain: { orderType: 'standard', version: chain.version }, round: 1, status: 'approved' });
    expect(review.rounds[0].steps.map((s: any) => [s.key, s.status, s.decidedByLabel])).toEqual([
      ['basic', 'approved', 'system'],
      ['credit', 'approved', 'system'],
      ['capacity', 'approved', 'system'],
      ['materials', 'approved', 'system'],
      ['final', 'approved', 'system'],
    ]);
    expect(step(review, 'credit')).toMatchObject({
      checkPassed: true,
      evidence: { creditLimitMinor: 500_000_00, openReceivablesMinor: 0, orderCreditMinor: 8_000_00, exposureMinor: 8_000_00, paymentTerms: { kind: 'net', netDays: 30 }, reasons: [] },
    });
    expect(step(review, 'basic').evidence).toMatchObject({ linesTotalMinor: 8_000_00, totalMinor: 8_000_00 });
    expect(step(review, 'materials').evidence.lines).toEqual([expect.objectContaining({ sku: consumable.sku, reservedQuantity: 100, shortUnits: 0, fits: true })]);
    expect(step(review, 'capacity').evidence).toMatchObject({ neededUnits: 0 });
    expect(step(review, 'final').evidence.autoApproval).toMatchObject({ applied: true, totalMinor: 8_000_00, maxAmountMinor: 1_000_000 });

    const messages = await outbox(res.data.id);
    expect(messages.find((m) => m.topic === 'order.approved')!.payload).toEqual({
      orderId: res.data.id,
      number: res.data.number,
      expectedDelivery: res.data.promisedDeliveryDate,
      audience: { customer: true, roles: ['specialist'] },
    });
    const events = await t.call({ method: 'GET', url: `/api/v1/orders/${res.data.id}/events`, headers: await t.as('admin') });
    expect(events.data.items.map((e: any) => e.action)).toEqual(['order.received', 'review.started', 'order.numbered']);
  });

  test('the same order above the auto-approval amount passes every check and waits for the manager', async () => {
    const customer = await normalCustomer();
    const first = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: consumable.id, quantity: 100 }], paymentStatus: 'unpaid' });
    expect(first.data.status).toBe('approved'); // 8,000 CNY now owed
    const res = await placeOrder(t, { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: consumable.id, quantity: 200 }], paymentStatus: 'unpaid' });
    expect(res.data.status).toBe('under_review');
    const { data: review } = await reviewOf(res.data.id);
    expect(review.rounds[0].steps.map((s: any) => s.status)).toEqual(['approved', 'approved', 'approved', 'approved', 'waiting']);
    expect(step(review, 'credit').evidence).toMatchObject({ openReceivablesMinor: 8_000_00, exposureMinor: 24_000_00 });
    expect(step(review, 'final').evidence.autoApproval).toMatchObject({ applied: false, everyCheckPassed: true, reasons: ['the total 1600000 is above 1000000'] });
  });
});

describe('a VIP order over its credit limit', () => {
  /** A VIP customer of their own (their exposure is this order alone) and their 120,000 CNY order against a 100,000 limit. */
  async function overLimitOrder(): Promise<{ customer: any; order: any }> {
    const customer = await createCustomer(t, { name: '华东精密制造', tier: 'vip', creditLimitMinor: 100_000_00, paymentTerms: { kind: 'net', netDays: 60 } });
    const res = await placeOrder(t, { customerId: customer.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 3), lines: [{ productId: device.id, quantity: 4 }], paymentStatus: 'unpaid' });
    expect(res.statusCode).toBe(201);
    return { customer, order: res.data };
  }

  test('stops at the credit step, in finance’s inbox', async () => {
    const { customer, order } = await overLimitOrder();
    expect(order).toMatchObject({ status: 'under_review', totals: { totalMinor: 120_000_00 }, priority: { level: 'high' } });
    const { data: review } = await reviewOf(order.id);
    expect(review.rounds[0].steps.map((s: any) => [s.key, s.status])).toEqual([
      ['basic', 'approved'],
      ['credit', 'waiting'],
      ['capacity', 'approved'],
      ['materials', 'approved'],
      ['final', 'pending'],
    ]);
    expect(step(review, 'credit')).toMatchObject({
      role: 'finance',
      checkPassed: false,
      evidence: { creditLimitMinor: 100_000_00, exposureMinor: 120_000_00, reasons: [expect.objectContaining({ code: 'over_credit_limit' })] },
    });

    const inbox = await t.call({ method: 'GET', url: '/api/v1/review/inbox', headers: await t.as('finance') });
    expect(inbox.data.items.filter((i: any) => i.customer.id === customer.id)).toEqual([
      expect.objectContaining({
        orderId: order.id,
        orderNumber: order.number,
        customer: { id: customer.id, name: '华东精密制造' },
        step: expect.objectContaining({ key: 'credit', role: 'finance', name: { 'zh-CN': '客户信用审核', en: 'Customer credit' } }),
        totals: { currency: 'CNY', totalMinor: 120_000_00 },
        priority: 'high',
        dueAt: order.responseDueAt,
      }),
    ]);
    const productionInbox = (await t.call({ method: 'GET', url: '/api/v1/review/inbox', headers: await t.as('production') })).data.items;
    expect(productionInbox.filter((i: any) => i.orderId === order.id)).toEqual([]);
    const waiting = (await outbox(order.id)).find((m) => m.topic === 'review.step_opened')!;
    expect(waiting.payload).toMatchObject({ orderId: order.id, number: order.number, step: 'credit', audience: { roles: ['finance'] } });
  });

  test('refusals change nothing: another role 403, a step not yet reached 409 stale', async () => {
    const { order } = await overLimitOrder();
    const { data: before } = await reviewOf(order.id);
    const credit = step(before, 'credit');
    const wrongRole = await decide(order.id, credit.id, 'production', { decision: 'approve' });
    expect(wrongRole.statusCode).toBe(403);
    expect(wrongRole.data).toMatchObject({ code: 'review_role_required', role: 'finance' });
    const early = await decide(order.id, step(before, 'final').id, 'manager', { decision: 'approve' });
    expect(early.statusCode).toBe(409);
    expect(early.data.code).toBe('stale_review');
    const noReason = await decide(order.id, credit.id, 'finance', { decision: 'reject' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.data.errors).toEqual([expect.objectContaining({ path: '/comment' })]);
    expect((await reviewOf(order.id)).data).toEqual(before);
    expect((await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: await t.as('admin') })).data.version).toBe(order.version);
  });

  test('finance approves, then the manager gives final approval: the order is approved', async () => {
    const { order } = await overLimitOrder();
    const { data: review } = await reviewOf(order.id);
    const credit = step(review, 'credit');
    t.clock.advance(10 * 60_000);
    const approved = await decide(order.id, credit.id, 'finance', { decision: 'approve', comment: '战略客户，总经理同意临时提额' });
    expect(approved.statusCode).toBe(200);
    expect(approved.data.status).toBe('under_review');
    const again = await decide(order.id, credit.id, 'finance', { decision: 'approve' });
    expect(again.statusCode).toBe(409);
    expect(again.data.code).toBe('step_already_decided');

    const { data: next } = await reviewOf(order.id);
    expect(step(next, 'credit')).toMatchObject({ status: 'approved', decidedByLabel: 'finance', comment: '战略客户，总经理同意临时提额', decidedAt: t.clock.now().toISOString() });
    expect(step(next, 'final')).toMatchObject({ status: 'waiting', waitingSince: t.clock.now().toISOString() });
    const managerInbox = await t.call({ method: 'GET', url: '/api/v1/review/inbox', headers: await t.as('manager') });
    expect(managerInbox.data.items.map((i: any) => i.orderId)).toContain(order.id);

    const final = await decide(order.id, step(next, 'final').id, 'manager', { decision: 'approve' });
    expect(final.statusCode).toBe(200);
    expect(final.data).toMatchObject({ status: 'approved', version: order.version + 1 });
    expect((await reviewOf(order.id)).data.status).toBe('approved');
    expect((await outbox(order.id)).map((m) => m.topic)).toEqual(expect.arrayContaining(['order.approved']));
    const finalAgain = await decide(order.id, step(next, 'final').id, 'manager', { decision: 'approve' });
    expect(finalAgain.data.code).toBe('step_already_decided');
  });
});

describe('made-to-order lines', () => {
  test('a custom order waits in engineering’s inbox for its special requirements', async () => {
    const res = await placeOrder(t, {
      customerId: vip.id,
      channel: 'portal',
      type: 'custom',
      requestedDeliveryDate: daysAfter(t, 20),
      lines: [{ productId: madeToOrder.id, quantity: 2 }],
      specialRequirements: { text: '需定制LOGO', customization: { logo: '客户提供AI文件，40mm，正面居中' } },
      paymentStatus: 'paid',
    });
    expect(res.data.status).toBe('under_review');
    const { data: review } = await reviewOf(res.data.id);
    expect(review.rounds[0].steps.map((s: any) => [s.key, s.status])).toEqual([
      ['basic', 'approved'],
      ['credit', 'approved'],
      ['capacity', 'approved'],
      ['materials', 'approved'],
      ['special_requirements', 'waiting'],
      ['final', 'pending'],
    ]);
    expect(step(review, 'capacity').evidence).toMatchObject({ neededUnits: 2, activeLines: 1, fits: true });
    const engineering = await t.call({ method: 'GET', url: '/api/v1/review/inbox', headers: await t.as('engineering') });
    expect(engineering.data.items).toEqual([expect.objectContaining({ orderId: res.data.id, step: expect.objectContaining({ key: 'special_requirements' }) })]);
  });

  test('too little capacity before the delivery date: the capacity step waits for production, with the numbers', async () => {
    // Friday: Friday's 10 units are all the line has before Monday's delivery.
    const res = await placeOrder(t, { customerId: vip.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 3), lines: [{ productId: madeToOrder.id, quantity: 30 }], paymentStatus: 'paid' });
    const { data: review } = await reviewOf(res.data.id);
    expect(step(review, 'capacity')).toMatchObject({
      status: 'waiting',
      role: 'production',
      checkPassed: false,
      evidence: { from: '2024-05-10', to: '2024-05-12', workingDays: 1, activeLines: 1, freeUnits: 10, neededUnits: 30, fits: false, reasons: [expect.objectContaining({ code: 'capacity_short' })] },
    });
    const inbox = await t.call({ method: 'GET', url: '/api/v1/review/inbox', headers: await t.as('production') });
    expect(inbox.data.items.map((i: any) => i.orderId)).toEqual([res.data.id]);
  });
});

describe('chains are versioned data', () => {
  test('a malformed chain is refused with the field named; a stale version with 412', async () => {
    const manager = await t.as('manager');
    const { data: current } = await t.call({ method: 'GET', url: '/api/v1/review/chains/standard', headers: manager });
    const steps = current.current.steps;
    const put = (body: Record<string, unknown>, version = `"${current.current.version}"`) => t.call({ method: 'PUT', url: '/api/v1/review/chains/standard', headers: { ...manager, 'if-match': version }, payload: body });

    const duplicate = await put({ steps: [steps[0], steps[0], steps.at(-1)] });
    expect(duplicate.statusCode).toBe(422);
    expect(duplicate.data).toMatchObject({ code: 'invalid_review_chain', errors: [{ path: '/steps/1/key', code: 'duplicate' }] });
    const unknownRole = await put({ steps: [{ ...steps[0], role: 'intern' }, { ...steps[1], check: 'horoscope' }, steps.at(-1)] });
    expect(unknownRole.data.errors.map((e: any) => e.path)).toEqual(['/steps/0/role', '/steps/1/check']);
    const noFinal = await put({ steps: steps.slice(0, 2) });
    expect(noFinal.data.errors).toEqual([expect.objectContaining({ path: '/steps/1/key', code: 'final_step_last' })]);
    expect((await put({ steps }, `"${current.current.version + 7}"`)).statusCode).toBe(412);
    expect((await t.call({ method: 'GET', url: '/api/v1/review/chains/standard', headers: manager })).data).toEqual(current);
  });

  test('an order keeps the chain version it started with after the chain changes', async () => {
    const manager = await t.as('manager');
    const before = await placeOrder(t, { customerId: vip.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'unpaid' });
    const { data: chain } = await t.call({ method: 'GET', url: '/api/v1/review/chains/standard', headers: manager });
    const v = chain.current.version;
    const withoutMaterials = chain.current.steps.filter((s: any) => s.key !== 'materials');
    const saved = await t.call({ method: 'PUT', url: '/api/v1/review/chains/standard', headers: { ...manager, 'if-match': `"${v}"` }, payload: { steps: withoutMaterials } });
    let after: any;
    try {
      expect(saved.statusCode).toBe(200);
      expect(saved.data).toMatchObject({ orderType: 'standard', version: v + 1 });
      expect(saved.headers.etag).toBe(`"${v + 1}"`);
      const history = await t.call({ method: 'GET', url: '/api/v1/review/chains/standard', headers: manager });
      expect(history.data.versions.map((h: any) => h.version).slice(0, 2)).toEqual([v + 1, v]);
      const all = await t.call({ method: 'GET', url: '/api/v1/review/chains', headers: await t.as('finance') });
      expect(all.data.items.map((c: any) => c.orderType)).toEqual(['standard', 'custom', 'urgent']);
      expect(all.data.items[0].version).toBe(v + 1);
      after = await placeOrder(t, { customerId: vip.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: device.id, quantity: 2 }], paymentStatus: 'unpaid' });
    } finally {
      // The chain goes back as it was, for the orders of other tests.
      await t.call({ method: 'PUT', url: '/api/v1/review/chains/standard', headers: { ...manager, 'if-match': `"${v + 1}"` }, payload: { steps: chain.current.steps } });
    }
    const old = (await reviewOf(before.data.id)).data;
    const fresh = (await reviewOf(after.data.id)).data;
    expect(old.chain.version).toBe(v);
    expect(old.rounds[0].steps.map((s: any) => s.key)).toContain('materials');
    expect(fresh.chain.version).toBe(v + 1);
    expect(fresh.rounds[0].steps.map((s: any) => s.key)).toEqual(['basic', 'credit', 'capacity', 'final']);
  });

  test('auto-approval is a setting: switched off, even the low-risk order waits', async () => {
    const manager = await t.as('manager');
    const { data: current } = await t.call({ method: 'GET', url: '/api/v1/settings/review-auto-approval', headers: manager });
    expect(current).toEqual({ value: { enabled: true, maxAmountMinor: { CNY: 1_000_000 }, customerTiers: ['vip', 'normal'], orderTypes: ['standard'] }, version: 0, updatedAt: null, updatedBy: null });
    const off = await t.call({ method: 'PUT', url: '/api/v1/settings/review-auto-approval', headers: { ...manager, 'if-match': '"0"' }, payload: { ...current.value, enabled: false } });
    expect(off.statusCode).toBe(200);
    const res = await placeOrder(t, { customerId: regular.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 6), lines: [{ productId: consumable.id, quantity: 10 }], paymentStatus: 'paid' });
    expect(res.data.status).toBe('under_review');
    expect(step((await reviewOf(res.data.id)).data, 'final').evidence.autoApproval).toMatchObject({ applied: false, reasons: ['automatic approval is switched off'] });
    await t.call({ method: 'PUT', url: '/api/v1/settings/review-auto-approval', headers: { ...manager, 'if-match': '"1"' }, payload: current.value });
  });
});
