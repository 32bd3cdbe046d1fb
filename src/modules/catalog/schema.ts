import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Default working days per plan stage (procurement, production, qc, logistics …). */
export type LeadTimes = Record<string, number>;

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    model: text('model'),
    unit: text('unit').notNull(),
    priceMinor: bigint('price_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    kind: text('kind').notNull(),
    category: text('category'),
    leadTimes: jsonb('lead_times').$type<LeadTimes>().notNull(),
    active: boolean('active').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull(),
  },
  (t) => [uniqueIndex('products_sku_key').on(t.sku), index('products_name_idx').on(t.name, t.id)],
);
