import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/connect.js';
import { DomainError } from '../../platform/http/errors.js';
import type { ProductKind } from '../catalog/contract.js';
import type { Channel, OrderSummary, OrderType, OrderView, PaymentState } from './contract.js';
import { findingView } from './intake-audit.js';
import { orderLines, orders } from './schema.js';
import { numberIfQueued } from './numbering.js';
import type { OrderStatus } from './states.js';

/* How order rows become what the API answers (the shapes are in contract.ts). */

export type OrderRow = typeof orders.$inferSelect;
export type LineRow = typeof orderLines.$inferSelect;

export function toSummary(row: OrderRow): OrderSummary {
  return {
    id: row.id,
    // Empty for the moment between intake's commit and its numbering on PostgreSQL (numbering.ts).
    number: row.number ?? '',
    status: row.status,
    type: row.type as OrderType,
    channel: row.channel as Channel,
    externalRef: row.externalRef,
    customer: { id: row.customerId, name: row.customerName },
    priority: row.priority,
    exceptions: row.exceptions.map(findingView),
    warnings: row.warnings.map(findingView),
    requestedDeliveryDate: row.requestedDeliveryDate,
    promisedDeliveryDate: row.promisedDeliveryDate,
    paymentStatus: row.paymentStatus as PaymentState,
    paidMinor: row.paidMinor,
    totals: { currency: row.currency, subtotalMinor: row.subtotalMinor, discountMinor: row.discountMinor, totalMinor: row.totalMinor },
    receivedAt: row.receivedAt.toISOString(),
    owner: row.ownerId ? { id: row.ownerId, name: row.ownerName ?? '' } : null,
    responseDueAt: row.responseDueAt.toISOString(),
    planDueAt: row.planDueAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function toView(row: OrderRow, lines: LineRow[]): OrderView {
  return {
    ...toSummary(row),
    contact: row.contact ?? null,
    delivery: row.delivery,
    specialRequirements: row.specialRequirements ?? null,
    entry: {
      check: row.entryCheck,
      enteredBy: row.enteredBy,
      confirmedBy: row.entryConfirmedBy,
      confirmedAt: row.entryConfirmedAt?.toISOString() ?? null,
    },
    lines: [...lines]
      .sort((a, b) => a.lineNo - b.lineNo)
      .map((l) => ({
        id: l.id,
        lineNo: l.lineNo,
        productId: l.productId,
        sku: l.sku,
        name: l.name,
        unit: l.unit,
        kind: l.kind as ProductKind,
        quantity: l.quantity,
        listPriceMinor: l.listPriceMinor,
        unitPriceMinor: l.unitPriceMinor,
        discountMinor: l.discountMinor,
        totalMinor: l.totalMinor,
        reservedQuantity: l.reservedQuantity,
        backorderedQuantity: l.backorderedQuantity,
        shippedQuantity: l.shippedQuantity,
      })),
    replacementOf: row.replacementOfOrderId ? { orderId: row.replacementOfOrderId, number: row.replacementOfNumber ?? '', caseId: row.replacementCaseId ?? '' } : null,
  };
}

export async function loadView(db: Executor, row: OrderRow): Promise<OrderView> {
  return (await loadViews(db, [row])).get(row.id)!;
}

/** The orders of `rows` with their lines, read in one statement for all of them, by id. */
export async function loadViews(db: Executor, rows: OrderRow[]): Promise<Map<string, OrderView>> {
  if (rows.length === 0) return new Map();
  const lines = await db
    .select()
    .from(orderLines)
    .where(inArray(orderLines.orderId, rows.map((r) => r.id)))
    .orderBy(asc(orderLines.orderId), asc(orderLines.lineNo));
  const linesOf = new Map<string, LineRow[]>();
  for (const line of lines) {
    const group = linesOf.get(line.orderId);
    if (group) group.push(line);
    else linesOf.set(line.orderId, [line]);
  }
  return new Map(rows.map((r) => [r.id, toView(r, linesOf.get(r.id) ?? [])]));
}

/** The customer's order taken under this channel reference; another customer's never answers. */
export async function findByExternalRef(db: Executor, ref: { channel: string; customerId: string; externalRef: string }): Promise<OrderView | undefined> {
  const [row] = await db.select().from(orders).where(and(eq(orders.channel, ref.channel), eq(orders.customerId, ref.customerId), eq(orders.externalRef, ref.externalRef)));
  return row ? loadView(db, row) : undefined;
}

/** The orders made to replace goods for after-sales cases (`replacementOf`), oldest first. */
export async function replacementOrders(db: Executor, filter: { caseIds: string[] }): Promise<{ id: string; number: string; status: OrderStatus; caseId: string; originalOrderId: string }[]> {
  if (filter.caseIds.length === 0) return [];
  const rows = await db
    .select({ id: orders.id, number: orders.number, status: orders.status, caseId: orders.replacementCaseId, originalOrderId: orders.replacementOfOrderId })
    .from(orders)
    .where(inArray(orders.replacementCaseId, filter.caseIds))
    .orderBy(asc(orders.receivedAt), asc(orders.id));
  return rows.map((r) => ({ id: r.id, number: r.number ?? '', status: r.status, caseId: r.caseId!, originalOrderId: r.originalOrderId! }));
}

/** The order, locked for the rest of the transaction (SELECT … FOR UPDATE): every change to an order starts here. */
export async function lockOrder(tx: Tx, id: string): Promise<OrderRow> {
  const [row] = await tx.select().from(orders).where(eq(orders.id, id)).for('update');
  if (!row) throw new DomainError('not_found', `No order ${id}`);
  return numberedFirst(tx, row);
}

/** The orders that exist of `ids`, locked as `lockOrder` does, in id order (so two transactions locking some of the same orders never wait on each other in a circle). */
export async function lockOrders(tx: Tx, ids: string[]): Promise<OrderRow[]> {
  const rows = await tx.select().from(orders).where(inArray(orders.id, ids)).orderBy(asc(orders.id)).for('update');
  const numbered: OrderRow[] = [];
  for (const row of rows) numbered.push(await numberedFirst(tx, row));
  return numbered;
}

/** A change never acts on an order still waiting for its number (numbering.ts): it numbers the order first. */
async function numberedFirst(tx: Tx, row: OrderRow): Promise<OrderRow> {
  if (row.number !== null) return row;
  const number = await numberIfQueued(tx, row.id);
  return number ? { ...row, number } : row;
}
