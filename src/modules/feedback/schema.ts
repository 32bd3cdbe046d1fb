import { sql } from 'drizzle-orm';
import type { FeedbackChannel } from './contract.js';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** What search reads of a feedback record, as one text (the indexes below are built on this very expression). */
export const feedbackSearchDocument = sql`(order_number || ' ' || customer_name || ' ' || coalesce(comments, '') || ' ' || coalesce(suggestions, ''))`;

/**
 * A satisfaction survey sent after delivery (SPEC §10). The links mailed for it carry
 * tokens minted at delivery and kept only hashed (`link_tokens`, platform/links).
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('surveys_order_key').on(t.orderId)],
);

/** A feedback record: the four scores of SPEC §10 (1–5), comments and suggestions, who recorded it and when. */
export const feedback = pgTable(
  'feedback',
  {
    id: uuid('id').primaryKey(),
    surveyId: uuid('survey_id').references(() => surveys.id),
    orderId: uuid('order_id').notNull(),
    /** The order's number and the customer's name when the answer came (for the feedback list). */
    orderNumber: text('order_number').notNull(),
    customerId: uuid('customer_id').notNull(),
    customerName: text('customer_name').notNull(),
    /** The order's acceptance when the feedback came in (pass, partial, fail), if recorded. */
    acceptanceResult: text('acceptance_result'),
    responseSpeed: integer('response_speed').notNull(),
    productQuality: integer('product_quality').notNull(),
    deliveryTimeliness: integer('delivery_timeliness').notNull(),
    serviceAttitude: integer('service_attitude').notNull(),
    comments: text('comments'),
    suggestions: text('suggestions'),
    /** How the answer came: the mailed link, the portal, or by phone (taken by staff). */
    channel: text('channel').$type<FeedbackChannel>().notNull(),
    /** Null when the customer answered through the link. */
    recordedBy: uuid('recorded_by'),
    recordedByLabel: text('recorded_by_label').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('feedback_recorded_idx').on(t.recordedAt, t.id),
    index('feedback_order_idx').on(t.orderId),
    index('feedback_customer_idx').on(t.customerId, t.recordedAt),
    // Search (feedback/search.ts): substrings and Chinese through trigrams, Latin words through full text.
    index('feedback_search_trgm_idx').using('gin', sql`${feedbackSearchDocument} gin_trgm_ops`),
    index('feedback_search_fts_idx').using('gin', sql`to_tsvector('simple', ${feedbackSearchDocument})`),
    // Two characters (a Chinese word) make no trigram: their two-character pieces narrow instead (platform/search.ts twoCharacterMatch).
    index('feedback_search_bigram_idx').using('gin', sql`text_bigrams(${feedbackSearchDocument})`),
    // Search by an order number: exactly, and a prefix read from the newest number (platform/search.ts numberPrefixCutoff).
    index('feedback_order_number_idx').using('btree', t.orderNumber.op('text_pattern_ops')),
    check(
      'feedback_scores_range',
      sql`${t.responseSpeed} BETWEEN 1 AND 5 AND ${t.productQuality} BETWEEN 1 AND 5 AND ${t.deliveryTimeliness} BETWEEN 1 AND 5 AND ${t.serviceAttitude} BETWEEN 1 AND 5`,
    ),
  ],
);
