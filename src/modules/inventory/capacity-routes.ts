import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, IfMatchHeaders, Page } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { Calendar, CalendarQuery, CapacitySet, PageQuery, ProductionLineCreate, ProductionLinePatch, ProductionLineView } from './contract.js';
import { capacityCalendar, createProductionLine, getProductionLine, listProductionLines, setLineCapacity, updateProductionLine } from './service.js';

export const capacityRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/production-lines',
    {
      config: { permission: 'production_lines:write' },
      schema: {
        tags: ['capacity'],
        summary: 'Create a production line with its default daily capacity',
        body: ProductionLineCreate,
        response: { 201: ProductionLineView },
      },
    },
    async (request, reply) => {
      const line = await createProductionLine(ctx.db, actorOf(request), ctx.clock.now(), request.body);
      setVersionTag(reply, line.version);
      reply.header('location', `/api/v1/production-lines/${line.id}`);
      return reply.code(201).send(line);
    },
  );

  app.get(
    '/api/v1/production-lines',
    {
      config: { permission: 'production_lines:read' },
      schema: {
        tags: ['capacity'],
        summary: 'Production lines by code',
        querystring: PageQuery,
        response: { 200: Page(ProductionLineView) },
      },
    },
    async (request) => listProductionLines(ctx.db, { limit: request.query.limit ?? 50, cursor: request.query.cursor }),
  );

  app.get(
    '/api/v1/production-lines/capacity',
    {
      config: { permission: 'production_lines:read' },
      schema: {
        tags: ['capacity'],
        summary: 'The capacity calendar of every active line (or one line) for a range of days',
        querystring: CalendarQuery,
        response: { 200: Calendar },
      },
    },
    async (request) => ({ items: await capacityCalendar(ctx.db, request.query) }),
  );

  app.get(
    '/api/v1/production-lines/:id',
    { config: { permission: 'production_lines:read' }, schema: { tags: ['capacity'], summary: 'One production line', params: IdParams, response: { 200: ProductionLineView } } },
    async (request, reply) => {
      const line = await getProductionLine(ctx.db, request.params.id);
      setVersionTag(reply, line.version);
      return line;
    },
  );

  app.patch(
    '/api/v1/production-lines/:id',
    {
      config: { permission: 'production_lines:write' },
      schema: {
        tags: ['capacity'],
        summary: 'Change a production line; send If-Match with the version you edited',
        params: IdParams,
        headers: IfMatchHeaders,
        body: ProductionLinePatch,
        response: { 200: ProductionLineView },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request.headers['if-match']);
      const line = await updateProductionLine(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, version, request.body);
      setVersionTag(reply, line.version);
      return line;
    },
  );

  app.put(
    '/api/v1/production-lines/:id/capacity',
    {
      config: { permission: 'production_lines:write' },
      schema: {
        tags: ['capacity'],
        summary: "Set a line's capacity for every day of a range (a holiday: 0; an extra shift: more)",
        description: 'Refused with 409 capacity_below_booked, writing nothing, when a day has more units booked than the new capacity.',
        params: IdParams,
        body: CapacitySet,
        response: { 200: Calendar },
      },
    },
    async (request) => ({ items: await setLineCapacity(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body) }),
  );
};
