import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { AuditEvent, listEntityEvents } from '../../platform/audit/query.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { IdParams, Minor, Page, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';
import { actorOf } from '../identity/auth.js';
import { authoriseReturn, receiveReturn, refundReturn } from './returns.js';
import { acceptTransfer, caseStatuses, rmaStatuses, caseTypes, claimCase, closeCase, getCase, listCases, logCaseContact, openCase, requestTransfer, transferCase } from './service.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Rma = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  orderId: Type.String(),
  status: StringEnum(rmaStatuses),
  reason: Type.String(),
  lines: Type.Array(
    Type.Object({ lineId: Type.String(), lineNo: Type.Integer(), productId: Type.String(), sku: Type.String(), kind: Type.String(), quantity: Type.Integer(), disposition: Nullable(Type.String()) }),
  ),
  refundMinor: Nullable(Type.Integer()),
  currency: Type.String(),
  authorisedAt: Type.String(),
  receivedAt: Nullable(Type.String()),
  refundedAt: Nullable(Type.String()),
});
const Case = Type.Object({
  id: Type.String(),
  orderId: Nullable(Type.String()),
  customerId: Type.String(),
  type: Type.String(),
  status: StringEnum(caseStatuses),
  summary: Type.String(),
  source: Type.String(),
  owner: Nullable(Type.Object({ id: Type.String(), label: Type.String() })),
  contactDueAt: Type.String(),
  contactedAt: Nullable(Type.String()),
  transferRequest: Nullable(Type.Object({ by: Type.String(), label: Type.String(), note: Nullable(Type.String()) })),
  resolution: Nullable(Type.String()),
  refundedMinor: Type.Integer(),
  currency: Nullable(Type.String()),
  openedBy: Nullable(Type.String()),
  openedByLabel: Type.String(),
  openedAt: Type.String(),
  closedAt: Nullable(Type.String()),
  version: Type.Integer(),
  returns: Type.Array(Rma),
});
const Note = Type.Optional(Type.String({ minLength: 1, maxLength: 2000 }));

export const aftersalesRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/cases',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'Open an after-sales case about an order or a customer',
        description: 'Opens the task to contact the customer within 2 h. An accepted, failed or completed order moves to after_sales.',
        body: StrictObject({ orderId: Type.Optional(Uuid), customerId: Type.Optional(Uuid), type: StringEnum(caseTypes), summary: Type.String({ minLength: 1, maxLength: 2000 }) }),
        response: { 201: Case },
      },
    },
    async (request, reply) => {
      const opened = await openCase(ctx.db, actorOf(request), ctx.clock.now(), request.body);
      reply.header('location', `/api/v1/cases/${opened.id}`);
      return reply.code(201).send(opened);
    },
  );

  app.get(
    '/api/v1/cases',
    {
      config: { permission: 'aftersales:read' },
      schema: {
        tags: ['after-sales'],
        summary: 'After-sales cases, newest first',
        querystring: StrictObject({
          status: Type.Optional(StringEnum(caseStatuses)),
          orderId: Type.Optional(Uuid),
          ownerId: Type.Optional(Uuid),
          limit: Type.Optional(limitSchema),
          cursor: Type.Optional(cursorSchema),
        }),
        response: { 200: Page(Case) },
      },
    },
    async (request) => listCases(ctx.db, { ...request.query, limit: request.query.limit ?? 50 }),
  );

  app.get(
    '/api/v1/cases/:id',
    { config: { permission: 'aftersales:read' }, schema: { tags: ['after-sales'], summary: 'One case with its returns', params: IdParams, response: { 200: Case } } },
    async (request) => getCase(ctx.db, request.params.id),
  );

  app.get(
    '/api/v1/cases/:id/events',
    {
      config: { permission: 'aftersales:read' },
      schema: {
        tags: ['after-sales'],
        summary: "The case's history, oldest first: claims, contacts with the remedy proposed, transfers, closing",
        params: IdParams,
        querystring: StrictObject({ limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) }),
        response: { 200: Page(AuditEvent) },
      },
    },
    async (request) => {
      await getCase(ctx.db, request.params.id);
      return listEntityEvents(ctx.db, 'aftersales_case', request.params.id, { limit: request.query.limit ?? 50, cursor: request.query.cursor });
    },
  );

  app.post(
    '/api/v1/cases/:id/claim',
    {
      config: { permission: 'aftersales:write' },
      schema: { tags: ['after-sales'], summary: 'Respond first and own the case', description: '409 case_already_owned: someone responded first.', params: IdParams, response: { 200: Case } },
    },
    async (request) => claimCase(ctx.db, actorOf(request), ctx.clock.now(), request.params.id),
  );

  app.post(
    '/api/v1/cases/:id/contacts',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'The owner logs the contact with the customer and the remedy proposed',
        params: IdParams,
        body: StrictObject({ summary: Type.String({ minLength: 1, maxLength: 2000 }), remedy: Type.Optional(StringEnum(['replacement', 'reshipment', 'refund', 'repair', 'explanation'] as const)) }),
        response: { 200: Case },
      },
    },
    async (request) => logCaseContact(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );

  app.post(
    '/api/v1/cases/:id/transfer',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'The owner hands the case to a colleague',
        description: '403 case_not_owner: only the owner may hand the case on.',
        params: IdParams,
        body: StrictObject({ toUserId: Uuid, note: Note }),
        response: { 200: Case },
      },
    },
    async (request) => transferCase(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );

  app.post(
    '/api/v1/cases/:id/transfer-request',
    {
      config: { permission: 'aftersales:write' },
      schema: { tags: ['after-sales'], summary: 'Ask the owner to hand the case over to you', params: IdParams, body: StrictObject({ note: Note }), response: { 200: Case } },
    },
    async (request) => requestTransfer(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );

  app.post(
    '/api/v1/cases/:id/transfer-request/accept',
    {
      config: { permission: 'aftersales:write' },
      schema: { tags: ['after-sales'], summary: 'The owner accepts the request: the one who asked owns the case', params: IdParams, response: { 200: Case } },
    },
    async (request) => acceptTransfer(ctx.db, actorOf(request), ctx.clock.now(), request.params.id),
  );

  app.post(
    '/api/v1/cases/:id/close',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'The owner closes the case once the customer is satisfied',
        description: 'Schedules the follow-up visit (a task 7 days later); an order in after_sales with no other open case is completed.',
        params: IdParams,
        body: StrictObject({ resolution: Type.String({ minLength: 1, maxLength: 2000 }) }),
        response: { 200: Case },
      },
    },
    async (request) => closeCase(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );

  app.post(
    '/api/v1/cases/:id/returns',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'Authorise a return (RMA) of delivered goods',
        description: '422 return_exceeds_delivered names the line that would return more than was delivered and not yet returned.',
        params: IdParams,
        body: StrictObject({
          reason: Type.String({ minLength: 1, maxLength: 2000 }),
          lines: Type.Array(StrictObject({ lineId: Uuid, quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }) }), { minItems: 1, maxItems: 500 }),
        }),
        response: { 201: Rma },
      },
    },
    async (request, reply) => reply.code(201).send(await authoriseReturn(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/returns/:id/receive',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'Receive and inspect returned goods: restock (back on hand, a `return` stock movement) or scrap, per line',
        params: IdParams,
        body: StrictObject({ lines: Type.Array(StrictObject({ lineId: Uuid, disposition: StringEnum(['restock', 'scrap'] as const) }), { minItems: 1, maxItems: 500 }) }),
        response: { 200: Rma },
      },
    },
    async (request) => receiveReturn(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );

  app.post(
    '/api/v1/returns/:id/refund',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'Refund a received return, in minor units of the order’s currency',
        description: '422 refund_exceeds_paid: more than the order is worth less earlier refunds.',
        params: IdParams,
        body: StrictObject({ amountMinor: Minor }),
        response: { 200: Rma },
      },
    },
    async (request) => refundReturn(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );
};
