import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/connect.js';
import { recordChange, recordChanges } from '../../platform/audit/record.js';
import { afterTimeCursor, pageOf } from '../../platform/http/pagination.js';
import { queryRows } from '../../platform/db/sql.js';
import { DomainError } from '../../platform/http/errors.js';
import { assertVersion } from '../../platform/http/versioning.js';
import { daysBetween, localDate } from '../../platform/time/zone.js';
import { productsFromLookup, productsLookup } from '../catalog/service.js';
import { findStaffMember } from '../identity/service.js';
import { releaseForOrder, reserveForOrder } from '../inventory/service.js';
import { rescheduleSlaClocks } from '../sla/service.js';
import { closeOrderTasks, handOverOrderTasks, openOrderTasks, type TaskView } from '../tasks/service.js';
import { defaultAddress, defaultContact, lineRowOf, linesFingerprint, normaliseRequirements, priceLines } from './intake.js';
import { computePriority, deadlinesFor } from './priority.js';
import { loadOrderSettings } from './settings.js';
import { auditIntake } from './intake-audit.js';
import { loadReviewContext, type OrderContext, orderLinesOf, type ReviewContext, settleAfterAudit } from './review.js';
import { orderContacts, orderLines, orders } from './schema.js';
import type { OrderEvent } from './states.js';
import { checkTransition } from './transition.js';
import { type LineRow, loadView, lockOrder, type OrderRow, toSummary } from './views.js';
import type { ContactChannel, ContactInput, ContactView, Corrections, Delivery, ExceptionDeskItem, OrderLineInput, OrderType, OrderView, OwnerAssignment, PaymentStatus } from './contract.js';
import { newId } from '../../platform/db/ids.js';

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
      id: newId(),
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

/**
 * Replaces an exception order's lines with the corrected ones: the old reservations go back,
 * the new lines are priced from the catalogue (or the price agreed) and reserved again, and
 * the totals follow. Refused when a product is unknown or priced in another currency.
 */
async function replaceLines(tx: Tx, ctx: Pick<OrderContext, 'actor' | 'now'>, order: OrderRow, old: LineRow[], input: OrderLineInput[]) {
  const [found] = await queryRows<{ products: unknown }>(tx, sql`SELECT ${productsLookup([...new Set(input.map((l) => l.productId))])} AS products`);
  const { lines: priced, currency } = priceLines({ lines: input }, productsFromLookup(found!.products));
  if (currency !== order.currency) {
    throw new DomainError('mixed_currency', `The corrected lines are priced in ${currency}, the order in ${order.currency}`, {
      errors: [{ path: '/corrections/lines/0/productId', in: 'body', code: 'currency', message: `is priced in ${currency}, not ${order.currency}` }],
    });
  }
  const holding = { orderId: order.id, customerId: order.customerId, actorId: ctx.actor.userId, at: ctx.now };
  await releaseForOrder(tx, { ...holding, lines: old.map((l) => ({ lineId: l.id, productId: l.productId, quantity: l.reservedQuantity })) });
  await tx.delete(orderLines).where(eq(orderLines.orderId, order.id));
  const reserved = await reserveForOrder(tx, {
    ...holding,
    lines: priced.filter((l) => l.product.kind === 'stock').map((l) => ({ lineId: l.id, productId: l.product.id, quantity: l.input.quantity })),
  });
  const rows = priced.map((l) => lineRowOf(l, { orderId: order.id, customerId: order.customerId }, reserved.get(l.id) ?? 0));
  await tx.insert(orderLines).values(rows);
  const subtotalMinor = priced.reduce((sum, l) => sum + l.unitPriceMinor * l.input.quantity, 0);
  const discountMinor = priced.reduce((sum, l) => sum + l.discountMinor, 0);
  return { lines: rows, set: { subtotalMinor, discountMinor, totalMinor: subtotalMinor - discountMinor, linesFingerprint: linesFingerprint(input) } };
}

/**
 * The priority (and with it the response and plan deadlines) of corrected lines or a
 * corrected delivery date; a level a manager set by hand stays.
 */
async function rescoredPriority(tx: Tx, order: OrderRow, fields: { totalMinor: number; requestedDeliveryDate: string | null }, context: ReviewContext, now: Date, timeZone: string) {
  if (order.priority.override) return {};
  const settings = await loadOrderSettings(tx);
  const scored = computePriority(
    {
      customerTier: context.customer.tier,
      totalMinor: fields.totalMinor,
      currency: order.currency,
      daysToDelivery: fields.requestedDeliveryDate ? daysBetween(localDate(order.receivedAt, timeZone), fields.requestedDeliveryDate) : null,
      orderType: order.type as OrderType,
    },
    settings.priority,
  );
  if (scored.level === order.priorityLevel) return { priority: scored };
  const deadlines = deadlinesFor(scored.level, order.receivedAt, settings.sla, settings.calendar);
  await rescheduleSlaClocks(tx, order.id, [{ kind: 'response', ...deadlines.response }, { kind: 'plan', ...deadlines.plan }], now);
  return { priority: scored, priorityLevel: scored.level, responseDueAt: deadlines.response.dueAt, planDueAt: deadlines.plan.dueAt };
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
    const current = await orderLinesOf(tx, orderId);
    const replaced = input.corrections.lines ? await replaceLines(tx, ctx, row, current, input.corrections.lines) : undefined;
    const lines = replaced ? replaced.lines : await reserveBackorders(tx, ctx, row, current);
    const context = await loadReviewContext(tx, row, lines, today);
    const corrected = correctedFields(row, input.corrections, context);
    const rescored =
      replaced || input.corrections.requestedDeliveryDate !== undefined
        ? await rescoredPriority(tx, row, { totalMinor: replaced?.set.totalMinor ?? row.totalMinor, requestedDeliveryDate: corrected.requestedDeliveryDate }, context, now, ctx.timeZone)
        : {};
    const fields = { ...corrected, ...replaced?.set, ...rescored };
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
        before: {
          exceptions: row.exceptions,
          requestedDeliveryDate: row.requestedDeliveryDate,
          paymentStatus: row.paymentStatus,
          ...(replaced ? { lines: current.map((l) => ({ productId: l.productId, sku: l.sku, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor })), totalMinor: row.totalMinor } : {}),
        },
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

/**
 * The exception desk (SPEC §3): the orders in exception, the longest waiting first, each
 * with its open exception task (the contact deadline and who holds it) and its last contact.
 */
export async function listExceptionDesk(
  db: Executor,
  now: Date,
  query: { owner?: string; limit: number; cursor?: string },
): Promise<{ items: ExceptionDeskItem[]; nextCursor: string | null }> {
  const filters: (SQL | undefined)[] = [eq(orders.status, 'exception')];
  if (query.owner) filters.push(query.owner === 'none' ? isNull(orders.ownerId) : eq(orders.ownerId, query.owner));
  // Every order in exception has the time it went there.
  if (query.cursor) filters.push(afterTimeCursor(query.cursor, orders.exceptionSince, orders.id, 'asc'));
  const rows = await db
    .select()
    .from(orders)
    .where(and(...filters))
    .orderBy(asc(orders.exceptionSince), asc(orders.id))
    .limit(query.limit + 1);
  const ids = rows.map((r) => r.id);
  const tasks = await openOrderTasks(db, ids, 'order_exception');
  const contacts = ids.length > 0 ? await db.select().from(orderContacts).where(inArray(orderContacts.orderId, ids)).orderBy(desc(orderContacts.at), desc(orderContacts.id)) : [];
  const last = new Map<string, typeof orderContacts.$inferSelect>();
  for (const c of contacts) if (!last.has(c.orderId)) last.set(c.orderId, c);
  const items = rows.map((row): ExceptionDeskItem & { sinceAt: string } => {
    const task: TaskView | null = tasks.get(row.id) ?? null;
    const contact = last.get(row.id);
    const sinceAt = (row.exceptionSince ?? row.updatedAt).toISOString();
    return {
      order: toSummary(row),
      exceptionSince: row.exceptionSince?.toISOString() ?? null,
      task,
      secondsLeft: task ? Math.floor((Date.parse(task.dueAt) - now.getTime()) / 1000) : null,
      lastContact: contact ? toContactView(contact) : null,
      contactedSinceException: Boolean(contact && row.exceptionSince && contact.at > row.exceptionSince),
      sinceAt,
    };
  });
  const page = pageOf(items, query.limit, (i) => [i.sinceAt, i.order.id]);
  return { items: page.items.map(({ sinceAt: _sinceAt, ...item }) => item), nextCursor: page.nextCursor };
}

/**
 * Hands the order to another staff member, with a note (If-Match): audited, the new owner is
 * told, and the open exception task held by the previous owner (or nobody) follows a new
 * owner who is a specialist. Refused
 * for a person unknown or deactivated.
 */
export async function assignOrderOwner(ctx: OrderContext, orderId: string, expectedVersion: number, input: OwnerAssignment): Promise<OrderView> {
  const { actor, now } = ctx;
  return ctx.db.transaction(async (tx) => {
    const row = await lockOrder(tx, orderId);
    assertVersion('order', row.version, expectedVersion);
    const member = await findStaffMember(tx, input.userId);
    if (!member) {
      throw new DomainError('unknown_reference', `No staff member ${input.userId}`, { errors: [{ path: '/userId', in: 'body', code: 'unknown', message: 'is not a staff member' }] });
    }
    if (!member.active) throw new DomainError('owner_inactive', `${member.name} is deactivated and cannot own orders`, { meta: { userId: member.id } });
    const note = input.note.trim();
    const [updated] = await tx
      .update(orders)
      .set({ ownerId: member.id, ownerName: member.name, updatedAt: now, version: row.version + 1 })
      .where(eq(orders.id, orderId))
      .returning();
    // The exception task follows the order to a specialist; for anyone else it stays with the specialists.
    const handed = member.roles.includes('specialist')
      ? await handOverOrderTasks(tx, { orderId, customerId: row.customerId, from: row.ownerId, to: member, note })
      : { changes: [], messages: [] };
    await recordChanges(
      tx,
      actor,
      now,
      [
        {
          entityType: 'order',
          entityId: orderId,
          customerId: row.customerId,
          action: 'order.owner_assigned',
          before: { ownerId: row.ownerId, ownerName: row.ownerName },
          after: { ownerId: member.id, ownerName: member.name, note },
        },
        ...handed.changes,
      ],
      [
        {
          topic: 'order.owner_assigned',
          customerId: row.customerId,
          payload: { orderId, number: row.number, ownerId: member.id, ownerName: member.name, reason: note, audience: { userIds: [member.id] } },
        },
      ],
    );
    return loadView(tx, updated!);
  });
}
