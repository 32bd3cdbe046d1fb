import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, Page } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/auth.js';
import { StaffMemberView, TaskAssignment, TaskCompletion, TaskQuery, TaskView } from './contract.js';
import { assignTask, completeTask, listAssignees, listTasks } from './service.js';

export const taskRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/tasks',
    {
      config: { permission: 'tasks:read' },
      schema: {
        tags: ['tasks'],
        summary: "Tasks, soonest due first: the team's (for one of my roles or assigned to me; a manager or an admin sees all) or mine",
        querystring: TaskQuery,
        response: { 200: Page(TaskView) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { assignee, ...query } = request.query;
      return listTasks(ctx.db, actor, ctx.clock.now(), {
        ...query,
        ...(assignee ? { assignee: assignee === 'me' ? actor.userId : assignee } : {}),
        status: query.status ?? 'open',
        limit: query.limit ?? 50,
      });
    },
  );

  app.get(
    '/api/v1/tasks/assignees',
    {
      config: { permission: 'tasks:read' },
      schema: {
        tags: ['tasks'],
        summary: 'The active staff, by name, with their roles: whom a task or an order may be given to',
        response: { 200: Type.Object({ items: Type.Array(StaffMemberView) }) },
      },
    },
    async () => ({ items: await listAssignees(ctx.db) }),
  );

  app.post(
    '/api/v1/tasks/:id/assign',
    {
      config: { permission: 'tasks:write' },
      schema: {
        tags: ['tasks'],
        summary: "Give the task to a person in its role, with a note; they are told",
        description:
          '409 task_closed: the task is done; 409 assignee_inactive: the person is deactivated; 422 assignee_role_missing: the person lacks the task\'s role; ' +
          '403 task_role_required: the task is for a role you do not have (a manager may hand over any task).',
        params: IdParams,
        body: TaskAssignment,
        response: { 200: TaskView },
      },
    },
    async (request) => assignTask(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
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
