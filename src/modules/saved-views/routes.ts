import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/auth.js';
import { OrderFilters, orderStatuses } from '../orders/contract.js';
import { deleteView, getPreference, listSavedViews, maxPreferenceBytes, maxSavedViewsPerUser, replaceView, saveView, setPreference } from './service.js';

/* Saved views of the order list (a user's own named filters and layout) and each user's display preferences. */

const ViewFilters = StrictObject({
  ...OrderFilters.properties,
  status: Type.Optional(StringEnum(orderStatuses)),
  layout: Type.Optional(StringEnum(['list', 'kanban'] as const)),
});
const ViewInput = StrictObject({ name: Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' }), filters: ViewFilters });
const SavedView = Type.Object({ id: Type.String(), name: Type.String(), filters: ViewFilters, createdAt: Type.String(), updatedAt: Type.String() });

const PreferenceParams = StrictObject({
  key: Type.String({ pattern: '^[a-z][a-zA-Z0-9._-]{0,63}$', description: 'What the preference is for, e.g. table.orders' }),
});
const Preference = Type.Object({ key: Type.String(), value: Type.Unknown({ description: 'Any JSON the console keeps (null when never set)' }) });

export const savedViewRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/me/preferences/:key',
    {
      config: { permission: 'signed_in' },
      schema: { tags: ['users'], summary: 'One of my display preferences (a table\'s columns and density …); null when never set', params: PreferenceParams, response: { 200: Preference } },
    },
    async (request) => ({ key: request.params.key, value: await getPreference(ctx.db, actorOf(request), request.params.key) }),
  );
  app.put(
    '/api/v1/me/preferences/:key',
    {
      config: { permission: 'signed_in' },
      schema: {
        tags: ['users'],
        summary: 'Keep one of my display preferences',
        description: `The value is a JSON object of at most ${maxPreferenceBytes} bytes (413 payload_too_large beyond); each user has their own.`,
        params: PreferenceParams,
        body: StrictObject({ value: Type.Record(Type.String(), Type.Unknown(), { description: 'A JSON object: the layout or setting kept' }) }),
        response: { 200: Preference },
      },
    },
    async (request) => ({ key: request.params.key, value: await setPreference(ctx.db, actorOf(request), ctx.clock.now(), request.params.key, request.body.value) }),
  );

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
