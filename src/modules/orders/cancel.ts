import { eq } from 'drizzle-orm';
import { recordChanges } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { releaseForOrder } from '../inventory/service.js';
import { cancelPlan } from '../planning/service.js';
import { withdrawReview } from '../review/service.js';
import { settleSlaClocks } from '../sla/service.js';
import { closeOrderTasks } from '../tasks/service.js';
import { type OrderContext, orderLinesOf } from './review.js';
import { orderLines } from './schema.js';
import { checkTransition, orderMessage, transitionOrder } from './transition.js';
import { loadView, lockOrder } from './views.js';
import type { OrderView } from './contract.js';

/**
 * Cancels an order that has not shipped (the state table says from where): its reserved
 * stock goes back, its deadlines stop (missed ones are settled), it leaves the review inboxes and its open tasks
 * close — all in one transaction with one audit event, and the customer is told.
 */
export async function cancelOrder(ctx: OrderContext, orderId: string, expectedVersion: number | undefined, input: { reason: string }): Promise<OrderView> {
  const { actor, now } = ctx;
  const reason = input.reason.trim();
  if (!reason) throw new DomainError('validation_failed', 'Say why the order is cancelled', { errors: [{ path: '/reason', in: 'body', code: 'minLength', message: 'must not be blank' }] });
  return ctx.db.transaction(async (tx) => {
    const row = await lockOrder(tx, orderId);
    await checkTransition(tx, actor, row, { events: ['cancel'], expectedVersion });
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
    const clocks = await settleSlaClocks(tx, orderId, now);
    const { withdrawnSteps } = await withdrawReview(tx, orderId, now);
    const { cancelledStages } = await cancelPlan(tx, orderId, now);
    const closed = await closeOrderTasks(tx, actor, now, { orderId, customerId: row.customerId, kind: 'order_exception', note: `Order cancelled: ${reason}` });
    const moved = await transitionOrder(tx, actor, now, {
      order: row,
      events: ['cancel'],
      set: { exceptionSince: null },
      audit: {
        action: 'order.cancelled',
        after: { reason, released: held.map((l) => ({ sku: l.sku, quantity: l.reservedQuantity })), stoppedClocks: clocks.stopped, settledClocks: clocks.settled, withdrawnSteps, cancelledStages },
      },
    });
    await recordChanges(
      tx,
      actor,
      now,
      [moved.change, ...closed.changes],
      [orderMessage(row, 'order.cancelled', { customer: true, roles: ['specialist'] }, { reason })],
    );
    return loadView(tx, moved.row);
  });
}
