import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/connect.js';
import { type Actor, recordChanges } from '../../platform/audit/record.js';
import { queryRows } from '../../platform/db/sql.js';
import { DomainError, type ErrorCode, type FieldError } from '../../platform/http/errors.js';
import { enqueueJob } from '../../platform/jobs/queue.js';
import { instantAt, localDate } from '../../platform/time/zone.js';
import { consumeReservation } from '../inventory/service.js';
import { openOrderTask } from '../tasks/service.js';
import { orderLines } from './schema.js';
import { reserveBackorders } from './exceptions.js';
import { type LockedOrder, lockOrderWithLines, type OrderColumns, orderMessage, type OrderTransition, transitionOrder } from './transition.js';
import { type LineRow, loadView } from './views.js';
import type { OrderView } from './contract.js';

/*
 * The order's side of fulfilment, acceptance and after-sales (SPEC §7–§9): the modules that
 * run those stages call these functions inside their own transactions; the order's lines
 * stay written here, and its status moves through `transitionOrder`.
 */

const acceptanceEvents = { pass: 'accept', partial: 'accept_partial', fail: 'accept_fail' } as const;

/** Records the customer's acceptance of a delivered order: accepted, or acceptance_failed for a partial or failed one. */
export async function recordAcceptanceOutcome(
  tx: Tx,
  actor: Actor,
  now: Date,
  order: LockedOrder,
  result: keyof typeof acceptanceEvents,
  after: Record<string, unknown>,
): Promise<OrderTransition> {
  return transitionOrder(tx, actor, now, {
    order,
    events: [acceptanceEvents[result]],
    set: { acceptanceResult: result },
    audit: { action: result === 'pass' ? 'order.accepted' : 'order.acceptance_failed', after: { result, ...after } },
  });
}

/**
 * What delivery records on the order (set it with the `deliver` or `complete_service`
 * transition): when, the promise date as it stood, and whether the customer received the
 * order after that day in the business's time zone — what the on-time rate counts.
 */
export function deliveryRecord(row: LockedOrder['row'], now: Date, timeZone: string): OrderColumns {
  const promised = row.promisedDeliveryDate;
  return { deliveredAt: now, promisedAtDelivery: promised, deliveredLate: promised === null ? null : localDate(now, timeZone) > promised };
}

/** Lines that leave by carrier: everything but services. */
export function isGoods(line: LineRow): boolean {
  return line.kind !== 'service';
}

/** What the customer has received of each line: goods as shipped once the order is delivered, services in full. */
export function deliveredQuantity(line: LineRow): number {
  return isGoods(line) ? line.shippedQuantity : line.quantity;
}

/**
 * Hands lines to a carrier: checks each against what is left to ship and, for stock, what
 * the order reserved (the rest is backordered); consumes the reservation; moves the order
 * to partially_shipped or shipped. `lines[i]` errors name `/lines/i/…`.
 */
export async function shipOrderLines(
  tx: Tx,
  actor: Actor,
  now: Date,
  order: LockedOrder,
  lines: { lineId: string; quantity: number }[],
): Promise<OrderTransition & { shipped: { line: LineRow; quantity: number }[] }> {
  const shipped: { line: LineRow; quantity: number }[] = [];
  const problems: FieldError[] = [];
  let code: ErrorCode = 'exceeds_open_quantity';
  lines.forEach((wanted, index) => {
    const line = order.lines.find((l) => l.id === wanted.lineId);
    if (!line || !isGoods(line) || shipped.some((s) => s.line.id === wanted.lineId)) {
      code = 'validation_failed';
      const why = !line ? 'is not a line of this order' : !isGoods(line) ? 'is a service: it is delivered in service, not shipped' : 'appears twice';
      problems.push({ path: `/lines/${index}/lineId`, in: 'body', code: 'invalid_line', message: why });
      return;
    }
    const open = line.quantity - line.shippedQuantity;
    if (wanted.quantity > open) {
      problems.push({ path: `/lines/${index}/quantity`, in: 'body', code: 'exceeds_open_quantity', message: `line ${line.lineNo} (${line.sku}) has ${open} left to ship` });
    } else if (line.kind === 'stock' && wanted.quantity > line.reservedQuantity) {
      if (code === 'exceeds_open_quantity') code = 'not_reserved';
      problems.push({
        path: `/lines/${index}/quantity`,
        in: 'body',
        code: 'not_reserved',
        message: `line ${line.lineNo} (${line.sku}) has ${line.reservedQuantity} reserved; ${line.backorderedQuantity} waits for stock`,
      });
    }
    shipped.push({ line, quantity: wanted.quantity });
  });
  if (problems.length > 0) throw new DomainError(code, problems.map((p) => `${p.path} ${p.message}`).join('; '), { errors: problems });

  for (const { line, quantity } of shipped) {
    const reservedTaken = line.kind === 'stock' ? quantity : 0;
    const [updated] = await tx
      .update(orderLines)
      .set({ shippedQuantity: line.shippedQuantity + quantity, reservedQuantity: line.reservedQuantity - reservedTaken })
      .where(eq(orderLines.id, line.id))
      .returning();
    order.lines = order.lines.map((l) => (l.id === line.id ? updated! : l));
  }
  const stock = shipped.filter((s) => s.line.kind === 'stock');
  if (stock.length > 0) {
    await consumeReservation(tx, {
      orderId: order.row.id,
      customerId: order.row.customerId,
      actorId: actor.userId,
      at: now,
      items: stock.map((s) => ({ productId: s.line.productId, quantity: s.quantity })),
    });
  }
  const complete = order.lines.filter(isGoods).every((l) => l.shippedQuantity >= l.quantity);
  const moved = await transitionOrder(tx, actor, now, {
    order,
    events: [complete ? 'ship_all' : 'ship_partial'],
    audit: {
      action: complete ? 'order.shipped' : 'order.partially_shipped',
      after: { lines: shipped.map((s) => ({ lineNo: s.line.lineNo, sku: s.line.sku, quantity: s.quantity })) },
    },
  });
  return { ...moved, shipped };
}

/** The job that opens the pre-delivery check (SPEC §7) 24 h before the wanted delivery date. */
export const preDeliveryCheckJob = 'orders.pre_delivery_check';

/**
 * The warehouse has the goods packed: the order is ready to ship. With a wanted delivery
 * date, the pre-delivery check is scheduled for 24 h before that day begins in the
 * company's zone (at once when that is already past).
 */
export async function markReadyToShip(db: Db, actor: Actor, now: Date, timeZone: string, orderId: string): Promise<OrderView> {
  return db.transaction(async (tx) => {
    const order = await lockOrderWithLines(tx, orderId);
    const wanted = order.row.requestedDeliveryDate;
    const checkAt = wanted ? new Date(instantAt(wanted, 0, timeZone) - 24 * 3_600_000) : null;
    const { row, change } = await transitionOrder(tx, actor, now, { order, events: ['ready'], audit: { action: 'order.ready_to_ship', after: { preDeliveryCheckAt: checkAt?.toISOString() ?? null } } });
    if (checkAt) await enqueueJob(tx, now, { kind: preDeliveryCheckJob, payload: { orderId }, runAt: checkAt < now ? now : checkAt, dedupKey: `pre-delivery:${orderId}` });
    await recordChanges(tx, actor, now, [change], [orderMessage(row, 'order.packed', { roles: ['logistics', 'warehouse'] })]);
    return loadView(tx, row);
  });
}

/** Opens logistics' pre-delivery check, due when the delivery day begins; nothing for an order already delivered or cancelled. */
export async function openPreDeliveryCheck(db: Db, now: Date, timeZone: string, orderId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const order = await lockOrderWithLines(tx, orderId);
    const { row } = order;
    if (!['ready_to_ship', 'partially_shipped', 'shipped'].includes(row.status) || !row.requestedDeliveryDate) return;
    const dueAt = new Date(instantAt(row.requestedDeliveryDate, 0, timeZone));
    const goods = order.lines.filter(isGoods).map((l) => `${l.sku} ×${l.quantity}`).join(', ');
    // The address as the customer gave it (data, not a sentence); the delivery method's code when there is none.
    const where = row.delivery.address ? { address: [row.delivery.address.city, row.delivery.address.line1].filter(Boolean).join(' ') } : { deliveryMethod: row.delivery.method };
    const task = await openOrderTask(tx, now, {
      kind: 'pre_delivery_check',
      orderId,
      orderNumber: row.number,
      customerId: row.customerId,
      role: 'logistics',
      dueAt: dueAt > now ? dueAt : now,
      summary: { code: 'task.pre_delivery_check', params: { date: row.requestedDeliveryDate, goods, ...where } },
    });
    await recordChanges(tx, { userId: null, label: 'system' }, now, task.changes, task.messages);
  });
}

/** Closes an accepted order (the customer accepted; nothing is left to do). */
export async function closeOrder(db: Db, actor: Actor, now: Date, orderId: string): Promise<OrderView> {
  return db.transaction(async (tx) => {
    const order = await lockOrderWithLines(tx, orderId);
    const { row, changes } = await transitionOrder(tx, actor, now, { order, events: ['close'], audit: { action: 'order.completed' } });
    await recordChanges(tx, actor, now, changes, [orderMessage(row, 'order.completed', { roles: ['specialist'] })]);
    return loadView(tx, row);
  });
}

/**
 * Orders with backordered lines of a product, in the order stock goes to them: green-channel
 * (urgent) orders first, then first come first served.
 */
export async function ordersWaitingFor(db: Db, productId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT o.id FROM orders o
        WHERE o.status <> 'cancelled'
          AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.product_id = ${productId}::uuid AND l.backordered_quantity > 0)
        ORDER BY (o.type = 'urgent') DESC, o.received_at, o.id`,
  );
  return rows.map((r) => r.id);
}

/**
 * Stock arrived for a product: backordered lines are reserved, one order per transaction,
 * until the stock runs out. Each filled order hears of it (warehouse and specialist).
 */
export async function fillBackorders(db: Db, now: Date, productId: string): Promise<number> {
  const system: Actor = { userId: null, label: 'system' };
  let filled = 0;
  for (const orderId of await ordersWaitingFor(db, productId)) {
    const took = await db.transaction(async (tx) => {
      const order = await lockOrderWithLines(tx, orderId);
      const before = new Map(order.lines.map((l) => [l.id, l.reservedQuantity]));
      const lines = await reserveBackorders(tx, { actor: system, now }, order.row, order.lines);
      const gained = lines.filter((l) => l.reservedQuantity > before.get(l.id)!).map((l) => ({ lineNo: l.lineNo, sku: l.sku, reserved: l.reservedQuantity - before.get(l.id)!, stillBackordered: l.backorderedQuantity }));
      if (gained.length === 0) return false;
      await recordChanges(
        tx,
        system,
        now,
        [{ entityType: 'order', entityId: orderId, customerId: order.row.customerId, action: 'order.backorder_filled', after: { lines: gained } }],
        [orderMessage(order.row, 'order.backorder_filled', { roles: ['warehouse', 'specialist'] }, { lines: gained })],
      );
      return true;
    });
    if (!took) break;
    filled += 1;
  }
  return filled;
}
