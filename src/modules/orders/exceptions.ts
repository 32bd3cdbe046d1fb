import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/connect.js';
import { recordChange, recordChanges } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { afterTimeCursor, pageOf } from '../../platform/http/pagination.js';
import { assertVersion } from '../../platform/http/versioning.js';
import { localDate } from '../../platform/time/zone.js';
import type { Address, Contact } from '../customers/service.js';
import { reserveForOrder } from '../inventory/service.js';
import { closeOrderTasks } from '../tasks/service.js';
import { defaultAddress, defaultContact, normaliseRequirements } from './intake.js';
import { auditIntake } from './intake-audit.js';
import { loadReviewContext, settleAfterAudit, orderLinesOf, type OrderContext, type ReviewContext } from './review.js';
import { orderContacts, orderLines, type Delivery } from './schema.js';
import { nextStatus, walk, type OrderStatus } from './states.js';
import { loadView, lockOrder, type LineRow, type OrderInput, type OrderRow, type OrderType, type OrderView, type PaymentStatus } from './views.js';

/* Exception handling (SPEC §3): the specialist contacts the customer, logs it, corrects the order and resubmits it. */

export const contactChannels = ['phone', 'online', 'email', 'in_person'] as const;
export type ContactChannel = (typeof contactChannels)[number];

export interface ContactInput {
  channel: ContactChannel;
  summary: string;
  outcome?: string;
}

export interface ContactView {
  id: string;
  orderId: string;
  channel: ContactChannel;
  summary: string;
  outcome: string | null;
  contactedBy: string | null;
  contactedByLabel: string;
  at: string;
}

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

/** What a specialist may correct after clarifying with the customer. */
export interface Corrections {
  requestedDeliveryDate?: string | null;
  specialRequirements?: OrderInput['specialRequirements'];
  paymentStatus?: PaymentStatus;
  contact?: Contact;
  delivery?: { method: 'ship' | 'pickup'; address?: Address };
}

/** A contact logged after the order (last) went into exception; one from before answered other questions. */
async function assertContactSince(tx: Tx, order: OrderRow): Promise<void> {
  const since = order.exceptionSince;
  const [contact] = await tx
    .select({ id: orderContacts.id })
    .from(orderContacts)
    .where(and(eq(orderContacts.orderId, order.id), since ? gt(orderContacts.at, since) : undefined))
    .limit(1);
  if (!contact) {
    throw new DomainError('contact_required', `Log a contact with the customer about order ${order.number} before resubmitting it`, {
      meta: { exceptionSince: since?.toISOString() ?? null },
    });
  }
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
    if (expectedVersion !== undefined) assertVersion('order', row.version, expectedVersion);
    nextStatus(row.status as OrderStatus, 'resubmit');
    await assertContactSince(tx, row);
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
    const audited = walk(row.status as OrderStatus, ['resubmit', exceptions.length > 0 ? 'audit_fail' : 'audit_pass']);
    const changes = { ...fields, exceptions, warnings, updatedAt: now, version: row.version + 1 };
    const closed = await closeOrderTasks(tx, actor, now, { orderId, customerId: row.customerId, kind: 'order_exception', note: input.note.trim() });
    // Approved at once after the deadline: the wait for the customer's answers is the reason, unless a better one is given.
    const waited = `Waited in exception for the customer's clarification since ${row.exceptionSince?.toISOString() ?? row.updatedAt.toISOString()}`;
    const { updated, path, followUp } = await settleAfterAudit(tx, now, {
      row,
      changes,
      audited: audited.status,
      lines,
      context: async () => context,
      approval: { actor, lateReason: input.lateReason ?? waited },
    });
    const status = updated.status;
    await recordChanges(
      tx,
      actor,
      now,
      [
        {
          entityType: 'order',
          entityId: orderId,
          customerId: row.customerId,
          action: 'order.resubmitted',
          before: { status: row.status, exceptions: row.exceptions, requestedDeliveryDate: row.requestedDeliveryDate, paymentStatus: row.paymentStatus },
          after: { status, exceptions, warnings, corrections: input.corrections, note: input.note.trim(), transitions: [...audited.path, ...path] },
        },
        ...closed.changes,
        ...followUp.changes,
      ],
      [
        { topic: 'order.resubmitted', customerId: row.customerId, payload: { orderId, number: row.number, status, audience: { roles: ['specialist'] } } },
        ...followUp.messages,
      ],
    );
    return loadView(tx, updated);
  });
}
