import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/connect.js';
import type { Actor } from '../../platform/audit/record.js';
import type { PaymentState } from './contract.js';
import { orders } from './schema.js';
import { type OrderTransition, transitionOrder } from './transition.js';
import type { OrderRow } from './views.js';

/*
 * The order's side of payments and attachments: the payments module records payments and
 * refunds in its own tables and writes what follows for the order (its payment status and
 * the amount received) only through these functions.
 */

/**
 * Writes the order's payment status and the amount received so far, on the order locked by
 * the caller's transaction: a change of the order that leaves its status as it is (the
 * version moves). The audit change goes back to the caller for its one append.
 */
export async function recordPaymentStatus(tx: Tx, actor: Actor, now: Date, order: OrderRow, paid: { paidMinor: number; paymentStatus: PaymentState }): Promise<OrderTransition> {
  return transitionOrder(tx, actor, now, {
    order,
    events: [],
    set: { paidMinor: paid.paidMinor, paymentStatus: paid.paymentStatus },
    audit: {
      action: 'order.payment_status_changed',
      before: { paymentStatus: order.paymentStatus, paidMinor: order.paidMinor },
      after: { paymentStatus: paid.paymentStatus, paidMinor: paid.paidMinor },
    },
  });
}

/** Whether the order has a signed confirmation among its attachments; the caller holds the order's lock. */
export async function setSignedConfirmation(tx: Tx, orderId: string, present: boolean): Promise<void> {
  await tx.update(orders).set({ signedConfirmation: present }).where(eq(orders.id, orderId));
}

/** An order that still owes money: what the receivables and their ageing are made of. */
export interface OwingOrder {
  orderId: string;
  number: string;
  customerId: string;
  customerName: string;
  status: OrderRow['status'];
  paymentStatus: PaymentState;
  currency: string;
  totalMinor: number;
  paidMinor: number;
  outstandingMinor: number;
  receivedAt: Date;
  promisedDeliveryDate: string | null;
}

/**
 * Every order not cancelled that still owes something (unpaid, partly paid or refunded, completed
 * ones included), of one customer or of all, oldest first. An order declared paid owes nothing.
 */
export async function owingOrders(db: Executor, filter: { customerId?: string } = {}): Promise<OwingOrder[]> {
  const outstanding = sql<number>`(${orders.totalMinor} - ${orders.paidMinor})`;
  const rows = await db
    .select({
      orderId: orders.id,
      number: orders.number,
      customerId: orders.customerId,
      customerName: orders.customerName,
      status: orders.status,
      paymentStatus: orders.paymentStatus,
      currency: orders.currency,
      totalMinor: orders.totalMinor,
      paidMinor: orders.paidMinor,
      outstandingMinor: outstanding.mapWith(Number),
      receivedAt: orders.receivedAt,
      promisedDeliveryDate: orders.promisedDeliveryDate,
    })
    .from(orders)
    .where(
      and(
        filter.customerId ? eq(orders.customerId, filter.customerId) : undefined,
        ne(orders.status, 'cancelled'),
        ne(orders.paymentStatus, 'paid'),
        sql`${orders.totalMinor} > ${orders.paidMinor}`,
      ),
    )
    .orderBy(asc(orders.receivedAt), asc(orders.id));
  return rows.map((r) => ({ ...r, number: r.number!, paymentStatus: r.paymentStatus as PaymentState }));
}
