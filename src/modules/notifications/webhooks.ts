import { randomBytes } from 'node:crypto';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import { fire } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { afterTimeCursor, pageOf } from '../../platform/http/pagination.js';
import { enqueueJob } from '../../platform/jobs/queue.js';
import { assertVersion } from '../../platform/http/versioning.js';
import { deliverJobKind, deliveryMaxAttempts } from './dispatch.js';
import { notificationDeliveries, webhookSubscriptions, type DeliveryChannel, type DeliveryAttempt } from './schema.js';
import { deliveryMachine, type DeliveryStatus } from './states.js';
import { isLocale, placeLinks, type Locale } from './templates.js';
import { assertOutboundUrl, type WebhookTargetRules } from './webhook-targets.js';
import { newId } from '../../platform/db/ids.js';

export interface WebhookInput {
  url: string;
  events: string[];
  description?: string;
}

export interface WebhookView {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

type SubscriptionRow = typeof webhookSubscriptions.$inferSelect;

function toView(row: SubscriptionRow): WebhookView {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    description: row.description,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Creates a subscription; its signing secret is returned this once and never again. */
export async function createWebhook(db: Db, actor: Actor, now: Date, rules: WebhookTargetRules, input: WebhookInput): Promise<WebhookView & { secret: string }> {
  await assertOutboundUrl(input.url, rules);
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhookSubscriptions)
      .values({ id: newId(), url: input.url, events: [...new Set(input.events)], secret, description: input.description ?? null, active: true, createdAt: now, updatedAt: now, version: 1 })
      .returning();
    const view = toView(row!);
    await recordChange(tx, actor, now, { entityType: 'webhook', entityId: view.id, action: 'webhook.created', after: view });
    return { ...view, secret };
  });
}

export async function listWebhooks(db: Executor): Promise<WebhookView[]> {
  const rows = await db.select().from(webhookSubscriptions).orderBy(webhookSubscriptions.createdAt);
  return rows.map(toView);
}

async function lockWebhook(db: Executor, id: string): Promise<SubscriptionRow> {
  const [row] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).for('update');
  if (!row) throw new DomainError('not_found', `No webhook subscription ${id}`);
  return row;
}

export async function getWebhook(db: Executor, id: string): Promise<WebhookView> {
  const [row] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  if (!row) throw new DomainError('not_found', `No webhook subscription ${id}`);
  return toView(row);
}

/** Changes where and what a subscription receives, or pauses it (`active: false`). */
export async function updateWebhook(
  db: Db,
  actor: Actor,
  now: Date,
  rules: WebhookTargetRules,
  id: string,
  expectedVersion: number,
  patch: Partial<WebhookInput> & { active?: boolean },
): Promise<WebhookView> {
  if (patch.url !== undefined) await assertOutboundUrl(patch.url, rules);
  return db.transaction(async (tx) => {
    const current = await lockWebhook(tx, id);
    assertVersion('webhook', current.version, expectedVersion);
    const [row] = await tx
      .update(webhookSubscriptions)
      .set({
        ...(patch.url !== undefined ? { url: patch.url } : {}),
        ...(patch.events !== undefined ? { events: [...new Set(patch.events)] } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        updatedAt: now,
        version: current.version + 1,
      })
      .where(eq(webhookSubscriptions.id, id))
      .returning();
    const view = toView(row!);
    await recordChange(tx, actor, now, { entityType: 'webhook', entityId: id, action: 'webhook.updated', before: toView(current), after: view });
    return view;
  });
}

export interface DeliveryView {
  id: string;
  eventId: string;
  topic: string;
  channel: DeliveryChannel;
  recipient: string;
  subscriptionId: string | null;
  robotId: string | null;
  subject: string;
  body: string;
  status: DeliveryStatus;
  attempts: DeliveryAttempt[];
  createdAt: string;
  sentAt: string | null;
}

/** What the delivery log shows where a message's one-time link went: the link itself was never stored. */
export const linkRemoved: Record<Locale, string> = { 'zh-CN': '[链接已移除]', en: '[link removed]' };

/** A delivery as the log shows it, in the reader's language (`locale`, zh-CN when unknown). */
export function toDeliveryView(row: typeof notificationDeliveries.$inferSelect, locale: string | undefined): DeliveryView {
  const redaction = linkRemoved[locale !== undefined && isLocale(locale) ? locale : 'zh-CN'];
  return {
    id: row.id,
    eventId: row.eventId,
    topic: row.topic,
    channel: row.channel,
    recipient: row.recipient,
    subscriptionId: row.subscriptionId,
    robotId: row.robotId,
    subject: row.subject,
    body: row.link ? placeLinks(row.body, row.link.at, redaction) : row.body,
    status: row.status,
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/** The delivery log, newest first: every email, SMS, webhook and robot call with its attempts, links redacted for the reader (`locale`). */
export async function listDeliveries(
  db: Executor,
  query: { subscriptionId?: string; robotId?: string; channel?: DeliveryChannel; status?: DeliveryStatus; limit: number; cursor?: string },
  locale: string | undefined,
) {
  const filters: (SQL | undefined)[] = [];
  if (query.subscriptionId) filters.push(eq(notificationDeliveries.subscriptionId, query.subscriptionId));
  if (query.robotId) filters.push(eq(notificationDeliveries.robotId, query.robotId));
  if (query.channel) filters.push(eq(notificationDeliveries.channel, query.channel));
  if (query.status) filters.push(eq(notificationDeliveries.status, query.status));
  if (query.cursor) filters.push(afterTimeCursor(query.cursor, notificationDeliveries.createdAt, notificationDeliveries.id, 'desc'));
  const rows = await db
    .select()
    .from(notificationDeliveries)
    .where(and(...filters))
    .orderBy(desc(notificationDeliveries.createdAt), desc(notificationDeliveries.id))
    .limit(query.limit + 1);
  return pageOf(rows.map((row) => toDeliveryView(row, locale)), query.limit, (d) => [d.createdAt, d.id]);
}

/** Sends a dead delivery again with a fresh set of attempts (and a new link, if it carries one). */
export async function retryDelivery(db: Db, actor: Actor & { locale?: string }, now: Date, id: string): Promise<DeliveryView> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(notificationDeliveries).where(eq(notificationDeliveries.id, id)).for('update');
    if (!row) throw new DomainError('not_found', `No delivery ${id}`);
    const status = fire(deliveryMachine, row.status, 'retry', { code: 'delivery_not_dead', detail: `Delivery ${id} is ${row.status}; only a dead delivery is retried by hand` });
    const [updated] = await tx.update(notificationDeliveries).set({ status }).where(eq(notificationDeliveries.id, id)).returning();
    await enqueueJob(tx, now, { kind: deliverJobKind, payload: { deliveryId: id }, dedupKey: `delivery:${id}:retry:${row.attempts.length}`, maxAttempts: deliveryMaxAttempts });
    await recordChange(tx, actor, now, { entityType: 'delivery', entityId: id, action: 'delivery.retried', before: { status: row.status }, after: { status } });
    return toDeliveryView(updated!, actor.locale);
  });
}
