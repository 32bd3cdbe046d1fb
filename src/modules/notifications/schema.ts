import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LinkIntent } from '../../platform/links/service.js';
import type { DeliveryStatus } from './states.js';

export const deliveryChannels = ['email', 'sms', 'webhook', 'team_chat'] as const;
export type DeliveryChannel = (typeof deliveryChannels)[number];
export const preferenceChannels = ['in_app', 'email', 'sms'] as const;
export type PreferenceChannel = (typeof preferenceChannels)[number];

/**
 * In-app notifications: one per person per event (the unique key is the dedup), and one per
 * person per deadline: a later warning or escalation of the same deadline (`dedup_key`, see
 * dispatch.ts) replaces the entry instead of adding a second one.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().default(sql`time_ordered_uuid()`),
    userId: uuid('user_id').notNull(),
    /** The outbox message it came from. */
    eventId: uuid('event_id').notNull(),
    topic: text('topic').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    customerId: uuid('customer_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
    /** Which deadline the entry is about (topic, order or task, clock or step); null for other events. */
    dedupKey: text('dedup_key'),
  },
  (t) => [
    uniqueIndex('notifications_user_event_key').on(t.userId, t.eventId),
    index('notifications_user_idx').on(t.userId, t.createdAt, t.id),
    // The bell's unread count on every page: only the unread rows, which stay few.
    index('notifications_user_unread_idx').on(t.userId).where(sql`${t.readAt} IS NULL`),
    uniqueIndex('notifications_user_dedup_key').on(t.userId, t.dedupKey).where(sql`${t.dedupKey} IS NOT NULL`),
  ],
);

/**
 * How a webhook call ended, as the delivery log tells it: a code, and the status when the
 * receiver answered. Never the socket's own words: "connection refused" against "parse
 * error" would turn the log into a port scanner.
 */
export const webhookOutcomes = ['http_status', 'connection_failed', 'timeout', 'target_refused', 'robot_error', 'unexpected_answer'] as const;
export type WebhookOutcome = (typeof webhookOutcomes)[number];

export interface DeliveryAttempt {
  at: string;
  ok: boolean;
  /** A webhook call's outcome; the console shows it in the reader's language. */
  code?: WebhookOutcome;
  /** The webhook receiver's HTTP status, with `code: 'http_status'`. */
  status?: number;
  /** A team chat robot's answer (`{"errcode":…,"errmsg":…}`): 0 took it, anything else is `code: 'robot_error'`. */
  errcode?: number;
  errmsg?: string;
  /** The outcome in English: a webhook's from its code alone, the SMTP response or the SMS provider's answer. */
  detail: string;
  durationMs: number;
}

/** The one-time link a message carries: what it opens, and where in the body it goes (see templates.ts `render`). */
export interface DeliveryLink extends LinkIntent {
  at: number[];
}

/** What the files of an e-mail are made from as it goes out: the event's data, in the reader's language. */
export interface DeliveryAttachments {
  language: 'zh-CN' | 'en';
  data: Record<string, unknown>;
}

/**
 * Messages leaving Ordo (email, SMS, webhooks): one row per event, channel and recipient —
 * the unique key is what stops one person getting one event twice — with its attempt log.
 */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: uuid('id').primaryKey().default(sql`time_ordered_uuid()`),
    eventId: uuid('event_id').notNull(),
    topic: text('topic').notNull(),
    channel: text('channel').$type<DeliveryChannel>().notNull(),
    /** Email address, phone number, webhook subscription id or team chat robot id. */
    recipient: text('recipient').notNull(),
    subscriptionId: uuid('subscription_id'),
    robotId: uuid('robot_id'),
    customerId: uuid('customer_id'),
    subject: text('subject').notNull(),
    /** Without its link: the token is minted as the message goes out and is never stored. */
    body: text('body').notNull(),
    link: jsonb('link').$type<DeliveryLink>(),
    attachments: jsonb('attachments').$type<DeliveryAttachments>(),
    /** `deliveryMachine`. */
    status: text('status').$type<DeliveryStatus>().notNull(),
    attempts: jsonb('attempts').$type<DeliveryAttempt[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('notification_deliveries_once_key').on(t.eventId, t.channel, t.recipient),
    index('notification_deliveries_created_idx').on(t.createdAt, t.id),
    index('notification_deliveries_subscription_idx').on(t.subscriptionId, t.createdAt, t.id),
    index('notification_deliveries_robot_idx').on(t.robotId, t.createdAt, t.id),
  ],
);

/** A person's choice per channel, for one topic or for all (`*`); absent means the default. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id').notNull(),
    channel: text('channel').$type<PreferenceChannel>().notNull(),
    topic: text('topic').notNull(),
    enabled: boolean('enabled').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.channel, t.topic] })],
);

/** Outgoing webhooks: where to POST which events, signed with the subscription's secret. */
export const webhookSubscriptions = pgTable('webhook_subscriptions', {
  id: uuid('id').primaryKey(),
  url: text('url').notNull(),
  /** Topics, or `*` for all. */
  events: text('events').array().notNull(),
  secret: text('secret').notNull(),
  description: text('description'),
  active: boolean('active').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  version: integer('version').notNull(),
});

export const robotKinds = ['wecom', 'dingtalk'] as const;
export type RobotKind = (typeof robotKinds)[number];

/**
 * Team chat group robots (WeCom, DingTalk): which events a group hears of, in which language.
 * `url` carries the robot's key or access token and `secret` signs DingTalk calls: both are
 * credentials, shown masked once saved (see robots.ts).
 */
export const teamChatRobots = pgTable('team_chat_robots', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').$type<RobotKind>().notNull(),
  url: text('url').notNull(),
  secret: text('secret'),
  /** Topics, or `*` for all, as webhook subscriptions take them. */
  topics: text('topics').array().notNull(),
  language: text('language').$type<'zh-CN' | 'en'>().notNull(),
  /** Mobile numbers the robot @-mentions in every message. */
  mentionMobiles: text('mention_mobiles').array().notNull(),
  active: boolean('active').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  version: integer('version').notNull(),
});
