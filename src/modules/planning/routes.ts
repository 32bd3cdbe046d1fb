import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { limitSchema } from '../../platform/http/pagination.js';
import { IdParams, IfMatchHeaders, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../identity/auth.js';
import { quotePromiseDate } from './quote.js';
import { getPlan, Plan, planOrderTypes, planStageStatuses, PromiseReason, StageName, productionQueue, saveTemplate, stageConditions, templateVersion } from './service.js';

/* Plan templates, plans, the production queue and the promise-date quote. */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const TemplateStage = StrictObject({
  key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,31}$' }),
  name: StageName,
  ownerRole: Type.String({ minLength: 1, maxLength: 32, description: 'The role that owns the stage, e.g. production' }),
  days: Type.Integer({ minimum: 0, maximum: 120, description: "Default working days; a product's leadTimes[key] overrides it" }),
  when: StringEnum(stageConditions, { description: 'always, goods (not services), made_to_order lines, or stock_short (a stock line must be procured)' }),
  delivery: Type.Boolean({ description: 'A delivery stage (logistics): the order is ready to ship when every stage before the first one is done' }),
});
const Template = Type.Object({
  orderType: Type.String(),
  version: Type.Integer(),
  stages: Type.Array(TemplateStage),
  createdAt: Nullable(Type.String()),
  createdBy: Nullable(Type.String()),
});
const OrderTypeParams = StrictObject({ orderType: StringEnum(planOrderTypes) });


export const planningRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/planning/templates/:orderType',
    {
      config: { permission: 'settings:read' },
      schema: { tags: ['planning'], summary: "The current plan template of an order type (the built-in version 1 until one is saved)", params: OrderTypeParams, response: { 200: Template } },
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
        body: StrictObject({ stages: Type.Array(TemplateStage, { minItems: 1, maxItems: 30 }) }),
        response: { 200: Template },
      },
    },
    async (request, reply) => {
      const saved = await saveTemplate(ctx.db, actorOf(request), ctx.clock.now(), request.params.orderType, requiredVersion(request.headers['if-match']), request.body.stages);
      setVersionTag(reply, saved.version);
      return saved;
    },
  );

  app.get(
    '/api/v1/orders/:id/plan',
    {
      config: { permission: 'orders:read' },
      schema: { tags: ['planning'], summary: "The order's execution plan: stages, owners, planned and actual dates, delays", params: IdParams, response: { 200: Plan } },
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
        body: StrictObject({
          customerId: Uuid,
          type: Type.Optional(StringEnum(planOrderTypes)),
          lines: Type.Array(StrictObject({ productId: Uuid, quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }) }), { minItems: 1, maxItems: 500 }),
        }),
        response: { 200: Type.Object({ promiseDate: Nullable(Type.String()), orderType: Type.String(), template: Type.Object({ orderType: Type.String(), version: Type.Integer() }), reasoning: Type.Array(PromiseReason) }) },
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
        querystring: StrictObject({ limit: Type.Optional(limitSchema) }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                orderId: Type.String(),
                orderNumber: Type.String(),
                greenChannel: Type.Boolean(),
                stageId: Type.String(),
                status: StringEnum(planStageStatuses),
                units: Type.Integer(),
                plannedStart: Type.String(),
                plannedEnd: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await productionQueue(ctx.db, request.query.limit ?? 50) }),
  );
};
