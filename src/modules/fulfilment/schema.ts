import { sql } from 'drizzle-orm';
import { bigint, boolean, check, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ShipmentStatus, TrackingStatus } from './states.js';

/**
 * The carriers shipments are handed to (承运商). `trackingUrlTemplate` is an https address
 * with `{trackingNumber}` where the carrier's tracking page wants the number; null when the
 * carrier has no stable public one. Codes are kept upper-case and unique.
 */
export const carriers = pgTable(
  'carriers',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    trackingUrlTemplate: text('tracking_url_template'),
    active: boolean('active').notNull(),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('carriers_code_key').on(t.code)],
);

/**
 * A consignment handed to a carrier (SPEC §7). An order may have several (split shipments);
 * each carries some quantity of some lines. Carries `customer_id` like every large table.
 */
export const shipments = pgTable(
  'shipments',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    /** express (urgent, parcels) or freight (bulk). */
    carrierKind: text('carrier_kind').notNull(),
    carrierName: text('carrier_name').notNull(),
    /** The carrier directory's code when chosen from it; null for carriers typed in before the directory. */
    carrierCode: text('carrier_code'),
    trackingNumber: text('tracking_number').notNull(),
    costMinor: bigint('cost_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    /** shipped → in_transit → out_for_delivery → delivered; exception at any point before delivered: `shipmentMachine`. */
    status: text('status').$type<ShipmentStatus>().notNull(),
    shippedAt: timestamp('shipped_at', { withTimezone: true, mode: 'date' }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by'),
  },
  // shipped_at: the monthly report's logistics cost reads the month's shipments.
  (t) => [index('shipments_order_idx').on(t.orderId, t.shippedAt), index('shipments_shipped_idx').on(t.shippedAt), check('shipments_cost_nonnegative', sql`${t.costMinor} >= 0`)],
);

export const shipmentLines = pgTable(
  'shipment_lines',
  {
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id),
    orderLineId: uuid('order_line_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    lineNo: integer('line_no').notNull(),
    productId: uuid('product_id').notNull(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [uniqueIndex('shipment_lines_key').on(t.shipmentId, t.orderLineId), check('shipment_lines_quantity_positive', sql`${t.quantity} > 0`)],
);

/** What the carrier reported, in the order it happened. */
export const shipmentEvents = pgTable(
  'shipment_events',
  {
    id: uuid('id').primaryKey(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id),
    customerId: uuid('customer_id').notNull(),
    /** What the carrier reported; the shipment's status follows it. */
    status: text('status').$type<TrackingStatus>().notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    location: text('location'),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('shipment_events_shipment_idx').on(t.shipmentId, t.at, t.id)],
);

export interface AcceptanceLine {
  lineId: string;
  lineNo: number;
  sku: string;
  deliveredQuantity: number;
  result: 'pass' | 'fail' | 'partial';
  acceptedQuantity: number;
  comment: string | null;
}

/** The customer's acceptance of a delivered order (SPEC §8): one per order. */
export const acceptances = pgTable(
  'acceptances',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    /** pass when every line passed; fail when any failed; partial otherwise. */
    result: text('result').$type<AcceptanceLine['result']>().notNull(),
    lines: jsonb('lines').$type<AcceptanceLine[]>().notNull(),
    comment: text('comment'),
    recordedBy: uuid('recorded_by'),
    recordedByLabel: text('recorded_by_label').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  // recorded_at: the monthly report's delivery cycle reads the month's acceptances.
  (t) => [uniqueIndex('acceptances_order_key').on(t.orderId), index('acceptances_recorded_idx').on(t.recordedAt)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * Photos taken at acceptance. The bytes live in the file store under `pathKey`; writing them
 * through the database blocked the embedded server's only thread. `content` holds only photos
 * uploaded before the file store, moved out the first time each is served.
 */
export const acceptancePhotos = pgTable(
  'acceptance_photos',
  {
    id: uuid('id').primaryKey(),
    acceptanceId: uuid('acceptance_id')
      .notNull()
      .references(() => acceptances.id),
    customerId: uuid('customer_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    pathKey: text('path_key'),
    content: bytea('content'),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('acceptance_photos_acceptance_idx').on(t.acceptanceId, t.uploadedAt),
    check('acceptance_photos_stored', sql`${t.pathKey} IS NOT NULL OR ${t.content} IS NOT NULL`),
  ],
);
