import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Figure } from './monthly-contract.js';

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
  revision: integer('revision').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }).notNull(),
  computedBy: uuid('computed_by'),
  computedByLabel: text('computed_by_label').notNull(),
});
