import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import { type Actor, type Change, chainFor, type OutboxMessage, type PendingRecord, recordChanges } from '../../platform/audit/record.js';
import type { JobDefinition } from '../../platform/jobs/worker.js';
import { localDate } from '../../platform/time/zone.js';
import { productsFromLookup, productsLookup } from '../catalog/service.js';
import type { PlanView } from '../planning/contract.js';
import { confirmSubstitute, createPlans, type DelayInput, fileDelay, getPlan, type PlanChange, type ProgressInput, progressStage, readForPlans, type ScheduleLine, type StageWorker } from '../planning/service.js';
import { closeSlaClocks } from '../sla/service.js';
import { orderLinesOf, orderLinesOfMany, planJobKind } from './review.js';
import { type OrderEvent } from './states.js';
import { type LockedOrder, transitionOrder } from './transition.js';
import { type LineRow, lockOrder, lockOrders, type OrderRow } from './views.js';
import type { OrderType } from './contract.js';

/* Where orders meet their execution plan (SPEC §6): the plan module keeps the stages; this applies what they mean to the order. */

/** Who the trail names for plans made on approval. */
const plannerActor: Actor = { userId: null, label: 'system:planning' };

/** The order's lines as scheduling sees them: on the shelf is what was reserved for it. */
export async function scheduleLines(tx: Tx, lines: LineRow[]): Promise<ScheduleLine[]> {
  const [row] = await queryRows<{ products: unknown }>(tx, sql`SELECT ${productsLookup([...new Set(lines.map((l) => l.productId))])} AS products`);
  const products = productsFromLookup(row!.products);
  return lines.map((l) => ({
    sku: l.sku,
    kind: l.kind as ScheduleLine['kind'],
    quantity: l.quantity,
    inStock: l.reservedQuantity,
    leadTimes: products.get(l.productId)?.leadTimes ?? {},
  }));
}

/** `scheduleLines` for the lines of many orders, with one read of their products: each order's, in the order given. */
async function scheduleLinesByOrder(tx: Tx, lines: LineRow[]): Promise<Map<string, ScheduleLine[]>> {
  const scheduled = await scheduleLines(tx, lines);
  const byOrder = new Map<string, ScheduleLine[]>();
  lines.forEach((l, index) => byOrder.set(l.orderId, [...(byOrder.get(l.orderId) ?? []), scheduled[index]!]));
  return byOrder;
}

/** `reason` is what a person wrote, or `{ code }` for a reason Ordo gives itself (said in each reader's language). */
function promiseMovedMessage(order: OrderRow, previous: string | null, next: string | null, reason: string | { code: string }): OutboxMessage {
  const why = typeof reason === 'string' ? { reason } : { reasonCode: reason.code };
  return {
    topic: 'order.promise_date_changed',
    customerId: order.customerId,
    payload: { orderId: order.id, number: order.number, expectedDelivery: next, previousDelivery: previous, ...why, audience: { customer: true, roles: ['specialist'] } },
  };
}

/** The late reason Ordo records itself when the plan is made at once but the review ran past the plan deadline; the console says it in words. */
export const planMadeOnApprovalReason = 'plan_made_on_approval';

interface OrderUpdate {
  events: OrderEvent[];
  promiseDate: string | null;
  action: string;
  changes: Change[];
  messages: OutboxMessage[];
}

/** Moves the order through `events` and writes its promise date; answers the changes to record, its own (if any) after the plan's. */
async function updateOrder(tx: Tx, actor: Actor, now: Date, order: OrderRow | LockedOrder, input: OrderUpdate): Promise<Change[]> {
  const row = 'lines' in order ? order.row : order;
  if (input.events.length === 0 && input.promiseDate === row.promisedDeliveryDate) return input.changes;
  const moved = await transitionOrder(tx, actor, now, {
    order,
    events: input.events,
    set: { promisedDeliveryDate: input.promiseDate },
    audit: { action: input.action, before: { promisedDeliveryDate: row.promisedDeliveryDate }, after: { promisedDeliveryDate: input.promiseDate } },
  });
  return [...input.changes, moved.change];
}

/** `updateOrder`, and records its changes and messages. */
async function applyToOrder(tx: Tx, actor: Actor, now: Date, order: OrderRow | LockedOrder, input: OrderUpdate): Promise<void> {
  await recordChanges(tx, actor, now, await updateOrder(tx, actor, now, order, input), input.messages);
}

/**
 * Makes the plan of an approved order (the `planning.generate` job the approval queued):
 * the plan from its type's template, the order planned with the plan's promise date, and
 * the plan deadline met — all in one transaction. An order no longer approved (planned
 * already, or cancelled) is left alone, so a rerun does nothing.
 */
export function planApprovedOrder(db: Db, now: Date, timeZone: string, orderId: string): Promise<void> {
  return planApprovedOrders(db, now, timeZone, [orderId]);
}

/**
 * `planApprovedOrder` for many orders in one transaction, with what they share read once:
 * all planned or none. The orders are locked in id order and their audit chains appended
 * to in chain order, so batches running side by side never wait on each other in a circle.
 */
export async function planApprovedOrders(db: Db, now: Date, timeZone: string, orderIds: string[]): Promise<void> {
  await db.transaction(async (tx) => {
    // Planned in the order given (the jobs' due order), so the first approved queues first for capacity.
    const given = [...new Set(orderIds)];
    const approved = (await lockOrders(tx, given)).filter((row) => row.status === 'approved').sort((a, b) => given.indexOf(a.id) - given.indexOf(b.id));
    if (approved.length === 0) return;
    const ids = approved.map((row) => row.id);
    const lines = await scheduleLinesByOrder(tx, await orderLinesOfMany(tx, ids));
    const subjects = approved.map((row) => ({ row, orderId: row.id, orderType: row.type as OrderType }));
    const readings = await readForPlans(tx, subjects);
    const clocks = await closeSlaClocks(tx, 'plan', ids.map((orderId) => ({ orderId, at: now, actor: plannerActor, lateReason: planMadeOnApprovalReason })));
    const start = localDate(now, timeZone);
    const plansMade = await createPlans(
      tx,
      now,
      subjects.map(({ row, orderType }) => ({ orderId: row.id, customerId: row.customerId, orderNumber: row.number!, orderType, lines: lines.get(row.id) ?? [], start })),
      readings,
    );
    const byChain = new Map<string, PendingRecord>();
    for (const { row } of subjects) {
      const made = plansMade.get(row.id)!;
      const clock = clocks.get(row.id) ?? { changes: [], messages: [] };
      const promiseDate = made.plan.promiseDate;
      const moved = promiseDate !== row.promisedDeliveryDate ? [promiseMovedMessage(row, row.promisedDeliveryDate, promiseDate, { code: 'plan_made' })] : [];
      const messages = [...clock.messages, ...made.messages, ...moved];
      const changes = await updateOrder(tx, plannerActor, now, row, { events: ['plan'], promiseDate, action: 'order.planned', changes: [...clock.changes, ...made.changes], messages });
      const chain = chainFor(row.customerId, row.id);
      const record = byChain.get(chain) ?? { changes: [], messages: [] };
      byChain.set(chain, { changes: [...record.changes, ...changes], messages: [...record.messages, ...messages] });
    }
    // Last, as every writer appends (one append per chain): each holds its chain's head
    // until commit, and intake appending to the same chain waits for it.
    for (const chain of [...byChain.keys()].sort()) {
      const record = byChain.get(chain)!;
      await recordChanges(tx, plannerActor, now, record.changes, record.messages);
    }
  });
}

/** The job making plans, in batches when many are due; plans start on today's date in the company's zone. */
export function planJob(timeZone: string): JobDefinition<'planning.generate'> {
  return {
    kind: planJobKind,
    run: (payload, { db, now }) => planApprovedOrder(db, now, timeZone, payload.orderId),
    runBatch: (payloads, { db, now }) => planApprovedOrders(db, now, timeZone, payloads.map((p) => p.orderId)),
  };
}

function isServiceOnly(lines: LineRow[]): boolean {
  return lines.every((l) => l.kind === 'service');
}

/** Applies a plan change to the order: its status follows the stages, its promise date the plan. */
async function settlePlanChange(tx: Tx, actor: Actor, now: Date, row: OrderRow, change: PlanChange, messages: OutboxMessage[]): Promise<PlanView> {
  const events: OrderEvent[] = [];
  if (row.status === 'planned' && change.stage.actualStart !== null) events.push('start');
  let order: OrderRow | LockedOrder = row;
  if (change.ready) {
    order = { row, lines: await orderLinesOf(tx, row.id) };
    events.push(isServiceOnly(order.lines) ? 'start_service' : 'ready');
  }
  const moved = change.promiseAfter !== row.promisedDeliveryDate;
  const reason = change.delay
    ? `${change.stage.name['zh-CN']}延误 ${change.delay.days} 天：${change.delay.reason}`
    : change.overrunFrom
      ? `${change.stage.name['zh-CN']}晚于计划（${change.overrunFrom}）完成`
      : '';
  await applyToOrder(tx, actor, now, order, {
    events,
    promiseDate: change.promiseAfter,
    action: events.length > 0 ? 'order.progressed' : 'order.promise_date_changed',
    changes: change.changes,
    messages: [...messages, ...(moved ? [promiseMovedMessage(row, row.promisedDeliveryDate, change.promiseAfter, reason)] : [])],
  });
  return getPlan(tx, row.id);
}

/**
 * An owner reports progress on a stage. The first progress puts the order under way
 * (planned → in_progress); the last stage before delivery makes it ready to ship, or in
 * service for an order of services only. A stage done late moves the rest of the plan, and
 * the customer is told when that moves the promise date.
 */
export async function progressOrderStage(db: Db, worker: StageWorker, now: Date, timeZone: string, orderId: string, input: ProgressInput): Promise<PlanView> {
  return db.transaction(async (tx) => {
    const row = await lockOrder(tx, orderId);
    const change = await progressStage(tx, worker, now, timeZone, orderId, input);
    // Nobody is notified of a stage's progress; the empty audience makes it a live event only, so open plans refresh.
    const progressed: OutboxMessage = { topic: 'order.stage_progressed', customerId: row.customerId, payload: { orderId, number: row.number, step: change.stage.key, status: input.status, audience: {} } };
    return settlePlanChange(tx, worker, now, row, change, [progressed]);
  });
}

/**
 * A stage owner reports a delay: the specialist hears of it, the plan and promise date
 * move (the customer is told when the date moves), or — for a substitute material — the
 * customer is asked to confirm first.
 */
export async function reportOrderDelay(db: Db, worker: StageWorker, now: Date, orderId: string, input: DelayInput): Promise<PlanView> {
  return db.transaction(async (tx) => {
    const row = await lockOrder(tx, orderId);
    const change = await fileDelay(tx, worker, now, orderId, input);
    const about = { orderId, number: row.number, step: change.stage.key, stepName: change.stage.name['zh-CN'], reason: change.delay!.reason, comment: change.delay!.measure ?? change.delay!.contingency };
    const messages: OutboxMessage[] = [{ topic: 'order.delay_reported', customerId: row.customerId, payload: { ...about, delayId: change.delay!.id, days: input.days, audience: { roles: ['specialist'] } } }];
    if (change.delay!.status === 'awaiting_customer') {
      messages.push({ topic: 'order.substitute_proposed', customerId: row.customerId, payload: { ...about, delayId: change.delay!.id, audience: { customer: true } } });
    }
    return settlePlanChange(tx, worker, now, row, change, messages);
  });
}

/** Records the customer's answer to a substitute material; accepted, the plan and promise date move. */
export async function recordSubstituteDecision(db: Db, actor: Actor, now: Date, orderId: string, input: { delayId: string; accepted: boolean; note?: string }): Promise<PlanView> {
  return db.transaction(async (tx) => {
    const row = await lockOrder(tx, orderId);
    const change = await confirmSubstitute(tx, actor, now, orderId, input);
    return settlePlanChange(tx, actor, now, row, change, []);
  });
}
