import type { CustomerAddress, CustomerContact, PaymentTerms } from './contract.js';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    tier: text('tier').notNull(),
    /** A manager chose the tier: completing orders no longer derives it (new → normal). */
    tierPinned: boolean('tier_pinned').notNull().default(false),
    /** When the customer's first order was completed; null: none yet (the derived tier is then new). */
    firstOrderCompletedAt: timestamp('first_order_completed_at', { withTimezone: true, mode: 'date' }),
    /** A deactivated customer takes no new orders and is left out of pickers. */
    active: boolean('active').notNull().default(true),
    creditLimitMinor: bigint('credit_limit_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    paymentTerms: jsonb('payment_terms').$type<PaymentTerms>().notNull(),
    contacts: jsonb('contacts').$type<CustomerContact[]>().notNull(),
    addresses: jsonb('addresses').$type<CustomerAddress[]>().notNull(),
    sourceChannel: text('source_channel'),
    tags: text('tags').array().notNull(),
    ownerUserId: uuid('owner_user_id'),
    notes: text('notes'),
    /** The customer's IANA time zone, for messages timed to their day (17:00 digest); null: the company's. */
    timeZone: text('time_zone'),
    /** When the customer asked for no more marketing (campaigns skip them); null: they take it. Order notices are not marketing. */
    marketingOptOutAt: timestamp('marketing_opt_out_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull(),
  },
  (t) => [index('customers_name_idx').on(t.name, t.id), index('customers_tier_idx').on(t.tier)],
);
