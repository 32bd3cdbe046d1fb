import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/auth.js';
import { OrderFilters, orderStatuses } from '../orders/contract.js';
import { deleteView, listSavedViews, maxSavedViewsPerUser, replaceView, saveView } from './service.js';

/* Saved views of the order list: a user's own named filters and layout. */

const ViewFilters = StrictObject({
  ...OrderFilters.properties,
  status: Type.Optional(StringEnum(orderStatuses)),
  layout: Type.Optional(StringEnum(['list', 'kanban'] as const)),
});
const ViewInput = StrictObject({ name: Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' }), filters: ViewFilters });
const SavedView = Type.Object({ id: Type.String(), name: Type.String(), filters: ViewFilters, createdAt: Type.String(), updatedAt: Type.String() });

export const savedViewRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/orders/saved-views',
    { config: { permission: 'orders:read' }, schema: { tags: ['orders'], summary: 'My saved views of the order list', response: { 200: Type.Object({ items: Type.Array(SavedView) }) } } },
    async (request) => ({ items: await listSavedViews(ctx.db, actorOf(request)) }),
  );
  app.post(
    '/api/v1/orders/saved-views',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['orders'],
        summary: 'Save the order list filters under a name',
        description: `Names are unique per user (409 already_exists naming /name); at most ${maxSavedViewsPerUser} views per user.`,
        body: ViewInput,
        response: { 201: SavedView },
      },
    },
    async (request, reply) => reply.code(201).send(await saveView(ctx.db, actorOf(request), ctx.clock.now(), request.body)),
  );
  app.put(
    '/api/v1/orders/saved-views/:id',
    {
      config: { permission: 'orders:read' },
      schema: { tags: ['orders'], summary: 'Rename a saved view or replace its filters', params: IdParams, body: ViewInput, response: { 200: SavedView } },
    },
    async (request) => replaceView(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );
  app.delete(
    '/api/v1/orders/saved-views/:id',
    { config: { permission: 'orders:read' }, schema: { tags: ['orders'], summary: 'Delete one of my saved views', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await deleteView(ctx.db, actorOf(request), ctx.clock.now(), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
