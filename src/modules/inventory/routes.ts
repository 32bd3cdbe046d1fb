import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, Page } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/auth.js';
import { capacityRoutes } from './capacity-routes.js';
import { LedgerMovementView, MovementCreate, MovementQuery, MovementRecorded, MovementView, PageQuery, StockLevel } from './contract.js';
import { getStockLevel, listLedger, listStockMovements, recordStockMovement } from './service.js';

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
        body: MovementCreate,
        response: { 201: MovementRecorded },
      },
    },
    async (request, reply) => reply.code(201).send(await recordStockMovement(ctx.db, actorOf(request), ctx.clock.now(), request.body)),
  );

  app.get(
    '/api/v1/stock/movements',
    {
      config: { permission: 'stock:read' },
      schema: {
        tags: ['stock'],
        summary: 'The stock ledger of every product, newest first; filter by product or kind',
        querystring: MovementQuery,
        response: { 200: Page(LedgerMovementView) },
      },
    },
    async (request) => listLedger(ctx.db, { ...request.query, limit: request.query.limit ?? 50 }),
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
        querystring: PageQuery,
        response: { 200: Page(MovementView) },
      },
    },
    async (request) => listStockMovements(ctx.db, request.params.id, { limit: request.query.limit ?? 50, cursor: request.query.cursor }),
  );
};
