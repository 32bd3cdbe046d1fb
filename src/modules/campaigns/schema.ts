import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CampaignChannel } from './contract.js';
import type { CampaignStatus, RecipientStatus, SkipReason } from './states.js';

/** A message to every customer of a segment: what it says, on which channel, and how far its sending got. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    segmentId: uuid('segment_id').notNull(),
    channel: text('channel').$type<CampaignChannel>().notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** `campaignMachine`. */
    status: text('status').$type<CampaignStatus>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    sentBy: uuid('sent_by'),
    /** When it was sent: the moment its segment's members were taken. */
    sendStartedAt: timestamp('send_started_at', { withTimezone: true, mode: 'date' }),
    /** When the last recipient was queued or skipped. */
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull(),
  },
  (t) => [index('campaigns_segment_idx').on(t.segmentId, t.createdAt)],
);

/**
 * One row per customer a campaign was sent to: the unique key is what stops a retry or a
 * double click from writing to anyone twice. `event_id` is the outbox message that carries
 * the customer's text; its deliveries say whether it went out.
 */
export const campaignRecipients = pgTable(
  'campaign_recipients',
  {
    id: uuid('id').primaryKey(),
    campaignId: uuid('campaign_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    /** `recipientMachine`. */
    status: text('status').$type<RecipientStatus>().notNull(),
    skipReason: text('skip_reason').$type<SkipReason>(),
    /** The email address or phone number written to; null for webhooks and skipped customers. */
    address: text('address'),
    eventId: uuid('event_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('campaign_recipients_once_key').on(t.campaignId, t.customerId),
    index('campaign_recipients_status_idx').on(t.campaignId, t.status),
  ],
);
