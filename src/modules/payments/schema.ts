import { sql } from 'drizzle-orm';
import { bigint, check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PaymentKind, PaymentMethod } from './contract.js';

/**
 * Money received for an order, or given back (SPEC §1: open receivables = unpaid order
 * amounts). Movements are never edited: a refund is a movement of its own. The order's
 * payment status and amount received follow from these rows (orders/payments.ts).
 */
export const orderPayments = pgTable(
  'order_payments',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    kind: text('kind').$type<PaymentKind>().notNull(),
    /** Always positive; a refund takes it off what was received. */
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    method: text('method').$type<PaymentMethod>().notNull(),
    reference: text('reference'),
    /** The day the money moved (the bank's value date), not when it was recorded. */
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    recordedByLabel: text('recorded_by_label').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('order_payments_order_idx').on(t.orderId, t.recordedAt), check('order_payments_amount_positive', sql`${t.amountMinor} > 0`)],
);
