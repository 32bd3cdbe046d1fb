import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { IdParams } from '../../platform/http/schemas.js';
import { CampaignCreate, CampaignListQuery, CampaignPreview, CampaignPreviewBody, CampaignView, type CampaignChannel, UnsubscribePage, UnsubscribeParams } from './contract.js';
import { cancelCampaign, createCampaign, getCampaign, listCampaigns, openUnsubscribe, previewCampaign, sendCampaign, unsubscribe } from './service.js';

const tags = ['campaigns'];
const write = 'segments:use';
const send = 'campaigns:send';
/** The public unsubscribe page is open to anyone holding a link: slow down guessing, as the survey pages do. */
const publicLink = { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } };

export const campaignRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const notifications = ctx.config.notifications;
  // Email and SMS go out only where they are configured; webhooks go to whoever subscribes.
  const channels: CampaignChannel[] = ['webhook', ...(notifications.smtpUrl ? (['email'] as const) : []), ...(notifications.smsUrl ? (['sms'] as const) : [])];

  app.get(
    '/api/v1/campaigns',
    {
      config: { permission: write },
      schema: { tags, summary: 'The campaigns, newest first (of one segment when asked), with how many were sent, skipped and failed', querystring: CampaignListQuery, response: { 200: Type.Object({ items: Type.Array(CampaignView) }) } },
    },
    async (request) => ({ items: await listCampaigns(ctx.db, request.query) }),
  );

  app.post(
    '/api/v1/campaigns/preview',
    {
      config: { permission: write },
      schema: {
        tags,
        summary: 'The message as one member of the segment would read it, and how many members there are now',
        description: '422 campaign_placeholder_unknown: the subject or text names a placeholder other than {customerName} and {contactName}.',
        body: CampaignPreviewBody,
        response: { 200: CampaignPreview },
      },
    },
    async (request) => previewCampaign(ctx.db, ctx.clock.now(), request.body),
  );

  app.post(
    '/api/v1/campaigns',
    {
      config: { permission: write },
      schema: {
        tags,
        summary: 'Write a campaign to a segment as a draft: its channel, subject and text',
        description: '422 campaign_placeholder_unknown: the subject or text names a placeholder other than {customerName} and {contactName}.',
        body: CampaignCreate,
        response: { 201: CampaignView },
      },
    },
    async (request, reply) => {
      const campaign = await createCampaign(ctx.db, actorOf(request), ctx.clock.now(), request.body);
      reply.header('location', `/api/v1/campaigns/${campaign.id}`);
      return reply.code(201).send(campaign);
    },
  );

  app.get(
    '/api/v1/campaigns/:id',
    { config: { permission: write }, schema: { tags, summary: 'One campaign with its counts', params: IdParams, response: { 200: CampaignView } } },
    async (request) => getCampaign(ctx.db, request.params.id),
  );

  app.post(
    '/api/v1/campaigns/:id/send',
    {
      config: { permission: send },
      schema: {
        tags,
        summary: "Send a draft campaign to its segment's customers at this moment, once each",
        description:
          'Takes the members now; each gets one message through the notification channels (the delivery log and its retries apply), in batches by the worker. ' +
          'A customer opted out of marketing, or without an email address or phone for the channel, is skipped and counted. ' +
          '409 campaign_not_draft: it was sent (or cancelled) already; 409 campaign_channel_unavailable: email or SMS is not configured.',
        params: IdParams,
        response: { 202: CampaignView },
      },
    },
    async (request, reply) => {
      const campaign = await sendCampaign({ db: ctx.db, actor: actorOf(request), now: ctx.clock.now(), channels }, request.params.id);
      return reply.code(202).send(campaign);
    },
  );

  app.post(
    '/api/v1/campaigns/:id/cancel',
    {
      config: { permission: send },
      schema: {
        tags,
        summary: 'Call a campaign off: a draft is never sent; a sending one queues no more messages',
        description: '409 invalid_transition: it is sent or cancelled already.',
        params: IdParams,
        response: { 200: CampaignView },
      },
    },
    async (request) => cancelCampaign(ctx.db, actorOf(request), ctx.clock.now(), request.params.id),
  );

  app.get(
    '/api/v1/unsubscribe/:token',
    {
      config: publicLink,
      schema: {
        tags,
        summary: 'What an unsubscribe link is for (no sign-in): the company name and whether it is opted out',
        description: '404 unsubscribe_link_unknown; 410 unsubscribe_link_expired.',
        params: UnsubscribeParams,
        security: [],
        response: { 200: UnsubscribePage },
      },
    },
    async (request) => openUnsubscribe(ctx.db, request.params.token, ctx.clock.now()),
  );

  app.post(
    '/api/v1/unsubscribe/:token',
    {
      config: publicLink,
      schema: {
        tags,
        summary: 'Opt the company out of marketing (no sign-in): later campaigns skip it; order notices still go',
        description: 'Saying it again changes nothing. 404 unsubscribe_link_unknown; 410 unsubscribe_link_expired.',
        params: UnsubscribeParams,
        security: [],
        response: { 200: UnsubscribePage },
      },
    },
    async (request) => unsubscribe(ctx.db, request.params.token, ctx.clock.now()),
  );
};
