import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { IdParams, IfMatchHeaders, Page } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { ImprovementActionClosing, ImprovementActionInput, ImprovementActionPatch, ImprovementActionQuery, ImprovementActionView } from './actions-contract.js';
import { closeImprovementAction, createImprovementAction, getImprovementAction, listImprovementActions, updateImprovementAction } from './actions.js';
import type { ImprovementActionEvent } from './states.js';

/** Who runs the monthly review: the permission a manager's report work (recomputing a month) needs. */
const managesReports = 'settings:write' as const;

/** Improvement actions (seed 002 §6): made from a month's figure, checked in the months after. */
export const improvementActionRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/reports/actions',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['reports'],
        summary: 'Improvement actions by due date, each with its figure so far this month against its baseline',
        querystring: ImprovementActionQuery,
        response: { 200: Page(ImprovementActionView) },
      },
    },
    async (request) => {
      const { owner, ...query } = request.query;
      return listImprovementActions(ctx.db, ctx.clock.now(), ctx.config.timeZone, {
        ...query,
        ...(owner ? { ownerId: owner === 'me' ? actorOf(request).userId : owner } : {}),
        limit: query.limit ?? 50,
      });
    },
  );

  app.get(
    '/api/v1/reports/actions/:id',
    {
      config: { permission: 'orders:read' },
      schema: { tags: ['reports'], summary: 'One improvement action', params: IdParams, response: { 200: ImprovementActionView } },
    },
    async (request, reply) => {
      const action = await getImprovementAction(ctx.db, ctx.clock.now(), ctx.config.timeZone, request.params.id);
      setVersionTag(reply, action.version);
      return action;
    },
  );

  app.post(
    '/api/v1/reports/actions',
    {
      config: { permission: managesReports },
      schema: {
        tags: ['reports'],
        summary: "Create an improvement action from a month's figure: its baseline is the figure's value that month",
        description:
          '422 action_figure_unknown: the month has no such figure; 422 action_baseline_missing: the figure had no value; ' +
          '422 action_target_wrong_way: the target is not beyond the baseline in the direction; 422 action_owner_unknown; 422 action_due_past.',
        body: ImprovementActionInput,
        response: { 201: ImprovementActionView },
      },
    },
    async (request, reply) => {
      const action = await createImprovementAction(ctx.db, actorOf(request), ctx.clock.now(), ctx.config.timeZone, request.body);
      setVersionTag(reply, action.version);
      return reply.code(201).send(action);
    },
  );

  app.patch(
    '/api/v1/reports/actions/:id',
    {
      config: { permission: managesReports },
      schema: {
        tags: ['reports'],
        summary: 'Change an open improvement action; send If-Match with the version you edited',
        params: IdParams,
        headers: IfMatchHeaders,
        body: ImprovementActionPatch,
        response: { 200: ImprovementActionView },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request.headers['if-match']);
      const action = await updateImprovementAction(ctx.db, actorOf(request), ctx.clock.now(), ctx.config.timeZone, request.params.id, version, request.body);
      setVersionTag(reply, action.version);
      return action;
    },
  );

  const transition = (event: ImprovementActionEvent, path: string, permission: 'tasks:write' | typeof managesReports, summary: string) =>
    app.post(
      `/api/v1/reports/actions/:id/${path}`,
      {
        config: { permission },
        schema: {
          tags: ['reports'],
          summary,
          description: '409 action_transition_invalid: the action is already done or dropped; 403 action_owner_only.',
          params: IdParams,
          body: ImprovementActionClosing,
          response: { 200: ImprovementActionView },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const action = await closeImprovementAction(ctx.db, actor, actor.permissions.has(managesReports), ctx.clock.now(), ctx.config.timeZone, request.params.id, event, request.body.note);
        setVersionTag(reply, action.version);
        return action;
      },
    );
  // Owners complete their own actions whatever their role: every role keeps tasks of its own.
  transition('complete', 'complete', 'tasks:write', 'Mark an open action done, saying what was done (its owner or a manager)');
  transition('drop', 'drop', managesReports, 'Drop an open action, saying why (a manager)');
};
