import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { instantAt, localDate } from '../../platform/time/zone.js';
import { casesWaitingOn } from '../aftersales/service.js';
import { customerNames } from '../customers/service.js';
import { stagesOfWorker } from '../planning/service.js';
import { TaskView } from '../tasks/contract.js';
import { listTasks } from '../tasks/service.js';
import { MyCase, MyStage, MyStagesQuery, MyWorkLimitQuery } from './contract.js';

/* The panels of a person's home page: my stages today, my cases, my tasks due today. */

export const myWorkRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/my-work/stages',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['planning'],
        summary: 'My open plan stages: given to me, or to one of my roles and to nobody by name; most late first, with what each takes now',
        querystring: MyStagesQuery,
        response: { 200: Type.Object({ items: Type.Array(MyStage) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const stages = await stagesOfWorker(ctx.db, {
        userId: actor.userId,
        roles: actor.roles,
        today: localDate(ctx.clock.now(), ctx.config.timeZone),
        due: request.query.due ?? 'today',
        limit: request.query.limit ?? 50,
      });
      const names = await customerNames(ctx.db, stages.map((s) => s.customerId));
      return { items: stages.map(({ customerId, ...s }) => ({ ...s, customer: { id: customerId, name: names.get(customerId) ?? '' } })) };
    },
  );

  app.get(
    '/api/v1/my-work/cases',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'The after-sales cases waiting on me: open ones I own and the ones nobody has claimed; overdue contacts first',
        querystring: MyWorkLimitQuery,
        response: { 200: Type.Object({ items: Type.Array(MyCase) }) },
      },
    },
    async (request) => {
      const found = await casesWaitingOn(ctx.db, actorOf(request).userId, ctx.clock.now(), request.query.limit ?? 50);
      const names = await customerNames(ctx.db, found.map((c) => c.customerId));
      return { items: found.map((c) => ({ ...c, customerName: names.get(c.customerId) ?? '' })) };
    },
  );

  app.get(
    '/api/v1/my-work/tasks',
    {
      config: { permission: 'tasks:read' },
      schema: {
        tags: ['tasks'],
        summary: "My open tasks and follow-ups due by the end of today (overdue ones included), soonest due first: mine, or my roles' that nobody holds",
        querystring: MyWorkLimitQuery,
        response: { 200: Type.Object({ items: Type.Array(TaskView) }) },
      },
    },
    async (request) => {
      const now = ctx.clock.now();
      const endOfToday = new Date(instantAt(localDate(now, ctx.config.timeZone), 24 * 60, ctx.config.timeZone));
      const { items } = await listTasks(ctx.db, actorOf(request), now, { status: 'open', scope: 'mine', dueBefore: endOfToday, limit: request.query.limit ?? 50 });
      return { items };
    },
  );
};
