import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../context.js';
import { DomainError } from '../http/errors.js';
import { cursorSchema, limitSchema } from '../http/pagination.js';
import { IdParams, Nullable, Page, StringEnum } from '../http/schemas.js';
import { getJob, listJobs, retryDeadJob } from './queue.js';
import { jobStatuses } from './states.js';

const Job = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  payload: Type.Unknown(),
  status: StringEnum(jobStatuses),
  runAt: Type.String({ format: 'date-time' }),
  attempts: Type.Integer(),
  maxAttempts: Type.Integer(),
  dedupKey: Nullable(Type.String()),
  lastError: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

/** The job queue seen by an administrator: what is waiting, what died and why, and a retry. */
export const jobRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/jobs',
    {
      config: { permission: 'jobs:read' },
      schema: {
        tags: ['jobs'],
        summary: 'Background jobs, newest first; status=dead is the dead-letter list',
        querystring: Type.Object({ status: Type.Optional(StringEnum(jobStatuses)), kind: Type.Optional(Type.String({ maxLength: 100 })), limit: limitSchema, cursor: Type.Optional(cursorSchema) }),
        response: { 200: Page(Job) },
      },
    },
    async (request) => listJobs(ctx.db, request.query),
  );

  app.get(
    '/api/v1/jobs/:id',
    { config: { permission: 'jobs:read' }, schema: { tags: ['jobs'], summary: 'One job', params: IdParams, response: { 200: Job } } },
    async (request) => getJob(ctx.db, request.params.id),
  );

  app.post(
    '/api/v1/jobs/:id/retry',
    {
      config: { permission: 'jobs:write' },
      schema: { tags: ['jobs'], summary: 'Give a dead job a fresh set of attempts, due now', params: IdParams, response: { 200: Job } },
    },
    async (request) => {
      // The auth hook has set the caller: the route declares a permission.
      const actor = request.actor;
      if (!actor) throw new DomainError('unauthenticated', 'Sign in first');
      return retryDeadJob(ctx.db, actor, ctx.clock.now(), request.params.id);
    },
  );
};
