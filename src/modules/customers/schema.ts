import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export interface Contact {
  name: string;
  phone?: string;
  email?: string;
  title?: string;
  primary?: boolean;
}

export interface Address {
  label?: string;
  recipient?: string;
  phone?: string;
  country?: string;
  region?: string;
  city?: string;
  district?: string;
  line1: string;
  postalCode?: string;
  isDefault?: boolean;
}

export interface PaymentTerms {
  kind: 'prepaid' | 'cash_on_delivery' | 'net';
  netDays?: number;
}

export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    tier: text('tier').notNull(),
    creditLimitMinor: bigint('credit_limit_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    paymentTerms: jsonb('payment_terms').$type<PaymentTerms>().notNull(),
    contacts: jsonb('contacts').$type<Contact[]>().notNull(),
    addresses: jsonb('addresses').$type<Address[]>().notNull(),
    sourceChannel: text('source_channel'),
    tags: text('tags').array().notNull(),
    ownerUserId: uuid('owner_user_id'),
    notes: text('notes'),
    /** The customer's IANA time zone, for messages timed to their day (17:00 digest); null: the company's. */
    timeZone: text('time_zone'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull(),
  },
  (t) => [index('customers_name_idx').on(t.name, t.id), index('customers_tier_idx').on(t.tier)],
);
