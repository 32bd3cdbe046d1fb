import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { PlanView } from '../planning/contract.js';
import { DelayParams, DelayReport, StageParams, StageProgress, SubstituteDecision } from './contract.js';
import { progressOrderStage, recordSubstituteDecision, reportOrderDelay } from './planning.js';

/* An order's way through its plan: stage progress, delay reports, the customer's answer to a substitute. */

const optionalDate = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

export const orderPlanRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/orders/:id/plan/stages/:stageId/progress',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['planning'],
        summary: 'Report progress on a stage you own: started, or done',
        description:
          'The first progress puts the order under way (planned → in_progress); when every stage before delivery is done the order is ready to ship (or in service). ' +
          '409 stage_out_of_order: an earlier stage is not done; 409 stage_already_done; 409 stage_blocked; 403 stage_role_required.',
        params: StageParams,
        body: StageProgress,
        response: { 200: PlanView },
      },
    },
    async (request) => {
      const { status, actualStart, actualEnd, note } = request.body;
      return progressOrderStage(ctx.db, actorOf(request), ctx.clock.now(), ctx.config.timeZone, request.params.id, {
        stageId: request.params.stageId,
        status,
        actualStart: optionalDate(actualStart),
        actualEnd: optionalDate(actualEnd),
        note,
      });
    },
  );

  app.post(
    '/api/v1/orders/:id/plan/stages/:stageId/delays',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['planning'],
        summary: 'Report a delay of a stage with the contingency taken; the plan and promise date are recomputed',
        description:
          'Must be filed within 30 minutes of knownAt (422 delay_report_late). A substitute_material waits for the customer: the stage is blocked and nothing moves until ' +
          'POST …/plan/delays/{delayId}/customer-confirmation. When the promise date moves the customer is told.',
        params: StageParams,
        body: DelayReport,
        response: { 200: PlanView },
      },
    },
    async (request) =>
      reportOrderDelay(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, { ...request.body, stageId: request.params.stageId, knownAt: new Date(request.body.knownAt) }),
  );

  app.post(
    '/api/v1/orders/:id/plan/delays/:delayId/customer-confirmation',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['planning'],
        summary: "Record the customer's answer to a substitute material",
        description: 'Accepted: the delay is applied and the plan and promise date recomputed. Declined: the stage is unblocked for another contingency. 409 delay_not_awaiting_customer.',
        params: DelayParams,
        body: SubstituteDecision,
        response: { 200: PlanView },
      },
    },
    async (request) => recordSubstituteDecision(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, { delayId: request.params.delayId, ...request.body }),
  );
};
