/*
 * Stock and production capacity (stock_levels, stock_movements, production_lines/capacity): what is
 * on the shelf and what the lines can make. Other modules reserve and read only through this file.
 */
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { isCheckViolation, prepared, queryRows } from '../../platform/db/sql.js';
import { enqueueJob } from '../../platform/jobs/queue.js';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { afterTimeCursor, pageOf } from '../../platform/http/pagination.js';
import { getProduct, productsFromLookup, productsLookup, type ProductView } from '../catalog/service.js';
import type { LedgerMovementView, MovementInput, MovementQuery, MovementView, StockLevel } from './contract.js';
import { stockLevels, stockMovements } from './schema.js';
import { newId } from '../../platform/db/ids.js';

function movementView(row: typeof stockMovements.$inferSelect): MovementView {
  return {
    id: row.id,
    productId: row.productId,
    kind: row.kind as MovementView['kind'],
    onHandDelta: row.onHandDelta,
    reservedDelta: row.reservedDelta,
    onHandAfter: row.onHandAfter,
    reservedAfter: row.reservedAfter,
    orderId: row.orderId,
    reason: row.reason,
    actorId: row.actorId,
    at: row.at.toISOString(),
  };
}

async function stockedProduct(db: Executor, productId: string, path: string): Promise<ProductView> {
  const product = await getProduct(db, productId);
  if (!product) {
    throw new DomainError('unknown_reference', `No product ${productId}`, {
      errors: [{ path, in: path === '/id' ? 'params' : 'body', code: 'unknown', message: 'is not a known product' }],
    });
  }
  if (product.kind !== 'stock') {
    throw new DomainError('not_stocked', `${product.sku} is a ${product.kind} product; only stock products carry stock`);
  }
  return product;
}

export async function getStockLevel(db: Executor, productId: string): Promise<StockLevel> {
  await stockedProduct(db, productId, '/id');
  const [row] = await db.select().from(stockLevels).where(eq(stockLevels.productId, productId));
  const onHand = row?.onHand ?? 0;
  const reserved = row?.reserved ?? 0;
  return { productId, onHand, reserved, available: onHand - reserved };
}

/** What could be reserved now per stock product (on hand − reserved); products without a stock row have 0. */
export async function availableStock(db: Executor, productIds: readonly string[]): Promise<Map<string, number>> {
  const available = new Map(productIds.map((id) => [id, 0]));
  if (productIds.length === 0) return available;
  const rows = await db.select().from(stockLevels).where(inArray(stockLevels.productId, [...productIds]));
  for (const row of rows) available.set(row.productId, row.onHand - row.reserved);
  return available;
}

/** Books a receipt or a count adjustment; stock may never fall below what orders have reserved. */
export async function recordStockMovement(
  db: Db,
  actor: Actor,
  now: Date,
  input: MovementInput,
): Promise<{ movement: MovementView; level: StockLevel }> {
  if (input.kind === 'receipt' && input.quantity <= 0) {
    throw new DomainError('validation_failed', 'A receipt adds goods: its quantity must be positive', {
      errors: [{ path: '/quantity', in: 'body', code: 'minimum', message: 'must be positive for a receipt' }],
    });
  }
  if (input.kind === 'adjustment' && !input.reason?.trim()) {
    throw new DomainError('validation_failed', 'An adjustment needs a reason (e.g. stock count, damage)', {
      errors: [{ path: '/reason', in: 'body', code: 'required', message: 'is required for an adjustment' }],
    });
  }
  await stockedProduct(db, input.productId, '/productId');
  try {
    return await db.transaction(async (tx) => {
      // The level row appears with the product's first movement. (An upsert would not do:
      // its proposed row — a negative adjustment as on hand — fails the checks before the
      // conflict is even looked at.)
      await tx.insert(stockLevels).values({ productId: input.productId, onHand: 0, reserved: 0, updatedAt: now }).onConflictDoNothing();
      const [level] = await tx
        .update(stockLevels)
        .set({ onHand: sql`${stockLevels.onHand} + ${input.quantity}`, updatedAt: now })
        .where(eq(stockLevels.productId, input.productId))
        .returning();
      const movement = {
        id: newId(),
        productId: input.productId,
        kind: input.kind,
        onHandDelta: input.quantity,
        reservedDelta: 0,
        onHandAfter: level!.onHand,
        reservedAfter: level!.reserved,
        orderId: null,
        customerId: null,
        reason: input.reason?.trim() || null,
        actorId: actor.userId,
        at: now,
      };
      await tx.insert(stockMovements).values(movement);
      if (input.quantity > 0) await announceStockArrival(tx, now, input.productId, movement.id);
      const after = { onHand: level!.onHand, reserved: level!.reserved, available: level!.onHand - level!.reserved };
      await recordChange(tx, actor, now, {
        entityType: 'stock',
        entityId: input.productId,
        action: `stock.${input.kind}`,
        before: { onHand: after.onHand - input.quantity, reserved: after.reserved },
        after: { ...after, quantity: input.quantity, reason: movement.reason },
      });
      return { movement: movementView(movement), level: { productId: input.productId, ...after } };
    });
  } catch (err) {
    if (isCheckViolation(err, 'stock_levels_reserved_within_on_hand') || isCheckViolation(err, 'stock_levels_on_hand_nonnegative')) {
      const level = await getStockLevel(db, input.productId);
      const wouldBe = level.onHand + input.quantity;
      throw new DomainError(
        'stock_below_reserved',
        wouldBe < 0
          ? `On hand would become ${wouldBe}: stock cannot be negative (${level.onHand} on hand)`
          : `On hand would become ${wouldBe}, below the ${level.reserved} reserved for orders`,
        { errors: [{ path: '/quantity', in: 'body', code: 'stock_below_reserved', message: 'would take stock below what is reserved' }], meta: { level } },
      );
    }
    throw err;
  }
}

/** Ledger rows newest first, one more than a page (to tell whether another page follows). */
async function movementRows(db: Executor, query: { productId?: string; kind?: MovementQuery['kind']; limit: number; cursor?: string }) {
  const filters: SQL[] = [];
  if (query.productId) filters.push(eq(stockMovements.productId, query.productId));
  if (query.kind) filters.push(eq(stockMovements.kind, query.kind));
  if (query.cursor) filters.push(afterTimeCursor(query.cursor, stockMovements.at, stockMovements.id, 'desc'));
  return db
    .select()
    .from(stockMovements)
    .where(and(...filters))
    .orderBy(desc(stockMovements.at), desc(stockMovements.id))
    .limit(query.limit + 1);
}

export async function listStockMovements(
  db: Executor,
  productId: string,
  query: { limit: number; cursor?: string },
): Promise<{ items: MovementView[]; nextCursor: string | null }> {
  await stockedProduct(db, productId, '/id');
  const rows = await movementRows(db, { ...query, productId });
  return pageOf(rows.map(movementView), query.limit, (m) => [m.at, m.id]);
}

/** The stock ledger of every product (or one, or one kind of movement), newest first, with the product moved. */
export async function listLedger(db: Executor, query: MovementQuery & { limit: number }): Promise<{ items: LedgerMovementView[]; nextCursor: string | null }> {
  const rows = await movementRows(db, query);
  const [found] = await queryRows<{ products: unknown }>(db, sql`SELECT ${productsLookup([...new Set(rows.map((r) => r.productId))])} AS products`);
  const products = productsFromLookup(found?.products);
  const items = rows.map((r) => {
    const product = products.get(r.productId);
    return { ...movementView(r), sku: product?.sku ?? '', productName: product?.name ?? '', unit: product?.unit ?? '' };
  });
  return pageOf(items, query.limit, (m) => [m.at, m.id]);
}

export interface ReservationRequest {
  orderId: string;
  customerId: string;
  actorId: string | null;
  at: Date;
  lines: { lineId: string; productId: string; quantity: number }[];
}

/**
 * Reserves what is available for each line, inside the caller's (order's) transaction and
 * in one statement: each product gets min(wanted, available), booked as one reservation
 * movement; the rest is the caller's backorder. Rows are locked in product order so two
 * orders never deadlock, and available never goes below zero (the table's checks stand
 * behind this). Lines of the same product are served in line order.
 * Returns the reserved quantity per line id.
 */
export async function reserveForOrder(tx: Tx, request: ReservationRequest): Promise<Map<string, number>> {
  const wanted = new Map<string, number>();
  for (const line of request.lines) wanted.set(line.productId, (wanted.get(line.productId) ?? 0) + line.quantity);
  const reservedByLine = new Map<string, number>();
  if (wanted.size === 0) return reservedByLine;
  const at = request.at.toISOString();
  const values = sql.join(
    [...wanted].map(([productId, qty]) => sql`(${productId}::uuid, ${qty}::int)`),
    sql`, `,
  );
  const taken = await queryRows<{ product_id: string; took: number }>(
    tx,
    prepared(sql`WITH want(product_id, qty) AS (VALUES ${values}),
      locked AS (
        SELECT s.product_id, s.on_hand - s.reserved AS available, w.qty
        FROM stock_levels s JOIN want w ON w.product_id = s.product_id
        ORDER BY s.product_id
        FOR UPDATE OF s
      ),
      taken AS (
        UPDATE stock_levels s
        SET reserved = s.reserved + LEAST(l.qty, l.available), updated_at = ${at}::timestamptz
        FROM locked l
        WHERE s.product_id = l.product_id AND l.available > 0
        RETURNING s.product_id, LEAST(l.qty, l.available)::int AS took, s.on_hand, s.reserved
      ),
      booked AS (
        INSERT INTO stock_movements (id, product_id, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, order_id, customer_id, actor_id, at)
        SELECT time_ordered_uuid(), t.product_id, 'reservation', 0, t.took, t.on_hand, t.reserved,
               ${request.orderId}::uuid, ${request.customerId}::uuid, ${request.actorId}::uuid, ${at}::timestamptz
        FROM taken t
      )
    SELECT product_id, took FROM taken`),
  );
  const left = new Map(taken.map((t) => [t.product_id, Number(t.took)]));
  for (const line of request.lines) {
    const took = Math.min(left.get(line.productId) ?? 0, line.quantity);
    left.set(line.productId, (left.get(line.productId) ?? 0) - took);
    reservedByLine.set(line.lineId, took);
  }
  return reservedByLine;
}

/**
 * Gives back what an order reserved (it was cancelled): one release movement per product,
 * in the caller's transaction, rows locked in product order like reservations.
 */
export async function releaseForOrder(tx: Tx, request: ReservationRequest): Promise<void> {
  const held = new Map<string, number>();
  for (const line of request.lines) if (line.quantity > 0) held.set(line.productId, (held.get(line.productId) ?? 0) + line.quantity);
  if (held.size === 0) return;
  const at = request.at.toISOString();
  const values = sql.join(
    [...held].map(([productId, qty]) => sql`(${productId}::uuid, ${qty}::int)`),
    sql`, `,
  );
  await tx.execute(sql`WITH held(product_id, qty) AS (VALUES ${values}),
      locked AS (SELECT s.product_id, h.qty FROM stock_levels s JOIN held h ON h.product_id = s.product_id ORDER BY s.product_id FOR UPDATE OF s),
      released AS (
        UPDATE stock_levels s SET reserved = s.reserved - l.qty, updated_at = ${at}::timestamptz
        FROM locked l WHERE s.product_id = l.product_id
        RETURNING s.product_id, l.qty, s.on_hand, s.reserved
      )
    INSERT INTO stock_movements (id, product_id, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, order_id, customer_id, actor_id, at)
    SELECT time_ordered_uuid(), r.product_id, 'release', 0, -r.qty, r.on_hand, r.reserved, ${request.orderId}::uuid, ${request.customerId}::uuid, ${request.actorId}::uuid, ${at}::timestamptz
    FROM released r`);
}

/**
 * The job that hands newly arrived stock to backordered order lines (SPEC §7). The orders
 * module defines what it does; stock only announces, in the transaction that added goods.
 */
export const stockArrivedJob = 'stock.arrived';

async function announceStockArrival(tx: Executor, now: Date, productId: string, movementId: string): Promise<void> {
  await enqueueJob(tx, now, { kind: stockArrivedJob, payload: { productId }, dedupKey: `stock-arrived:${movementId}` });
}

export interface StockMove {
  orderId: string;
  customerId: string;
  actorId: string | null;
  at: Date;
  items: { productId: string; quantity: number }[];
}

/**
 * Goods leave with a shipment: on hand and reserved both go down by what the order had
 * reserved, one `shipment` movement per product, inside the caller's transaction. The
 * guard refuses to ship stock the order did not reserve.
 */
export async function consumeReservation(tx: Tx, move: StockMove): Promise<void> {
  for (const item of move.items) {
    const [level] = await tx
      .update(stockLevels)
      .set({ onHand: sql`${stockLevels.onHand} - ${item.quantity}`, reserved: sql`${stockLevels.reserved} - ${item.quantity}`, updatedAt: move.at })
      .where(and(eq(stockLevels.productId, item.productId), sql`${stockLevels.reserved} >= ${item.quantity}`))
      .returning();
    if (!level) throw new Error(`Product ${item.productId} has less than ${item.quantity} reserved; the order's reservation and stock disagree`);
    await tx.insert(stockMovements).values({
      id: newId(),
      productId: item.productId,
      kind: 'shipment',
      onHandDelta: -item.quantity,
      reservedDelta: -item.quantity,
      onHandAfter: level.onHand,
      reservedAfter: level.reserved,
      orderId: move.orderId,
      customerId: move.customerId,
      reason: null,
      actorId: move.actorId,
      at: move.at,
    });
  }
}

/**
 * Returned goods fit to sell go back on the shelf (a `return` movement), inside the
 * caller's transaction; like a receipt, they may fill backorders.
 */
export async function restockReturn(tx: Tx, move: StockMove & { reason: string }): Promise<void> {
  for (const item of move.items) {
    await stockedProduct(tx, item.productId, '/productId');
    await tx.insert(stockLevels).values({ productId: item.productId, onHand: 0, reserved: 0, updatedAt: move.at }).onConflictDoNothing();
    const [level] = await tx
      .update(stockLevels)
      .set({ onHand: sql`${stockLevels.onHand} + ${item.quantity}`, updatedAt: move.at })
      .where(eq(stockLevels.productId, item.productId))
      .returning();
    const id = newId();
    await tx.insert(stockMovements).values({
      id,
      productId: item.productId,
      kind: 'return',
      onHandDelta: item.quantity,
      reservedDelta: 0,
      onHandAfter: level!.onHand,
      reservedAfter: level!.reserved,
      orderId: move.orderId,
      customerId: move.customerId,
      reason: move.reason,
      actorId: move.actorId,
      at: move.at,
    });
    await announceStockArrival(tx, move.at, item.productId, id);
  }
}

export {
  capacityCalendar,
  capacityUntil,
  createProductionLine,
  getProductionLine,
  listProductionLines,
  maxCalendarDays,
  setLineCapacity,
  updateProductionLine,
  type CapacityEvidence,
} from './capacity.js';
export type { CapacityDay, ProductionLineInput, ProductionLineView } from './contract.js';
