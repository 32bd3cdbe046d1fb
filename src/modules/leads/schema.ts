import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LostReason } from './contract.js';
import type { LeadStatus } from './states.js';

/** A sales lead: someone who may become a customer, worked from new to converted or lost (SPEC §1). */
export const leads = pgTable(
  'leads',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    company: text('company'),
    phone: text('phone'),
    email: text('email'),
    /** The phone as digits without the country code, and the e-mail in lower case: how duplicates are found. */
    phoneKey: text('phone_key'),
    emailKey: text('email_key'),
    source: text('source').notNull(),
    interestProductIds: uuid('interest_product_ids').array().notNull(),
    estimatedValueMinor: bigint('estimated_value_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    ownerUserId: uuid('owner_user_id'),
    /** `leadMachine`. */
    status: text('status').$type<LeadStatus>().notNull(),
    lostReason: jsonb('lost_reason').$type<LostReason>(),
    notes: text('notes'),
    /** The customer it became, and the first order taken with the conversion. */
    customerId: uuid('customer_id'),
    firstOrderId: uuid('first_order_id'),
    convertedAt: timestamp('converted_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull(),
  },
  (t) => [
    index('leads_created_idx').on(t.createdAt, t.id),
    index('leads_status_idx').on(t.status, t.createdAt),
    index('leads_phone_key_idx').on(t.phoneKey),
    index('leads_email_key_idx').on(t.emailKey),
  ],
);
