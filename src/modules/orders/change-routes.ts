import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, IfMatchHeaders } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { changeOrder } from './changes.js';
import { listRevisions } from './revisions.js';
import { getOrder } from './service.js';
import { OrderChange, OrderRevision, OrderView } from './contract.js';

/* Changes after intake and the revision history they leave (issue 13). */

export const orderChangeRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/orders/:id/changes',
    {
      config: { permission: 'orders:change' },
      schema: {
        tags: ['orders'],
        summary: 'Change an order after intake: quantities, lines, delivery date and address, special requirements — with a reason',
        description:
          'One transaction: stock is re-reserved or released (short lines are backordered), the priority, deadlines and promise date are worked out again and the ' +
          'preliminary audit reruns. A material change (the order-changes setting says which: amount, lines added or removed, customisation) or one the audit now ' +
          'finds problems with sends the order back through the audit and a new review round; a planned order whose lines changed is re-planned. The order keeps a ' +
          'revision and the customer is told. 428 without If-Match; 412 precondition_failed naming who changed the order last and when; 409 order_shipped; ' +
          '422 empty_change, zero_quantity, last_line_removed, product_discontinued, unknown_reference.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: OrderChange,
        response: { 200: OrderView },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request.headers['if-match']);
      const order = await changeOrder({ db: ctx.db, actor: actorOf(request), now: ctx.clock.now(), timeZone: ctx.config.timeZone }, request.params.id, version, request.body);
      setVersionTag(reply, order.version);
      return order;
    },
  );

  app.get(
    '/api/v1/orders/:id/revisions',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['orders'],
        summary: "The order's revision history: every change after intake with who, when, why and the before/after of each field and line, oldest first",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(OrderRevision) }) },
      },
    },
    async (request) => {
      await getOrder(ctx.db, request.params.id);
      return { items: await listRevisions(ctx.db, request.params.id) };
    },
  );
};
