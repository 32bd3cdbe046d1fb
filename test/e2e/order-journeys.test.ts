import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { linksIn, startSmtpServer } from '../support/receivers.js';

/*
 * Three orders from intake to completed (issue 4): a standard stock order, a custom
 * made-to-order order with an engineering review and a substitute material the customer
 * confirms, and an urgent green-channel order whose carrier is switched. Each step goes
 * through the API, on a moved clock, and is checked for state, stock, money, the messages
 * the customer got and the audit trail.
 */

type Role = Parameters<TestApp['as']>[0];

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const product: Record<'consumable' | 'custom' | 'device', any> = {} as never;
const customer: Record<'regular' | 'maker' | 'hurry', any> = {} as never;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url, ORDO_PUBLIC_URL: 'https://ordo.example.test' } }); // Friday 2024-05-10, 09:00 Shanghai
  customer.regular = await createCustomer(t, { name: '苏州瑞达自动化', tier: 'normal', creditLimitMinor: 500_000_00, paymentTerms: { kind: 'net', netDays: 30 }, contacts: [{ name: '赵工', email: 'zhao@ruida.test', primary: true }] });
  customer.maker = await createCustomer(t, { name: '华东精密制造', tier: 'vip', creditLimitMinor: 1_000_000_00, paymentTerms: { kind: 'net', netDays: 60 }, contacts: [{ name: '钱总', email: 'qian@huadong.test', primary: true }] });
  customer.hurry = await createCustomer(t, { name: '远航重工集团', tier: 'vip', creditLimitMinor: 1_000_000_00, paymentTerms: { kind: 'net', netDays: 30 }, contacts: [{ name: '孙经理', email: 'sun@yuanhang.test', primary: true }] });
  product.consumable = await createProduct(t, { name: 'B型耗材-10mm', unit: '件', priceMinor: 80_00 });
  product.custom = await createProduct(t, { name: 'A型设备-定制款', unit: '台', kind: 'made_to_order', priceMinor: 36_000_00, leadTimes: { production: 3 } });
  product.device = await createProduct(t, { name: 'A型设备-2024款', unit: '台', priceMinor: 30_000_00 });
  await receiveStock(t, product.consumable.id, 1_000);
  await receiveStock(t, product.device.id, 10);
  const line = await t.call({ method: 'POST', url: '/api/v1/production-lines', headers: await t.as('production'), payload: { code: 'L1', name: '一号装配线', defaultDailyCapacity: 10 } });
  expect(line.statusCode).toBe(201);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

async function api(method: 'GET' | 'POST', url: string, role: Role, payload?: Record<string, unknown>, expected = method === 'GET' ? 200 : undefined) {
  const res = await t.call({ method, url, headers: await t.as(role), ...(payload ? { payload } : {}) });
  if (expected !== undefined) expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(expected);
  else expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.data;
}

const order = (id: string) => api('GET', `/api/v1/orders/${id}`, 'admin');
const plan = (id: string) => api('GET', `/api/v1/orders/${id}/plan`, 'admin');
const stock = (productId: string) => api('GET', `/api/v1/products/${productId}/stock`, 'warehouse');
const stageOf = (p: any, key: string) => p.stages.find((s: any) => s.key === key);
const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address)).map((m) => m.subject);

async function progress(orderId: string, key: string, status: 'in_progress' | 'done') {
  const stage = stageOf(await plan(orderId), key);
  return api('POST', `/api/v1/orders/${orderId}/plan/stages/${stage.id}/progress`, stage.ownerRole as Role, { status });
}

async function finishStages(orderId: string, keys: string[]) {
  for (const key of keys) await progress(orderId, key, 'done');
}

async function approveWaiting(orderId: string, expectedRoles: string[]) {
  const decided: string[] = [];
  for (;;) {
    const review = await api('GET', `/api/v1/orders/${orderId}/review`, 'admin');
    const waiting = review.rounds.at(-1).steps.find((s: any) => s.status === 'waiting');
    if (!waiting) break;
    decided.push(waiting.role);
    await api('POST', `/api/v1/orders/${orderId}/review/${waiting.id}`, waiting.role as Role, { decision: 'approve', comment: '同意' });
  }
  expect(decided).toEqual(expectedRoles);
}

async function shipAndDeliver(o: any, carrier: { kind: 'express' | 'freight'; name: string }) {
  const shipment = await api('POST', `/api/v1/orders/${o.id}/shipments`, 'warehouse', {
    carrier,
    trackingNumber: `TN-${o.number}`,
    costMinor: 50_00,
    lines: o.lines.map((l: any) => ({ lineId: l.id, quantity: l.quantity })),
  });
  expect((await order(o.id)).status).toBe('shipped');
  t.clock.advance(20 * 3_600_000);
  await api('POST', `/api/v1/shipments/${shipment.id}/events`, 'logistics', { status: 'delivered', at: t.clock.now().toISOString(), location: '客户仓库' });
  expect((await order(o.id)).status).toBe('delivered');
  return shipment;
}

/** The survey link the customer was emailed, answered without signing in. */
async function answerSurvey(o: any, address: string) {
  const [mail] = smtp.received.filter((m) => m.to.includes(address) && m.subject.endsWith(o.number) && linksIn(m).length > 0);
  const token = /^\/survey\/([A-Za-z0-9_-]+)$/.exec(linksIn(mail!)[0]!)![1]!;
  const answered = await t.call({ method: 'POST', url: `/api/v1/surveys/${token}`, payload: { responseSpeed: 5, productQuality: 5, deliveryTimeliness: 4, serviceAttitude: 5, comments: '整体满意' } });
  expect(answered.statusCode).toBe(201);
}

async function trailOf(orderId: string): Promise<string[]> {
  const events = await api('GET', `/api/v1/orders/${orderId}/events?limit=200`, 'admin');
  return events.items.map((e: any) => e.action);
}

describe('a standard stock order', () => {
  test('received, approved at once, planned, packed, shipped, delivered, accepted, surveyed, completed', async () => {
    const placed = await placeOrder(t, { customerId: customer.regular.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 7), lines: [{ productId: product.consumable.id, quantity: 100 }], paymentStatus: 'unpaid' });
    expect(placed.data).toMatchObject({ status: 'approved', totals: { totalMinor: 8_000_00 }, priority: { level: 'low' } });
    expect(await stock(product.consumable.id)).toMatchObject({ onHand: 1_000, reserved: 100 });

    await t.drain(); // the worker makes the plan and sends the customer's messages
    let o = await order(placed.data.id);
    expect(o).toMatchObject({ status: 'planned', promisedDeliveryDate: '2024-05-14' });
    expect(mailsTo('zhao@ruida.test').sort()).toEqual([`订单已收到：${o.number}`, `订单已确认：${o.number}`]);

    t.clock.advance(2 * 3_600_000);
    await progress(o.id, 'confirm', 'done');
    expect((await order(o.id)).status).toBe('in_progress');
    await finishStages(o.id, ['packing']);
    o = await order(o.id);
    expect(o.status).toBe('ready_to_ship');

    await shipAndDeliver(o, { kind: 'express', name: '顺丰速运' });
    expect(await stock(product.consumable.id)).toMatchObject({ onHand: 900, reserved: 0 });

    await api('POST', `/api/v1/orders/${o.id}/acceptance`, 'logistics', { lines: [{ lineId: o.lines[0].id, result: 'pass' }], comment: '数量规格无误' });
    expect((await order(o.id)).status).toBe('accepted');
    t.clock.advance(24 * 3_600_000);
    await t.drain(); // the survey goes out a day after delivery; the accepted order completes
    expect((await order(o.id)).status).toBe('completed');
    await answerSurvey(o, 'zhao@ruida.test');

    expect(await trailOf(o.id)).toEqual([
      'order.received', // approved in the same transaction: every check passed, low risk
      'review.started',
      'order.numbered',
      'sla.met',
      'order.planned',
      'order.progressed',
      'order.progressed',
      'order.shipped',
      'shipment.tracked',
      'order.delivered',
      'order.accepted',
      'order.survey_sent',
      'order.completed',
      'order.feedback_received',
    ]);
  });
});

describe('a custom made-to-order order', () => {
  test('engineering review, a substitute material the customer confirms, a partial acceptance, a return and a refund', async () => {
    const placed = await placeOrder(t, {
      customerId: customer.maker.id,
      channel: 'phone',
      type: 'custom',
      requestedDeliveryDate: daysAfter(t, 14),
      lines: [{ productId: product.custom.id, quantity: 2 }],
      specialRequirements: { text: '外壳喷涂客户色号，铭牌刻客户LOGO', customization: { color: 'RAL 5015', logo: '客户提供矢量文件' } },
      paymentStatus: 'partial',
    });
    expect(placed.data.status).toBe('awaiting_entry_check');
    await api('POST', `/api/v1/orders/${placed.data.id}/confirm-entry`, 'specialist');
    expect((await order(placed.data.id)).status).toBe('under_review');
    await approveWaiting(placed.data.id, ['engineering', 'manager']);
    await t.drain();
    let o = await order(placed.data.id);
    expect(o.status).toBe('planned');
    const promised = o.promisedDeliveryDate;

    await finishStages(o.id, ['confirm', 'design']);
    const production = stageOf(await plan(o.id), 'production');
    const proposed = await api('POST', `/api/v1/orders/${o.id}/plan/stages/${production.id}/delays`, 'production', {
      days: 1,
      reason: '原定钢材断货',
      contingency: 'substitute_material',
      measure: '改用同规格国产钢材',
      knownAt: new Date(t.clock.now().getTime() - 10 * 60_000).toISOString(),
    });
    expect(stageOf(proposed, 'production').status).toBe('blocked');
    const confirmed = await api('POST', `/api/v1/orders/${o.id}/plan/delays/${proposed.delays[0].id}/customer-confirmation`, 'specialist', { accepted: true, note: '钱总电话确认同意替代' });
    expect(confirmed.promiseDate > promised).toBe(true);
    await t.drain();
    expect(mailsTo('qian@huadong.test').some((s) => s.includes(o.number) && !s.startsWith('订单已'))).toBe(true); // told the date moved

    await finishStages(o.id, ['production', 'qc', 'packing']);
    o = await order(o.id);
    expect(o).toMatchObject({ status: 'ready_to_ship', promisedDeliveryDate: confirmed.promiseDate });
    await shipAndDeliver(o, { kind: 'freight', name: '德邦物流' });

    await api('POST', `/api/v1/orders/${o.id}/acceptance`, 'logistics', { lines: [{ lineId: o.lines[0].id, result: 'partial', acceptedQuantity: 1, comment: '一台喷涂色差' }] });
    expect((await order(o.id)).status).toBe('after_sales'); // the partial acceptance opened a case at once
    const [opened] = (await api('GET', `/api/v1/cases?orderId=${o.id}`, 'after_sales')).items;
    expect(opened).toMatchObject({ status: 'open' });
    await api('POST', `/api/v1/cases/${opened.id}/claim`, 'after_sales');
    const rma = await api('POST', `/api/v1/cases/${opened.id}/returns`, 'after_sales', { reason: '喷涂色差，退回一台', lines: [{ lineId: o.lines[0].id, quantity: 1 }] });
    await api('POST', `/api/v1/returns/${rma.id}/receive`, 'after_sales', { lines: [{ lineId: o.lines[0].id, disposition: 'scrap' }] });
    const refunded = await api('POST', `/api/v1/returns/${rma.id}/refund`, 'after_sales', { amountMinor: 36_000_00 });
    expect(refunded).toMatchObject({ status: 'refunded', refundMinor: 36_000_00 });
    expect(o.totals).toMatchObject({ currency: 'CNY', totalMinor: 72_000_00 });
    const overRefund = await t.call({ method: 'POST', url: `/api/v1/returns/${rma.id}/refund`, headers: await t.as('after_sales'), payload: { amountMinor: 72_000_00 } });
    expect(overRefund.data.code).toBe('rma_state'); // a return is refunded once
    await api('POST', `/api/v1/cases/${opened.id}/close`, 'after_sales', { resolution: '退回一台并退款，客户认可' });
    await api('POST', `/api/v1/cases/${opened.id}/confirmation`, 'after_sales', { satisfied: true, channel: 'phone', confirmedBy: '采购部王工' });
    expect((await order(o.id)).status).toBe('completed');
    expect(await trailOf(o.id)).toEqual([
      'order.received',
      'order.numbered',
      'order.entry_confirmed',
      'review.started',
      'review.step_decided', // engineering: the special requirements can be made
      'sla.met', // the response deadline, met by the final approval
      'review.step_decided',
      'order.approved',
      'sla.met', // the plan deadline
      'order.planned',
      'order.progressed',
      'order.promise_date_changed', // the customer accepted the substitute
      'order.progressed',
      'order.shipped',
      'shipment.tracked',
      'order.delivered',
      'order.acceptance_failed',
      'order.case_opened',
      'order.return_authorised',
      'order.return_received',
      'order.return_refunded',
      'order.completed',
    ]);
  });
});

describe('an urgent green-channel order', () => {
  test('high priority, a green-channel plan, a carrier switch the customer hears of, delivered and accepted', async () => {
    const placed = await placeOrder(t, { customerId: customer.hurry.id, channel: 'b2b_direct', type: 'urgent', requestedDeliveryDate: daysAfter(t, 3), lines: [{ productId: product.device.id, quantity: 1 }], paymentStatus: 'paid' });
    expect(placed.data).toMatchObject({ status: 'under_review', priority: { level: 'high' } });
    await approveWaiting(placed.data.id, ['manager']);
    await t.drain();
    let o = await order(placed.data.id);
    expect(o.status).toBe('planned');
    const made = await plan(o.id);
    expect(made.greenChannel).toBe(true);
    expect(stageOf(made, 'logistics').name.en).toBe('Express logistics');
    const promised = o.promisedDeliveryDate;

    await finishStages(o.id, ['confirm', 'packing']);
    const logistics = stageOf(await plan(o.id), 'logistics');
    const switched = await api('POST', `/api/v1/orders/${o.id}/plan/stages/${logistics.id}/delays`, 'logistics', {
      days: 1,
      reason: '原承运商停运',
      contingency: 'switch_carrier',
      measure: '改由顺丰次日达',
      knownAt: new Date(t.clock.now().getTime() - 5 * 60_000).toISOString(),
    });
    expect(switched.delays[0]).toMatchObject({ contingency: 'switch_carrier', status: 'applied' });
    o = await order(o.id);
    expect(o.promisedDeliveryDate > promised).toBe(true);
    await t.drain();
    expect(mailsTo('sun@yuanhang.test').filter((s) => s.includes(o.number))).toHaveLength(3); // received, confirmed, date moved
    expect(o.status).toBe('ready_to_ship');
    const shipment = await shipAndDeliver(o, { kind: 'express', name: '顺丰速运' });
    expect(shipment.carrier).toMatchObject({ name: '顺丰速运' });
    await api('POST', `/api/v1/orders/${o.id}/acceptance`, 'sales', { lines: [{ lineId: o.lines[0].id, result: 'pass' }] });
    await api('POST', `/api/v1/orders/${o.id}/close`, 'specialist');
    expect((await order(o.id)).status).toBe('completed');
    expect(await stock(product.device.id)).toMatchObject({ onHand: 9, reserved: 0 });
  });

  test('the trail of all three verifies', async () => {
    expect((await api('GET', '/api/v1/audit/verify', 'admin')).ok).toBe(true);
  });
});
