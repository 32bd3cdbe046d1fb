import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, IfMatchHeaders } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { quotePromiseDate } from './quote.js';
import { OrderTypeParams, PlanView, QueueItem, QueueQuery, Quote, QuoteRequest, StageAssignment, StageAssignmentParams, StageView, TemplateSave, TemplateVersion } from './contract.js';
import { assignStage, getPlan, productionQueue, saveTemplate, templateVersion } from './service.js';

/* Plan templates, plans, the production queue and the promise-date quote. */

export const planningRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/planning/templates/:orderType',
    {
      config: { permission: 'settings:read' },
      schema: { tags: ['planning'], summary: "The current plan template of an order type (the built-in version 1 until one is saved)", params: OrderTypeParams, response: { 200: TemplateVersion } },
    },
    async (request, reply) => {
      const template = await templateVersion(ctx.db, request.params.orderType);
      setVersionTag(reply, template.version);
      return template;
    },
  );

  app.put(
    '/api/v1/planning/templates/:orderType',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags: ['planning'],
        summary: 'Save a new version of a plan template; plans made before keep theirs',
        description: 'Send If-Match with the version you edited (412 when stale). 422 invalid_plan_template names the field: duplicate keys, unknown owner roles, delivery stages not last.',
        params: OrderTypeParams,
        headers: IfMatchHeaders,
        body: TemplateSave,
        response: { 200: TemplateVersion },
      },
    },
    async (request, reply) => {
      const saved = await saveTemplate(ctx.db, actorOf(request), ctx.clock.now(), request.params.orderType, requiredVersion(request.headers['if-match']), request.body.stages);
      setVersionTag(reply, saved.version);
      return saved;
    },
  );

  app.post(
    '/api/v1/orders/:id/plan/stages/:stageId/assignee',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['planning'],
        summary: 'Give a plan stage to one person in its owner role (userId null: back to the whole role), with a note; they are told',
        description:
          'The person may then report the stage\'s progress. 403 stage_role_required: the stage belongs to another role (a manager may assign any); ' +
          '409 stage_assignee_inactive; 422 stage_assignee_role_missing; 409 stage_already_done.',
        params: StageAssignmentParams,
        body: StageAssignment,
        response: { 200: StageView },
      },
    },
    async (request) => assignStage(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.params.stageId, request.body),
  );

  app.get(
    '/api/v1/orders/:id/plan',
    {
      config: { permission: 'orders:read' },
      schema: { tags: ['planning'], summary: "The order's execution plan: stages, owners, planned and actual dates, delays", params: IdParams, response: { 200: PlanView } },
    },
    async (request) => getPlan(ctx.db, request.params.id),
  );

  app.post(
    '/api/v1/orders/quote',
    {
      config: { permission: 'orders:create' },
      schema: {
        tags: ['planning'],
        summary: 'The earliest delivery date Ordo can honour for these lines, with its reasons',
        description: 'Counts stock available now, the stage durations of the order type (and product lead times) and, for made-to-order units, the capacity calendar with the production queue ahead. Writes nothing.',
        body: QuoteRequest,
        response: { 200: Quote },
      },
    },
    async (request) => quotePromiseDate(ctx.db, ctx.clock.now(), ctx.config.timeZone, request.body),
  );

  app.get(
    '/api/v1/planning/production-queue',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['planning'],
        summary: 'Unfinished production stages in the order they are worked: green channel first, then by planned start',
        querystring: QueueQuery,
        response: { 200: Type.Object({ items: Type.Array(QueueItem) }) },
      },
    },
    async (request) => ({ items: await productionQueue(ctx.db, request.query.limit ?? 50) }),
  );
};
