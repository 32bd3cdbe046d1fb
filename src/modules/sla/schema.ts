import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { SlaStatus } from './states.js';

/**
 * One SLA clock per order and deadline kind (`response`, `plan`, and later kinds such as
 * department resource confirmation): when it is due, when its owner is warned, and how
 * it ended. Carries customer_id like every large table, so it can be distributed by it.
 */
export const slaClocks = pgTable(
  'sla_clocks',
  {
    orderId: uuid('order_id').notNull(),
    kind: text('kind').notNull(),
    customerId: uuid('customer_id').notNull(),
    /** The order's number, for messages and the dashboard without a read of the order. */
    orderNumber: text('order_number').notNull(),
    /** Who is warned before the deadline besides the specialists (today: who entered the order). */
    ownerId: uuid('owner_id'),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'date' }).notNull(),
    warnAt: timestamp('warn_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** open until the deadline's step is done (met) or the deadline passes (missed): `slaMachine`. */
    status: text('status').$type<SlaStatus>().notNull(),
    warnedAt: timestamp('warned_at', { withTimezone: true, mode: 'date' }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true, mode: 'date' }),
    /**
     * When the step the deadline asks for was done: on time (met) or late (missed); or when the
     * order was cancelled (stopped); or, for a clock already missed, when its order was
     * cancelled or completed (settled: missed, and pending no more).
     */
    satisfiedAt: timestamp('satisfied_at', { withTimezone: true, mode: 'date' }),
    satisfiedBy: uuid('satisfied_by'),
    lateReason: text('late_reason'),
    lateReasonBy: text('late_reason_by'),
    lateReasonAt: timestamp('late_reason_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.kind] }),
    check('sla_clocks_status', sql`${t.status} IN ('open', 'met', 'missed', 'stopped')`),
    check('sla_clocks_warned_before_due', sql`${t.warnAt} <= ${t.dueAt}`),
    // The scan's two questions: whose warning time has come, which open clocks are past due.
    index('sla_clocks_warn_idx').on(t.warnAt).where(sql`warned_at IS NULL AND status = 'open'`),
    index('sla_clocks_open_due_idx').on(t.dueAt).where(sql`status = 'open'`),
    // The reports: the clocks due in a period, settled or not, with what they read of each clock
    // (INCLUDE status, kind, order_id, owner_id: migration report_covering_indexes), from the index alone.
    index('sla_clocks_due_idx').on(t.dueAt),
    // The dashboard: deadlines whose step is not done yet, soonest first, keyset-paged.
    index('sla_clocks_pending_idx').on(t.dueAt, t.orderId, t.kind).where(sql`satisfied_at IS NULL`),
  ],
);

export type SlaClockRow = typeof slaClocks.$inferSelect;
