import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Messages written in the same transaction as the change that causes them; the
 * notification and webhook dispatchers deliver them at least once.
 */
export const outbox = pgTable(
  'outbox',
  {
  id: uuid('id').primaryKey().default(sql`time_ordered_uuid()`),
  topic: text('topic').notNull(),
  customerId: uuid('customer_id'),
  payload: jsonb('payload').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
  attempts: integer('attempts').notNull().default(0),
  },
  // What the dispatcher polls: only what is still to be delivered.
  (t) => [index('outbox_pending_idx').on(t.createdAt, t.id).where(sql`published_at IS NULL`)],
);
