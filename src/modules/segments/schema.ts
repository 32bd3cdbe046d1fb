import { date, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { SegmentFilter } from './contract.js';

/** A saved customer segment: a name the team shares and the filter that says who is in it. */
export const segments = pgTable(
  'segments',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    filter: jsonb('filter').$type<SegmentFilter>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull(),
  },
  (t) => [uniqueIndex('segments_name_key').on(t.name)],
);

/**
 * The follow-up task each customer got from a segment, per kind and due day: a second run
 * for the same segment, kind and day opens nothing for a customer already here.
 */
export const segmentFollowUps = pgTable(
  'segment_follow_ups',
  {
    segmentId: uuid('segment_id').notNull(),
    kind: text('kind').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    customerId: uuid('customer_id').notNull(),
    taskId: uuid('task_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.segmentId, t.kind, t.dueDate, t.customerId] })],
);
