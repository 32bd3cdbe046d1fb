import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServerResponse } from 'node:http';
import type { AppContext } from '../../platform/context.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { IdParams, IfMatchHeaders, Page, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { credentialsEndedTopic } from '../../platform/live/hub.js';
import { registerSettingRoutes } from '../../platform/settings/routes.js';
import { actorOf } from '../identity/auth.js';
import { deliveryChannels, preferenceChannels, webhookOutcomes } from './schema.js';
import { deliveryStatuses } from './states.js';
import { getPreferences, listNotifications, markAllRead, markRead, setPreferences } from './service.js';
import { assertValidTemplates, defaultTemplates, placeholders, TemplateSettings } from './templates.js';
import { createWebhook, getWebhook, listDeliveries, listWebhooks, retryDelivery, updateWebhook } from './webhooks.js';

const Notification = Type.Object({
  id: Type.String(),
  topic: Type.String(),
  title: Type.String(),
  body: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String({ format: 'date-time' }),
  readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
const Preference = StrictObject({ channel: StringEnum(preferenceChannels), topic: Type.String({ pattern: '^(\\*|[a-z_]+\\.[a-z_]+)$' }), enabled: Type.Boolean() });
const Topic = Type.String({ pattern: '^(\\*|[a-z_]+\\.[a-z_]+)$', description: 'An event topic such as order.approved, or * for all' });
const Webhook = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  description: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  version: Type.Integer(),
});
const Delivery = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  topic: Type.String(),
  channel: Type.String(),
  recipient: Type.String(),
  subscriptionId: Type.Union([Type.String(), Type.Null()]),
  subject: Type.String(),
  body: Type.String(),
  status: StringEnum(deliveryStatuses),
  attempts: Type.Array(
    Type.Object({
      at: Type.String(),
      ok: Type.Boolean(),
      code: Type.Optional(StringEnum(webhookOutcomes, { description: 'How a webhook call ended: http_status (with status), connection_failed, timeout or target_refused' })),
      status: Type.Optional(Type.Integer({ description: "The webhook receiver's HTTP status" })),
      detail: Type.String(),
      durationMs: Type.Number(),
    }),
  ),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
const DeliveryQuery = Type.Object({
  channel: Type.Optional(StringEnum(deliveryChannels)),
  status: Type.Optional(StringEnum(deliveryStatuses)),
  limit: limitSchema,
  cursor: Type.Optional(cursorSchema),
});
const heartbeatMs = 20_000;
/** The longest delay a Node.js timer takes; a credential living longer is ended by revocation only. */
const maxTimerMs = 2 ** 31 - 1;

export const notificationRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const targetRules = { allow: ctx.config.notifications.webhookAllow, resolve: ctx.resolveHost };
  app.get(
    '/api/v1/notifications',
    {
      config: { permission: 'signed_in' },
      schema: {
        tags: ['notifications'],
        summary: 'My in-app notifications, newest first, with the unread count',
        querystring: Type.Object({ unread: Type.Optional(Type.Boolean()), limit: limitSchema, cursor: Type.Optional(cursorSchema) }),
        response: { 200: Type.Object({ items: Type.Array(Notification), nextCursor: Type.Union([Type.String(), Type.Null()]), unread: Type.Integer() }) },
      },
    },
    async (request) => listNotifications(ctx.db, actorOf(request).userId, request.query),
  );
  app.post(
    '/api/v1/notifications/:id/read',
    { config: { permission: 'signed_in' }, schema: { tags: ['notifications'], summary: 'Mark one of my notifications read', params: IdParams, response: { 200: Notification } } },
    async (request) => markRead(ctx.db, actorOf(request).userId, ctx.clock.now(), request.params.id),
  );
  app.post(
    '/api/v1/notifications/read-all',
    { config: { permission: 'signed_in' }, schema: { tags: ['notifications'], summary: 'Mark all my notifications read', response: { 200: Type.Object({ marked: Type.Integer() }) } } },
    async (request) => markAllRead(ctx.db, actorOf(request).userId, ctx.clock.now()),
  );
  app.get(
    '/api/v1/notifications/preferences',
    {
      config: { permission: 'signed_in' },
      schema: { tags: ['notifications'], summary: 'My channel preferences (in-app and email on, SMS off by default)', response: { 200: Type.Object({ preferences: Type.Array(Preference) }) } },
    },
    async (request) => ({ preferences: await getPreferences(ctx.db, actorOf(request).userId) }),
  );
  app.put(
    '/api/v1/notifications/preferences',
    {
      config: { permission: 'signed_in' },
      schema: {
        tags: ['notifications'],
        summary: 'Replace my channel preferences: per channel, for one event topic or * for all',
        body: StrictObject({ preferences: Type.Array(Preference, { maxItems: 200 }) }),
        response: { 200: Type.Object({ preferences: Type.Array(Preference) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return { preferences: await setPreferences(ctx.db, { ...actor, userId: actor.userId }, ctx.clock.now(), request.body.preferences) };
    },
  );

  const streams = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
  });
  app.get(
    '/api/v1/events/stream',
    {
      config: { permission: 'signed_in' },
      schema: {
        tags: ['notifications'],
        summary: 'Live events as Server-Sent Events: order changes (for those who may read orders) and events addressed to me',
        description: 'The stream ends when the session or token it was opened with does: sign-out, revocation, expiry, a password reset or deactivation.',
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const seesOrders = actor.permissions.has('orders:read');
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      stream.write('retry: 3000\n: connected\n\n');
      streams.add(stream);
      // A stream is only as good as the credential it was opened with: it ends with it.
      const credentialEnded = () => stream.end();
      const unsubscribe = ctx.live.subscribe((event) => {
        if (event.topic === credentialsEndedTopic) {
          if ((event.data.credentialIds as unknown[]).includes(actor.credentialId)) credentialEnded();
          return;
        }
        const addressed = event.userIds.includes(actor.userId);
        if (actor.customerId !== undefined) {
          // A portal user hears only of their own customer's orders, and only which order
          // changed: the payload's internal fields (comments, roles, reasons) stay inside.
          if (event.customerId !== actor.customerId || !(addressed || typeof event.data.orderId === 'string')) return;
          const { orderId, number } = event.data;
          const visible = { id: event.id, topic: event.topic, customerId: event.customerId, data: { orderId, number }, at: event.at };
          stream.write(`id: ${event.id}\nevent: ${event.topic}\ndata: ${JSON.stringify(visible)}\n\n`);
          return;
        }
        if (!addressed && !(seesOrders && typeof event.data.orderId === 'string')) return;
        const { userIds: _userIds, ...visible } = event;
        stream.write(`id: ${event.id}\nevent: ${event.topic}\ndata: ${JSON.stringify(visible)}\n\n`);
      });
      const heartbeat = setInterval(() => stream.write(': keep-alive\n\n'), heartbeatMs);
      const untilExpiry = actor.credentialExpiresAt ? actor.credentialExpiresAt.getTime() - ctx.clock.now().getTime() : Infinity;
      const expiry = untilExpiry <= maxTimerMs ? setTimeout(credentialEnded, Math.max(0, untilExpiry)) : undefined;
      stream.on('close', () => {
        clearInterval(heartbeat);
        clearTimeout(expiry);
        unsubscribe();
        streams.delete(stream);
      });
    },
  );

  app.get(
    '/api/v1/webhooks',
    { config: { permission: 'notifications:manage' }, schema: { tags: ['webhooks'], summary: 'Outgoing webhook subscriptions', response: { 200: Type.Object({ items: Type.Array(Webhook) }) } } },
    async () => ({ items: await listWebhooks(ctx.db) }),
  );
  app.post(
    '/api/v1/webhooks',
    {
      config: { permission: 'notifications:manage' },
      schema: {
        tags: ['webhooks'],
        summary: 'Subscribe a URL to events; the signing secret is in this answer only',
        body: StrictObject({ url: Type.String({ minLength: 8, maxLength: 2000 }), events: Type.Array(Topic, { minItems: 1, maxItems: 100 }), description: Type.Optional(Type.String({ maxLength: 500 })) }),
        response: { 201: Type.Intersect([Webhook, Type.Object({ secret: Type.String() })]) },
      },
    },
    async (request, reply) => {
      const created = await createWebhook(ctx.db, actorOf(request), ctx.clock.now(), targetRules, request.body);
      setVersionTag(reply, created.version);
      return reply.code(201).send(created);
    },
  );
  app.get(
    '/api/v1/webhooks/:id',
    { config: { permission: 'notifications:manage' }, schema: { tags: ['webhooks'], summary: 'One subscription', params: IdParams, response: { 200: Webhook } } },
    async (request, reply) => {
      const webhook = await getWebhook(ctx.db, request.params.id);
      setVersionTag(reply, webhook.version);
      return webhook;
    },
  );
  app.patch(
    '/api/v1/webhooks/:id',
    {
      config: { permission: 'notifications:manage' },
      schema: {
        tags: ['webhooks'],
        summary: 'Change a subscription, or pause it with active: false (If-Match required)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: StrictObject({
          url: Type.Optional(Type.String({ minLength: 8, maxLength: 2000 })),
          events: Type.Optional(Type.Array(Topic, { minItems: 1, maxItems: 100 })),
          description: Type.Optional(Type.String({ maxLength: 500 })),
          active: Type.Optional(Type.Boolean()),
        }),
        response: { 200: Webhook },
      },
    },
    async (request, reply) => {
      const updated = await updateWebhook(ctx.db, actorOf(request), ctx.clock.now(), targetRules, request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, updated.version);
      return updated;
    },
  );
  app.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      config: { permission: 'notifications:manage' },
      schema: { tags: ['webhooks'], summary: "A subscription's delivery log, newest first", params: IdParams, querystring: Type.Omit(DeliveryQuery, ['channel']), response: { 200: Page(Delivery) } },
    },
    async (request) => {
      await getWebhook(ctx.db, request.params.id);
      return listDeliveries(ctx.db, { ...request.query, subscriptionId: request.params.id }, actorOf(request).locale);
    },
  );
  app.get(
    '/api/v1/notifications/deliveries',
    {
      config: { permission: 'notifications:manage' },
      schema: {
        tags: ['notifications'],
        summary: 'Every outgoing email, SMS and webhook call with its attempts, newest first',
        description: 'A one-time link (portal sign-in, survey) is shown as [链接已移除] or [link removed], in your language: it is minted as the message is sent and never stored.',
        querystring: DeliveryQuery,
        response: { 200: Page(Delivery) },
      },
    },
    async (request) => listDeliveries(ctx.db, request.query, actorOf(request).locale),
  );
  app.post(
    '/api/v1/notifications/deliveries/:id/retry',
    { config: { permission: 'notifications:manage' }, schema: { tags: ['notifications'], summary: 'Send a dead delivery again (a message with a one-time link gets a new link)', params: IdParams, response: { 200: Delivery } } },
    async (request) => retryDelivery(ctx.db, actorOf(request), ctx.clock.now(), request.params.id),
  );

  registerSettingRoutes(app, ctx, {
    key: 'notification-templates',
    schema: TemplateSettings,
    defaults: {},
    check: (value) => assertValidTemplates(value as TemplateSettings),
  });
  app.get(
    '/api/v1/notifications/templates',
    {
      config: { permission: 'settings:read' },
      schema: { tags: ['notifications'], summary: 'The built-in message templates per event and language (override them in settings/notification-templates)' },
    },
    async () => defaultTemplates,
  );
  app.get(
    '/api/v1/notifications/template-placeholders',
    {
      config: { permission: 'settings:read' },
      schema: { tags: ['notifications'], summary: 'The {placeholders} a template may use', response: { 200: Type.Object({ items: Type.Array(Type.String()) }) } },
    },
    async () => ({ items: [...placeholders] }),
  );
};
