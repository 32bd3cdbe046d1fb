import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, Page } from '../../platform/http/schemas.js';
import { registerSettingRoutes } from '../../platform/settings/routes.js';
import { TimelineEntryView, TimelineQuery } from './contract.js';
import { customerTimeline, defaultReturnVisits, ReturnVisitSettings, returnVisitsKey } from './service.js';

export const relationshipRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/customers/:id/timeline',
    {
      config: { permission: 'customers:read' },
      schema: {
        tags: ['customers'],
        summary: "The customer's timeline, newest first: orders received and delivered, contacts, after-sales cases, survey answers, follow-ups done",
        params: IdParams,
        querystring: TimelineQuery,
        response: { 200: Page(TimelineEntryView) },
      },
    },
    async (request) => customerTimeline(ctx.db, request.params.id, { limit: request.query.limit ?? 50, ...(request.query.cursor ? { cursor: request.query.cursor } : {}) }),
  );

  registerSettingRoutes(app, ctx, { key: returnVisitsKey, schema: ReturnVisitSettings, defaults: defaultReturnVisits, check: () => {} });
};
