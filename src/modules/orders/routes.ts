import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { AuditEvent, listEntityEvents } from '../../platform/audit/query.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { IdParams, IfMatchHeaders, IsoDate, Minor, Page, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { registerSettingRoutes } from '../../platform/settings/routes.js';
import { actorOf } from '../identity/auth.js';
import { levels } from './priority.js';
import { previewOrder } from './preview.js';
import { orderSummary } from './summary.js';
import { confirmEntry, countOrdersByStatus, createOrder, getOrder, getOrderDetail, listOrders, overridePriority } from './service.js';
import { assertConsistentSetting, channels, orderSettings, type OrderSettingKey } from './settings.js';
import { orderStatuses } from './states.js';
import { PromiseReason } from '../planning/service.js';

const Phone = Type.String({ pattern: '^[+0-9][0-9 ()-]{3,30}$' });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const OrderCreate = StrictObject({
  customerId: Uuid,
  channel: StringEnum(channels),
  externalRef: Type.Optional(Type.String({ minLength: 1, maxLength: 128, description: "The channel's own order reference" })),
  type: Type.Optional(StringEnum(['standard', 'custom', 'urgent'] as const)),
  requestedDeliveryDate: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  lines: Type.Array(
    StrictObject({
      productId: Uuid,
      quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
      unitPriceMinor: Type.Optional(Minor),
      discountMinor: Type.Optional(Minor),
    }),
    { minItems: 1, maxItems: 500 },
  ),
  contact: Type.Optional(StrictObject({ name: Text(100), phone: Type.Optional(Phone), email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })) })),
  delivery: Type.Optional(
    StrictObject({
      method: StringEnum(['ship', 'pickup'] as const),
      address: Type.Optional(
        StrictObject({
          label: Type.Optional(Text(50)),
          recipient: Type.Optional(Text(100)),
          phone: Type.Optional(Phone),
          country: Type.Optional(Text(100)),
          region: Type.Optional(Text(100)),
          city: Type.Optional(Text(100)),
          district: Type.Optional(Text(100)),
          line1: Text(300),
          postalCode: Type.Optional(Type.String({ maxLength: 20 })),
        }),
      ),
    }),
  ),
  specialRequirements: Type.Optional(
    Type.Union([
      Type.String({ maxLength: 2000 }),
      StrictObject({
        text: Type.Optional(Type.String({ maxLength: 2000 })),
        customization: Type.Optional(Type.Record(Type.String({ minLength: 1, maxLength: 50 }), Type.String({ maxLength: 500 }))),
        packaging: Type.Optional(Type.String({ maxLength: 500 })),
      }),
      Type.Null(),
    ]),
  ),
  paymentStatus: StringEnum(['unpaid', 'partial', 'paid'] as const),
});

const Finding = Type.Object({ code: Type.String(), message: Type.String(), path: Type.Optional(Type.String()) });
const Priority = Type.Object({
  level: Type.String(),
  score: Type.Number(),
  scoredLevel: Type.String(),
  factors: Type.Array(
    Type.Object({
      dimension: Type.String(),
      value: Type.Union([Type.String(), Type.Number(), Type.Null()]),
      level: Type.String(),
      points: Type.Number(),
      weight: Type.Number(),
      score: Type.Number(),
      explanation: Type.String(),
    }),
  ),
  rules: Type.Array(Type.Object({ code: Type.String(), level: Type.String(), explanation: Type.String() })),
  override: Type.Union([Type.Object({ level: Type.String(), reason: Type.String(), by: Type.String(), at: Type.String() }), Type.Null()]),
});
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const summaryFields = {
  id: Type.String(),
  number: Type.String(),
  status: StringEnum(orderStatuses),
  type: Type.String(),
  channel: Type.String(),
  externalRef: Nullable(Type.String()),
  customer: Type.Object({ id: Type.String(), name: Type.String() }),
  priority: Priority,
  exceptions: Type.Array(Finding),
  warnings: Type.Array(Finding),
  requestedDeliveryDate: Nullable(Type.String()),
  promisedDeliveryDate: Nullable(Type.String({ description: 'The earliest delivery Ordo can honour; moves with the plan and its delays' })),
  paymentStatus: OrderCreate.properties.paymentStatus,
  totals: Type.Object({ currency: Type.String(), subtotalMinor: Type.Integer(), discountMinor: Type.Integer(), totalMinor: Type.Integer() }),
  receivedAt: Type.String(),
  responseDueAt: Type.String(),
  planDueAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
};
const OrderSummary = Type.Object(summaryFields);
export const Order = Type.Object({
  ...summaryFields,
  contact: Nullable(Type.Object({}, { additionalProperties: true })),
  delivery: Type.Object({ method: Type.String(), address: Nullable(Type.Object({}, { additionalProperties: true })) }),
  specialRequirements: Nullable(Type.Object({}, { additionalProperties: true })),
  entry: Type.Object({ check: Type.String(), enteredBy: Nullable(Type.String()), confirmedBy: Nullable(Type.String()), confirmedAt: Nullable(Type.String()) }),
  lines: Type.Array(
    Type.Object({
      id: Type.String(),
      lineNo: Type.Integer(),
      productId: Type.String(),
      sku: Type.String(),
      name: Type.String(),
      unit: Type.String(),
      kind: Type.String(),
      quantity: Type.Integer(),
      listPriceMinor: Type.Integer(),
      unitPriceMinor: Type.Integer(),
      discountMinor: Type.Integer(),
      totalMinor: Type.Integer(),
      reservedQuantity: Type.Integer(),
      backorderedQuantity: Type.Integer(),
      shippedQuantity: Type.Integer(),
    }),
  ),
});
const OrderDetail = Type.Object({
  ...Order.properties,
  nextDeadline: Nullable(
    Type.Object(
      { kind: Type.String(), dueAt: Type.String(), secondsLeft: Type.Integer() },
      { description: 'The soonest deadline whose step is not done yet; secondsLeft is negative when overdue' },
    ),
  ),
});
const OrderPreview = Type.Object({
  lines: Type.Array(
    Type.Object({
      productId: Type.String(),
      sku: Type.String(),
      name: Type.String(),
      unit: Type.String(),
      kind: Type.String(),
      quantity: Type.Integer(),
      listPriceMinor: Type.Integer(),
      unitPriceMinor: Type.Integer(),
      discountMinor: Type.Integer(),
      totalMinor: Type.Integer(),
      coveredQuantity: Nullable(Type.Integer({ description: 'What available stock would cover of this line now; null when the product carries no stock' })),
      available: Nullable(Type.Integer({ description: "The product's available stock before this order" })),
    }),
  ),
  totals: summaryFields.totals,
  exceptions: Type.Array(Finding),
  warnings: Type.Array(Finding),
  priority: Priority,
  responseDueAt: Type.String(),
  planDueAt: Type.String(),
  entryCheckRequired: Type.Boolean(),
  promise: Type.Object({
    date: Nullable(Type.String({ description: 'The delivery date intake would promise; null when the capacity calendar cannot make it' })),
    reasoning: Type.Array(PromiseReason),
  }),
});
const OrderSummaryFigures = Type.Object({
  today: Type.Object({ date: Type.String(), received: Type.Integer() }),
  byStatus: Type.Array(Type.Object({ status: StringEnum(orderStatuses), count: Type.Integer() })),
  monthToDate: Type.Object({
    from: Type.String(),
    received: Type.Integer(),
    inException: Type.Integer(),
    byDay: Type.Array(Type.Object({ date: Type.String(), received: Type.Integer() })),
    byPriority: Type.Array(Type.Object({ level: Type.String(), count: Type.Integer() })),
    byChannel: Type.Array(Type.Object({ channel: Type.String(), count: Type.Integer() })),
    amounts: Type.Array(Type.Object({ currency: Type.String(), totalMinor: Type.Integer() })),
  }),
});

/** What narrows the order list and its status counts; saved views store the same. */
export const OrderFilters = StrictObject({
  customerId: Type.Optional(Uuid),
  productId: Type.Optional(Type.String({ ...Uuid, description: 'Orders with a line of this product' })),
  priority: Type.Optional(StringEnum(levels)),
  channel: Type.Optional(StringEnum(channels)),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Order number prefix, exact external reference, or part of the customer name' })),
});

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
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' })) }),
        body: OrderCreate,
        response: { 200: Order, 201: Order },
      },
    },
    async (request, reply) => {
      const result = await createOrder(
        { db: ctx.db, now: ctx.clock.now(), timeZone: ctx.config.timeZone, actor: actorOf(request), idempotencyKey: request.headers['idempotency-key'] },
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
        summary: 'The unified order list, newest first',
        querystring: StrictObject({
          status: Type.Optional(StringEnum(orderStatuses)),
          ...OrderFilters.properties,
          limit: Type.Optional(limitSchema),
          cursor: Type.Optional(cursorSchema),
        }),
        response: { 200: Page(OrderSummary) },
      },
    },
    async (request) => listOrders(ctx.db, { ...request.query, limit: request.query.limit ?? 50 }),
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
          200: Type.Object({
            total: Type.Integer(),
            byStatus: Type.Record(Type.String(), Type.Integer(), { description: 'Statuses with no order are left out' }),
          }),
        },
      },
    },
    async (request) => countOrdersByStatus(ctx.db, request.query),
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
    '/api/v1/orders/:id',
    {
      config: { permission: 'orders:read' },
      schema: { tags: ['orders'], summary: 'One order with its lines and its next deadline', params: IdParams, response: { 200: OrderDetail } },
    },
    async (request, reply) => {
      const order = await getOrderDetail(ctx.db, request.params.id, ctx.clock.now());
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
        querystring: StrictObject({ limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) }),
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
        response: { 200: Order },
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
        body: StrictObject({ level: StringEnum(levels), reason: Type.String({ minLength: 3, maxLength: 500 }) }),
        response: { 200: Order },
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
