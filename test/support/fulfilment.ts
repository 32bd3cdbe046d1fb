import { sql } from 'drizzle-orm';
import type { TestApp } from './app.js';
import { createCustomer, daysAfter, placeOrder } from './fixtures.js';

/** A customer whose small orders the review approves at intake (normal tier, net terms, credit to spare). */
export function createTrustedCustomer(t: TestApp, overrides: Record<string, unknown> = {}): Promise<any> {
  return createCustomer(t, { tier: 'normal', creditLimitMinor: 500_000_00, paymentTerms: { kind: 'net', netDays: 30 }, contacts: [{ name: '王经理', phone: '13800000001', email: 'wang@customer.test', primary: true }], ...overrides });
}

/** Approves every review step still waiting, each by a person of its role. */
async function approveWaitingSteps(t: TestApp, orderId: string): Promise<void> {
  for (;;) {
    const { data: review } = await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/review`, headers: await t.as('admin') });
    const waiting = review.rounds.flatMap((r: any) => r.steps).find((s: any) => s.status === 'waiting');
    if (!waiting) return;
    const res = await t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/review/${waiting.id}`, headers: await t.as(waiting.role), payload: { decision: 'approve' } });
    if (res.statusCode !== 200) throw new Error(`review: ${res.statusCode} ${res.body}`);
  }
}

/** An approved order: small orders of a trusted customer are approved at intake, others step by step. */
export async function placeApprovedOrder(t: TestApp, customerId: string, lines: { productId: string; quantity: number }[], extra: Record<string, unknown> = {}): Promise<any> {
  const res = await placeOrder(t, { customerId, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 5), lines, paymentStatus: 'unpaid', ...extra });
  if (res.statusCode !== 201) throw new Error(`order: ${res.statusCode} ${res.body}`);
  if (res.data.status === 'under_review') await approveWaitingSteps(t, res.data.id);
  const order = (await t.call({ method: 'GET', url: `/api/v1/orders/${res.data.id}`, headers: await t.as('admin') })).data;
  if (order.status !== 'approved') throw new Error(`order ${order.number} is ${order.status}, not approved`);
  return order;
}

/**
 * Brings an approved order to in_progress as the execution plan will (planned, then
 * started): those stages belong to planning, so the test writes the status they reach.
 */
export async function startExecution(t: TestApp, orderId: string): Promise<void> {
  await t.database.db.execute(sql`UPDATE orders SET status = 'in_progress', version = version + 2 WHERE id = ${orderId}::uuid AND status = 'approved'`);
}

/** An approved order, started and then marked ready to ship by the warehouse through the API. */
export async function orderReadyToShip(t: TestApp, customerId: string, lines: { productId: string; quantity: number }[], extra: Record<string, unknown> = {}): Promise<any> {
  const order = await placeApprovedOrder(t, customerId, lines, extra);
  await startExecution(t, order.id);
  const res = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/ready-to-ship`, headers: await t.as('warehouse') });
  if (res.statusCode !== 200) throw new Error(`ready-to-ship: ${res.statusCode} ${res.body}`);
  return t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: await t.as('admin') }).then((r) => r.data);
}

/** Ships every open line of the order in one shipment and reports it delivered. */
export async function deliverOrder(t: TestApp, order: any): Promise<any> {
  const ship = await t.call({
    method: 'POST',
    url: `/api/v1/orders/${order.id}/shipments`,
    headers: await t.as('warehouse'),
    payload: { carrier: { kind: 'express', name: '顺丰速运' }, trackingNumber: `SF${order.number}`, costMinor: 20_00, lines: order.lines.filter((l: any) => l.kind !== 'service').map((l: any) => ({ lineId: l.id, quantity: l.quantity - l.shippedQuantity })) },
  });
  if (ship.statusCode !== 201) throw new Error(`ship: ${ship.statusCode} ${ship.body}`);
  const event = await t.call({ method: 'POST', url: `/api/v1/shipments/${ship.data.id}/events`, headers: await t.as('logistics'), payload: { status: 'delivered', at: t.clock.now().toISOString() } });
  if (event.statusCode !== 201) throw new Error(`deliver: ${event.statusCode} ${event.body}`);
  return t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: await t.as('admin') }).then((r) => r.data);
}

export async function outboxTopics(t: TestApp, orderId: string): Promise<{ topic: string; payload: any }[]> {
  const result = (await t.database.db.execute(sql`SELECT topic, payload FROM outbox WHERE payload->>'orderId' = ${orderId} ORDER BY created_at, id`)) as unknown as { rows: { topic: string; payload: any }[] };
  return result.rows;
}

export async function orderEvents(t: TestApp, orderId: string): Promise<string[]> {
  const res = await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/events?limit=200`, headers: await t.as('admin') });
  return res.data.items.map((e: any) => e.action);
}
