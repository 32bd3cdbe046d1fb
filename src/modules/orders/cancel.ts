import { eq } from 'drizzle-orm';
import { recordChanges } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { assertVersion } from '../../platform/http/versioning.js';
import { releaseForOrder } from '../inventory/service.js';
import { cancelPlan } from '../planning/service.js';
import { withdrawReview } from '../review/service.js';
import { stopSlaClocks } from '../sla/service.js';
import { closeOrderTasks } from '../tasks/service.js';
import { orderLinesOf, type OrderContext } from './review.js';
import { orderLines, orders } from './schema.js';
import { walk, type OrderStatus } from './states.js';
import { loadView, lockOrder } from './views.js';
import type { OrderView } from './contract.js';

/**
 * Cancels an order that has not shipped (the state table says from where): its reserved
 * stock goes back, its deadlines stop, it leaves the review inboxes and its open tasks
 * close — all in one transaction with one audit event, and the customer is told.
 */
export async function cancelOrder(ctx: OrderContext, orderId: string, expectedVersion: number | undefined, input: { reason: string }): Promise<OrderView> {
  const { actor, now } = ctx;
  const reason = input.reason.trim();
  if (!reason) throw new DomainError('validation_failed', 'Say why the order is cancelled', { errors: [{ path: '/reason', in: 'body', code: 'minLength', message: 'must not be blank' }] });
  return ctx.db.transaction(async (tx) => {
    const row = await lockOrder(tx, orderId);
    if (expectedVersion !== undefined) assertVersion('order', row.version, expectedVersion);
    const { status, path } = walk(row.status as OrderStatus, ['cancel']);
    const lines = await orderLinesOf(tx, orderId);
    const held = lines.filter((l) => l.reservedQuantity > 0);
    await releaseForOrder(tx, {
      orderId,
      customerId: row.customerId,
      actorId: actor.userId,
      at: now,
      lines: held.map((l) => ({ lineId: l.id, productId: l.productId, quantity: l.reservedQuantity })),
    });
    await tx.update(orderLines).set({ reservedQuantity: 0, backorderedQuantity: 0 }).where(eq(orderLines.orderId, orderId));
    const stoppedClocks = await stopSlaClocks(tx, orderId, now);
    const { withdrawnSteps } = await withdrawReview(tx, orderId, now);
    const { cancelledStages } = await cancelPlan(tx, orderId, now);
    const closed = await closeOrderTasks(tx, actor, now, { orderId, customerId: row.customerId, kind: 'order_exception', note: `Order cancelled: ${reason}` });
    const [updated] = await tx
      .update(orders)
      .set({ status, exceptionSince: null, updatedAt: now, version: row.version + 1 })
      .where(eq(orders.id, orderId))
      .returning();
    await recordChanges(
      tx,
      actor,
      now,
      [
        {
          entityType: 'order',
          entityId: orderId,
          customerId: row.customerId,
          action: 'order.cancelled',
          before: { status: row.status },
          after: {
            status,
            reason,
            released: held.map((l) => ({ sku: l.sku, quantity: l.reservedQuantity })),
            stoppedClocks,
            withdrawnSteps,
            cancelledStages,
            transitions: path,
          },
        },
        ...closed.changes,
      ],
      [{ topic: 'order.cancelled', customerId: row.customerId, payload: { orderId, number: row.number, reason, audience: { customer: true, roles: ['specialist'] } } }],
    );
    return loadView(tx, updated!);
  });
}
