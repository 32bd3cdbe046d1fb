import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, IfMatchHeaders, Page } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { cancelOrder } from './cancel.js';
import { Cancellation, ContactInput, ContactView, OrderView, PageQuery, Resubmission, ReviewDecision, ReviewStepParams } from './contract.js';
import { decideReviewStep, getOrder, listContacts, logContact, resubmitOrder, type OrderContext } from './service.js';

/* The order's way through review decisions and exceptions: decide a step, log contacts with the customer, resubmit, cancel. */

export const orderHandlingRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const orderContext = (request: Parameters<typeof actorOf>[0]): OrderContext => ({
    db: ctx.db,
    actor: actorOf(request),
    now: ctx.clock.now(),
    timeZone: ctx.config.timeZone,
  });

  app.post(
    '/api/v1/orders/:id/review/:stepId',
    {
      config: { permission: 'review:decide' },
      schema: {
        tags: ['review'],
        summary: 'Decide the review step waiting for your role: approve, reject, or return with questions',
        description:
          'Approve moves the order to the next step, or approves it after the last. Reject and return send it to exception, with a task for the specialist; ' +
          'they need a comment. 403 review_role_required: the step is for another role; 409 step_already_decided; 409 stale_review: the step is not the one waiting.',
        params: ReviewStepParams,
        body: ReviewDecision,
        response: { 200: OrderView },
      },
    },
    async (request, reply) => {
      const order = await decideReviewStep(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, { stepId: request.params.stepId, ...request.body });
      setVersionTag(reply, order.version);
      return order;
    },
  );

  app.post(
    '/api/v1/orders/:id/contacts',
    {
      config: { permission: 'orders:handle_exception' },
      schema: {
        tags: ['orders'],
        summary: 'Log a contact with the customer about the order',
        params: IdParams,
        body: ContactInput,
        response: { 201: ContactView },
      },
    },
    async (request, reply) => reply.code(201).send(await logContact(orderContext(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/orders/:id/contacts',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['orders'],
        summary: "The order's contact log, newest first",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: Page(ContactView) },
      },
    },
    async (request) => {
      await getOrder(ctx.db, request.params.id);
      return listContacts(ctx.db, request.params.id, { limit: request.query.limit ?? 50, cursor: request.query.cursor });
    },
  );

  app.post(
    '/api/v1/orders/:id/resubmit',
    {
      config: { permission: 'orders:handle_exception' },
      schema: {
        tags: ['orders'],
        summary: 'Resubmit an exception order with corrections, after contacting the customer',
        description:
          'Refused with 409 contact_required unless a contact was logged since the order went into exception. Reruns the preliminary audit: ' +
          'the order goes to review (a new round on the chain version it started with) or back to exception. Closes the exception task.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: Resubmission,
        response: { 200: OrderView },
      },
    },
    async (request, reply) => {
      const ifMatch = request.headers['if-match'];
      const order = await resubmitOrder(orderContext(request), request.params.id, ifMatch === undefined ? undefined : requiredVersion(ifMatch), {
        corrections: request.body.corrections ?? {},
        note: request.body.note,
        lateReason: request.body.lateReason,
      });
      setVersionTag(reply, order.version);
      return order;
    },
  );

  app.post(
    '/api/v1/orders/:id/cancel',
    {
      config: { permission: 'orders:cancel' },
      schema: {
        tags: ['orders'],
        summary: 'Cancel an order that has not shipped: reserved stock goes back, deadlines stop, it leaves the review inboxes; the customer is told',
        params: IdParams,
        headers: IfMatchHeaders,
        body: Cancellation,
        response: { 200: OrderView },
      },
    },
    async (request, reply) => {
      const ifMatch = request.headers['if-match'];
      const order = await cancelOrder(orderContext(request), request.params.id, ifMatch === undefined ? undefined : requiredVersion(ifMatch), request.body);
      setVersionTag(reply, order.version);
      return order;
    },
  );
};
