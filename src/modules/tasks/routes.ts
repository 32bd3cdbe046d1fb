import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { IdParams, Page, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';
import { actorOf } from '../identity/auth.js';
import { completeTask, listTasks, taskStatuses } from './service.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Task = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  orderId: Nullable(Type.String()),
  customerId: Nullable(Type.String()),
  role: Type.String(),
  assigneeId: Nullable(Type.String()),
  summary: Type.String(),
  dueAt: Type.String(),
  status: StringEnum(taskStatuses),
  createdAt: Type.String(),
  doneAt: Nullable(Type.String()),
  doneBy: Nullable(Type.String()),
  doneNote: Nullable(Type.String()),
});

export const taskRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/tasks',
    {
      config: { permission: 'tasks:read' },
      schema: {
        tags: ['tasks'],
        summary: 'My tasks: for one of my roles or assigned to me (an admin sees all), soonest due first',
        querystring: StrictObject({
          status: Type.Optional(StringEnum(taskStatuses, { description: 'open (default) or done' })),
          orderId: Type.Optional(Uuid),
          limit: Type.Optional(limitSchema),
          cursor: Type.Optional(cursorSchema),
        }),
        response: { 200: Page(Task) },
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
        body: Type.Optional(StrictObject({ note: Type.Optional(Type.String({ maxLength: 2000 })) })),
        response: { 200: Task },
      },
    },
    async (request) => completeTask(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body?.note),
  );
};
