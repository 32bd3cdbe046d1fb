import { sql } from 'drizzle-orm';
import type { CapacityUnit } from './contract.js';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * One row per stocked product. The checks are the last line of defence: whatever the
 * concurrency, available (on_hand − reserved) can never be negative.
 */
export const stockLevels = pgTable(
  'stock_levels',
  {
    productId: uuid('product_id').primaryKey(),
    onHand: integer('on_hand').notNull(),
    reserved: integer('reserved').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    check('stock_levels_on_hand_nonnegative', sql`${t.onHand} >= 0`),
    check('stock_levels_reserved_within_on_hand', sql`${t.reserved} >= 0 AND ${t.reserved} <= ${t.onHand}`),
  ],
);

/** The ledger: every change of a stock level is one row, so the ledger explains every number. */
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: uuid('id').primaryKey(),
    productId: uuid('product_id').notNull(),
    kind: text('kind').notNull(),
    onHandDelta: integer('on_hand_delta').notNull(),
    reservedDelta: integer('reserved_delta').notNull(),
    onHandAfter: integer('on_hand_after').notNull(),
    reservedAfter: integer('reserved_after').notNull(),
    orderId: uuid('order_id'),
    customerId: uuid('customer_id'),
    reason: text('reason'),
    actorId: uuid('actor_id'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('stock_movements_product_idx').on(t.productId, t.at, t.id)],
);

/** A production line of the capacity calendar (SPEC §2): what it makes per working day by default. */
export const productionLines = pgTable(
  'production_lines',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    active: boolean('active').notNull(),
    /** What the line's capacity counts: units made or hours worked per day. */
    capacityUnit: text('capacity_unit').$type<CapacityUnit>().notNull().default('units'),
    defaultDailyCapacity: integer('default_daily_capacity').notNull(),
    /** ISO weekdays (1 = Monday … 7 = Sunday) on which the default capacity applies. */
    workingWeekdays: integer('working_weekdays').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull(),
  },
  (t) => [uniqueIndex('production_lines_code_key').on(t.code), check('production_lines_capacity_nonnegative', sql`${t.defaultDailyCapacity} >= 0`)],
);

/**
 * The days of a line that differ from its default: a capacity set by hand (a holiday, an
 * extra shift) and the units already booked. The check keeps bookings within capacity.
 */
export const productionCapacity = pgTable(
  'production_capacity',
  {
    lineId: uuid('line_id')
      .notNull()
      .references(() => productionLines.id),
    day: date('day', { mode: 'string' }).notNull(),
    capacityUnits: integer('capacity_units').notNull(),
    bookedUnits: integer('booked_units').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.lineId, t.day] }),
    check('production_capacity_booked_within_capacity', sql`${t.bookedUnits} >= 0 AND ${t.bookedUnits} <= ${t.capacityUnits}`),
  ],
);
