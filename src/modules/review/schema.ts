import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ChainStep, StepName } from './contract.js';
import type { ReviewStatus, ReviewStepStatus } from './states.js';

/** Every saved version of the review chain of an order type (SPEC §5); the highest is current. */
export const reviewChains = pgTable(
  'review_chains',
  {
    orderType: text('order_type').notNull(),
    version: integer('version').notNull(),
    steps: jsonb('steps').$type<ChainStep[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdBy: uuid('created_by'),
  },
  (t) => [primaryKey({ columns: [t.orderType, t.version] })],
);

/** What the inbox shows about the order under review, as it was when the round started. */
export interface ReviewSummary {
  customerName: string;
  currency: string;
  totalMinor: number;
  priority: string;
  dueAt: string;
}

/** One review per order: the chain version it keeps for good, and the round in progress. */
export const reviews = pgTable('reviews', {
  orderId: uuid('order_id').primaryKey(),
  customerId: uuid('customer_id').notNull(),
  /** Null only inside the transaction that takes the order in (its number comes last). */
  orderNumber: text('order_number'),
  orderType: text('order_type').notNull(),
  chainVersion: integer('chain_version').notNull(),
  round: integer('round').notNull(),
  /** in_progress, approved, rejected or returned: how the current round stands (`reviewMachine`); cancelled with its order. */
  status: text('status').$type<ReviewStatus>().notNull(),
  summary: jsonb('summary').$type<ReviewSummary>().notNull(),
  startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/**
 * The steps of every round. status: pending (not reached), waiting (in its role's inbox),
 * approved, rejected, returned, not_reached (the round ended before it) or superseded
 * (a later round replaced it).
 */
export const reviewSteps = pgTable(
  'review_steps',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    round: integer('round').notNull(),
    position: integer('position').notNull(),
    key: text('key').notNull(),
    name: jsonb('name').$type<StepName>().notNull(),
    role: text('role').notNull(),
    check: text('check'),
    checkPassed: boolean('check_passed'),
    /** The numbers an automatic check compared, and why it passed or failed. */
    evidence: jsonb('evidence').$type<Record<string, unknown>>(),
    /** `reviewStepMachine`. */
    status: text('status').$type<ReviewStepStatus>().notNull(),
    waitingSince: timestamp('waiting_since', { withTimezone: true, mode: 'date' }),
    decidedBy: uuid('decided_by'),
    decidedByLabel: text('decided_by_label'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    comment: text('comment'),
  },
  (t) => [uniqueIndex('review_steps_order_round_position_key').on(t.orderId, t.round, t.position), index('review_steps_inbox_idx').on(t.status, t.role, t.waitingSince, t.id), index('review_steps_waiting_since_idx').on(t.waitingSince)],
);
