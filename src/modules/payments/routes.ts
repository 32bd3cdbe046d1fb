import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { IdParams } from '../../platform/http/schemas.js';
import { CustomerReceivables, OrderPayments, PaymentInput, ReceivablesAgeing, RecordedPayment } from './contract.js';
import { customerReceivables, listPayments, receivablesAgeing, recordPayment } from './service.js';

export const paymentRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/orders/:id/payments',
    {
      config: { permission: 'payments:write' },
      schema: {
        tags: ['payments'],
        summary: 'Record a payment or a refund against an order',
        description:
          'Partial payments are allowed; the order’s paymentStatus follows (unpaid → partial → paid; refunded). ' +
          '422 payment_exceeds_due: more than the order still owes; 422 refund_exceeds_received: more than it has received; ' +
          '422 payment_currency_mismatch; 409 order_cancelled_payment (a cancelled order takes refunds only).',
        params: IdParams,
        body: PaymentInput,
        response: { 201: RecordedPayment },
      },
    },
    async (request, reply) => reply.code(201).send(await recordPayment(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/orders/:id/payments',
    {
      config: { permission: 'payments:read' },
      schema: { tags: ['payments'], summary: 'The order’s payments and refunds, with what it still owes', params: IdParams, response: { 200: OrderPayments } },
    },
    async (request) => listPayments(ctx.db, request.params.id),
  );

  app.get(
    '/api/v1/customers/:id/receivables',
    {
      config: { permission: 'payments:read' },
      schema: {
        tags: ['payments'],
        summary: 'What the customer owes: orders not cancelled and not fully paid, completed ones included',
        description: 'Each with its due date by the customer’s payment terms and the days it is overdue.',
        params: IdParams,
        response: { 200: CustomerReceivables },
      },
    },
    async (request) => customerReceivables(ctx.db, ctx.clock.now(), ctx.config.timeZone, request.params.id),
  );

  app.get(
    '/api/v1/receivables/ageing',
    {
      config: { permission: 'payments:read' },
      schema: {
        tags: ['payments'],
        summary: 'Open receivables by days overdue (current, 1–30, 31–60, 61–90, over 90), per customer and currency',
        description: 'Due dates follow each customer’s payment terms: prepaid on the order day, cash on delivery on the delivery day, net N days after delivery.',
        response: { 200: ReceivablesAgeing },
      },
    },
    async () => receivablesAgeing(ctx.db, ctx.clock.now(), ctx.config.timeZone),
  );
};
