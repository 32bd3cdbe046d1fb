import { jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Channel, Level, OrderStatus } from '../orders/contract.js';

/** A user's named filters of the order list (SPEC §3: the unified list with saved views). */
export const savedOrderViews = pgTable(
  'saved_order_views',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    filters: jsonb('filters').$type<SavedOrderFilters>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('saved_order_views_user_name_key').on(t.userId, t.name)],
);

export interface SavedOrderFilters {
  status?: OrderStatus;
  priority?: Level;
  channel?: Channel;
  customerId?: string;
  productId?: string;
  q?: string;
  layout?: 'list' | 'kanban';
}

/**
 * A user's display preferences, one JSON value per key (a table's columns and density, …):
 * kept on the server so they follow the user to any browser.
 */
export const userPreferences = pgTable(
  'user_preferences',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    value: jsonb('value').$type<unknown>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
