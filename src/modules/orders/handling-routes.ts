import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, IfMatchHeaders, Page } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { cancelOrder } from './cancel.js';
import { getCustomer } from '../customers/service.js';
import { TaskSchedule, TaskView } from '../tasks/contract.js';
import { scheduleTask } from '../tasks/service.js';
import { DomainError } from '../../platform/http/errors.js';
import { Cancellation, ContactInput, ContactView, ExceptionDeskItem, ExceptionDeskQuery, OrderView, OwnerAssignment, PageQuery, Resubmission, ReviewDecision, ReviewStepParams } from './contract.js';
import { assignOrderOwner, decideReviewStep, getOrder, listContacts, listExceptionDesk, logContact, resubmitOrder, type OrderContext } from './service.js';

/* The order's way through review decisions and exceptions: decide a step, log contacts with the customer, resubmit, cancel; who owns it; calls and visits scheduled for it. */

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

  app.get(
    '/api/v1/orders/exceptions',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['orders'],
        summary: 'The exception desk: orders in exception, longest waiting first, with the contact deadline, who holds it and the last contact',
        querystring: ExceptionDeskQuery,
        response: { 200: Page(ExceptionDeskItem) },
      },
    },
    async (request) => {
      const { owner, limit, cursor } = request.query;
      return listExceptionDesk(ctx.db, ctx.clock.now(), { owner: owner === 'me' ? actorOf(request).userId : owner, limit: limit ?? 50, cursor });
    },
  );

  app.post(
    '/api/v1/orders/:id/owner',
    {
      config: { permission: 'orders:handle_exception' },
      schema: {
        tags: ['orders'],
        summary: 'Hand the order to another staff member, with a note; they are told and get its open exception task',
        description: '409 owner_inactive: the person is deactivated; 422 unknown_reference: no such staff member; 412 when the order changed since the version sent.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: OwnerAssignment,
        response: { 200: OrderView },
      },
    },
    async (request, reply) => {
      const order = await assignOrderOwner(orderContext(request), request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, order.version);
      return order;
    },
  );

  app.post(
    '/api/v1/tasks',
    {
      config: { permission: 'tasks:write' },
      schema: {
        tags: ['tasks'],
        summary: 'Schedule a call or a visit for a customer or an order',
        description:
          'Give customerId, orderId or both (the order must be the customer\'s). The task is for the role given (by default your first) and held by assigneeId (by default you), ' +
          'who must hold that role (422 assignee_role_missing; 409 assignee_inactive).',
        body: TaskSchedule,
        response: { 201: TaskView },
      },
    },
    async (request, reply) => {
      const { orderId, customerId } = request.body;
      const order = orderId ? await getOrder(ctx.db, orderId).catch(() => undefined) : undefined;
      if (orderId && !order) throw new DomainError('unknown_reference', `No order ${orderId}`, { errors: [{ path: '/orderId', in: 'body', code: 'unknown', message: 'is not a known order' }] });
      if (!orderId && !customerId) {
        throw new DomainError('validation_failed', 'Name the customer or the order the task is for', { errors: [{ path: '/customerId', in: 'body', code: 'required', message: 'is required without orderId' }] });
      }
      if (order && customerId && order.customer.id !== customerId) {
        throw new DomainError('validation_failed', `Order ${order.number} is not this customer's`, { errors: [{ path: '/orderId', in: 'body', code: 'customer', message: "is another customer's order" }] });
      }
      const customer = order ? order.customer.id : customerId!;
      if (!order && !(await getCustomer(ctx.db, customer))) {
        throw new DomainError('unknown_reference', `No customer ${customer}`, { errors: [{ path: '/customerId', in: 'body', code: 'unknown', message: 'is not a known customer' }] });
      }
      const task = await scheduleTask(ctx.db, actorOf(request), ctx.clock.now(), {
        kind: request.body.kind,
        customerId: customer,
        orderId: orderId ?? null,
        summary: request.body.summary,
        dueAt: new Date(request.body.dueAt),
        role: request.body.role,
        assigneeId: request.body.assigneeId,
      });
      return reply.code(201).send(task);
    },
  );
};
