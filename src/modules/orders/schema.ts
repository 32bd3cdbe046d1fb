import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CustomerContact } from '../customers/contract.js';
import type { Delivery, Priority, RevisionDiff, RevisionEffects, SpecialRequirements, StoredFinding } from './contract.js';
import type { OrderStatus } from './states.js';

/**
 * What search reads of an order, as one text: its number, the customer's name and the notes
 * (special requirements). The trigram and full-text indexes are built on this very expression,
 * so `searchText` in orders/search.ts must stay the same to use them.
 */
export const orderSearchDocument = sql`(coalesce(number, '') || ' ' || customer_name || ' ' || coalesce(special_requirements ->> 'text', ''))`;
/** What search reads of an order line: its SKU and product name. */
export const lineSearchDocument = sql`(sku || ' ' || name)`;
/** The digits of an order's contact phone, what the order list's `q` compares a phone by. */
export const contactPhoneDigits = sql`regexp_replace(contact->>'phone', '[^0-9]', '', 'g')`;

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey(),
    /**
     * `YYYYMM-NNN`. Null only until the order is numbered: inside the creating transaction,
     * or on PostgreSQL for the moment between intake's commit and the numbering transaction
     * (numbering.ts), which the creating request waits for.
     */
    number: text('number'),
    customerId: uuid('customer_id').notNull(),
    /** The customer's name as it was when the order came in (for lists and search). */
    customerName: text('customer_name').notNull(),
    channel: text('channel').notNull(),
    externalRef: text('external_ref'),
    type: text('type').notNull(),
    status: text('status').$type<OrderStatus>().notNull(),
    priorityLevel: text('priority_level').notNull(),
    priority: jsonb('priority').$type<Priority>().notNull(),
    exceptions: jsonb('exceptions').$type<StoredFinding[]>().notNull(),
    warnings: jsonb('warnings').$type<StoredFinding[]>().notNull(),
    requestedDeliveryDate: date('requested_delivery_date', { mode: 'string' }),
    /** The earliest delivery Ordo can honour (SPEC "promise date"): set at intake, moved by the plan and its delays. */
    promisedDeliveryDate: date('promised_delivery_date', { mode: 'string' }),
    contact: jsonb('contact').$type<CustomerContact | null>(),
    delivery: jsonb('delivery').$type<Delivery>().notNull(),
    specialRequirements: jsonb('special_requirements').$type<SpecialRequirements | null>(),
    paymentStatus: text('payment_status').notNull(),
    /** Received so far less refunds (minor units): what the payments module last recorded through `recordPaymentStatus`. */
    paidMinor: bigint('paid_minor', { mode: 'number' }).notNull().default(0),
    /** The order has a signed confirmation among its attachments (a custom order's review may require one). */
    signedConfirmation: boolean('signed_confirmation').notNull().default(false),
    currency: text('currency').notNull(),
    subtotalMinor: bigint('subtotal_minor', { mode: 'number' }).notNull(),
    discountMinor: bigint('discount_minor', { mode: 'number' }).notNull(),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
    /** Hash of the sorted (product, quantity) pairs: finds likely duplicates. */
    linesFingerprint: text('lines_fingerprint').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull(),
    responseDueAt: timestamp('response_due_at', { withTimezone: true, mode: 'date' }).notNull(),
    planDueAt: timestamp('plan_due_at', { withTimezone: true, mode: 'date' }).notNull(),
    enteredBy: uuid('entered_by'),
    /** The specialist who owns the order: who entered it when staff, else nobody until assigned. */
    ownerId: uuid('owner_id'),
    /** The owner's name when assigned (for lists without a read of the users). */
    ownerName: text('owner_name'),
    /** Maker–checker: not_required, pending (a second person must confirm) or confirmed. */
    entryCheck: text('entry_check').notNull(),
    entryConfirmedBy: uuid('entry_confirmed_by'),
    entryConfirmedAt: timestamp('entry_confirmed_at', { withTimezone: true, mode: 'date' }),
    /** When the order last went into exception: a resubmission needs a customer contact since. */
    exceptionSince: timestamp('exception_since', { withTimezone: true, mode: 'date' }),
    /** The customer's delivery acceptance (SPEC §8): pass, partial or fail; null until recorded. */
    acceptanceResult: text('acceptance_result'),
    /** When the customer received the order (delivered, or the service completed); null before. */
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
    /** The promise date as it stood at delivery, and whether delivery came after that day (SPEC: on-time delivery). */
    promisedAtDelivery: date('promised_at_delivery', { mode: 'string' }),
    deliveredLate: boolean('delivered_late'),
    /** A replacement or reshipment made for an after-sales case: the original order (and its number) and the case; null for every other order. */
    replacementOfOrderId: uuid('replacement_of_order_id'),
    replacementOfNumber: text('replacement_of_number'),
    replacementCaseId: uuid('replacement_case_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull(),
  },
  (t) => [
    uniqueIndex('orders_number_key').on(t.number),
    // A channel reference is the customer's own (their PO number): two customers may use the same one.
    uniqueIndex('orders_channel_customer_external_ref_key').on(t.channel, t.customerId, t.externalRef).where(sql`external_ref IS NOT NULL`),
    index('orders_received_idx').on(t.receivedAt, t.id),
    index('orders_status_idx').on(t.status, t.receivedAt),
    // Serves likely-duplicate checks and (by its prefix) a customer's orders.
    index('orders_customer_lines_idx').on(t.customerId, t.linesFingerprint, t.receivedAt),
    // The order list sorted by promise date, orders without one last (orders/health.ts).
    index('orders_promise_key_idx').on(sql`coalesce(${t.promisedDeliveryDate}, '9999-12-31'::date)`, t.id),
    // "My orders": an owner's orders, newest first.
    index('orders_owner_idx').on(t.ownerId, t.receivedAt, t.id),
    // The monthly report's on-time delivery: the orders delivered in a month and judged against their promise.
    index('orders_delivered_idx').on(t.deliveredAt).where(sql`delivered_late IS NOT NULL`),
    // The replacements of an order: what its completion waits for, and what its cases show.
    index('orders_replacement_of_idx').on(t.replacementOfOrderId).where(sql`replacement_of_order_id IS NOT NULL`),
    // The list sorted by requested date (orders without one last), priority (high first) or amount (orders/health.ts).
    index('orders_requested_key_idx').on(sql`coalesce(${t.requestedDeliveryDate}, '9999-12-31'::date)`, t.id),
    index('orders_priority_rank_idx').on(sql`(CASE ${t.priorityLevel} WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END)`, t.receivedAt, t.id),
    index('orders_amount_idx').on(t.totalMinor, t.id),
    // Search (orders/search.ts): substrings and Chinese through trigrams, Latin words through full text.
    index('orders_search_trgm_idx').using('gin', sql`${orderSearchDocument} gin_trgm_ops`),
    index('orders_search_fts_idx').using('gin', sql`to_tsvector('simple', ${orderSearchDocument})`),
    // The order list's `q` (orders/service.ts): a number prefix, an external reference, the contact's name or phone digits.
    // With the time and id, a number prefix's newest rows are read from the index alone (platform/search.ts numberPrefixCutoff).
    index('orders_number_pattern_idx').using('btree', t.number.op('text_pattern_ops'), t.receivedAt, t.id),
    index('orders_external_ref_idx').on(t.externalRef).where(sql`external_ref IS NOT NULL`),
    index('orders_contact_trgm_idx').using('gin', sql`(contact->>'name') gin_trgm_ops`, sql`${contactPhoneDigits} gin_trgm_ops`),
    // Two characters make no trigram: the search document and the contact's name by their two-character pieces (migration text_bigrams).
    index('orders_search_bigram_idx').using('gin', sql`text_bigrams(${orderSearchDocument})`),
    index('orders_contact_bigram_idx').using('gin', sql`text_bigrams(contact->>'name')`),
    // A customer's orders newest first, and its deep pages (keyset on received_at, id).
    index('orders_customer_received_idx').on(t.customerId, t.receivedAt, t.id),
    // The kanban's column heads under a priority or channel filter, counted from the index alone.
    index('orders_priority_status_idx').on(t.priorityLevel, t.status),
    index('orders_channel_status_idx').on(t.channel, t.status),
    // The monthly report's SLA figures look up each clock's priority by order id, from the index
    // alone (INCLUDE priority_level, which the schema builder does not spell: migration report_covering_indexes).
    index('orders_id_priority_idx').on(t.id),
    // A customer's open receivables (orders/review.ts openReceivablesLookup, read by every intake):
    // only the unpaid orders, with what they owe, so a customer of many paid orders costs nothing.
    index('orders_unpaid_customer_idx')
      .on(t.customerId, t.currency, t.totalMinor, t.paidMinor)
      .where(sql`status <> 'cancelled' AND payment_status <> 'paid'`),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    customerId: uuid('customer_id').notNull(),
    lineNo: integer('line_no').notNull(),
    productId: uuid('product_id').notNull(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    kind: text('kind').notNull(),
    quantity: integer('quantity').notNull(),
    listPriceMinor: bigint('list_price_minor', { mode: 'number' }).notNull(),
    unitPriceMinor: bigint('unit_price_minor', { mode: 'number' }).notNull(),
    discountMinor: bigint('discount_minor', { mode: 'number' }).notNull(),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
    reservedQuantity: integer('reserved_quantity').notNull(),
    backorderedQuantity: integer('backordered_quantity').notNull(),
    /** Handed to a carrier so far (SPEC §7: partial and split shipments). */
    shippedQuantity: integer('shipped_quantity').notNull().default(0),
  },
  // The product index serves a product's order list (SPEC §5: a product's orders). The order index
  // also carries each line's sku and name (INCLUDE: migration report_covering_indexes), so the
  // monthly report's complaints by product read a case's products from the index alone.
  (t) => [
    index('order_lines_order_idx').on(t.orderId, t.lineNo),
    index('order_lines_product_idx').on(t.productId, t.orderId),
    // Search finds the orders of a product by its SKU or name, or any part of them.
    index('order_lines_search_trgm_idx').using('gin', sql`${lineSearchDocument} gin_trgm_ops`),
    index('order_lines_search_bigram_idx').using('gin', sql`text_bigrams(${lineSearchDocument})`),
  ],
);

/** One row per month: the serial behind `YYYYMM-NNN`. */
export const orderCounters = pgTable('order_counters', {
  month: text('month').primaryKey(),
  last: integer('last').notNull(),
});

/**
 * Orders committed without their number yet, on PostgreSQL (numbering.ts): what numbering
 * them still has to write — the SLA clocks, the review's copy of the number, the audit event
 * and the messages that name the order by its number.
 */
export const orderNumberingQueue = pgTable(
  'order_numbering_queue',
  {
    orderId: uuid('order_id')
      .primaryKey()
      .references(() => orders.id),
    customerId: uuid('customer_id').notNull(),
    ownerId: uuid('owner_id'),
    /** The month of receipt in the company's zone: the counter the serial comes from. */
    month: text('month').notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true, mode: 'date' }).notNull(),
    actor: jsonb('actor').$type<{ userId: string | null; label: string }>().notNull(),
    followUp: jsonb('follow_up').$type<QueuedFollowUp>().notNull(),
  },
  (t) => [index('order_numbering_queue_queued_idx').on(t.queuedAt, t.orderId)],
);

/** A queued order's follow-up as stored (dates as ISO strings). */
export interface QueuedFollowUp {
  clocks: { kind: string; dueAt: string; warnAt: string; satisfiedAt: string | null }[];
  reviewStarted: boolean;
  messages: { id?: string; topic: string; customerId?: string | null; payload: object }[];
}

/** The log of contacts with the customer about an order (SPEC §3: clarify an exception within 2 h). */
export const orderContacts = pgTable(
  'order_contacts',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    customerId: uuid('customer_id').notNull(),
    channel: text('channel').notNull(),
    summary: text('summary').notNull(),
    outcome: text('outcome'),
    contactedBy: uuid('contacted_by'),
    contactedByLabel: text('contacted_by_label').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('order_contacts_order_idx').on(t.orderId, t.at, t.id)],
);

/**
 * The revision history of an order changed after intake (issue 13): one row per change, with
 * who made it, when and why, and what it changed (before/after per field and per line).
 */
export const orderRevisions = pgTable(
  'order_revisions',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    customerId: uuid('customer_id').notNull(),
    /** 1, 2, … per order, taken under the order's lock. */
    revision: integer('revision').notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    reason: text('reason').notNull(),
    /** Whether the change counted as material under the order-changes setting (the review restarted). */
    material: boolean('material').notNull(),
    diff: jsonb('diff').$type<RevisionDiff>().notNull(),
    effects: jsonb('effects').$type<RevisionEffects>().notNull(),
  },
  (t) => [uniqueIndex('order_revisions_order_revision_key').on(t.orderId, t.revision)],
);

/*
 * The dashboard's rollup of orders (SPEC §11): how many orders, and their total, by the quarter
 * hour they were received in, their current status, channel, priority and currency. Quarter
 * hours because every time zone's offset is a whole number of them, so a day in the company's
 * zone is a whole number of buckets whatever the zone.
 *
 * A trigger on `orders` (migration order_rollup_trigger) appends each change of those columns
 * to `order_rollup_changes` as a -1 for the old key and a +1 for the new one, in the
 * transaction that changed the order: an insert into a table without keys, so concurrent
 * orders never wait on one another for it. `foldOrderRollupChanges` (rollups.ts, a job every minute) moves
 * the changes into `order_rollups` and `order_status_counts`; readers add the changes not yet
 * folded, in the same statement (one snapshot), so every figure is exact at any moment.
 */
const rollupKey = {
  bucket: timestamp('bucket', { withTimezone: true, mode: 'date' }).notNull(),
  status: text('status').notNull(),
  channel: text('channel').notNull(),
  priorityLevel: text('priority_level').notNull(),
  currency: text('currency').notNull(),
};

/** Changes to the rollup not yet folded into it: +1/-1 an order and its total, per key. */
export const orderRollupChanges = pgTable('order_rollup_changes', {
  ...rollupKey,
  orders: integer('orders').notNull(),
  totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
});

/** Orders by quarter hour of receipt and current status, channel, priority and currency, up to the last fold. */
export const orderRollups = pgTable(
  'order_rollups',
  {
    ...rollupKey,
    orders: integer('orders').notNull(),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.status, t.channel, t.priorityLevel, t.currency] })],
);

/** Orders by current status, all time, up to the last fold: the dashboard's status counts without reading every bucket. */
export const orderStatusCounts = pgTable('order_status_counts', {
  status: text('status').primaryKey(),
  orders: bigint('orders', { mode: 'number' }).notNull(),
});
