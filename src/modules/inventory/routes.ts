import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { IdParams, Page, StrictObject, Uuid } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/auth.js';
import { capacityRoutes } from './capacity-routes.js';
import { getStockLevel, listStockMovements, recordStockMovement } from './service.js';

const StockLevel = Type.Object({ productId: Type.String(), onHand: Type.Integer(), reserved: Type.Integer(), available: Type.Integer() });
const Movement = Type.Object({
  id: Type.String(),
  productId: Type.String(),
  kind: Type.String(),
  onHandDelta: Type.Integer(),
  reservedDelta: Type.Integer(),
  onHandAfter: Type.Integer(),
  reservedAfter: Type.Integer(),
  orderId: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
  actorId: Type.Union([Type.String(), Type.Null()]),
  at: Type.String(),
});

export const inventoryRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  await app.register(capacityRoutes, ctx);

  app.post(
    '/api/v1/stock/movements',
    {
      config: { permission: 'stock:write' },
      schema: {
        tags: ['stock'],
        summary: 'Book a goods receipt or a stock adjustment',
        description: 'receipt: a positive quantity arrives. adjustment: a signed correction (count, damage) with a reason; never below what is reserved.',
        body: StrictObject({
          productId: Uuid,
          kind: Type.Union([Type.Literal('receipt'), Type.Literal('adjustment')]),
          quantity: Type.Integer({ minimum: -1_000_000, maximum: 1_000_000, not: { const: 0 }, description: 'Non-zero; negative only for adjustments' }),
          reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
        }),
        response: { 201: Type.Object({ movement: Movement, level: StockLevel }) },
      },
    },
    async (request, reply) => reply.code(201).send(await recordStockMovement(ctx.db, actorOf(request), ctx.clock.now(), request.body)),
  );

  app.get(
    '/api/v1/products/:id/stock',
    { config: { permission: 'stock:read' }, schema: { tags: ['stock'], summary: 'On hand, reserved and available', params: IdParams, response: { 200: StockLevel } } },
    async (request) => getStockLevel(ctx.db, request.params.id),
  );

  app.get(
    '/api/v1/products/:id/stock/movements',
    {
      config: { permission: 'stock:read' },
      schema: {
        tags: ['stock'],
        summary: 'The stock ledger of a product, newest first',
        params: IdParams,
        querystring: StrictObject({ limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) }),
        response: { 200: Page(Movement) },
      },
    },
    async (request) => listStockMovements(ctx.db, request.params.id, { limit: request.query.limit ?? 50, cursor: request.query.cursor }),
  );
};
