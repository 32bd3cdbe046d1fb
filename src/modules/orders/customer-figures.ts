import { sql, type SQL } from 'drizzle-orm';
import { orders } from './schema.js';
import type { OrderStatus } from './states.js';

/** A cancelled order was never bought: it counts in no customer's purchases. */
const notBought: OrderStatus = 'cancelled';

export interface PurchaseWindows {
  /** Orders received from this instant on count as the window's orders (frequency). */
  countSince: Date;
  /** Orders received from this instant on, in `currency`, add up to the window's amount (monetary). */
  amountSince: Date;
  currency: string;
}

/**
 * Each customer's purchases as a sub-query, one row per customer who ever ordered, grouped in
 * the database: `customer_id`, `last_order_at` (the latest order received), `orders_in_window`
 * and `amount_in_window` (total minor units in the currency asked). Segments join it by customer.
 */
export function customerPurchaseFigures(windows: PurchaseWindows): SQL {
  const countSince = sql`${windows.countSince.toISOString()}::timestamptz`;
  const amountSince = sql`${windows.amountSince.toISOString()}::timestamptz`;
  return sql`SELECT ${orders.customerId} AS customer_id,
      max(${orders.receivedAt}) AS last_order_at,
      (count(*) FILTER (WHERE ${orders.receivedAt} >= ${countSince}))::int AS orders_in_window,
      coalesce(sum(${orders.totalMinor}) FILTER (WHERE ${orders.receivedAt} >= ${amountSince} AND ${orders.currency} = ${windows.currency}), 0)::bigint AS amount_in_window
    FROM ${orders}
    WHERE ${orders.status} <> ${notBought}
    GROUP BY ${orders.customerId}`;
}
