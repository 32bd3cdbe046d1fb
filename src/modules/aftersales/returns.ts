import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/connect.js';
import { type Actor, type Change, recordChanges } from '../../platform/audit/record.js';
import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { restockReturn } from '../inventory/service.js';
import { deliveredQuantity, isDelivered, type LockedOrder, orderMessage } from '../orders/service.js';
import { cases, rmas } from './schema.js';
import type { ProductKind } from '../catalog/contract.js';
import type { RmaLine } from './contract.js';
import { assertOwner, type CaseRow, lockCase, lockOrderOfCase, rmaView, type RmaView } from './service.js';
import { fire } from '../../platform/fsm.js';
import { rmaMachine } from './states.js';
import { newId } from '../../platform/db/ids.js';

/* Returns run as RMA (SPEC §9): authorised → received (inspected: restocked or scrapped) → refunded; stock and money follow. */

async function lockReturn(tx: Tx, rmaId: string): Promise<{ order: LockedOrder; row: CaseRow; rma: typeof rmas.$inferSelect }> {
  const [found] = await tx.select({ caseId: rmas.caseId }).from(rmas).where(eq(rmas.id, rmaId));
  if (!found) throw new DomainError('not_found', `No return ${rmaId}`);
  const order = (await lockOrderOfCase(tx, found.caseId))!;
  const row = await lockCase(tx, found.caseId);
  const [rma] = await tx.select().from(rmas).where(eq(rmas.id, rmaId)).for('update');
  return { order, row, rma: rma! };
}

function returnChanges(order: LockedOrder, rmaId: string, action: string, after: Record<string, unknown>): Change[] {
  const { row } = order;
  return [
    { entityType: 'aftersales_rma', entityId: rmaId, customerId: row.customerId, chainKey: row.id, action, after },
    { entityType: 'order', entityId: row.id, customerId: row.customerId, action: `order.${action.replace('rma.', 'return_')}`, after: { rmaId, ...after } },
  ];
}

/**
 * The owner authorises the customer to send goods back. Each line may return at most what
 * was delivered less what earlier returns of the order already took; more is refused
 * naming the line.
 */
export async function authoriseReturn(db: Db, actor: Actor, now: Date, caseId: string, input: { lines: { lineId: string; quantity: number }[]; reason: string }): Promise<RmaView> {
  return db.transaction(async (tx) => {
    const order = await lockOrderOfCase(tx, caseId);
    const row = await lockCase(tx, caseId);
    assertOwner(row, actor, 'authorise a return');
    if (!order || !isDelivered(order.row.status)) {
      throw new DomainError('order_not_delivered', order ? `Order ${order.row.number} is ${order.row.status}: nothing was delivered to return` : 'The case is about no order: nothing to return');
    }
    const earlier = await tx.select().from(rmas).where(eq(rmas.orderId, order.row.id));
    const returned = new Map<string, number>();
    for (const r of earlier) for (const l of r.lines) returned.set(l.lineId, (returned.get(l.lineId) ?? 0) + l.quantity);
    const problems: FieldError[] = [];
    const lines: RmaLine[] = [];
    input.lines.forEach((wanted, index) => {
      const line = order.lines.find((l) => l.id === wanted.lineId);
      if (!line || lines.some((l) => l.lineId === wanted.lineId)) {
        problems.push({ path: `/lines/${index}/lineId`, in: 'body', code: 'invalid_line', message: line ? 'appears twice' : 'is not a line of the order' });
        return;
      }
      const left = deliveredQuantity(line) - (returned.get(line.id) ?? 0);
      if (wanted.quantity > left) {
        problems.push({ path: `/lines/${index}/quantity`, in: 'body', code: 'return_exceeds_delivered', message: `line ${line.lineNo} (${line.sku}): ${left} delivered and not yet returned` });
      }
      lines.push({ lineId: line.id, lineNo: line.lineNo, productId: line.productId, sku: line.sku, kind: line.kind as ProductKind, quantity: wanted.quantity, disposition: null });
    });
    if (problems.length > 0) {
      const code = problems.some((p) => p.code === 'invalid_line') ? 'validation_failed' : 'return_exceeds_delivered';
      throw new DomainError(code, problems.map((p) => `${p.path} ${p.message}`).join('; '), { errors: problems });
    }
    const rma: typeof rmas.$inferInsert = {
      id: newId(),
      caseId,
      orderId: order.row.id,
      customerId: row.customerId,
      status: 'authorised',
      reason: input.reason,
      lines,
      refundMinor: null,
      currency: order.row.currency,
      authorisedBy: actor.userId,
      authorisedAt: now,
      receivedAt: null,
      refundedAt: null,
    };
    const [inserted] = await tx.insert(rmas).values(rma).returning();
    await recordChanges(
      tx,
      actor,
      now,
      returnChanges(order, rma.id, 'rma.authorised', { caseId, reason: input.reason, lines: lines.map((l) => ({ lineNo: l.lineNo, sku: l.sku, quantity: l.quantity })) }),
      [orderMessage(order.row, 'return.authorised', { customer: true, roles: ['warehouse'] }, { rmaId: rma.id, caseId })],
    );
    return rmaView(inserted!);
  });
}

/**
 * The warehouse receives the goods and inspection decides each line: restocked goods go
 * back on hand (and may fill backorders); scrapped goods leave stock untouched.
 */
export async function receiveReturn(db: Db, actor: Actor, now: Date, rmaId: string, input: { lines: { lineId: string; disposition: 'restock' | 'scrap' }[] }): Promise<RmaView> {
  return db.transaction(async (tx) => {
    const { order, row, rma } = await lockReturn(tx, rmaId);
    assertOwner(row, actor, 'receive the return');
    const status = fire(rmaMachine, rma.status, 'receive', { code: 'rma_state', detail: `The return is ${rma.status}; only an authorised return is received` });
    const decided = new Map(input.lines.map((l) => [l.lineId, l.disposition]));
    const problems: FieldError[] = [];
    rma.lines.forEach((line, index) => {
      const disposition = decided.get(line.lineId);
      if (!disposition) problems.push({ path: `/lines`, in: 'body', code: 'missing_line', message: `line ${line.lineNo} (${line.sku}, returned line ${index + 1}) needs a disposition` });
      else if (disposition === 'restock' && line.kind !== 'stock') problems.push({ path: `/lines`, in: 'body', code: 'not_stocked', message: `line ${line.lineNo} (${line.sku}) is a ${line.kind} product and cannot be restocked` });
    });
    input.lines.forEach((l, index) => {
      if (!rma.lines.some((r) => r.lineId === l.lineId)) problems.push({ path: `/lines/${index}/lineId`, in: 'body', code: 'invalid_line', message: 'is not a line of this return' });
    });
    if (problems.length > 0) throw new DomainError('validation_failed', problems.map((p) => p.message).join('; '), { errors: problems });
    const lines = rma.lines.map((l) => ({ ...l, disposition: decided.get(l.lineId)! }));
    const restock = lines.filter((l) => l.disposition === 'restock');
    if (restock.length > 0) {
      await restockReturn(tx, {
        orderId: order.row.id,
        customerId: order.row.customerId,
        actorId: actor.userId,
        at: now,
        reason: `return ${rmaId}`,
        items: restock.map((l) => ({ productId: l.productId, quantity: l.quantity })),
      });
    }
    const [updated] = await tx.update(rmas).set({ status, lines, receivedAt: now }).where(eq(rmas.id, rmaId)).returning();
    await recordChanges(tx, actor, now, returnChanges(order, rmaId, 'rma.received', { lines: lines.map((l) => ({ lineNo: l.lineNo, sku: l.sku, quantity: l.quantity, disposition: l.disposition })) }));
    return rmaView(updated!);
  });
}

/** The money goes back: recorded on the return, the case and the order's history; never more than the order is worth in all. */
export async function refundReturn(db: Db, actor: Actor, now: Date, rmaId: string, input: { amountMinor: number }): Promise<RmaView> {
  return db.transaction(async (tx) => {
    const { order, row, rma } = await lockReturn(tx, rmaId);
    assertOwner(row, actor, 'refund the return');
    const status = fire(rmaMachine, rma.status, 'refund', { code: 'rma_state', detail: `The return is ${rma.status}; refund it once the goods are received` });
    const [refunded] = await tx
      .select({ total: sql<string>`coalesce(sum(${cases.refundedMinor}), 0)` })
      .from(cases)
      .where(eq(cases.orderId, order.row.id));
    const left = order.row.totalMinor - Number(refunded!.total);
    if (input.amountMinor > left) {
      throw new DomainError('refund_exceeds_paid', `At most ${left} (minor units, ${order.row.currency}) of order ${order.row.number} is left to refund`, {
        errors: [{ path: '/amountMinor', in: 'body', code: 'refund_exceeds_paid', message: `at most ${left}` }],
      });
    }
    const [updated] = await tx.update(rmas).set({ status, refundMinor: input.amountMinor, refundedAt: now }).where(eq(rmas.id, rmaId)).returning();
    await tx
      .update(cases)
      .set({ refundedMinor: row.refundedMinor + input.amountMinor, currency: order.row.currency, version: row.version + 1 })
      .where(eq(cases.id, row.id));
    await recordChanges(
      tx,
      actor,
      now,
      returnChanges(order, rmaId, 'rma.refunded', { amountMinor: input.amountMinor, currency: order.row.currency, caseRefundedMinor: row.refundedMinor + input.amountMinor }),
      [orderMessage(order.row, 'return.refunded', { customer: true, roles: ['finance'] }, { rmaId, amountMinor: input.amountMinor, currency: order.row.currency })],
    );
    return rmaView(updated!);
  });
}
