import { afterAll, beforeAll, expect, test } from 'vitest';
import { freshDatabase } from '../../test/support/database.js';
import type { Database } from '../platform/db/connect.js';
import { ManualClock } from '../platform/time/clock.js';
import { verifyAuditChain } from '../platform/audit/verify.js';
import { roles } from '../modules/identity/permissions.js';
import { listUsers } from '../modules/identity/service.js';
import { listCustomers } from '../modules/customers/service.js';
import { listProducts } from '../modules/catalog/service.js';
import { loadConfig } from '../config.js';
import { getStockLevel, listStockMovements } from '../modules/inventory/service.js';
import { listAtRiskOrders, listOrders, type OrderStatus, type OrderSummary } from '../modules/orders/service.js';
import { getReview } from '../modules/review/service.js';
import { getPlan } from '../modules/planning/service.js';
import { listShipments } from '../modules/fulfilment/service.js';
import { listCases } from '../modules/aftersales/service.js';
import { listFeedback } from '../modules/feedback/service.js';
import { listPendingClocks, scanSlaClocks } from '../modules/sla/service.js';
import { queryRows } from '../platform/db/sql.js';
import { sql } from 'drizzle-orm';
import { seedDemo } from './demo.js';

let database: Database;
let summary: string;
let orders: OrderSummary[];
const clock = new ManualClock('2024-05-20T02:00:00Z'); // 10:00 in Shanghai
const config = loadConfig({ ORDO_TIMEZONE: 'Asia/Shanghai', ORDO_DATA_DIR: 'memory://', LOG_LEVEL: 'silent' });
const progress: string[] = [];

async function allOrders(): Promise<OrderSummary[]> {
  return (await listOrders(database.db, { now: clock.now(), timeZone: config.timeZone }, { limit: 1000 })).items;
}

beforeAll(async () => {
  database = await freshDatabase();
  summary = await seedDemo(database.db, clock, config, (line) => progress.push(line));
  orders = await allOrders();
});
afterAll(async () => database?.close());

test('the summary names what was loaded and how to sign in', () => {
  expect(summary).toContain('星河智能装备有限公司');
  expect(summary).toMatch(/customers: +12\b/);
  expect(summary).toMatch(/orders: +37\b/);
  expect(summary).toContain('specialist@demo.ordo');
  expect(summary).toContain('ordo-demo-2024');
});

test('one demo user per role, in Chinese, can be found', async () => {
  const users = await listUsers(database.db);
  for (const role of roles) {
    const user = users.find((u) => u.email === `${role.replace(/_/g, '-')}@demo.ordo`);
    expect(user, role).toBeDefined();
    expect(user!.roles).toEqual([role]);
    expect(user!.locale).toBe('zh-CN');
    expect(user!.name).toMatch(/^\p{Script=Han}+$/u);
  }
});

test('customers of every tier and type, with all payment terms', async () => {
  const { items } = await listCustomers(database.db, { limit: 100 });
  expect(items.length).toBeGreaterThanOrEqual(10);
  expect(new Set(items.map((c) => c.tier))).toEqual(new Set(['vip', 'normal', 'new']));
  expect(new Set(items.map((c) => c.type))).toEqual(new Set(['company', 'person']));
  expect(new Set(items.map((c) => c.paymentTerms.kind))).toEqual(new Set(['prepaid', 'cash_on_delivery', 'net']));
  expect(items.every((c) => c.contacts.some((k) => k.phone?.match(/^1[3-9]\d{9}$/)))).toBe(true);
  expect(items.find((c) => c.name === '华东精密制造股份有限公司')).toMatchObject({ tier: 'vip', paymentTerms: { kind: 'net', netDays: 60 } });
});

test('products of each kind; stock is on hand, some deliberately short', async () => {
  const { items } = await listProducts(database.db, { limit: 100 });
  for (const kind of ['stock', 'made_to_order', 'service'] as const) expect(items.filter((p) => p.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
  const deviceA = items.find((p) => p.name === 'A型设备-2024款')!;
  expect(deviceA).toMatchObject({ unit: '台', priceMinor: 30_000_00, kind: 'stock' });
  expect((await getStockLevel(database.db, deviceA.id)).onHand).toBeGreaterThan(0);
  expect(items.find((p) => p.kind === 'made_to_order')!.leadTimes).toMatchObject({ production: expect.any(Number), qc: expect.any(Number) });
  const hmi = items.find((p) => p.sku === 'XH-HMI10')!;
  expect(await getStockLevel(database.db, hmi.id)).toMatchObject({ available: 0 });
});

test('orders over three weeks from at least 8 channels, numbered YYYYMM-NNN', () => {
  expect(orders.length).toBeGreaterThanOrEqual(30);
  expect(new Set(orders.map((o) => o.channel)).size).toBeGreaterThanOrEqual(8);
  for (const o of orders) expect(o.number).toMatch(/^\d{6}-\d{3,}$/);
  const received = orders.map((o) => Date.parse(o.receivedAt));
  expect(Math.max(...received)).toBeLessThan(clock.now().getTime());
  expect(Math.min(...received)).toBeGreaterThanOrEqual(clock.now().getTime() - 22 * 86_400_000);
  // Late April and May in Shanghai: each month numbered from 001, without gaps.
  for (const month of ['202404', '202405']) {
    const serials = orders.filter((o) => o.number.startsWith(`${month}-`)).map((o) => Number(o.number.slice(7))).sort((a, b) => a - b);
    expect(serials, month).toEqual(serials.map((_, i) => i + 1));
  }
  expect(new Set(orders.map((o) => o.paymentStatus))).toEqual(new Set(['unpaid', 'partial', 'paid']));
  expect(new Set(orders.map((o) => o.type))).toEqual(new Set(['standard', 'custom', 'urgent']));
  expect(orders.some((o) => o.requestedDeliveryDate === null)).toBe(true);
  const marketplace = orders.filter((o) => o.channel === 'marketplace');
  expect(marketplace.length).toBeGreaterThan(0);
  expect(marketplace.every((o) => /^(TM|JD)-/.test(o.externalRef ?? ''))).toBe(true);
});

test('intake sorted them: exceptions, under review, awaiting the entry check', () => {
  const codes = new Set(orders.flatMap((o) => o.exceptions.map((e) => e.code)));
  for (const code of ['missing_delivery_date', 'special_requirements_unclear', 'stock_shortage_unpaid']) expect(codes, code).toContain(code);
  expect(orders.some((o) => o.warnings.some((w) => w.code === 'backordered'))).toBe(true);
  expect(orders.find((o) => o.type === 'urgent')!.priority.level).toBe('high');
});

test('the seed’s examples: VIP 150,000 CNY due in 3 days → high, reviewed by people; normal 8,000 CNY due in 5 days → low, approved at once', () => {
  const vip = orders.find((o) => o.customer.name === '华东精密制造股份有限公司' && o.totals.totalMinor === 150_000_00)!;
  expect(vip).toMatchObject({ channel: 'online_store', paymentStatus: 'paid', status: 'under_review', priority: { level: 'high', score: 9 } });
  const normal = orders.find((o) => o.customer.name === '苏州瑞达自动化设备有限公司' && o.totals.totalMinor === 8_000_00)!;
  // Net-30 terms well within its credit limit, in stock, below 10,000 CNY: low risk.
  expect(normal).toMatchObject({ paymentStatus: 'unpaid', status: 'planned', priority: { level: 'low', score: 5 } });
});

test('every record went through its service: the audit trail holds', async () => {
  const result = await verifyAuditChain(database.db);
  expect(result.ok).toBe(true);
  expect(result.checked).toBeGreaterThan(11 + 12 + 15 + 36);
});

test('a second run creates nothing and says the demo is already loaded', async () => {
  const again = await seedDemo(database.db, clock, config);
  expect(again).toMatch(/already loaded/);
  expect(again).toContain('nothing was created');
  expect((await allOrders()).length).toBe(orders.length);
  expect((await listUsers(database.db)).length).toBe(roles.length);
});

test('orders still in review wait for the role of the first open step; low-risk ones were approved at once and planned', async () => {
  const reviewed = orders.filter((o) => o.status === 'under_review' || o.status === 'planned');
  const waitingKeys = new Set<string>();
  for (const order of reviewed) {
    const review = (await getReview(database.db, order.id))!;
    expect(review, order.number).toMatchObject({ orderNumber: order.number, chain: { orderType: order.type, version: 1 }, round: 1 });
    const waiting = review.rounds[0]!.steps.filter((s) => s.status === 'waiting');
    expect(waiting.length, order.number).toBe(order.status === 'planned' ? 0 : 1);
    for (const step of waiting) waitingKeys.add(step.key);
  }
  expect(orders.filter((o) => o.status === 'planned').length).toBeGreaterThanOrEqual(3);
  expect([...waitingKeys].sort()).toEqual(['basic', 'capacity', 'credit', 'final', 'materials', 'special_requirements']);
});

/** Where an order rests: the others (received, approved, acceptance_failed) are passed through at once today. */
const restingStatuses: OrderStatus[] = [
  'awaiting_entry_check', 'exception', 'under_review', 'planned', 'in_progress', 'ready_to_ship', 'partially_shipped',
  'shipped', 'in_service', 'delivered', 'accepted', 'after_sales', 'completed', 'cancelled',
];

test('a living company: orders in every stage an order rests in, and the progress was told along the way', () => {
  for (const status of restingStatuses) expect(orders.filter((o) => o.status === status).length, status).toBeGreaterThan(0);
  expect(progress.length).toBeGreaterThan(10);
  expect(progress.some((line) => line.includes('worker:'))).toBe(false);
  expect(summary).toMatch(/history: +\d+ steps replayed/);
});

test('the stages behind the statuses: exception tasks, a reported delay, tracking, an after-sales return and an answered survey', async () => {
  const one = (status: OrderStatus) => orders.find((o) => o.status === status)!;
  const exceptions = orders.filter((o) => o.status === 'exception');
  expect(exceptions.length).toBeGreaterThan(0);
  expect(exceptions.every((o) => o.exceptions.length > 0)).toBe(true);

  const delayed = [];
  for (const o of orders.filter((x) => x.status === 'in_progress')) {
    const plan = await getPlan(database.db, o.id);
    expect(plan.stages.some((s) => s.status === 'done'), o.number).toBe(true);
    if (plan.delays.length > 0) delayed.push(plan);
  }
  expect(delayed).toEqual([expect.objectContaining({ delays: [expect.objectContaining({ days: 3, contingency: 'outsource' })] })]);

  const shipments = await listShipments(database.db, one('shipped').id);
  expect(shipments).toEqual([expect.objectContaining({ carrier: expect.objectContaining({ name: '德邦物流' }) })]);
  expect(shipments[0]!.status).toBe('out_for_delivery');

  const { items: cases } = await listCases(database.db, { orderId: one('after_sales').id, limit: 10 });
  expect(cases).toEqual([expect.objectContaining({ status: 'in_progress', source: 'acceptance', owner: expect.objectContaining({ label: '林雪' }), refundedMinor: 1_850_00 })]);
  expect(cases[0]!.returns).toEqual([expect.objectContaining({ status: 'refunded' })]);

  const { items: answers } = await listFeedback(database.db, { limit: 10 });
  expect(answers.length).toBe(2);
  expect(answers.every((a) => orders.find((o) => o.id === a.orderId)!.status === 'completed')).toBe(true);
});

test('deadlines: some long-waiting reviews are overdue, today’s orders still running', async () => {
  const overdue = await listPendingClocks(database.db, clock.now(), { state: 'overdue', limit: 100 });
  expect(overdue.items.length).toBeGreaterThan(0);
  const all = await listPendingClocks(database.db, clock.now(), { state: 'all', limit: 100 });
  expect(all.items.length).toBeGreaterThan(overdue.items.length);
});

test('a fresh demo looks alive, not broken: a handful of late and at-risk orders, few escalations, no review weeks overdue', async () => {
  await scanSlaClocks(database.db, clock.now());
  const [escalated] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM outbox WHERE topic = 'sla.escalated'`);
  expect(escalated!.n).toBeLessThan(10);
  const { items } = await listAtRiskOrders(database.db, { now: clock.now(), timeZone: config.timeZone }, { sort: 'lateness', order: 'asc', limit: 200 });
  expect(items.length).toBeGreaterThanOrEqual(3);
  expect(items.length).toBeLessThanOrEqual(8);
  expect(items.some((o) => o.health === 'late')).toBe(true);
  for (const order of items.filter((o) => o.blocker.kind === 'review_step')) expect(order.lateSeconds ?? 0, order.number).toBeLessThan(2 * 86_400);
});

test('the stock ledger explains the stock: on hand = receipts − shipments + restocked returns ± adjustments', async () => {
  const { items } = await listProducts(database.db, { limit: 100 });
  const kinds = new Set<string>();
  for (const product of items.filter((p) => p.kind === 'stock')) {
    const { items: movements } = await listStockMovements(database.db, product.id, { limit: 1000 });
    const sum = (kind: string) => movements.filter((m) => m.kind === kind).reduce((n, m) => n + m.onHandDelta, 0);
    for (const m of movements) kinds.add(m.kind);
    expect(sum('receipt') + sum('shipment') + sum('return') + sum('adjustment'), product.sku).toBe((await getStockLevel(database.db, product.id)).onHand);
    expect(movements.reduce((n, m) => n + m.onHandDelta, 0), product.sku).toBe((await getStockLevel(database.db, product.id)).onHand);
  }
  for (const kind of ['receipt', 'shipment', 'return']) expect(kinds, kind).toContain(kind);
});
