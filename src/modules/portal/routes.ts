import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { setCsrfCookie } from '../../platform/http/csrf.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { IdParams, IsoDate, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';
import { caseStatuses, caseTypes } from '../aftersales/service.js';
import { lineResults, shipmentStatuses, trackingStatuses } from '../fulfilment/service.js';
import { SurveyAnswerBody } from '../feedback/service.js';
import { orderStatuses } from '../orders/service.js';
import { planStageStatuses, PromiseReason, quotePromiseDate } from '../planning/service.js';
import { reviewStatuses, reviewStepStatuses } from '../review/service.js';
import { actorOf, sessionCookie, sessionCookieOptions } from '../identity/auth.js';
import { locales, passwordStatus, redeemSignInLink, sessionTtlMs, setOwnPassword } from '../identity/service.js';
import {
  acceptPortalDelivery,
  answerPortalSurvey,
  customerPortalUsers,
  deactivateCustomerPortalUser,
  describePortalLink,
  reinvitePortalUser,
  getPortalOrder,
  invitePortalUser,
  listPortalOrders,
  openPortalCase,
  placePortalOrder,
  portalCustomer,
  portalCustomerOf,
  searchPortalProducts,
  queueMagicLink,
} from './service.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Phone = Type.String({ pattern: '^\\+?[0-9][0-9 -]{5,19}$' });
const Address = StrictObject({
  label: Type.Optional(Text(50)),
  recipient: Type.Optional(Text(100)),
  phone: Type.Optional(Phone),
  country: Type.Optional(Text(100)),
  region: Type.Optional(Text(100)),
  city: Type.Optional(Text(100)),
  district: Type.Optional(Text(100)),
  line1: Text(300),
  postalCode: Type.Optional(Text(20)),
});
const AddressView = Type.Object({
  label: Type.Optional(Type.String()),
  recipient: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
  country: Type.Optional(Type.String()),
  region: Type.Optional(Type.String()),
  city: Type.Optional(Type.String()),
  district: Type.Optional(Type.String()),
  line1: Type.String(),
  postalCode: Type.Optional(Type.String()),
  isDefault: Type.Optional(Type.Boolean()),
});
const Totals = Type.Object({ currency: Type.String(), subtotalMinor: Type.Integer(), discountMinor: Type.Integer(), totalMinor: Type.Integer() });
const LocalisedName = Type.Object({ 'zh-CN': Type.String(), en: Type.String() });
const summaryFields = {
  id: Type.String(),
  number: Type.String(),
  status: StringEnum(orderStatuses),
  requestedDeliveryDate: Nullable(Type.String()),
  promisedDeliveryDate: Nullable(Type.String()),
  totals: Totals,
  receivedAt: Type.String(),
};
const PortalOrderSummary = Type.Object(summaryFields);
const PortalOrder = Type.Object({
  ...summaryFields,
  delivery: Type.Object({ method: Type.String(), address: Nullable(AddressView) }),
  lines: Type.Array(
    Type.Object({ id: Type.String(), lineNo: Type.Integer(), sku: Type.String(), name: Type.String(), unit: Type.String(), kind: Type.String(), quantity: Type.Integer(), unitPriceMinor: Type.Integer(), totalMinor: Type.Integer(), shippedQuantity: Type.Integer() }),
  ),
  review: Nullable(Type.Object({ status: StringEnum(reviewStatuses), steps: Type.Array(Type.Object({ name: LocalisedName, status: StringEnum(reviewStepStatuses), decidedAt: Nullable(Type.String()) })) })),
  plan: Nullable(
    Type.Object({
      promiseDate: Nullable(Type.String()),
      stages: Type.Array(
        Type.Object({
          key: Type.String(),
          name: LocalisedName,
          status: StringEnum(planStageStatuses),
          plannedStart: Type.String(),
          plannedEnd: Type.String(),
          actualStart: Nullable(Type.String()),
          actualEnd: Nullable(Type.String()),
        }),
      ),
    }),
  ),
  shipments: Type.Array(
    Type.Object({
      id: Type.String(),
      carrier: Type.String(),
      trackingNumber: Type.String(),
      status: StringEnum(shipmentStatuses),
      shippedAt: Type.String(),
      deliveredAt: Nullable(Type.String()),
      lines: Type.Array(Type.Object({ lineNo: Type.Integer(), sku: Type.String(), name: Type.String(), quantity: Type.Integer() })),
      events: Type.Array(Type.Object({ status: StringEnum(trackingStatuses), at: Type.String(), location: Nullable(Type.String()) })),
    }),
  ),
  acceptance: Nullable(
    Type.Object({
      result: StringEnum(lineResults),
      lines: Type.Array(Type.Object({ lineId: Type.String(), lineNo: Type.Integer(), sku: Type.String(), deliveredQuantity: Type.Integer(), result: StringEnum(lineResults), acceptedQuantity: Type.Integer(), comment: Nullable(Type.String()) })),
      comment: Nullable(Type.String()),
      recordedAt: Type.String(),
    }),
  ),
  cases: Type.Array(Type.Object({ id: Type.String(), type: Type.String(), status: StringEnum(caseStatuses), summary: Type.String(), openedAt: Type.String(), closedAt: Nullable(Type.String()) })),
  survey: Nullable(
    Type.Object(
      { status: StringEnum(['open', 'answered', 'expired'] as const), expiresAt: Type.String(), questions: Type.Array(Type.String()) },
      { description: "The order's satisfaction survey, once sent (a day after delivery); null before" },
    ),
  ),
});
const PortalUserSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  locale: Type.String(),
  active: Type.Boolean(),
  invitedAt: Type.String(),
  lastSignInAt: Nullable(Type.String()),
  passwordSet: Type.Boolean(),
});
const PortalUserParams = StrictObject({ id: Uuid, userId: Uuid });
const PasswordStatus = Type.Object({
  set: Type.Boolean({ description: 'Whether I have chosen a password' }),
  withoutCurrentUntil: Nullable(Type.String({ description: 'Until when this session (opened by a sign-in link) may set a password without the current one' })),
});
const PortalUser = Type.Object({ id: Type.String(), email: Type.String(), name: Type.String(), roles: Type.Array(Type.String()), locale: Type.String(), customerId: Nullable(Type.String()), createdAt: Type.String() });
const Product = Type.Object({ id: Type.String(), sku: Type.String(), name: Type.String(), model: Nullable(Type.String()), unit: Type.String(), priceMinor: Type.Integer(), currency: Type.String(), kind: Type.String() });
const Page = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item), nextCursor: Nullable(Type.String()) });
const PortalLines = Type.Array(StrictObject({ productId: Uuid, quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }) }), { minItems: 1, maxItems: 200 });
const PageQuery = Type.Object({ limit: limitSchema, cursor: Type.Optional(cursorSchema) });
const TokenParams = StrictObject({ token: Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }) });

export const portalRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/customers/:id/portal-users',
    {
      config: { permission: 'customers:write' },
      schema: {
        tags: ['portal'],
        summary: "Give one of the customer's people access to the customer portal",
        description: 'Creates a user with the role customer, bound to this customer, and mails them an invitation with a one-time sign-in link (valid 7 days). Your own mailbox (also with a +tag): 409 portal_invite_own_email.',
        params: IdParams,
        body: StrictObject({ email: Type.String({ format: 'email', maxLength: 320 }), name: Text(100), locale: Type.Optional(StringEnum(locales)) }),
        response: { 201: PortalUser },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await invitePortalUser(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/portal/magic-link',
    {
      config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: ['portal'],
        summary: 'Email me a sign-in link',
        description: 'Mails a portal user a one-time link that signs them in within 15 minutes. Always answers 202, whether or not the address has an account: the request only queues the job (portal.send_sign_in_link) that looks the address up and mails the link, so its timing is the same for every address.',
        body: StrictObject({ email: Type.String({ minLength: 3, maxLength: 320 }) }),
        response: { 202: Type.Null() },
      },
    },
    async (request, reply) => {
      await queueMagicLink(ctx.db, ctx.clock.now(), request.body.email);
      return reply.code(202).send(null);
    },
  );

  app.get(
    '/api/v1/customers/:id/portal-users',
    {
      config: { permission: 'customers:write' },
      schema: {
        tags: ['portal'],
        summary: "The customer's portal users: who may sign in, whether they have, and when they were invited",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(PortalUserSummary) }) },
      },
    },
    async (request) => ({ items: await customerPortalUsers(ctx.db, request.params.id) }),
  );

  app.post(
    '/api/v1/customers/:id/portal-users/:userId/invitation',
    {
      config: { permission: 'customers:write' },
      schema: {
        tags: ['portal'],
        summary: 'Mail a portal user a new invitation link',
        description: 'The new link works 7 days; earlier unused invitation links stop working. A deactivated user: 409 portal_user_inactive. A user of another customer: 404.',
        params: PortalUserParams,
        response: { 202: Type.Object({ expiresAt: Type.String() }) },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await reinvitePortalUser(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.params.userId)),
  );

  app.post(
    '/api/v1/customers/:id/portal-users/:userId/deactivate',
    {
      config: { permission: 'customers:write' },
      schema: {
        tags: ['portal'],
        summary: 'Take a portal user off the portal',
        description: 'They can no longer sign in or follow their links, their open sessions and live streams end now, and their API tokens are revoked for good. A user of another customer: 404.',
        params: PortalUserParams,
        response: { 200: PortalUserSummary },
      },
    },
    async (request) => {
      const { user } = await deactivateCustomerPortalUser(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.params.userId);
      app.actorCache.forgetUser(user.id);
      return user;
    },
  );

  app.get(
    '/api/v1/portal/magic-link/:token',
    {
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['portal'],
        summary: 'Whom a sign-in link signs in, without using it',
        description:
          'What the portal page a mailed link opens shows before the person presses Continue; looking does not use the link up, so a mail scanner fetching it changes nothing. 404 sign_in_link_unknown, 410 sign_in_link_used or sign_in_link_expired.',
        params: TokenParams,
        security: [],
        response: { 200: Type.Object({ name: Type.String(), email: Type.String(), customerName: Type.String(), expiresAt: Type.String() }) },
      },
    },
    async (request) => describePortalLink(ctx.db, ctx.clock.now(), request.params.token),
  );

  app.post(
    '/api/v1/portal/magic-link/:token',
    {
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['portal'],
        summary: 'Sign in with a sign-in link; sets the session cookie',
        description: 'A link works once and until it expires. 404 sign_in_link_unknown, 410 sign_in_link_used or sign_in_link_expired.',
        params: TokenParams,
        security: [],
        response: { 200: Type.Object({ user: PortalUser, expiresAt: Type.String() }) },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, user } = await redeemSignInLink(ctx.db, ctx.clock.now(), request.params.token);
      reply.setCookie(sessionCookie, token, { ...sessionCookieOptions(ctx.config.secureCookies), maxAge: sessionTtlMs / 1000 });
      setCsrfCookie(reply, token, { secure: ctx.config.secureCookies, maxAgeSeconds: sessionTtlMs / 1000 });
      return { user, expiresAt: expiresAt.toISOString() };
    },
  );

  app.get(
    '/api/v1/portal/password',
    {
      config: { permission: 'portal:use' },
      schema: { tags: ['portal'], summary: 'Whether I have a password, and whether this session may set one without the current password', response: { 200: PasswordStatus } },
    },
    async (request) => {
      const actor = actorOf(request);
      portalCustomerOf(actor);
      return passwordStatus(ctx.db, actor, ctx.clock.now());
    },
  );

  app.post(
    '/api/v1/portal/password',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags: ['portal'],
        summary: 'Set or change my password; my other sessions end and my API tokens are revoked',
        description:
          'Needs currentPassword, except once in the first 30 minutes of a session opened by a sign-in link (first password, or forgot password: ask for a link, then set a new one). 403 current_password_required or current_password_wrong; 422 weak_password naming /newPassword and the rule it breaks; 429 sign_in_throttled (with Retry-After) after too many wrong current passwords.',
        body: StrictObject({ currentPassword: Type.Optional(Type.String({ maxLength: 1024 })), newPassword: Type.String({ maxLength: 1024 }) }),
        response: { 200: PasswordStatus },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      portalCustomerOf(actor);
      const now = ctx.clock.now();
      await setOwnPassword(ctx.db, actor, now, request.ip, request.body);
      // Their other sessions and their API tokens ended: none may answer from the cache.
      app.actorCache.forgetUser(actor.userId);
      return passwordStatus(ctx.db, actor, now);
    },
  );

  app.get(
    '/api/v1/portal/customer',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags: ['portal'],
        summary: 'The customer I order for, with its delivery addresses',
        response: { 200: Type.Object({ id: Type.String(), name: Type.String(), addresses: Type.Array(AddressView) }) },
      },
    },
    async (request) => portalCustomer(ctx.db, portalCustomerOf(actorOf(request))),
  );

  app.get(
    '/api/v1/portal/products',
    {
      config: { permission: 'portal:use' },
      schema: { tags: ['portal'], summary: 'Products I can order, by name, SKU or model', querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })), limit: limitSchema, cursor: Type.Optional(cursorSchema) }), response: { 200: Page(Product) } },
    },
    async (request) => {
      portalCustomerOf(actorOf(request));
      return searchPortalProducts(ctx.db, request.query);
    },
  );

  app.get(
    '/api/v1/portal/orders',
    { config: { permission: 'portal:use' }, schema: { tags: ['portal'], summary: 'My orders, newest first', querystring: PageQuery, response: { 200: Page(PortalOrderSummary) } } },
    async (request) => listPortalOrders(ctx.db, portalCustomerOf(actorOf(request)), request.query),
  );

  app.get(
    '/api/v1/portal/orders/:id',
    {
      config: { permission: 'portal:use' },
      schema: { tags: ['portal'], summary: 'One of my orders: review progress, plan, tracking, acceptance and cases', description: "Another customer's order is 404.", params: IdParams, response: { 200: PortalOrder } },
    },
    async (request) => getPortalOrder(ctx.db, ctx.clock.now(), portalCustomerOf(actorOf(request)), request.params.id),
  );

  app.post(
    '/api/v1/portal/orders',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags: ['portal'],
        summary: 'Place an order at list prices',
        description: 'The order is taken in like any other (channel portal, unpaid) for my customer. With an Idempotency-Key a retry returns the same order.',
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' })) }),
        body: StrictObject({
          lines: PortalLines,
          requestedDeliveryDate: Type.Optional(Nullable(IsoDate)),
          delivery: Type.Optional(StrictObject({ method: StringEnum(['ship', 'pickup'] as const), address: Type.Optional(Address) })),
          contact: Type.Optional(StrictObject({ name: Text(100), phone: Type.Optional(Phone), email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })) })),
          specialRequirements: Type.Optional(Type.String({ maxLength: 2000 })),
          externalRef: Type.Optional(Type.String({ minLength: 1, maxLength: 128, description: 'My own purchase order number' })),
        }),
        response: { 200: PortalOrder, 201: PortalOrder },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const result = await placePortalOrder(
        { db: ctx.db, now: ctx.clock.now(), timeZone: ctx.config.timeZone, actor, idempotencyKey: request.headers['idempotency-key'] },
        portalCustomerOf(actor),
        request.body,
      );
      if (result.statusCode === 201) reply.header('location', `/api/v1/portal/orders/${result.body.id}`);
      return reply.code(result.statusCode === 201 ? 201 : 200).send(result.body);
    },
  );

  app.post(
    '/api/v1/portal/orders/quote',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags: ['portal'],
        summary: 'The delivery date Ordo can promise for these lines before I order, with its reasons',
        description: 'The same promise intake would give now, from stock, the stages and the production queue. Writes nothing.',
        body: StrictObject({ lines: PortalLines }),
        response: { 200: Type.Object({ promiseDate: Nullable(Type.String()), reasoning: Type.Array(PromiseReason) }) },
      },
    },
    async (request) => {
      const quote = await quotePromiseDate(ctx.db, ctx.clock.now(), ctx.config.timeZone, { customerId: portalCustomerOf(actorOf(request)), lines: request.body.lines });
      return { promiseDate: quote.promiseDate, reasoning: quote.reasoning };
    },
  );

  app.post(
    '/api/v1/portal/orders/:id/survey',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags: ['portal'],
        summary: 'Rate my delivered order: the satisfaction survey, answered in the portal instead of through the mailed link',
        description: 'Once per order, while the survey is open: 404 before it is sent, 409 survey_answered after an answer (by link or here), 410 survey_link_expired after it closes. A score of 2 or less opens a complaint case.',
        params: IdParams,
        body: SurveyAnswerBody,
        response: { 200: PortalOrder },
      },
    },
    async (request) => answerPortalSurvey(ctx.db, actorOf(request), ctx.clock.now(), portalCustomerOf(actorOf(request)), request.params.id, request.body),
  );

  app.post(
    '/api/v1/portal/orders/:id/acceptance',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags: ['portal'],
        summary: 'Accept a delivered order, per line pass, fail or partial',
        description: 'A fail or partial line opens an after-sales case, due for contact within 2 h.',
        params: IdParams,
        body: StrictObject({
          lines: Type.Array(
            StrictObject({ lineId: Uuid, result: StringEnum(lineResults), acceptedQuantity: Type.Optional(Type.Integer({ minimum: 0 })), comment: Type.Optional(Type.String({ maxLength: 1000 })) }),
            { minItems: 1, maxItems: 500 },
          ),
          comment: Type.Optional(Type.String({ maxLength: 2000 })),
        }),
        response: { 200: PortalOrder },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return acceptPortalDelivery(ctx.db, actor, ctx.clock.now(), portalCustomerOf(actor), request.params.id, request.body);
    },
  );

  app.post(
    '/api/v1/portal/orders/:id/cases',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags: ['portal'],
        summary: 'Open an after-sales case about my order',
        params: IdParams,
        body: StrictObject({ type: StringEnum(caseTypes), summary: Type.String({ minLength: 1, maxLength: 2000 }) }),
        response: { 201: PortalOrder },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      return reply.code(201).send(await openPortalCase(ctx.db, actor, ctx.clock.now(), portalCustomerOf(actor), request.params.id, request.body));
    },
  );
};
