/*
 * Notifications (in-app, mail, SMS, webhooks, the daily digest): turns outbox messages into what
 * people and systems receive, through the platform's outbox relay. Other modules reach it only here.
 */
import { and, desc, eq, gte, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { afterTimeCursor, pageOf } from '../../platform/http/pagination.js';
import { sqlArray } from '../../platform/db/sql.js';
import type { TextMessage } from '../../platform/messages.js';
import { notificationDeliveries, notificationPreferences, notifications, type PreferenceChannel } from './schema.js';
import { deadlineNotice } from './deadlines.js';

export { outboxPump } from './dispatch.js';
export { digestJobKind, digestJobs } from './digest.js';
export { deliverJob } from './deliver.js';
export { channelsFrom, webhookSignature, type Channels } from './channels.js';
export { deadlineNoticeCodes } from './deadlines.js';
export { unsubscribeFooter } from './templates.js';

export interface NotificationView {
  id: string;
  topic: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
  /** The deadline it is about (which clock, task or review step, due when), for the reader's language; null for other events. */
  deadline: TextMessage | null;
}

function toView(row: typeof notifications.$inferSelect): NotificationView {
  return {
    id: row.id,
    topic: row.topic,
    title: row.title,
    body: row.body,
    data: row.data,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    deadline: deadlineNotice(row.topic, row.data),
  };
}

export interface NotificationFilter {
  /** true: only unread; false: only read; absent: both. */
  unread?: boolean;
  /** Event topics (order.approved, sla.warned …): any of them. */
  topic?: string[];
  /** Created at or after this instant. */
  from?: string;
  /** Created before this instant. */
  to?: string;
  limit: number;
  cursor?: string;
}

/** The caller's notifications, newest first, filtered, with the unread count of all of them. */
export async function listNotifications(db: Executor, userId: string, query: NotificationFilter) {
  const filters: (SQL | undefined)[] = [eq(notifications.userId, userId)];
  if (query.unread === true) filters.push(isNull(notifications.readAt));
  if (query.unread === false) filters.push(isNotNull(notifications.readAt));
  if (query.topic && query.topic.length > 0) filters.push(sql`${notifications.topic} = ANY(${sqlArray(query.topic, 'text')})`);
  if (query.from) filters.push(gte(notifications.createdAt, new Date(query.from)));
  if (query.to) filters.push(lt(notifications.createdAt, new Date(query.to)));
  if (query.cursor) filters.push(afterTimeCursor(query.cursor, notifications.createdAt, notifications.id, 'desc'));
  const rows = await db
    .select()
    .from(notifications)
    .where(and(...filters))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.limit + 1);
  const [{ unread }] = (await db
    .select({ unread: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))) as [{ unread: number }];
  return { ...pageOf(rows.map(toView), query.limit, (n) => [n.createdAt, n.id]), unread };
}

/** Marks one of the caller's notifications read (again is harmless); someone else's is not found. */
export async function markRead(db: Db, userId: string, now: Date, id: string): Promise<NotificationView> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  if (!row) throw new DomainError('not_found', `No notification ${id}`);
  return toView(row);
}

export async function markAllRead(db: Db, userId: string, now: Date): Promise<{ marked: number }> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}

export interface Preference {
  channel: PreferenceChannel;
  /** An event topic, or `*` for every event. */
  topic: string;
  enabled: boolean;
}

/** In-app and email are on and SMS off unless the person says otherwise. */
export const defaultPreferences: Preference[] = [
  { channel: 'in_app', topic: '*', enabled: true },
  { channel: 'email', topic: '*', enabled: true },
  { channel: 'sms', topic: '*', enabled: false },
];

export async function getPreferences(db: Executor, userId: string): Promise<Preference[]> {
  const rows = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  const stored = rows.map((r) => ({ channel: r.channel, topic: r.topic, enabled: r.enabled }));
  const missing = defaultPreferences.filter((d) => !stored.some((s) => s.channel === d.channel && s.topic === d.topic));
  return [...missing, ...stored].sort((a, b) => a.channel.localeCompare(b.channel) || a.topic.localeCompare(b.topic));
}

/** Replaces the caller's preferences. */
export async function setPreferences(db: Db, actor: Actor & { userId: string }, now: Date, preferences: Preference[]): Promise<Preference[]> {
  const seen = new Set<string>();
  preferences.forEach((p, index) => {
    const key = `${p.channel}|${p.topic}`;
    if (seen.has(key)) {
      throw new DomainError('validation_failed', `${p.channel} / ${p.topic} is listed twice`, {
        errors: [{ path: `/preferences/${index}`, in: 'body', code: 'duplicate', message: `${p.channel} / ${p.topic} is listed twice` }],
      });
    }
    seen.add(key);
  });
  return db.transaction(async (tx) => {
    const before = await getPreferences(tx, actor.userId);
    await tx.delete(notificationPreferences).where(eq(notificationPreferences.userId, actor.userId));
    if (preferences.length > 0) await tx.insert(notificationPreferences).values(preferences.map((p) => ({ ...p, userId: actor.userId })));
    const after = await getPreferences(tx, actor.userId);
    await recordChange(tx, actor, now, { entityType: 'user', entityId: actor.userId, action: 'notification.preferences_changed', before, after });
    return after;
  });
}

/**
 * How the deliveries of some outbox messages went, as a sub-query over `eventIds` (a
 * sub-query of message ids): per message with deliveries, `sent` when one of them went out
 * and `failed` when every one failed for good. Messages not dispatched yet have no row.
 */
export function deliveryOutcomes(eventIds: SQL): SQL {
  const d = notificationDeliveries;
  return sql`SELECT ${d.eventId} AS event_id, bool_or(${d.status} = 'sent') AS sent, bool_and(${d.status} = 'dead') AS failed
    FROM ${d} WHERE ${d.eventId} IN (${eventIds}) GROUP BY ${d.eventId}`;
}
