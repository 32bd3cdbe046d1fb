import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServerResponse } from 'node:http';
import type { AppContext } from '../../platform/context.js';
import { IdParams, IfMatchHeaders, Page } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { credentialsEndedTopic } from '../../platform/live/hub.js';
import { registerSettingRoutes } from '../../platform/settings/routes.js';
import { actorOf } from '../../platform/http/auth.js';
import { ChannelStatus, CreatedWebhook, Delivery, DeliveryQuery, Notification, NotificationPage, NotificationQuery, Preferences, PreferencesSave, Webhook, WebhookCreate, WebhookPatch } from './contract.js';
import { liveEventFor } from './live-visibility.js';
import { getPreferences, listNotifications, markAllRead, markRead, setPreferences } from './service.js';
import { assertValidTemplates, defaultTemplates, placeholders, TemplateSettings } from './templates.js';
import { createWebhook, getWebhook, listDeliveries, listWebhooks, retryDelivery, updateWebhook } from './webhooks.js';

const heartbeatMs = 20_000;
/** The longest delay a Node.js timer takes; a credential living longer is ended by revocation only. */
const maxTimerMs = 2 ** 31 - 1;

export const notificationRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const targetRules = { allow: ctx.config.notifications.webhookAllow, resolve: ctx.resolveHost };
  app.get(
    '/api/v1/notifications/channels',
    {
      config: { permission: 'signed_in' },
      schema: {
        tags: ['notifications'],
        summary: 'Which outgoing channels are configured: without a mail server nothing is e-mailed (invitations, sign-in links, surveys, digests)',
        response: { 200: ChannelStatus },
      },
    },
    async () => ({ email: ctx.config.notifications.smtpUrl !== undefined, sms: ctx.config.notifications.smsUrl !== undefined }),
  );
  app.get(
    '/api/v1/notifications',
    {
      config: { permission: 'signed_in' },
      schema: {
        tags: ['notifications'],
        summary: 'My in-app notifications, newest first, with the unread count',
        querystring: NotificationQuery,
        response: { 200: NotificationPage },
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
      schema: { tags: ['notifications'], summary: 'My channel preferences (in-app and email on, SMS off by default)', response: { 200: Preferences } },
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
        body: PreferencesSave,
        response: { 200: Preferences },
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
      const viewer = { userId: actor.userId, customerId: actor.customerId, seesOrders: actor.permissions.has('orders:read') };
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
        const visible = liveEventFor(viewer, event);
        if (!visible) return;
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
        body: WebhookCreate,
        response: { 201: CreatedWebhook },
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
        body: WebhookPatch,
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
