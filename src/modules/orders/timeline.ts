import { and, desc, eq, inArray, isNotNull, max, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { olderThan, type TimelineCursor, type TimelineEntry } from '../../platform/timeline.js';
import { orderContacts, orders } from './schema.js';

/** A customer's orders as they arrived and as they were delivered, and the contacts logged on them. */
export async function orderTimeline(db: Executor, customerId: string, cursor: TimelineCursor | undefined, limit: number): Promise<TimelineEntry[]> {
  const [received, delivered, contacts] = await Promise.all([
    db
      .select({ id: orders.id, at: orders.receivedAt, number: orders.number, channel: orders.channel, totalMinor: orders.totalMinor, currency: orders.currency, status: orders.status })
      .from(orders)
      .where(and(eq(orders.customerId, customerId), olderThan(cursor, 'order_received', orders.receivedAt, orders.id)))
      .orderBy(desc(orders.receivedAt), desc(orders.id))
      .limit(limit),
    db
      .select({ id: orders.id, at: orders.deliveredAt, number: orders.number })
      .from(orders)
      .where(and(eq(orders.customerId, customerId), isNotNull(orders.deliveredAt), olderThan(cursor, 'order_delivered', orders.deliveredAt, orders.id)))
      .orderBy(desc(orders.deliveredAt), desc(orders.id))
      .limit(limit),
    db
      .select({ id: orderContacts.id, at: orderContacts.at, orderId: orderContacts.orderId, number: orders.number, channel: orderContacts.channel, summary: orderContacts.summary, outcome: orderContacts.outcome, by: orderContacts.contactedByLabel })
      .from(orderContacts)
      .innerJoin(orders, eq(orders.id, orderContacts.orderId))
      .where(and(eq(orderContacts.customerId, customerId), olderThan(cursor, 'order_contact', orderContacts.at, orderContacts.id)))
      .orderBy(desc(orderContacts.at), desc(orderContacts.id))
      .limit(limit),
  ]);
  return [
    ...received.map((o) => ({
      kind: 'order_received',
      id: o.id,
      at: o.at,
      orderId: o.id,
      orderNumber: o.number,
      caseId: null,
      by: null,
      params: { channel: o.channel, totalMinor: o.totalMinor, currency: o.currency, status: o.status },
      message: null,
    })),
    ...delivered.map((o) => ({ kind: 'order_delivered', id: o.id, at: o.at!, orderId: o.id, orderNumber: o.number, caseId: null, by: null, params: {}, message: null })),
    ...contacts.map((c) => ({
      kind: 'order_contact',
      id: c.id,
      at: c.at,
      orderId: c.orderId,
      orderNumber: c.number,
      caseId: null,
      by: c.by,
      params: { channel: c.channel, summary: c.summary, outcome: c.outcome },
      message: null,
    })),
  ];
}

/** When each customer was last contacted about one of their orders (the contact log). */
export async function lastOrderContactAt(db: Executor, customerIds: readonly string[]): Promise<Map<string, Date>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db
    .select({ customerId: orderContacts.customerId, at: max(orderContacts.at) })
    .from(orderContacts)
    .where(inArray(orderContacts.customerId, [...customerIds]))
    .groupBy(orderContacts.customerId);
  return new Map(rows.flatMap((r) => (r.at ? [[r.customerId, r.at] as const] : [])));
}

/** Each customer's last contact logged on an order, as a sub-query: `customer_id`, `last_contact_at`. */
export function customerLastOrderContacts(): SQL {
  return sql`SELECT ${orderContacts.customerId} AS customer_id, max(${orderContacts.at}) AS last_contact_at FROM ${orderContacts} GROUP BY ${orderContacts.customerId}`;
}
