import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { AuditEvent, listEntityEvents } from '../../platform/audit/query.js';
import { IdParams, IfMatchHeaders, Page } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { registerSettingRoutes } from '../../platform/settings/routes.js';
import { actorOf } from '../../platform/http/auth.js';
import { previewOrder } from './preview.js';
import { exportOrders } from './export.js';
import { chosenColumns, readerLanguage, sendFile } from '../../platform/export/table-file.js';
import { Type } from '@sinclair/typebox';
import { confirmEntry, countOrders, countOrdersByStatus, createOrder, getOrder, getOrderDetail, type HealthClock, listAtRiskOrders, listOrders, orderNumbererFor, orderSummary, overridePriority } from './service.js';
import { assertConsistentSetting, type OrderSettingKey, orderSettings } from './settings.js';
import {
  AtRiskOrder,
  AtRiskQuery,
  IdempotencyHeaders,
  OrderCountQuery,
  OrderCreate,
  OrderExportQuery,
  exportColumns,
  OrderDetail,
  OrderFilters,
  OrderListItem,
  OrderListQuery,
  OrderPreview,
  OrderSummaryFigures,
  OrderView,
  PageQuery,
  PriorityOverride,
  StatusCounts,
} from './contract.js';

/** Health is judged at the server's time, in the business's time zone. */
function healthClock(ctx: AppContext): HealthClock {
  return { now: ctx.clock.now(), timeZone: ctx.config.timeZone };
}

/** `owner=me` is the caller: the filter the service sees names a user. */
function withOwner<Q extends { owner?: string }>(request: FastifyRequest, query: Q): Q {
  return query.owner === 'me' ? { ...query, owner: actorOf(request).userId } : query;
}

export const orderRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/orders',
    {
      config: { permission: 'orders:create' },
      schema: {
        tags: ['orders'],
        summary: 'Take an order in from any channel',
        description:
          'Prices the lines, reserves stock (short lines are backordered), runs the preliminary audit, scores the priority and sets the response and plan deadlines. ' +
          'With an Idempotency-Key, a retry with the same body returns the same order; with another body, 422. ' +
          "An order of the same customer whose channel + externalRef already exists is returned with 200 instead of being created twice; another customer's reference is theirs alone.",
        headers: IdempotencyHeaders,
        body: OrderCreate,
        response: { 200: OrderView, 201: OrderView },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const owner = actor.customerId ? null : { id: actor.userId, name: actor.name };
      const result = await createOrder(
        { db: ctx.db, now: ctx.clock.now(), timeZone: ctx.config.timeZone, actor, idempotencyKey: request.headers['idempotency-key'], owner, numberer: orderNumbererFor(ctx) },
        request.body,
      );
      setVersionTag(reply, result.body.version);
      if (result.statusCode === 201) reply.header('location', `/api/v1/orders/${result.body.id}`);
      return reply.code(result.statusCode === 201 ? 201 : 200).send(result.body);
    },
  );

  app.post(
    '/api/v1/orders/preview',
    {
      config: { permission: 'orders:create' },
      schema: {
        tags: ['orders'],
        summary: 'What intake would make of an order, without taking it: prices, audit findings, priority and deadlines',
        description: 'Takes the same body as POST /api/v1/orders and writes nothing; stock is not reserved, each stock line shows what available stock would cover.',
        body: OrderCreate,
        response: { 200: OrderPreview },
      },
    },
    async (request) => previewOrder(ctx.db, ctx.clock.now(), ctx.config.timeZone, request.body),
  );

  app.get(
    '/api/v1/orders',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['orders'],
        summary: 'The unified order list with schedule health: newest first, or sorted by promise date, health or next deadline; filtered by health',
        querystring: OrderListQuery,
        response: { 200: Page(OrderListItem) },
      },
    },
    async (request) => listOrders(ctx.db, healthClock(ctx), { ...withOwner(request, request.query), limit: request.query.limit ?? 50 }),
  );

  app.get(
    '/api/v1/orders/count',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['orders'],
        summary: 'How many orders the list holds under the same filters and healths (the table\'s total)',
        querystring: OrderCountQuery,
        response: { 200: Type.Object({ total: Type.Integer() }) },
      },
    },
    async (request) => countOrders(ctx.db, healthClock(ctx), withOwner(request, request.query)),
  );

  app.get(
    '/api/v1/orders/export',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['orders'],
        summary: 'The order list as a file: every order the filters select, in the list\'s sort, as XLSX or CSV',
        description:
          'Takes the list\'s filters and sort, plus the columns to write (in order) and the language of headers and cells. ' +
          'The file is streamed as it is read; CSV is UTF-8 with a byte-order mark.',
        querystring: OrderExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
      },
    },
    async (request, reply) => {
      const { format, columns, lang, ...query } = withOwner(request, request.query);
      const language = readerLanguage(lang, actorOf(request), request.headers['accept-language']);
      const stream = exportOrders(ctx.db, healthClock(ctx), { query, columns: chosenColumns(columns, exportColumns), language, format });
      return sendFile(reply, stream, { format, name: 'orders', now: ctx.clock.now(), timeZone: ctx.config.timeZone });
    },
  );

  app.get(
    '/api/v1/orders/at-risk',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['orders'],
        summary: 'Every late or at-risk order, one row each, with what holds it up and who holds it: most late first, or by promise date',
        querystring: AtRiskQuery,
        response: { 200: Page(AtRiskOrder) },
      },
    },
    async (request) =>
      listAtRiskOrders(ctx.db, healthClock(ctx), {
        sort: request.query.sort ?? 'lateness',
        order: request.query.order ?? 'asc',
        limit: request.query.limit ?? 50,
        cursor: request.query.cursor,
      }),
  );

  app.get(
    '/api/v1/orders/summary',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['orders'],
        summary: "The dashboard's figures: today's intake, orders by status, month-to-date intake by day, priority and channel, and amounts",
        response: { 200: OrderSummaryFigures },
      },
    },
    async () => orderSummary(ctx.db, ctx.clock.now(), ctx.config.timeZone),
  );

  app.get(
    '/api/v1/orders/status-counts',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['orders'],
        summary: 'How many orders each status holds, under the same filters as the list (the kanban column heads)',
        querystring: OrderFilters,
        response: {
          200: StatusCounts,
        },
      },
    },
    async (request) => countOrdersByStatus(ctx.db, withOwner(request, request.query)),
  );

  app.get(
    '/api/v1/orders/:id',
    {
      config: { permission: 'orders:read' },
      schema: { tags: ['orders'], summary: 'One order with its lines and its next deadline', params: IdParams, response: { 200: OrderDetail } },
    },
    async (request, reply) => {
      const order = await getOrderDetail(ctx.db, request.params.id, healthClock(ctx));
      setVersionTag(reply, order.version);
      return order;
    },
  );

  app.get(
    '/api/v1/orders/:id/events',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['orders'],
        summary: "The order's history from the audit trail, oldest first",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: Page(AuditEvent) },
      },
    },
    async (request) => {
      await getOrder(ctx.db, request.params.id);
      return listEntityEvents(ctx.db, 'order', request.params.id, { limit: request.query.limit ?? 50, cursor: request.query.cursor });
    },
  );

  app.post(
    '/api/v1/orders/:id/confirm-entry',
    {
      config: { permission: 'orders:confirm_entry' },
      schema: {
        tags: ['orders'],
        summary: 'Confirm a hand-entered order (maker–checker); must be someone other than who entered it',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 200: OrderView },
      },
    },
    async (request, reply) => {
      const ifMatch = request.headers['if-match'];
      const order = await confirmEntry(
        { db: ctx.db, actor: actorOf(request), now: ctx.clock.now(), timeZone: ctx.config.timeZone },
        request.params.id,
        ifMatch === undefined ? undefined : requiredVersion(ifMatch),
      );
      setVersionTag(reply, order.version);
      return order;
    },
  );

  app.post(
    '/api/v1/orders/:id/priority-override',
    {
      config: { permission: 'orders:override_priority' },
      schema: {
        tags: ['orders'],
        summary: "Set an order's priority by hand, with a reason; its deadlines follow",
        params: IdParams,
        headers: IfMatchHeaders,
        body: PriorityOverride,
        response: { 200: OrderView },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request.headers['if-match']);
      const order = await overridePriority(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, version, request.body);
      setVersionTag(reply, order.version);
      return order;
    },
  );

  for (const key of Object.keys(orderSettings) as OrderSettingKey[]) {
    const { schema, defaults } = orderSettings[key];
    registerSettingRoutes(app, ctx, { key, schema, defaults, check: (value) => assertConsistentSetting(key, value) });
  }
};
