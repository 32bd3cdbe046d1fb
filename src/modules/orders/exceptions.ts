import { randomUUID } from 'node:crypto';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/connect.js';
import { recordChange, recordChanges } from '../../platform/audit/record.js';
import { afterTimeCursor, pageOf } from '../../platform/http/pagination.js';
import { localDate } from '../../platform/time/zone.js';
import { reserveForOrder } from '../inventory/service.js';
import { closeOrderTasks } from '../tasks/service.js';
import { defaultAddress, defaultContact, normaliseRequirements } from './intake.js';
import { auditIntake } from './intake-audit.js';
import { loadReviewContext, type OrderContext, orderLinesOf, type ReviewContext, settleAfterAudit } from './review.js';
import { orderContacts, orderLines } from './schema.js';
import type { OrderEvent } from './states.js';
import { checkTransition } from './transition.js';
import { type LineRow, loadView, lockOrder, type OrderRow } from './views.js';
import type { ContactChannel, ContactInput, ContactView, Corrections, Delivery, OrderType, OrderView, PaymentStatus } from './contract.js';

/* Exception handling (SPEC §3): the specialist contacts the customer, logs it, corrects the order and resubmits it. */

function toContactView(row: typeof orderContacts.$inferSelect): ContactView {
  return {
    id: row.id,
    orderId: row.orderId,
    channel: row.channel as ContactChannel,
    summary: row.summary,
    outcome: row.outcome,
    contactedBy: row.contactedBy,
    contactedByLabel: row.contactedByLabel,
    at: row.at.toISOString(),
  };
}

/** Logs a contact with the customer about an order. */
export async function logContact(ctx: OrderContext, orderId: string, input: ContactInput): Promise<ContactView> {
  const { actor, now } = ctx;
  return ctx.db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    const row: typeof orderContacts.$inferSelect = {
      id: randomUUID(),
      orderId,
      customerId: order.customerId,
      channel: input.channel,
      summary: input.summary.trim(),
      outcome: input.outcome?.trim() || null,
      contactedBy: actor.userId,
      contactedByLabel: actor.label,
      at: now,
    };
    await tx.insert(orderContacts).values(row);
    const view = toContactView(row);
    await recordChange(tx, actor, now, { entityType: 'order', entityId: orderId, customerId: order.customerId, action: 'order.contact_logged', after: view });
    return view;
  });
}

/** An order's contact log, newest first. */
export async function listContacts(db: Executor, orderId: string, query: { limit: number; cursor?: string }): Promise<{ items: ContactView[]; nextCursor: string | null }> {
  const filters: (SQL | undefined)[] = [eq(orderContacts.orderId, orderId)];
  if (query.cursor) filters.push(afterTimeCursor(query.cursor, orderContacts.at, orderContacts.id, 'desc'));
  const rows = await db
    .select()
    .from(orderContacts)
    .where(and(...filters))
    .orderBy(desc(orderContacts.at), desc(orderContacts.id))
    .limit(query.limit + 1);
  return pageOf(rows.map(toContactView), query.limit, (c) => [c.at, c.id]);
}

/** Reserves what has come into stock since for lines that were backordered, and updates the lines. */
export async function reserveBackorders(tx: Tx, ctx: Pick<OrderContext, 'actor' | 'now'>, order: OrderRow, lines: LineRow[]): Promise<LineRow[]> {
  const short = lines.filter((l) => l.kind === 'stock' && l.backorderedQuantity > 0);
  if (short.length === 0) return lines;
  const taken = await reserveForOrder(tx, {
    orderId: order.id,
    customerId: order.customerId,
    actorId: ctx.actor.userId,
    at: ctx.now,
    lines: short.map((l) => ({ lineId: l.id, productId: l.productId, quantity: l.backorderedQuantity })),
  });
  const updated: LineRow[] = [];
  for (const line of lines) {
    const took = taken.get(line.id) ?? 0;
    if (took === 0) {
      updated.push(line);
      continue;
    }
    const [row] = await tx
      .update(orderLines)
      .set({ reservedQuantity: line.reservedQuantity + took, backorderedQuantity: line.backorderedQuantity - took })
      .where(eq(orderLines.id, line.id))
      .returning();
    updated.push(row!);
  }
  return updated;
}

function correctedFields(order: OrderRow, corrections: Corrections, context: ReviewContext) {
  const delivery: Delivery = !corrections.delivery
    ? order.delivery
    : corrections.delivery.method === 'pickup'
      ? { method: 'pickup', address: null }
      : { method: 'ship', address: corrections.delivery.address ?? defaultAddress(context.customer) };
  return {
    requestedDeliveryDate: corrections.requestedDeliveryDate !== undefined ? corrections.requestedDeliveryDate : order.requestedDeliveryDate,
    specialRequirements: corrections.specialRequirements !== undefined ? normaliseRequirements(corrections.specialRequirements) : order.specialRequirements,
    paymentStatus: corrections.paymentStatus ?? order.paymentStatus,
    contact: corrections.contact ?? order.contact ?? defaultContact(context.customer),
    delivery,
  };
}

/**
 * Resubmits an exception order after the customer was contacted: applies the corrections,
 * reserves stock that has arrived for backordered lines, reruns the preliminary audit and
 * sends the order to review (a new round on the chain version it started with) or back to
 * exception. The exception task is closed either way.
 */
export async function resubmitOrder(ctx: OrderContext, orderId: string, expectedVersion: number | undefined, input: { corrections: Corrections; note: string; lateReason?: string }): Promise<OrderView> {
  const { actor, now } = ctx;
  return ctx.db.transaction(async (tx) => {
    const row = await lockOrder(tx, orderId);
    await checkTransition(tx, actor, row, { events: ['resubmit'], expectedVersion });
    const today = localDate(now, ctx.timeZone);
    const lines = await reserveBackorders(tx, ctx, row, await orderLinesOf(tx, orderId));
    const context = await loadReviewContext(tx, row, lines, today);
    const fields = correctedFields(row, input.corrections, context);
    const { exceptions, warnings } = auditIntake({
      type: row.type as OrderType,
      paymentStatus: fields.paymentStatus as PaymentStatus,
      requestedDeliveryDate: fields.requestedDeliveryDate,
      receivedDate: today,
      specialRequirements: fields.specialRequirements,
      hasContact: Boolean(fields.contact && (fields.contact.phone || fields.contact.email)),
      needsDelivery: lines.some((l) => l.kind !== 'service'),
      hasDeliveryTarget: fields.delivery.method === 'pickup' || fields.delivery.address !== null,
      lines: lines.map((l) => ({
        sku: l.sku,
        kind: l.kind as 'stock' | 'made_to_order' | 'service',
        active: context.products.get(l.productId)?.active ?? false,
        quantity: l.quantity,
        reserved: l.reservedQuantity,
        listPriceMinor: l.listPriceMinor,
        unitPriceMinor: l.unitPriceMinor,
      })),
      duplicateOf: null,
    });
    const events: OrderEvent[] = ['resubmit', exceptions.length > 0 ? 'audit_fail' : 'audit_pass'];
    const closed = await closeOrderTasks(tx, actor, now, { orderId, customerId: row.customerId, kind: 'order_exception', note: input.note.trim() });
    // Approved at once after the deadline: the wait for the customer's answers is the reason, unless a better one is given.
    const waited = `Waited in exception for the customer's clarification since ${row.exceptionSince?.toISOString() ?? row.updatedAt.toISOString()}`;
    const { moved, followUp } = await settleAfterAudit(tx, actor, now, {
      row,
      events,
      set: { ...fields, exceptions, warnings },
      lines,
      context: async () => context,
      lateReason: input.lateReason ?? waited,
      audit: {
        action: 'order.resubmitted',
        before: { exceptions: row.exceptions, requestedDeliveryDate: row.requestedDeliveryDate, paymentStatus: row.paymentStatus },
        after: { exceptions, warnings, corrections: input.corrections, note: input.note.trim() },
      },
    });
    const status = moved.row.status;
    await recordChanges(
      tx,
      actor,
      now,
      [
        moved.change,
        ...closed.changes,
        ...followUp.changes,
      ],
      [
        { topic: 'order.resubmitted', customerId: row.customerId, payload: { orderId, number: row.number, status, audience: { roles: ['specialist'] } } },
        ...followUp.messages,
      ],
    );
    return loadView(tx, moved.row);
  });
}
