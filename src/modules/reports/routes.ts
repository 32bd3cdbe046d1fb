import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { OrderSummaryFigures } from './contract.js';
import { orderSummary } from './service.js';

export const reportRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
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
};
