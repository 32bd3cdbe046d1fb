import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { IdParams, Page, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';
import { actorOf } from '../identity/auth.js';
import { listOrderClocks, listPendingClocks, maxLateReasonLength, pendingStates, recordLateReason, slaKinds, slaStatuses } from './service.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const SlaClock = Type.Object({
  orderId: Type.String(),
  orderNumber: Type.String(),
  customerId: Type.String(),
  kind: StringEnum(slaKinds),
  status: StringEnum(slaStatuses),
  dueAt: Type.String(),
  warnAt: Type.String(),
  secondsLeft: Nullable(Type.Integer({ description: "Seconds until due by the server's clock, negative when overdue; null once the step is done" })),
  warnedAt: Nullable(Type.String()),
  escalatedAt: Nullable(Type.String()),
  satisfiedAt: Nullable(Type.String({ description: 'When the step the deadline asks for was done' })),
  lateReason: Nullable(Type.Object({ reason: Type.String(), by: Type.String(), at: Type.String() })),
});

export const slaRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/orders/:id/sla',
    {
      config: { permission: 'sla:read' },
      schema: {
        tags: ['sla'],
        summary: "The order's deadlines (response, plan) with the time left on each",
        params: IdParams,
        response: { 200: Type.Object({ clocks: Type.Array(SlaClock) }) },
      },
    },
    async (request) => ({ clocks: await listOrderClocks(ctx.db, request.params.id, ctx.clock.now()) }),
  );

  app.post(
    '/api/v1/orders/:id/sla/:kind/reason',
    {
      config: { permission: 'sla:write' },
      schema: {
        tags: ['sla'],
        summary: 'Record why a missed deadline was missed (or correct the reason); refused for a deadline not missed',
        params: StrictObject({ id: Uuid, kind: StringEnum(slaKinds) }),
        body: StrictObject({ reason: Type.String({ minLength: 1, maxLength: maxLateReasonLength }) }),
        response: { 200: SlaClock },
      },
    },
    async (request) =>
      recordLateReason(ctx.db, actorOf(request), ctx.clock.now(), { orderId: request.params.id, kind: request.params.kind, reason: request.body.reason }),
  );

  app.get(
    '/api/v1/sla/open',
    {
      config: { permission: 'sla:read' },
      schema: {
        tags: ['sla'],
        summary: 'Deadlines whose step is not done yet, soonest first: all, at risk (warned, not yet due) or overdue',
        querystring: StrictObject({
          state: Type.Optional(StringEnum(pendingStates)),
          limit: Type.Optional(limitSchema),
          cursor: Type.Optional(cursorSchema),
        }),
        response: { 200: Page(SlaClock) },
      },
    },
    async (request) =>
      listPendingClocks(ctx.db, ctx.clock.now(), { state: request.query.state ?? 'all', limit: request.query.limit ?? 50, cursor: request.query.cursor }),
  );
};
