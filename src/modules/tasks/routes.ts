import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, Page } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/auth.js';
import { TaskCompletion, TaskQuery, TaskView } from './contract.js';
import { completeTask, listTasks } from './service.js';

export const taskRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/tasks',
    {
      config: { permission: 'tasks:read' },
      schema: {
        tags: ['tasks'],
        summary: 'My tasks: for one of my roles or assigned to me (an admin sees all), soonest due first',
        querystring: TaskQuery,
        response: { 200: Page(TaskView) },
      },
    },
    async (request) => listTasks(ctx.db, actorOf(request), { ...request.query, status: request.query.status ?? 'open', limit: request.query.limit ?? 50 }),
  );

  app.post(
    '/api/v1/tasks/:id/complete',
    {
      config: { permission: 'tasks:write' },
      schema: {
        tags: ['tasks'],
        summary: 'Mark a task done, with an optional note',
        params: IdParams,
        body: TaskCompletion,
        response: { 200: TaskView },
      },
    },
    async (request) => completeTask(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body?.note),
  );
};
