import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { registerSettingRoutes } from '../../platform/settings/routes.js';
import { IdParams, IfMatchHeaders, Page } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { ChainSave, type ChainStep, ChainVersion, InboxItem, InboxQuery, OrderTypeParams, reviewOrderTypes, ReviewView } from './contract.js';
import { autoApprovalKey, AutoApprovalSettings, chainHistory, chainVersion, defaultAutoApproval, defaultSignedConfirmation, getReview, listInbox, saveChain, signedConfirmationKey, SignedConfirmationSettings } from './service.js';

export const reviewRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/review/chains',
    {
      config: { permission: 'review:read' },
      schema: { tags: ['review'], summary: 'The current review chain of every order type', response: { 200: Type.Object({ items: Type.Array(ChainVersion) }) } },
    },
    async () => ({ items: await Promise.all(reviewOrderTypes.map((type) => chainVersion(ctx.db, type))) }),
  );

  app.get(
    '/api/v1/review/chains/:orderType',
    {
      config: { permission: 'review:read' },
      schema: {
        tags: ['review'],
        summary: "An order type's current chain and every earlier version",
        params: OrderTypeParams,
        response: { 200: Type.Object({ current: ChainVersion, versions: Type.Array(ChainVersion) }) },
      },
    },
    async (request, reply) => {
      const versions = await chainHistory(ctx.db, request.params.orderType);
      setVersionTag(reply, versions[0]!.version);
      return { current: versions[0]!, versions };
    },
  );

  app.put(
    '/api/v1/review/chains/:orderType',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags: ['review'],
        summary: "Save a new version of an order type's chain; send If-Match with the current version",
        description:
          'Step keys must be unique, roles and checks known, and the last step "final" (a human decision). Orders already in review keep the version they started with.',
        params: OrderTypeParams,
        headers: IfMatchHeaders,
        body: ChainSave,
        response: { 200: ChainVersion },
      },
    },
    async (request, reply) => {
      const expected = requiredVersion(request.headers['if-match']);
      const saved = await saveChain(ctx.db, actorOf(request), ctx.clock.now(), request.params.orderType, expected, request.body.steps as ChainStep[]);
      setVersionTag(reply, saved.version);
      return saved;
    },
  );

  app.get(
    '/api/v1/review/inbox',
    {
      config: { permission: 'review:read' },
      schema: {
        tags: ['review'],
        summary: 'Review steps waiting for one of my roles (an admin sees all), longest waiting first',
        querystring: InboxQuery,
        response: { 200: Page(InboxItem) },
      },
    },
    async (request) => listInbox(ctx.db, actorOf(request), { limit: request.query.limit ?? 50, cursor: request.query.cursor }),
  );

  app.get(
    '/api/v1/orders/:id/review',
    {
      config: { permission: 'review:read' },
      schema: {
        tags: ['review'],
        summary: "An order's review: its chain version, every round and step, the evidence of the checks, who decided what, when and why",
        params: IdParams,
        response: { 200: ReviewView },
      },
    },
    async (request) => {
      const review = await getReview(ctx.db, request.params.id);
      if (!review) throw new DomainError('not_found', `Order ${request.params.id} has not been reviewed (it is unknown, or has not reached review)`);
      return review;
    },
  );

  registerSettingRoutes(app, ctx, { key: autoApprovalKey, schema: AutoApprovalSettings, defaults: defaultAutoApproval, check: () => {} });
  registerSettingRoutes(app, ctx, { key: signedConfirmationKey, schema: SignedConfirmationSettings, defaults: defaultSignedConfirmation, check: () => {} });
};
