import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import { orders } from './schema.js';
import type { OrderStatus } from './states.js';

/** Orders the customer is waiting for: approved and not yet delivered. */
const activeStatuses: OrderStatus[] = ['approved', 'planned', 'in_progress', 'ready_to_ship', 'partially_shipped', 'shipped', 'in_service'];

export interface ActiveOrder {
  orderId: string;
  number: string | null;
  status: string;
  expectedDelivery: string | null;
}

/** The customers with at least one order they are waiting for. */
export async function customersWithActiveOrders(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ customer_id: string }>(
    db,
    sql`SELECT DISTINCT customer_id FROM orders WHERE status IN (${sql.join(activeStatuses.map((s) => sql`${s}`), sql`, `)})`,
  );
  return rows.map((r) => r.customer_id);
}

/** A customer's orders they are waiting for, oldest first, each with the delivery date they can expect. */
export async function activeOrdersOf(db: Executor, customerId: string): Promise<ActiveOrder[]> {
  const rows = await db
    .select({ id: orders.id, number: orders.number, status: orders.status, promised: orders.promisedDeliveryDate, requested: orders.requestedDeliveryDate })
    .from(orders)
    .where(and(eq(orders.customerId, customerId), inArray(orders.status, activeStatuses)))
    .orderBy(asc(orders.receivedAt), asc(orders.id));
  return rows.map((r) => ({ orderId: r.id, number: r.number, status: r.status, expectedDelivery: r.promised ?? r.requested }));
}
