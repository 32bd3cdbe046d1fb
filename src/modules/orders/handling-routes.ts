import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { IdParams, IfMatchHeaders, Page, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { cancelOrder } from './cancel.js';
import { Order, OrderCreate } from './routes.js';
import { contactChannels, decideReviewStep, getOrder, listContacts, logContact, resubmitOrder, type OrderContext } from './service.js';

/* The order's way through review decisions and exceptions: decide a step, log contacts with the customer, resubmit, cancel. */

const Contact = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  channel: Type.String(),
  summary: Type.String(),
  outcome: Type.Union([Type.String(), Type.Null()]),
  contactedBy: Type.Union([Type.String(), Type.Null()]),
  contactedByLabel: Type.String(),
  at: Type.String(),
});

const Corrections = StrictObject({
  requestedDeliveryDate: OrderCreate.properties.requestedDeliveryDate,
  specialRequirements: OrderCreate.properties.specialRequirements,
  paymentStatus: Type.Optional(OrderCreate.properties.paymentStatus),
  contact: OrderCreate.properties.contact,
  delivery: OrderCreate.properties.delivery,
});

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
        params: StrictObject({ id: Uuid, stepId: Uuid }),
        body: StrictObject({
          decision: StringEnum(['approve', 'reject', 'return'] as const),
          comment: Type.Optional(Type.String({ maxLength: 2000, description: 'Required to reject or return: why, or the questions for the customer' })),
          lateReason: Type.Optional(
            Type.String({ minLength: 1, maxLength: 1000, description: "Why the order's response deadline was missed; required when the last approval comes after it (409 late_reason_required)" }),
          ),
        }),
        response: { 200: Order },
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
        body: StrictObject({
          channel: StringEnum(contactChannels),
          summary: Type.String({ minLength: 1, maxLength: 2000 }),
          outcome: Type.Optional(Type.String({ maxLength: 2000 })),
        }),
        response: { 201: Contact },
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
        querystring: StrictObject({ limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) }),
        response: { 200: Page(Contact) },
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
        body: StrictObject({
          corrections: Type.Optional(Corrections),
          note: Type.String({ minLength: 1, maxLength: 2000 }),
          lateReason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Why the response deadline was missed, should the order now be approved after it' })),
        }),
        response: { 200: Order },
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
        body: StrictObject({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }),
        response: { 200: Order },
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
