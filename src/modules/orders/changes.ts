import { and, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import { type Change, type OutboxMessage, recordChanges } from '../../platform/audit/record.js';
import { auditEvents } from '../../platform/audit/schema.js';
import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { daysBetween, localDate } from '../../platform/time/zone.js';
import { productsFromLookup, productsLookup, type ProductView } from '../catalog/service.js';
import { releaseForOrder, reserveForOrder } from '../inventory/service.js';
import { cancelPlan, createPlan, promiseFor } from '../planning/service.js';
import { rescheduleSlaClocks } from '../sla/service.js';
import { auditIntake, findingView } from './intake-audit.js';
import { defaultAddress, linesFingerprint, normaliseRequirements } from './intake.js';
import { scheduleLines } from './planning.js';
import { computePriority, deadlinesFor } from './priority.js';
import { loadReviewContext, type OrderContext, orderLinesOf, type ReviewContext, settleAfterAudit } from './review.js';
import { orderLines, orderRevisions } from './schema.js';
import { loadOrderSettings, type ChangeSettings } from './settings.js';
import type { OrderEvent, OrderStatus } from './states.js';
import { canOrder, checkTransition, isDelivered, orderMessage, type OrderColumns, transitionOrder } from './transition.js';
import { type LineRow, loadView, lockOrder, type OrderRow } from './views.js';
import type { Delivery, OrderChange, OrderType, OrderView, PaymentStatus, Priority, RevisionDiff, RevisionEffects } from './contract.js';
import { newId } from '../../platform/db/ids.js';

/*
 * Changes after intake (issue 13): quantities, lines, the delivery date and address, the
 * special requirements — each change one transaction in which stock follows the lines,
 * the priority, deadlines and promise date are worked out again, the preliminary audit
 * reruns and, for a material change, the review chain restarts. The order keeps a revision.
 */

/** The statuses an order has left when it ships: from here on it is not changed but returned or replaced. */
const shippedStatuses: ReadonlySet<string> = new Set<OrderStatus>(['partially_shipped', 'shipped', 'in_service']);

/** Statuses whose order a material change sends back through the audit and a new review round. */
function canRevise(status: string): boolean {
  return canOrder(status, 'revise');
}

/** Statuses in which the order has an execution plan. */
function hasPlan(status: string): boolean {
  return status === 'planned' || status === 'in_progress';
}

/**
 * A stale If-Match is refused with 412 naming who changed the order last and when (from its
 * audit trail), so the person can see whose change they would overwrite.
 */
async function assertCurrent(tx: Tx, row: OrderRow, expectedVersion: number): Promise<void> {
  if (row.version === expectedVersion) return;
  const [last] = await tx
    .select({ actorLabel: auditEvents.actorLabel, at: auditEvents.at, action: auditEvents.action })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'order'), eq(auditEvents.entityId, row.id)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.seq))
    .limit(1);
  throw new DomainError(
    'precondition_failed',
    `Order ${row.number} is at version ${row.version}; you edited version ${expectedVersion}. ${last ? `${last.actorLabel} changed it at ${last.at.toISOString()} (${last.action}). ` : ''}Reload and try again.`,
    { meta: { currentVersion: row.version, changedBy: last?.actorLabel ?? null, changedAt: last?.at.toISOString() ?? row.updatedAt.toISOString(), lastAction: last?.action ?? null } },
  );
}

/** Refuses an order that may not be changed: shipped (or later) with its own code, anything else by the state table. */
async function assertChangeable(tx: Tx, ctx: OrderContext, row: OrderRow): Promise<void> {
  if (shippedStatuses.has(row.status) || isDelivered(row.status)) {
    throw new DomainError('order_shipped', `Order ${row.number} is ${row.status}: it can no longer be changed; open an after-sales case instead`, { meta: { orderStatus: row.status } });
  }
  await checkTransition(tx, ctx.actor, row, { events: ['change'] });
}

function fieldError(path: string, code: string, message: string): FieldError {
  return { path, in: 'body', code, message };
}

async function productsOf(tx: Tx, ids: string[]): Promise<Map<string, ProductView>> {
  if (ids.length === 0) return new Map();
  const [row] = await queryRows<{ products: unknown }>(tx, sql`SELECT ${productsLookup([...new Set(ids)])} AS products`);
  return productsFromLookup(row!.products);
}

/** A line as it will be after the change, with what stock must do for it. */
interface PlannedLine {
  row: LineRow;
  change: 'added' | 'quantity' | null;
  before: number | null;
}

/** Checks the line edits against the order and the catalogue, and works out the lines after the change. */
async function planLines(tx: Tx, row: OrderRow, lines: LineRow[], input: OrderChange): Promise<{ kept: PlannedLine[]; removed: LineRow[] }> {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const removeIds = new Set(input.removeLines ?? []);
  const unknown: FieldError[] = [];
  (input.removeLines ?? []).forEach((id, index) => {
    if (!byId.has(id)) unknown.push(fieldError(`/removeLines/${index}`, 'unknown', `${id} is not a line of order ${row.number}`));
  });
  const quantities = new Map<string, number>();
  (input.lines ?? []).forEach((edit, index) => {
    if (!byId.has(edit.lineId)) unknown.push(fieldError(`/lines/${index}/lineId`, 'unknown', `${edit.lineId} is not a line of order ${row.number}`));
    if (edit.quantity === 0) {
      throw new DomainError('zero_quantity', `Line ${byId.get(edit.lineId)?.lineNo ?? index + 1}: a quantity of 0 — remove the line instead`, {
        errors: [fieldError(`/lines/${index}/quantity`, 'minimum', 'must be at least 1; remove the line instead')],
      });
    }
    if (removeIds.has(edit.lineId) || quantities.has(edit.lineId)) {
      throw new DomainError('validation_failed', `Line ${edit.lineId} is changed twice`, { errors: [fieldError(`/lines/${index}/lineId`, 'duplicate', 'is removed or changed twice')] });
    }
    quantities.set(edit.lineId, edit.quantity);
  });
  if (unknown.length > 0) throw new DomainError('unknown_reference', `${unknown.length} line(s) are not lines of this order`, { errors: unknown });

  const added = input.addLines ?? [];
  const products = await productsOf(tx, added.map((l) => l.productId));
  const missing = added.flatMap((l, index) => (products.has(l.productId) ? [] : [fieldError(`/addLines/${index}/productId`, 'unknown', `${l.productId} is not a known product`)]));
  if (missing.length > 0) throw new DomainError('unknown_reference', `${missing.length} added line(s) name a product that does not exist`, { errors: missing });
  added.forEach((l, index) => {
    const product = products.get(l.productId)!;
    if (!product.active) {
      throw new DomainError('product_discontinued', `${product.sku} is no longer sold and cannot be added`, { errors: [fieldError(`/addLines/${index}/productId`, 'discontinued', `${product.sku} is no longer sold`)] });
    }
    if (product.currency !== row.currency) {
      throw new DomainError('mixed_currency', `${product.sku} is priced in ${product.currency}, the order in ${row.currency}`, {
        errors: [fieldError(`/addLines/${index}/productId`, 'currency', `is priced in ${product.currency}, not ${row.currency}`)],
      });
    }
  });
  if (lines.every((l) => removeIds.has(l.id)) && added.length === 0) {
    throw new DomainError('last_line_removed', `Order ${row.number} must keep at least one line; cancel the order instead`, { errors: [fieldError('/removeLines', 'last_line', 'would remove every line')] });
  }

  const priced = (line: LineRow, quantity: number, path: string): LineRow => {
    const gross = line.unitPriceMinor * quantity;
    if (!Number.isSafeInteger(gross)) throw new DomainError('validation_failed', `Line ${line.lineNo} is too large to total`, { errors: [fieldError(path, 'maximum', 'quantity × unit price is too large')] });
    if (line.discountMinor > gross) {
      throw new DomainError('validation_failed', `Line ${line.lineNo}: the discount ${line.discountMinor} exceeds the line amount ${gross}`, { errors: [fieldError(path, 'minimum', `leaves the discount ${line.discountMinor} above the line amount`)] });
    }
    return { ...line, quantity, totalMinor: gross - line.discountMinor };
  };
  const kept: PlannedLine[] = [];
  lines.forEach((line) => {
    if (removeIds.has(line.id)) return;
    const quantity = quantities.get(line.id);
    if (quantity === undefined || quantity === line.quantity) kept.push({ row: line, change: null, before: null });
    else kept.push({ row: priced(line, quantity, `/lines/${(input.lines ?? []).findIndex((e) => e.lineId === line.id)}/quantity`), change: 'quantity', before: line.quantity });
  });
  let lineNo = Math.max(...lines.map((l) => l.lineNo));
  added.forEach((input, index) => {
    const product = products.get(input.productId)!;
    const base: LineRow = {
      id: newId(),
      orderId: row.id,
      customerId: row.customerId,
      lineNo: ++lineNo,
      productId: product.id,
      sku: product.sku,
      name: product.name,
      unit: product.unit,
      kind: product.kind,
      quantity: input.quantity,
      listPriceMinor: product.priceMinor,
      unitPriceMinor: input.unitPriceMinor ?? product.priceMinor,
      discountMinor: input.discountMinor ?? 0,
      totalMinor: 0,
      reservedQuantity: 0,
      backorderedQuantity: 0,
      shippedQuantity: 0,
    };
    kept.push({ row: priced(base, input.quantity, `/addLines/${index}/quantity`), change: 'added', before: null });
  });
  return { kept, removed: lines.filter((l) => removeIds.has(l.id)) };
}

/**
 * Stock follows the lines, in the order's transaction: what a removed line or a lower
 * quantity held goes back, and a higher quantity or a new line reserves what is available —
 * the rest is backordered as at intake. Returns the lines with their reservations and what moved.
 */
async function moveStock(tx: Tx, ctx: OrderContext, row: OrderRow, kept: PlannedLine[], removed: LineRow[]): Promise<{ lines: LineRow[]; stock: RevisionEffects['stock'] }> {
  const request = { orderId: row.id, customerId: row.customerId, actorId: ctx.actor.userId, at: ctx.now };
  const release: { lineId: string; productId: string; quantity: number; sku: string }[] = removed.map((l) => ({ lineId: l.id, productId: l.productId, quantity: l.reservedQuantity, sku: l.sku }));
  const settled = kept.map((p) => {
    const line = p.row;
    if (line.kind !== 'stock') return { ...line, reservedQuantity: 0, backorderedQuantity: 0 };
    const reservedQuantity = Math.min(line.reservedQuantity, line.quantity);
    if (reservedQuantity < line.reservedQuantity) release.push({ lineId: line.id, productId: line.productId, quantity: line.reservedQuantity - reservedQuantity, sku: line.sku });
    return { ...line, reservedQuantity, backorderedQuantity: line.quantity - reservedQuantity };
  });
  await releaseForOrder(tx, { ...request, lines: release.filter((l) => l.quantity > 0) });
  const short = settled.filter((l) => l.backorderedQuantity > 0 && kept.find((p) => p.row.id === l.id)!.change !== null);
  const taken = await reserveForOrder(tx, { ...request, lines: short.map((l) => ({ lineId: l.id, productId: l.productId, quantity: l.backorderedQuantity })) });
  const lines = settled.map((l) => {
    const took = taken.get(l.id) ?? 0;
    return took === 0 ? l : { ...l, reservedQuantity: l.reservedQuantity + took, backorderedQuantity: l.backorderedQuantity - took };
  });
  const stock: RevisionEffects['stock'] = [
    ...removed.map((l) => ({ sku: l.sku, reserved: 0, released: l.reservedQuantity, backordered: 0 })),
    ...lines
      .filter((l) => kept.find((p) => p.row.id === l.id)!.change !== null && l.kind === 'stock')
      .map((l) => ({
        sku: l.sku,
        reserved: taken.get(l.id) ?? 0,
        released: release.find((r) => r.lineId === l.id)?.quantity ?? 0,
        backordered: l.backorderedQuantity,
      })),
  ];
  const removedIds = removed.map((l) => l.id);
  if (removedIds.length > 0) await tx.delete(orderLines).where(inArray(orderLines.id, removedIds));
  for (const line of lines) {
    const planned = kept.find((p) => p.row.id === line.id)!;
    if (planned.change === 'added') await tx.insert(orderLines).values(line);
    else if (planned.change === 'quantity') {
      await tx
        .update(orderLines)
        .set({ quantity: line.quantity, totalMinor: line.totalMinor, reservedQuantity: line.reservedQuantity, backorderedQuantity: line.backorderedQuantity })
        .where(eq(orderLines.id, line.id));
    }
  }
  return { lines: [...lines].sort((a, b) => a.lineNo - b.lineNo), stock };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The order's own fields after the change, and which of them changed. */
function changedFields(row: OrderRow, input: OrderChange, context: ReviewContext): { values: { requestedDeliveryDate: string | null; delivery: Delivery; specialRequirements: OrderRow['specialRequirements'] }; diff: RevisionDiff['fields'] } {
  const delivery: Delivery = !input.delivery
    ? row.delivery
    : input.delivery.method === 'pickup'
      ? { method: 'pickup', address: null }
      : { method: 'ship', address: input.delivery.address ?? row.delivery.address ?? defaultAddress(context.customer) };
  const values = {
    requestedDeliveryDate: input.requestedDeliveryDate ?? row.requestedDeliveryDate,
    delivery,
    specialRequirements: input.specialRequirements !== undefined ? normaliseRequirements(input.specialRequirements) : row.specialRequirements,
  };
  const diff: RevisionDiff['fields'] = [];
  if (values.requestedDeliveryDate !== row.requestedDeliveryDate) diff.push({ field: 'requestedDeliveryDate', before: row.requestedDeliveryDate, after: values.requestedDeliveryDate });
  if (!sameJson(values.delivery, row.delivery)) diff.push({ field: 'delivery', before: row.delivery, after: values.delivery });
  if (!sameJson(values.specialRequirements, row.specialRequirements)) diff.push({ field: 'specialRequirements', before: row.specialRequirements, after: values.specialRequirements });
  return { values, diff };
}

/** Whether the change is material under the order-changes setting: it restarts the review. */
function isMaterial(rule: ChangeSettings['materialWhen'], change: { totalBefore: number; totalAfter: number; linesAddedOrRemoved: boolean; customisationBefore: unknown; customisationAfter: unknown }): boolean {
  return (
    (rule.amountChanged && change.totalBefore !== change.totalAfter) ||
    (rule.linesAddedOrRemoved && change.linesAddedOrRemoved) ||
    (rule.customisationChanged && !sameJson(change.customisationBefore, change.customisationAfter))
  );
}

/**
 * Changes an order after intake (issue 13) in one transaction: stock re-reserved or
 * released, priority and deadlines recomputed, the promise date re-quoted, the preliminary
 * audit rerun; a material change (or one the audit now finds problems with) sends the order
 * back through the audit into a new review round — its plan, if any, cancelled to be made
 * again on approval — while other changes leave it where it is, re-planning a planned order
 * whose lines changed. The order keeps a revision and the customer is told.
 */
export async function changeOrder(ctx: OrderContext, orderId: string, expectedVersion: number, input: OrderChange): Promise<OrderView> {
  const { actor, now } = ctx;
  const reason = input.reason.trim();
  if (!reason) throw new DomainError('validation_failed', 'Say why the order is changed', { errors: [fieldError('/reason', 'minLength', 'must not be blank')] });
  return ctx.db.transaction(async (tx) => {
    const row = await lockOrder(tx, orderId);
    await assertCurrent(tx, row, expectedVersion);
    await assertChangeable(tx, ctx, row);
    const before = await orderLinesOf(tx, orderId);
    const { kept, removed } = await planLines(tx, row, before, input);
    const today = localDate(now, ctx.timeZone);
    const context = await loadReviewContext(tx, row, kept.map((p) => p.row), today);
    const fields = changedFields(row, input, context);
    const lineDiff: RevisionDiff['lines'] = [
      ...removed.map((l) => ({ lineId: l.id, lineNo: l.lineNo, sku: l.sku, name: l.name, change: 'removed' as const, before: l.quantity, after: null })),
      ...kept.filter((p) => p.change !== null).map((p) => ({ lineId: p.row.id, lineNo: p.row.lineNo, sku: p.row.sku, name: p.row.name, change: p.change!, before: p.before, after: p.row.quantity })),
    ];
    if (fields.diff.length === 0 && lineDiff.length === 0) throw new DomainError('empty_change', `The change leaves order ${row.number} as it is`);

    const { lines, stock } = await moveStock(tx, ctx, row, kept, removed);
    const subtotalMinor = lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity, 0);
    const discountMinor = lines.reduce((s, l) => s + l.discountMinor, 0);
    const totalMinor = subtotalMinor - discountMinor;
    const settings = await loadOrderSettings(tx);
    const material = isMaterial(settings.changes.materialWhen, {
      totalBefore: row.totalMinor,
      totalAfter: totalMinor,
      linesAddedOrRemoved: removed.length > 0 || kept.some((p) => p.change === 'added'),
      customisationBefore: row.specialRequirements?.customization,
      customisationAfter: fields.values.specialRequirements?.customization,
    });

    // The preliminary audit again, on the order as it now is.
    const { exceptions, warnings } = auditIntake({
      type: row.type as OrderType,
      paymentStatus: row.paymentStatus as PaymentStatus,
      requestedDeliveryDate: fields.values.requestedDeliveryDate,
      receivedDate: localDate(row.receivedAt, ctx.timeZone),
      specialRequirements: fields.values.specialRequirements,
      hasContact: Boolean(row.contact && (row.contact.phone || row.contact.email)),
      needsDelivery: lines.some((l) => l.kind !== 'service'),
      hasDeliveryTarget: fields.values.delivery.method === 'pickup' || fields.values.delivery.address !== null,
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

    // Priority and deadlines from receipt, as intake scores them; a manager's override stands.
    const scored = computePriority(
      {
        customerTier: context.customer.tier,
        totalMinor,
        currency: row.currency,
        daysToDelivery: fields.values.requestedDeliveryDate ? daysBetween(localDate(row.receivedAt, ctx.timeZone), fields.values.requestedDeliveryDate) : null,
        orderType: row.type as OrderType,
      },
      settings.priority,
    );
    const priority: Priority = row.priority.override ? { ...scored, level: row.priority.override.level, override: row.priority.override } : scored;
    const deadlines = deadlinesFor(priority.level, row.receivedAt, settings.sla, settings.calendar);
    await rescheduleSlaClocks(tx, orderId, [{ kind: 'response', ...deadlines.response }, { kind: 'plan', ...deadlines.plan }], now);

    const linesChanged = lineDiff.length > 0;
    const restart = canRevise(row.status) && (material || exceptions.length > 0);
    const replanNow = !restart && hasPlan(row.status) && linesChanged;
    const planRecords: { changes: Change[]; messages: OutboxMessage[] } = { changes: [], messages: [] };
    if (hasPlan(row.status) && (restart || replanNow)) await cancelPlan(tx, orderId, now);
    let promisedDeliveryDate = row.promisedDeliveryDate;
    const schedule = await scheduleLines(tx, lines);
    if (replanNow) {
      const made = await createPlan(tx, now, { orderId, customerId: row.customerId, orderNumber: row.number!, orderType: row.type as OrderType, lines: schedule, start: today });
      promisedDeliveryDate = made.plan.promiseDate;
      planRecords.changes.push(...made.changes);
      planRecords.messages.push(...made.messages);
    } else if (restart || !hasPlan(row.status)) {
      promisedDeliveryDate = (await promiseFor(tx, { orderType: row.type as OrderType, lines: schedule, start: today, calendar: settings.calendar, exceptOrderId: orderId })).promiseDate;
    }

    const set: OrderColumns = {
      ...fields.values,
      exceptions,
      warnings,
      priority,
      priorityLevel: priority.level,
      responseDueAt: deadlines.response.dueAt,
      planDueAt: deadlines.plan.dueAt,
      promisedDeliveryDate,
      subtotalMinor,
      discountMinor,
      totalMinor,
      linesFingerprint: linesFingerprint(lines.map((l) => ({ productId: l.productId, quantity: l.quantity }))),
    };
    const audit = {
      action: 'order.changed',
      before: { totalMinor: row.totalMinor, priority: row.priorityLevel, promisedDeliveryDate: row.promisedDeliveryDate },
      after: { reason, material, fields: fields.diff, lines: lineDiff, totalMinor, priority: priority.level, promisedDeliveryDate, stock },
    };
    const { moved, followUp } = restart
      ? await settleAfterAudit(tx, actor, now, {
          row,
          events: ['revise', exceptions.length > 0 ? 'audit_fail' : 'audit_pass'],
          set,
          lines,
          context: async () => context,
          lateReason: `The order was changed after intake: ${reason}`,
          audit,
        })
      : {
          moved: await transitionOrder(tx, actor, now, { order: row, events: ['change', ...(replanNow ? (['replan'] as OrderEvent[]) : [])], set, audit }),
          followUp: { changes: [] as Change[], messages: [] as OutboxMessage[] },
        };

    const [last] = await tx.select({ revision: max(orderRevisions.revision) }).from(orderRevisions).where(eq(orderRevisions.orderId, orderId));
    const revision = (last?.revision ?? 0) + 1;
    const effects: RevisionEffects = {
      statusBefore: row.status,
      statusAfter: moved.row.status,
      reviewRestarted: restart && moved.path.some((p) => p.to === 'under_review'),
      replanned: hasPlan(row.status) && (restart || replanNow),
      priority: { before: row.priorityLevel as Priority['level'], after: priority.level },
      promisedDeliveryDate: { before: row.promisedDeliveryDate, after: moved.row.promisedDeliveryDate },
      totalMinor: { before: row.totalMinor, after: totalMinor },
      currency: row.currency,
      stock,
      exceptions: exceptions.map(findingView),
    };
    await tx.insert(orderRevisions).values({
      id: newId(),
      orderId,
      customerId: row.customerId,
      revision,
      actorId: actor.userId,
      actorLabel: actor.label,
      at: now,
      reason,
      material,
      diff: { fields: fields.diff, lines: lineDiff },
      effects,
    });
    const messages: OutboxMessage[] = [
      orderMessage(moved.row, 'order.changed', { customer: true, roles: ['specialist'] }, { revision, reason, material, status: moved.row.status, expectedDelivery: moved.row.promisedDeliveryDate }),
      ...(priority.level !== row.priorityLevel ? [{ topic: 'order.priority_changed' as const, customerId: row.customerId, payload: { orderId, number: row.number, level: priority.level } }] : []),
      ...planRecords.messages,
      ...followUp.messages,
    ];
    await recordChanges(tx, actor, now, [...planRecords.changes, moved.change, ...followUp.changes], messages);
    return loadView(tx, moved.row);
  });
}
