import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, Page } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/auth.js';
import { LateReasonBody, LateReasonParams, PendingClockQuery, SlaClockView } from './contract.js';
import { listOrderClocks, listPendingClocks, recordLateReason } from './service.js';

export const slaRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/orders/:id/sla',
    {
      config: { permission: 'sla:read' },
      schema: {
        tags: ['sla'],
        summary: "The order's deadlines (response, plan) with the time left on each",
        params: IdParams,
        response: { 200: Type.Object({ clocks: Type.Array(SlaClockView) }) },
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
        params: LateReasonParams,
        body: LateReasonBody,
        response: { 200: SlaClockView },
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
        querystring: PendingClockQuery,
        response: { 200: Page(SlaClockView) },
      },
    },
    async (request) =>
      listPendingClocks(ctx.db, ctx.clock.now(), { state: request.query.state ?? 'all', limit: request.query.limit ?? 50, cursor: request.query.cursor }),
  );
};
