import { eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/connect.js';
import { enqueueJobs } from '../../platform/jobs/queue.js';
import type { Pump } from '../../platform/jobs/worker.js';
import { isLinkIntent } from '../../platform/links/service.js';
import { liveChannel, type LiveEvent } from '../../platform/live/hub.js';
import { sqlArray } from '../../platform/db/sql.js';
import { outboxRelay, type OutboxMessage } from '../../platform/outbox/relay.js';
import { readSettings } from '../../platform/settings/service.js';
import { getCustomer } from '../customers/service.js';
import type { CustomerView } from '../customers/contract.js';
import { activeUsersFor, type Audience, type Recipient } from '../identity/service.js';
import { getOrders, type OrderView } from '../orders/service.js';
import type { Channels } from './channels.js';
import { notificationDeliveries, notificationPreferences, notifications, teamChatRobots, webhookSubscriptions, type PreferenceChannel } from './schema.js';
import { eventMessage, robotPayload } from './team-chat.js';
import { deadlineKey } from './deadlines.js';
import { isLocale, levelLabels, reasonLabels, render, renderWritten, statusLabels, taskKindLabels, type Locale, type RenderedMessage, type TemplateSettings } from './templates.js';
import { newId } from '../../platform/db/ids.js';

/** Who hears of events that were written before they named an audience themselves. */
const defaultAudiences: Record<string, Audience> = {
  'order.received': { customer: true },
  'order.entry_confirmed': { roles: ['specialist'] },
  'order.priority_changed': { roles: ['specialist', 'production', 'procurement', 'logistics'] },
};

type RobotRow = typeof teamChatRobots.$inferSelect;
type OutboxRow = OutboxMessage & { payload: { audience?: Audience } };

export const deliverJobKind = 'notification.deliver';
export const deliveryMaxAttempts = 6;

/**
 * Formatters by their options: making one costs far more than formatting with it. Made
 * per message, they took two thirds of the pump's time planning messages under load.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let made = formatters.get(key) as F | undefined;
  if (!made) formatters.set(key, (made = make()));
  return made;
}

function money(minor: number, currency: string, locale: Locale): string {
  return formatter(`money ${locale} ${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency })).format(minor / 100);
}

function when(iso: unknown, locale: Locale, timeZone: string): string {
  if (typeof iso !== 'string' || Number.isNaN(Date.parse(iso))) return '';
  return formatter(`when ${locale} ${timeZone}`, () => new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso));
}

/** The digest's orders, one line each: number, status, expected delivery. */
function orderList(orders: unknown, locale: Locale): string {
  if (!Array.isArray(orders)) return '';
  const expected = locale === 'zh-CN' ? '预计交付' : 'expected';
  const pending = locale === 'zh-CN' ? '待定' : 'to be confirmed';
  return (orders as { number?: string; status?: string; expectedDelivery?: string | null }[])
    .map((o) => `${o.number ?? ''} · ${statusLabels[locale][o.status ?? ''] ?? o.status ?? ''} · ${expected} ${o.expectedDelivery ?? pending}`)
    .join('\n');
}

/** What a task is about, in words: its order (with the customer), else its sales lead or its customer. */
function taskSubject(data: Record<string, string>, payload: Record<string, unknown>, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (data.number) return zh ? `订单 ${data.number}（${data.customerName}）` : `Order ${data.number} (${data.customerName})`;
  if (!data.customerName) return '';
  if (typeof payload.leadId === 'string') return zh ? `线索“${data.customerName}”` : `Lead ${data.customerName}`;
  return zh ? `客户“${data.customerName}”` : `Customer ${data.customerName}`;
}

/** The values templates may use, from the event and the order it is about, in one language. */
function templateData(payload: Record<string, unknown>, order: OrderView | undefined, locale: Locale, timeZone: string): Record<string, string> {
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const data: Record<string, string> = {
    number: text(payload.number ?? order?.number),
    customerName: text(payload.customerName ?? order?.customer.name),
    status: text(payload.status ?? order?.status),
    level: ((level) => levelLabels[locale][level] ?? level)(text(payload.level ?? order?.priority.level)),
    // A refund names its own amount; other events the order's total.
    amount: typeof payload.amountMinor === 'number' && typeof payload.currency === 'string' ? money(payload.amountMinor, payload.currency, locale) : order ? money(order.totals.totalMinor, order.totals.currency, locale) : '',
    expectedDelivery: text(payload.expectedDelivery ?? order?.requestedDeliveryDate),
    previousDelivery: text(payload.previousDelivery),
    orders: orderList(payload.orders, locale),
    step: text(payload.stepName ?? payload.step),
    role: text(payload.role),
    dueAt: when(payload.dueAt, locale, timeZone),
    reason: typeof payload.reasonCode === 'string' ? (reasonLabels[locale][payload.reasonCode] ?? payload.reasonCode) : text(payload.reason),
    comment: text(payload.comment),
    carrier: text(payload.carrier),
    trackingNumber: text(payload.trackingNumber),
    caseType: text(payload.caseType),
    month: text(payload.month),
    action: text(payload.actionTitle),
    dueDate: text(payload.dueDate),
    // What a task is for, by its kind: its summary is a message code the console says.
    task: typeof payload.taskId === 'string' ? ((taskKindLabels[locale] as Record<string, string>)[text(payload.kind)] ?? text(payload.kind)) : '',
  };
  data.subject = taskSubject(data, payload, locale);
  if (!data.expectedDelivery) data.expectedDelivery = locale === 'zh-CN' ? '待定' : 'to be confirmed';
  return data;
}

/** A message whose writer addressed it and wrote its text (a campaign's), as its payload carries it. */
interface WrittenMessage {
  to: { channel: 'email' | 'sms'; address: string };
  subject: string;
  message: string;
}

function writtenMessage(payload: Record<string, unknown>): WrittenMessage | undefined {
  const to = payload.to as { channel?: unknown; address?: unknown } | undefined;
  if (typeof to !== 'object' || to === null || (to.channel !== 'email' && to.channel !== 'sms') || typeof to.address !== 'string') return undefined;
  if (typeof payload.subject !== 'string' || typeof payload.message !== 'string') return undefined;
  return { to: { channel: to.channel, address: to.address }, subject: payload.subject, message: payload.message };
}

/** What staff hear of an order, its owner hears too (the specialist who owns it). */
function withOrderOwner(audience: Audience, order: OrderView | undefined): Audience {
  const toStaff = (audience.roles?.length ?? 0) > 0 || (audience.userIds?.length ?? 0) > 0;
  if (!order?.owner || !toStaff || audience.emailOnly) return audience;
  return { ...audience, userIds: [...(audience.userIds ?? []), order.owner.id] };
}

/** Enabled unless the person turned the channel off for this topic, or for everything. */
function wants(preferences: Map<string, boolean>, userId: string, channel: PreferenceChannel, topic: string): boolean {
  return preferences.get(`${userId}|${channel}|${topic}`) ?? preferences.get(`${userId}|${channel}|*`) ?? channel !== 'sms';
}

interface Planned {
  /** The order the event is about, when it is about one. */
  order: OrderView | undefined;
  inApp: (typeof notifications.$inferInsert)[];
  deliveries: (typeof notificationDeliveries.$inferInsert)[];
  userIds: string[];
}

/**
 * What planning a batch's events reads, each read once per batch: a batch holds several
 * events about each order (received, prioritised, numbered, approved, planned …) and they
 * mostly go to the same people. Nothing else writes in the relay's transaction, so an
 * answer read for the first event holds for the last.
 */
class BatchReads {
  private readonly recipients = new Map<string, Promise<Recipient[]>>();
  private readonly customers = new Map<string, Promise<CustomerView | undefined>>();
  private readonly preferences = new Map<string, boolean>();
  private readonly preferencesRead = new Set<string>();

  private constructor(
    private readonly tx: Tx,
    readonly orders: Map<string, OrderView>,
  ) {}

  static async of(tx: Tx, events: OutboxRow[]): Promise<BatchReads> {
    const orderIds = new Set(events.flatMap((e) => (typeof e.payload.orderId === 'string' ? [e.payload.orderId] : [])));
    return new BatchReads(tx, await getOrders(tx, [...orderIds]));
  }

  usersFor(audience: Audience): Promise<Recipient[]> {
    const key = JSON.stringify([[...(audience.roles ?? [])].sort(), [...(audience.userIds ?? [])].sort()]);
    let users = this.recipients.get(key);
    if (!users) this.recipients.set(key, (users = activeUsersFor(this.tx, audience)));
    return users;
  }

  customer(id: string): Promise<CustomerView | undefined> {
    let customer = this.customers.get(id);
    if (!customer) this.customers.set(id, (customer = getCustomer(this.tx, id)));
    return customer;
  }

  /** Each person's notification preferences, keyed `user|channel|topic`; read once per person. */
  async preferencesOf(userIds: string[]): Promise<Map<string, boolean>> {
    const unread = userIds.filter((id) => !this.preferencesRead.has(id));
    if (unread.length > 0) {
      const rows = await this.tx.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, unread));
      for (const id of unread) this.preferencesRead.add(id);
      for (const p of rows) this.preferences.set(`${p.userId}|${p.channel}|${p.topic}`, p.enabled);
    }
    return this.preferences;
  }
}

async function planEvent(event: OutboxRow, reads: BatchReads, options: PumpOptions, templates: TemplateSettings, now: Date): Promise<Planned> {
  const { channels, timeZone } = options;
  const orderId = typeof event.payload.orderId === 'string' ? event.payload.orderId : undefined;
  const order = orderId ? reads.orders.get(orderId) : undefined;
  const audience = withOrderOwner(event.payload.audience ?? defaultAudiences[event.topic] ?? {}, order);
  const users = await reads.usersFor(audience);
  const preferences = await reads.preferencesOf(users.map((u) => u.userId));
  const planned: Planned = { order, inApp: [], deliveries: [], userIds: users.map((u) => u.userId) };
  const base = { eventId: event.id, topic: event.topic, customerId: event.customerId, createdAt: now, status: 'queued' as const };
  const intent = isLinkIntent(event.payload.link) ? event.payload.link : undefined;
  // What a delivery stores of its message: the text without the link, and where the link goes.
  const outgoing = (message: RenderedMessage) => ({ subject: message.title, body: message.body, link: intent && message.linkAt.length > 0 ? { ...intent, at: message.linkAt } : null });
  const { audience: _audience, link: _link, ...inAppData } = event.payload;
  const withFiles = options.attachmentTopics.has(event.topic);
  const dedupKey = deadlineKey(event.topic, event.payload) ?? null;
  for (const user of users) {
    const locale: Locale = isLocale(user.locale) ? user.locale : 'zh-CN';
    const message = render(event.topic, locale, templateData(event.payload, order, locale, timeZone), templates);
    if (!audience.emailOnly && wants(preferences, user.userId, 'in_app', event.topic)) {
      planned.inApp.push({ userId: user.userId, eventId: event.id, topic: event.topic, title: message.title, body: message.body, data: inAppData, customerId: event.customerId, createdAt: now, dedupKey });
    }
    if (channels.email && wants(preferences, user.userId, 'email', event.topic)) {
      planned.deliveries.push({ ...base, id: newId(), channel: 'email', recipient: user.email, ...outgoing(message), attachments: withFiles ? { language: locale, data: inAppData } : null });
    }
  }
  const written = writtenMessage(event.payload);
  if (written) {
    // Written for one customer and addressed already (a campaign's): in Chinese, like other messages to customers.
    planned.deliveries.push({ ...base, id: newId(), channel: written.to.channel, recipient: written.to.address, ...outgoing(renderWritten(written.subject, written.message, 'zh-CN', intent !== undefined)) });
  }
  if (audience.customer && event.customerId) {
    const customer = await reads.customer(event.customerId);
    const contact = order?.contact ?? customer?.contacts.find((c) => c.primary) ?? customer?.contacts[0];
    // Customers are written to in Chinese, the language of the seeds' market.
    const message = render(event.topic, 'zh-CN', templateData(event.payload, order, 'zh-CN', timeZone), templates);
    if (channels.email && contact?.email) planned.deliveries.push({ ...base, id: newId(), channel: 'email', recipient: contact.email.toLowerCase(), ...outgoing(message) });
    if (channels.sms && contact?.phone) planned.deliveries.push({ ...base, id: newId(), channel: 'sms', recipient: contact.phone, ...outgoing(message) });
  }
  return planned;
}

/**
 * Writes the in-app notifications. An entry about a deadline the person already has an entry
 * for replaces it (the newer warning, unread again) instead of listing the deadline twice; a
 * replayed event adds nothing.
 */
async function insertNotifications(tx: Tx, rows: (typeof notifications.$inferInsert)[]): Promise<void> {
  const latestPerDeadline = new Map<string, typeof notifications.$inferInsert>();
  const others: (typeof notifications.$inferInsert)[] = [];
  for (const row of rows) {
    if (row.dedupKey) latestPerDeadline.set(`${row.userId}|${row.dedupKey}`, row);
    else others.push(row);
  }
  if (others.length > 0) await tx.insert(notifications).values(others).onConflictDoNothing();
  if (latestPerDeadline.size === 0) return;
  await tx
    .insert(notifications)
    .values([...latestPerDeadline.values()])
    .onConflictDoUpdate({
      target: [notifications.userId, notifications.dedupKey],
      targetWhere: sql`${notifications.dedupKey} IS NOT NULL`,
      set: {
        eventId: sql`excluded.event_id`,
        title: sql`excluded.title`,
        body: sql`excluded.body`,
        data: sql`excluded.data`,
        createdAt: sql`excluded.created_at`,
        readAt: null,
      },
      setWhere: sql`${notifications.eventId} <> excluded.event_id`,
    });
}

/**
 * The outbox pump: the relay hands it each batch of outbox messages, which it turns into
 * in-app notifications, outgoing deliveries (each its own job) and live events in the
 * relay's transaction; the unique keys make a replayed batch add nothing.
 */
export function outboxPump(options: PumpOptions): Pump {
  return outboxRelay('notifications.outbox', (tx, events, now) => dispatchBatch(tx, options, events, now));
}

interface PumpOptions {
  channels: Channels;
  timeZone: string;
  /** Where the console is: robot messages link to the order there. */
  publicUrl: string;
  /** The topics whose staff e-mails carry files (made as each goes out). */
  attachmentTopics: ReadonlySet<string>;
}

/** Whether a webhook's events or a robot's topics take `topic`. */
function subscribesTo(topics: string[], topic: string): boolean {
  return topics.includes('*') || topics.includes(topic);
}

/** One message per active robot subscribed to the event's topic, said in the robot's language. */
function robotDeliveries(event: OutboxRow, order: OrderView | undefined, robots: RobotRow[], templates: TemplateSettings, options: PumpOptions, now: Date): (typeof notificationDeliveries.$inferInsert)[] {
  return robots
    .filter((robot) => subscribesTo(robot.topics, event.topic))
    .map((robot) => {
      const title = render(event.topic, robot.language, templateData(event.payload, order, robot.language, options.timeZone), templates).title;
      const about = order ? { id: order.id, number: order.number ?? '', customerName: order.customer.name } : undefined;
      const message = eventMessage(robot.language, title, about, options.publicUrl);
      const body = JSON.stringify(robotPayload(robot.kind, message, robot.mentionMobiles));
      return { id: newId(), eventId: event.id, topic: event.topic, channel: 'team_chat' as const, recipient: robot.id, robotId: robot.id, customerId: event.customerId, subject: message.title, body, status: 'queued' as const, createdAt: now };
    });
}

async function dispatchBatch(tx: Tx, options: PumpOptions, events: OutboxRow[], now: Date): Promise<void> {
  const templates = ((await readSettings(tx, ['notification-templates'])).get('notification-templates')?.value ?? {}) as TemplateSettings;
  const subscriptions = await tx.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.active, true));
  const robots = await tx.select().from(teamChatRobots).where(eq(teamChatRobots.active, true));
  const inApp: (typeof notifications.$inferInsert)[] = [];
  const deliveries: (typeof notificationDeliveries.$inferInsert)[] = [];
  const live: LiveEvent[] = [];
  const reads = await BatchReads.of(tx, events);
  for (const event of events) {
    const planned = await planEvent(event, reads, options, templates, now);
    inApp.push(...planned.inApp);
    deliveries.push(...planned.deliveries);
    // Which one-time link a message asked for is the mail's business: webhooks and live
    // events leave it out.
    const { audience: _audience, link: _link, ...data } = event.payload;
    for (const s of subscriptions.filter((s) => subscribesTo(s.events, event.topic))) {
      const envelope = { id: event.id, topic: event.topic, createdAt: event.createdAt.toISOString(), customerId: event.customerId, data };
      deliveries.push({ id: newId(), eventId: event.id, topic: event.topic, channel: 'webhook', recipient: s.id, subscriptionId: s.id, customerId: event.customerId, subject: event.topic, body: JSON.stringify(envelope), status: 'queued', createdAt: now });
    }
    deliveries.push(...robotDeliveries(event, planned.order, robots, templates, options, now));
    live.push({ id: event.id, topic: event.topic, customerId: event.customerId, userIds: planned.userIds, data, at: event.createdAt.toISOString() });
  }
  await insertNotifications(tx, inApp);
  const created = deliveries.length > 0 ? await tx.insert(notificationDeliveries).values(deliveries).onConflictDoNothing().returning({ id: notificationDeliveries.id }) : [];
  await enqueueJobs(
    tx,
    now,
    created.map((d) => ({ kind: deliverJobKind, payload: { deliveryId: d.id }, dedupKey: `delivery:${d.id}`, maxAttempts: deliveryMaxAttempts })),
  );
  // NOTIFY is delivered at commit, to every process listening: only what was committed goes
  // live. One statement for the batch, sent in the batch's order.
  const payloads = live.map((event) => {
    const payload = JSON.stringify(event);
    return payload.length < 7900 ? payload : JSON.stringify({ ...event, data: { orderId: event.data.orderId } });
  });
  if (payloads.length > 0) await tx.execute(sql`SELECT pg_notify(${liveChannel}, payload) FROM unnest(${sqlArray(payloads, 'text')}) AS payload`);
}
