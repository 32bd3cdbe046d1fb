/*
 * Orders and their lines, contacts and counters: the aggregate every stage moves. Other modules use
 * this file for operations and contract.ts for schemas (filters, status list), never the tables.
 */
import { and, count, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { allPages } from '../../platform/export/table-file.js';
import type { Db, Executor } from '../../platform/db/connect.js';
import { type Actor, recordChange, recordChanges } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { assertVersion } from '../../platform/http/versioning.js';
import { rescheduleSlaClocks } from '../sla/service.js';
import { deadlinesFor } from './priority.js';
import { foundByAny, type SearchBranch, searchBranches } from './list-search.js';
import { countAllOrdersByStatus } from './summary.js';
import { orderLines, orders } from './schema.js';
import { loadOrderSettings } from './settings.js';
import type { OrderEvent, OrderStatus } from './states.js';
import { checkTransition } from './transition.js';
import { localDate } from '../../platform/time/zone.js';
import { loadReviewContext, type OrderContext, orderLinesOf, settleAfterAudit } from './review.js';
import { loadView, loadViews, lockOrder, type OrderRow } from './views.js';
import type { Level, OrderFilters, OrderListItem, OrderSchedule, OrderSort, OrderView, Priority, SortDirection } from './contract.js';
import { countScheduledOrders, healthFilter, type HealthClock, listScheduledOrders, orderSchedule } from './health.js';

export { customerLastOrderContacts, lastOrderContactAt, orderTimeline } from './timeline.js';
export { searchOrders } from './search.js';
export { createOrder, createOrderWithin, createReplacementOrder, type CreateOrderContext, type ReplacementLink } from './intake.js';
export { type NumberWaiter, numberStrandedOrdersJob, orderNumbererFor } from './numbering.js';
export { replacementOrders } from './views.js';
export { decideReviewStep, exceptionContactMinutes, type OrderContext } from './review.js';
export { assignOrderOwner, listContacts, listExceptionDesk, logContact, resubmitOrder } from './exceptions.js';
export { planJob, progressOrderStage, recordSubstituteDecision, reportOrderDelay } from './planning.js';
export { owingOrders, recordPaymentStatus, setSignedConfirmation, type OwingOrder } from './payments.js';
export { activeOrdersOf, customersWithActiveOrders, type ActiveOrder } from './active-orders.js';
export {
  closeOrder,
  deliveredQuantity,
  deliveryRecord,
  fillBackorders,
  isGoods,
  markReadyToShip,
  openPreDeliveryCheck,
  preDeliveryCheckJob,
  recordAcceptanceOutcome,
  shipOrderLines,
} from './fulfilment.js';
export {
  canOrder,
  completeIfAcceptedAndSurveyed,
  hasShipped,
  isDelivered,
  lockOrderWithLines,
  orderMessage,
  transitionOrder,
  type LockedOrder,
  type OrderTransition,
} from './transition.js';
export { previewOrder } from './preview.js';
export { foldOrderRollupChanges } from './rollups.js';
export { orderSummary } from './summary.js';
export { customerPurchaseFigures, type PurchaseWindows } from './customer-figures.js';
export { listRevisions } from './revisions.js';
export type { LineRow, OrderRow } from './views.js';
export type { OrderNotice } from './events.js';
export { listAtRiskOrders, scheduleDoneStatuses, type HealthClock } from './health.js';
export type { Health, OrderListItem, OrderInput, OrderLineInput, OrderLineView, OrderSummary, OrderType, OrderView, PaymentState, PaymentStatus } from './contract.js';
export { orderMachine, orderStatuses, type OrderEvent, type OrderStatus } from './states.js';

/** The statuses an order ends in: completed (possibly after its after-sales) or cancelled. */
const completedStatuses: ReadonlySet<string> = new Set<OrderStatus>(['completed', 'cancelled']);

/**
 * When the order was completed, for its retention: the order keeps no completion time of its
 * own, so its last change stands for it (that change or a later one, never earlier, so the
 * period never ends too soon). Null while the order is open.
 */
export function orderCompletedAt(row: Pick<OrderRow, 'status' | 'updatedAt'>): Date | null {
  return completedStatuses.has(row.status) ? row.updatedAt : null;
}

export async function getOrder(db: Executor, id: string): Promise<OrderView> {
  const [row] = await db.select().from(orders).where(eq(orders.id, id));
  if (!row) throw new DomainError('not_found', `No order ${id}`);
  return loadView(db, row);
}

/** Several orders as `getOrder` shows each, by id, in two statements; an id with no order is left out. */
export async function getOrders(db: Executor, ids: readonly string[]): Promise<Map<string, OrderView>> {
  if (ids.length === 0) return new Map();
  return loadViews(db, await db.select().from(orders).where(inArray(orders.id, [...ids])));
}

/** The id of the order with this number (as people quote it), if there is one. */
export async function orderIdByNumber(db: Executor, number: string): Promise<string | undefined> {
  const [row] = await db.select({ id: orders.id }).from(orders).where(eq(orders.number, number));
  return row?.id;
}

/** One order as its detail page shows it: with its schedule health and the time left to its next open deadline. */
export async function getOrderDetail(db: Executor, id: string, clock: HealthClock): Promise<OrderView & OrderSchedule> {
  const order = await getOrder(db, id);
  const schedule = await orderSchedule(db, clock, id);
  return { ...order, ...schedule! };
}

/**
 * Maker–checker: a second person confirms an order entered by hand; it then goes on to
 * review, or to exception when the preliminary audit found problems.
 */
export async function confirmEntry(ctx: OrderContext, orderId: string, expectedVersion?: number): Promise<OrderView> {
  const { actor, now } = ctx;
  return ctx.db.transaction(async (tx) => {
    const row = await lockOrder(tx, orderId);
    const events: OrderEvent[] = ['confirm_entry', row.exceptions.length > 0 ? 'audit_fail' : 'audit_pass'];
    await checkTransition(tx, actor, row, { events, expectedVersion });
    const lines = await orderLinesOf(tx, orderId);
    // Approved at once after the deadline: the order was waiting for this confirmation.
    const { moved, followUp } = await settleAfterAudit(tx, actor, now, {
      row,
      events,
      set: { entryCheck: 'confirmed', entryConfirmedBy: actor.userId, entryConfirmedAt: now },
      lines,
      context: () => loadReviewContext(tx, row, lines, localDate(now, ctx.timeZone)),
      lateReason: `Waited for a second person to confirm the hand-entered order since ${row.receivedAt.toISOString()}`,
      audit: { action: 'order.entry_confirmed', before: { entryCheck: row.entryCheck }, after: { entryCheck: 'confirmed' } },
    });
    const status = moved.row.status;
    const view = await loadView(tx, moved.row);
    await recordChanges(
      tx,
      actor,
      now,
      [moved.change, ...followUp.changes],
      [{ topic: 'order.entry_confirmed', customerId: row.customerId, payload: { orderId, number: row.number, status } }, ...followUp.messages],
    );
    return view;
  });
}

/** A manager sets the priority by hand, with a reason; the deadlines follow the new level. */
export async function overridePriority(
  db: Db,
  actor: Actor,
  now: Date,
  orderId: string,
  expectedVersion: number,
  input: { level: Level; reason: string },
): Promise<OrderView> {
  return db.transaction(async (tx) => {
    const row = await lockOrder(tx, orderId);
    assertVersion('order', row.version, expectedVersion);
    if (row.status === 'completed' || row.status === 'cancelled') {
      throw new DomainError('invalid_transition', `Order ${row.number} is ${row.status}; its priority no longer matters`);
    }
    const { sla, calendar } = await loadOrderSettings(tx);
    const priority: Priority = { ...row.priority, level: input.level, override: { level: input.level, reason: input.reason.trim(), by: actor.label, at: now.toISOString() } };
    const deadlines = deadlinesFor(input.level, row.receivedAt, sla, calendar);
    const [responseDueAt, planDueAt] = [deadlines.response.dueAt, deadlines.plan.dueAt];
    await rescheduleSlaClocks(tx, orderId, [{ kind: 'response', ...deadlines.response }, { kind: 'plan', ...deadlines.plan }], now);
    const [updated] = await tx
      .update(orders)
      .set({ priority, priorityLevel: input.level, responseDueAt, planDueAt, updatedAt: now, version: row.version + 1 })
      .where(eq(orders.id, orderId))
      .returning();
    const view = await loadView(tx, updated!);
    await recordChange(
      tx,
      actor,
      now,
      {
        entityType: 'order',
        entityId: orderId,
        customerId: row.customerId,
        action: 'order.priority_overridden',
        before: { level: row.priorityLevel, responseDueAt: row.responseDueAt, planDueAt: row.planDueAt },
        after: { level: input.level, reason: input.reason.trim(), responseDueAt, planDueAt },
      },
      [{ topic: 'order.priority_changed', customerId: row.customerId, payload: { orderId, number: row.number, level: input.level } }],
    );
    return view;
  });
}

export interface OrderQuery extends OrderFilters {
  status?: OrderStatus;
  /** Comma-separated healths (late,at_risk). */
  health?: string;
  sort?: OrderSort;
  order?: SortDirection;
  limit: number;
  cursor?: string;
  /** How many matches a search collects before it walks the list instead (`searchCollectLimit` unless given). */
  searchCollectLimit?: number;
}

function filterConditions(query: OrderFilters): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [];
  if (query.customerId) conditions.push(eq(orders.customerId, query.customerId));
  if (query.productId) {
    conditions.push(sql`exists (select 1 from ${orderLines} where ${orderLines.orderId} = ${orders.id} and ${orderLines.productId} = ${query.productId})`);
  }
  if (query.priority) conditions.push(eq(orders.priorityLevel, query.priority));
  if (query.channel) conditions.push(eq(orders.channel, query.channel));
  if (query.owner) conditions.push(query.owner === 'none' ? isNull(orders.ownerId) : eq(orders.ownerId, query.owner));
  return conditions;
}

/** The list's filters, with what `q` finds as one condition (for counting). */
function filtersWithSearch(query: OrderFilters): (SQL | undefined)[] {
  return query.q ? [...filterConditions(query), foundByAny(searchBranches(query.q.trim()))] : filterConditions(query);
}

/**
 * The order list with each order's schedule health: newest first by default, or by
 * promise date, health (most late first) or next deadline; keyset-paginated.
 */
export async function listOrders(db: Executor, clock: HealthClock, query: OrderQuery): Promise<{ items: OrderListItem[]; nextCursor: string | null }> {
  return listScheduledOrders(db, clock, {
    ...listConditions(query),
    sort: query.sort ?? 'received',
    order: query.order ?? 'asc',
    limit: query.limit,
    cursor: query.cursor,
    collectLimit: query.searchCollectLimit,
  });
}

function listConditions(query: Omit<OrderQuery, 'limit'>): { conditions: (SQL | undefined)[]; search?: SearchBranch[]; health: ReturnType<typeof healthFilter> } {
  const conditions = filterConditions(query);
  if (query.status) conditions.push(eq(orders.status, query.status));
  if (!query.q) return { conditions, health: healthFilter(query.health) };
  const branches = searchBranches(query.q.trim());
  // A term with a digit is a number, a reference or a phone, which few orders share: their
  // matches are sorted as found. A name can be shared by tens of thousands: the list reads it
  // one of two ways (`searchPage`), which costs a longer statement to plan (some 50 ms at
  // 1,000,000 orders under load) that a number's few matches do not repay.
  if (/\d/.test(query.q)) return { conditions: [...conditions, foundByAny(branches)], health: healthFilter(query.health) };
  return { conditions, search: branches, health: healthFilter(query.health) };
}

/** How many orders the list holds under the same filters (and healths) as `listOrders`. */
export async function countOrders(db: Executor, clock: HealthClock, query: Omit<OrderQuery, 'limit' | 'cursor' | 'sort' | 'order'>): Promise<{ total: number }> {
  if (unfiltered(query) && !query.health) {
    const counts = await countAllOrdersByStatus(db);
    return { total: query.status ? (counts.get(query.status) ?? 0) : sum(counts.values()) };
  }
  return { total: await countScheduledOrders(db, clock, listConditions(query)) };
}

/** No filter narrows the orders: their counts are the rollup's, not a count of every row. */
function unfiltered(query: OrderFilters): boolean {
  return !query.q && filterConditions(query).length === 0;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Every order the list holds under these filters, in its sort, a batch at a time (for export). */
export function allListedOrders(db: Executor, clock: HealthClock, query: Omit<OrderQuery, 'limit' | 'cursor'>, batchSize = 500): AsyncGenerator<OrderListItem[]> {
  return allPages((cursor) => listOrders(db, clock, { ...query, limit: batchSize, cursor }));
}

/** How many orders each status holds under these filters: the kanban's column heads. */
export async function countOrdersByStatus(db: Executor, query: OrderFilters): Promise<{ total: number; byStatus: Partial<Record<OrderStatus, number>> }> {
  if (unfiltered(query)) {
    const counts = await countAllOrdersByStatus(db);
    return { total: sum(counts.values()), byStatus: Object.fromEntries(counts) as Partial<Record<OrderStatus, number>> };
  }
  const rows = await db
    .select({ status: orders.status, count: count() })
    .from(orders)
    .where(and(...filtersWithSearch(query)))
    .groupBy(orders.status);
  const byStatus = Object.fromEntries(rows.map((r) => [r.status, r.count])) as Partial<Record<OrderStatus, number>>;
  return { total: rows.reduce((sum, r) => sum + r.count, 0), byStatus };
}

/** What a short list shows of an order's goods: its first line, and how many lines there are in all. */
export interface FirstLine {
  sku: string;
  name: string;
  unit: string;
  quantity: number;
  lineCount: number;
}

/** The first line of each of these orders (one customer's), in one statement for a page of a list. */
export async function firstLinesOf(db: Executor, customerId: string, orderIds: readonly string[]): Promise<Map<string, FirstLine>> {
  if (orderIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([orderLines.orderId], {
      orderId: orderLines.orderId,
      sku: orderLines.sku,
      name: orderLines.name,
      unit: orderLines.unit,
      quantity: orderLines.quantity,
      lineCount: sql<number>`(count(*) OVER (PARTITION BY ${orderLines.orderId}))::int`,
    })
    .from(orderLines)
    .where(and(eq(orderLines.customerId, customerId), inArray(orderLines.orderId, [...orderIds])))
    .orderBy(orderLines.orderId, orderLines.lineNo);
  return new Map(rows.map(({ orderId, ...line }) => [orderId, line]));
}

/** The distinct products on each of these orders, for reports that group orders by product. */
export async function productsOfOrders(db: Executor, orderIds: readonly string[]): Promise<Map<string, string[]>> {
  if (orderIds.length === 0) return new Map();
  const rows = await db.selectDistinct({ orderId: orderLines.orderId, productId: orderLines.productId }).from(orderLines).where(inArray(orderLines.orderId, [...orderIds]));
  const byOrder = new Map<string, string[]>();
  for (const r of rows) byOrder.set(r.orderId, [...(byOrder.get(r.orderId) ?? []), r.productId]);
  return byOrder;
}
