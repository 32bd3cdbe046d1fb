import type { RmaLine } from './contract.js';
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MessageParams } from '../../platform/messages.js';
import type { CaseStatus, RmaStatus } from './states.js';

/** What search reads of a case, as one text (the indexes below are built on this very expression). */
export const caseSearchDocument = sql`(coalesce(order_number, '') || ' ' || customer_name || ' ' || summary || ' ' || coalesce(resolution, ''))`;

/**
 * An after-sales case (SPEC §9). Whoever responds first owns it until it closes; it passes
 * to someone else only with the owner's say (a transfer the owner makes or accepts).
 */
export const cases = pgTable(
  'aftersales_cases',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id'),
    /** The order's number and the customer's name as they were when the case was opened (for the case list). */
    orderNumber: text('order_number'),
    customerId: uuid('customer_id').notNull(),
    customerName: text('customer_name').notNull(),
    type: text('type').notNull(),
    /** open (nobody responded yet) → in_progress (owned) → closed: `caseMachine`. */
    status: text('status').$type<CaseStatus>().notNull(),
    /** What the case is about: the words of whoever opened it ('' when Ordo opened it, see `summaryCode`). */
    summary: text('summary').notNull(),
    /** A case Ordo opened by itself (a failed acceptance, low scores): its code (`caseSummaries`) and parameters. */
    summaryCode: text('summary_code'),
    summaryParams: jsonb('summary_params').$type<MessageParams>(),
    /** Where it came from: staff, acceptance (a failed or partial line), survey (a low score). */
    source: text('source').notNull(),
    /** How the customer reached us about a case staff opened: phone, visit, email, ...; null for the others. */
    reportedVia: text('reported_via'),
    ownerId: uuid('owner_id'),
    ownerLabel: text('owner_label'),
    /** SPEC §8: after-sales contacts the customer within 2 h. */
    contactDueAt: timestamp('contact_due_at', { withTimezone: true, mode: 'date' }).notNull(),
    contactedAt: timestamp('contacted_at', { withTimezone: true, mode: 'date' }),
    /** The task that asks for that contact; done when the owner logs it. */
    contactTaskId: uuid('contact_task_id'),
    /** Someone asked the owner to hand the case over; the owner accepts or it stays. */
    transferRequestedBy: uuid('transfer_requested_by'),
    transferRequestedByLabel: text('transfer_requested_by_label'),
    transferNote: text('transfer_note'),
    resolution: text('resolution'),
    /**
     * The customer's confirmation that the resolution satisfies them: in the portal (by the
     * customer's person) or taken by staff (by phone, on a visit, ...), who recorded it.
     */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
    confirmationChannel: text('confirmation_channel'),
    confirmedByLabel: text('confirmed_by_label'),
    confirmationRecordedBy: uuid('confirmation_recorded_by'),
    confirmationRecordedByLabel: text('confirmation_recorded_by_label'),
    refundedMinor: bigint('refunded_minor', { mode: 'number' }).notNull(),
    currency: text('currency'),
    openedBy: uuid('opened_by'),
    openedByLabel: text('opened_by_label').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'date' }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull(),
  },
  (t) => [
    index('aftersales_cases_status_idx').on(t.status, t.openedAt, t.id),
    index('aftersales_cases_order_idx').on(t.orderId),
    // Search walks the cases newest first when a term matches many (`rankedCandidates`).
    index('aftersales_cases_opened_idx').on(t.openedAt, t.id),
    // The desk's overdue filter: cases still waiting for the first contact, by deadline.
    index('aftersales_cases_contact_due_idx').on(t.contactDueAt).where(sql`contacted_at IS NULL AND status <> 'closed'`),
    check('aftersales_cases_refund_nonnegative', sql`${t.refundedMinor} >= 0`),
    // Search (aftersales/search.ts): substrings and Chinese through trigrams, Latin words through full text.
    index('aftersales_cases_search_trgm_idx').using('gin', sql`${caseSearchDocument} gin_trgm_ops`),
    index('aftersales_cases_search_fts_idx').using('gin', sql`to_tsvector('simple', ${caseSearchDocument})`),
    // Two characters (a Chinese word) make no trigram: their two-character pieces narrow instead (platform/search.ts twoCharacterMatch).
    index('aftersales_cases_search_bigram_idx').using('gin', sql`text_bigrams(${caseSearchDocument})`),
    // Search by an order number: exactly, and a prefix read from the newest number (platform/search.ts numberPrefixCutoff).
    index('aftersales_cases_order_number_idx').using('btree', t.orderNumber.op('text_pattern_ops')),
  ],
);

/** A return authorisation: authorised → received (inspected: restocked or scrapped) → refunded. */
export const rmas = pgTable(
  'aftersales_rmas',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    orderId: uuid('order_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    /** `rmaMachine`. */
    status: text('status').$type<RmaStatus>().notNull(),
    reason: text('reason').notNull(),
    lines: jsonb('lines').$type<RmaLine[]>().notNull(),
    refundMinor: bigint('refund_minor', { mode: 'number' }),
    currency: text('currency').notNull(),
    authorisedBy: uuid('authorised_by'),
    authorisedAt: timestamp('authorised_at', { withTimezone: true, mode: 'date' }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }),
    refundedAt: timestamp('refunded_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('aftersales_rmas_order_idx').on(t.orderId), index('aftersales_rmas_case_idx').on(t.caseId)],
);
