import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { IdParams, IsoDate, Page, StrictObject, Uuid } from '../../platform/http/schemas.js';
import { setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { capacityCalendar, createProductionLine, getProductionLine, listProductionLines, setLineCapacity } from './service.js';

const Units = Type.Integer({ minimum: 0, maximum: 1_000_000 });

const ProductionLine = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  active: Type.Boolean(),
  defaultDailyCapacity: Type.Integer(),
  workingWeekdays: Type.Array(Type.Integer()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
const CapacityDay = Type.Object({
  lineId: Type.String(),
  lineCode: Type.String(),
  date: Type.String(),
  capacityUnits: Type.Integer(),
  bookedUnits: Type.Integer(),
  freeUnits: Type.Integer(),
  source: Type.String(),
});
const Calendar = Type.Object({ items: Type.Array(CapacityDay) });

export const capacityRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/production-lines',
    {
      config: { permission: 'production_lines:write' },
      schema: {
        tags: ['capacity'],
        summary: 'Create a production line with its default daily capacity',
        body: StrictObject({
          code: Type.String({ minLength: 1, maxLength: 32, pattern: '^\\S(.*\\S)?$' }),
          name: Type.String({ minLength: 1, maxLength: 200 }),
          defaultDailyCapacity: Units,
          workingWeekdays: Type.Optional(
            Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { uniqueItems: true, maxItems: 7, description: 'ISO weekdays the default applies to (1 = Monday); Monday–Friday if omitted' }),
          ),
          active: Type.Optional(Type.Boolean()),
        }),
        response: { 201: ProductionLine },
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
        querystring: StrictObject({ limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) }),
        response: { 200: Page(ProductionLine) },
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
        querystring: StrictObject({ from: IsoDate, to: IsoDate, lineId: Type.Optional(Uuid) }),
        response: { 200: Calendar },
      },
    },
    async (request) => ({ items: await capacityCalendar(ctx.db, request.query) }),
  );

  app.get(
    '/api/v1/production-lines/:id',
    { config: { permission: 'production_lines:read' }, schema: { tags: ['capacity'], summary: 'One production line', params: IdParams, response: { 200: ProductionLine } } },
    async (request, reply) => {
      const line = await getProductionLine(ctx.db, request.params.id);
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
        body: StrictObject({ from: IsoDate, to: IsoDate, capacityUnits: Units }),
        response: { 200: Calendar },
      },
    },
    async (request) => ({ items: await setLineCapacity(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body) }),
  );
};
