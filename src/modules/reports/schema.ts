import { bigint, boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActionDirection, ActionInMonth, Figure, FigureUnit, MonthlyMetric } from './monthly-contract.js';
import type { ImprovementActionStatus } from './states.js';

/**
 * A closed month's report (SPEC §11), kept as computed when the month closed so that later
 * edits to orders do not change it; a manager's recomputation replaces it, audited, and
 * counts up `revision`. `orderIds` holds the orders behind each figure, by the figure's key.
 */
export const monthlyReportSnapshots = pgTable('monthly_report_snapshots', {
  month: text('month').primaryKey(),
  timeZone: text('time_zone').notNull(),
  figures: jsonb('figures').$type<Figure[]>().notNull(),
  orderIds: jsonb('order_ids').$type<Record<string, string[]>>().notNull(),
  /** The improvement actions open during the month, with their figure's movement, as they stood when the snapshot was taken. */
  improvementActions: jsonb('improvement_actions').$type<ActionInMonth[]>().notNull().default([]),
  revision: integer('revision').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }).notNull(),
  computedBy: uuid('computed_by'),
  computedByLabel: text('computed_by_label').notNull(),
});

/**
 * An improvement action (seed 002 §6, seed 000 §7): agreed at the monthly review to move one
 * figure of the report (`figureKey`, as the report keys it) from its value in `fromMonth`
 * (`baseline`) towards `target`; its owner is reminded once a day (`remindedOn`, company
 * zone) while it is open past `dueDate`. Edits by people carry `version` (If-Match).
 */
export const improvementActions = pgTable(
  'improvement_actions',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    figureKey: text('figure_key').notNull(),
    metric: text('metric').$type<MonthlyMetric>().notNull(),
    dimension: text('dimension'),
    currency: text('currency'),
    unit: text('unit').$type<FigureUnit>().notNull(),
    fromMonth: text('from_month').notNull(),
    baseline: doublePrecision('baseline').notNull(),
    target: doublePrecision('target').notNull(),
    direction: text('direction').$type<ActionDirection>().notNull(),
    ownerId: uuid('owner_id').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    note: text('note'),
    status: text('status').$type<ImprovementActionStatus>().notNull(),
    closingNote: text('closing_note'),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    closedBy: uuid('closed_by'),
    remindedOn: date('reminded_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull(),
  },
  (table) => [index('improvement_actions_status_due_idx').on(table.status, table.dueDate), index('improvement_actions_owner_idx').on(table.ownerId)],
);

/**
 * The orders that were ever in exception: what the monthly report's exception figures count.
 * A trigger on `orders` (migration order_exception_entries) adds an order the moment its status
 * becomes exception, in that transaction; the migration backfilled it from the audit trail,
 * which records every status an order took. One row per order, so no two orders share it.
 */
export const ordersEverInException = pgTable('orders_ever_in_exception', {
  orderId: uuid('order_id').primaryKey(),
});

/**
 * Process mining's cases: every order, opened by its `order.received` audit event (`openedAt`,
 * the order's type then), with the first order number its events carried. A trigger on
 * `audit_events` (migration order_transitions_trigger) writes it with the event, so reports
 * find the cases opened in a period by index instead of reading the audit trail's JSON.
 * The same trigger keeps where the case stands as it moves (migration process_moves_kept):
 * the status of its last move, since when it has been in it, how many moves it made and its
 * path (variant), so the next move is written with its own figures and the variants are read
 * from the cases alone.
 */
export const orderCases = pgTable(
  'order_cases',
  {
    orderId: uuid('order_id').primaryKey(),
    customerId: uuid('customer_id'),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'date' }).notNull(),
    orderType: text('order_type'),
    orderNumber: text('order_number'),
    /** The status the last move went to; empty before the first move. */
    status: text('status'),
    /** When the last move that changed the status was made; empty while none has (the case has been in its status since it opened). */
    since: timestamp('since', { withTimezone: true, mode: 'date' }),
    moves: integer('moves').notNull().default(0),
    /** The statuses it went through joined by `>`: the first move's `from`, then the status of every move that changed it. Empty before the first move. */
    path: text('path'),
  },
  // Migration process_moves_kept has it carry the id, number, moves and path (INCLUDE), so a period's cases are read from the index alone.
  (t) => [index('order_cases_opened_idx').on(t.openedAt, t.orderType)],
);

/**
 * Every status move of every order, one row per entry of an order event's `after.transitions`,
 * written by the same trigger in the transaction that records the move, so no code path that
 * moves an order (intake included) is missed. Keyed by the event's place in its chain and the
 * move's place in the event; Append-only.
 */
export const orderTransitions = pgTable(
  'order_transitions',
  {
    chain: text('chain').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    position: integer('position').notNull(),
    orderId: uuid('order_id').notNull(),
    customerId: uuid('customer_id'),
    /** The order's case: its opening and type (order_cases), so a period's moves are one index range. Empty for a move recorded before the order was received, which no code path does. */
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'date' }),
    orderType: text('order_type'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    action: text('action').notNull(),
    event: text('event').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    /*
     * Written with the move from where its case stood (order_cases), as if the case's moves were
     * read in the order they happened: which move of the case it is, the status the order was
     * in before it (the previous move's `to`; its own `from` for the first), since when (the
     * last earlier move that changed the status, else the case's opening), and whether it is
     * the case's first move along its edge (a changed status, from → to). Empty for a move
     * recorded before its case was opened, which no code path does.
     */
    moveNumber: integer('move_number'),
    priorStatus: text('prior_status'),
    since: timestamp('since', { withTimezone: true, mode: 'date' }),
    firstOnEdge: boolean('first_on_edge'),
  },
  // A period's moves with every column the process map reads, so they are read from the index
  // alone (INCLUDE, which the schema builder does not spell: migration process_moves_kept).
  (t) => [primaryKey({ columns: [t.chain, t.seq, t.position] }), index('order_transitions_case_idx').on(t.openedAt, t.orderType)],
);
