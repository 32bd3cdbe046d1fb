import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { setCsrfCookie } from '../../platform/http/csrf.js';
import { IdParams, Page } from '../../platform/http/schemas.js';
import { PortalCaseConfirmation } from '../aftersales/contract.js';
import { SurveyAnswerBody } from '../feedback/contract.js';
import { IdempotencyHeaders } from '../orders/contract.js';
import { orderNumbererFor } from '../orders/service.js';
import { actorOf, sessionCookie, sessionCookieOptions } from '../../platform/http/auth.js';
import { type InvitationDelivery, passwordStatus, redeemSignInLink, sessionTtlMs, setOwnPassword } from '../identity/service.js';
import { acceptPortalDelivery, answerPortalSurvey, confirmPortalCase, customerPortalUsers, deactivateCustomerPortalUser, describePortalLink, getPortalOrder, invitePortalUser, listPortalOrders, openPortalCase, placePortalOrder, portalCustomer, portalCustomerOf, queueMagicLink, quotePortalOrder, reinvitePortalUser, searchPortalProducts } from './service.js';
import { LinkDescription, MagicLinkRequest, PasswordChange, PasswordStatus, PortalAcceptance, PortalCaseOpen, PortalCustomer, PortalInvitation, PortalInvited, PortalOrder, PortalOrderCreate, PortalOrderSummary, PortalPageQuery, PortalProduct, PortalQuote, PortalQuoteRequest, PortalReinvited, PortalUser, PortalUserParams, PortalUserSummary, ProductSearch, SignInOptions, TokenParams } from './contract.js';

export const portalRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const mailConfigured = ctx.config.notifications.smtpUrl !== undefined;
  const invitationDelivery: InvitationDelivery = mailConfigured ? { by: 'mail' } : { by: 'hand', publicUrl: ctx.config.publicUrl };

  app.get(
    '/api/v1/portal/sign-in-options',
    {
      config: { public: true },
      schema: { tags: ['portal'], summary: 'Which ways of signing in the portal offers', response: { 200: SignInOptions } },
    },
    async () => ({ emailLinks: mailConfigured }),
  );

  app.post(
    '/api/v1/customers/:id/portal-users',
    {
      config: { permission: 'customers:write' },
      schema: {
        tags: ['portal'],
        summary: "Give one of the customer's people access to the customer portal",
        description:
          'Creates a user with the role customer, bound to this customer, and mails them an invitation with a one-time sign-in link (valid 7 days). ' +
          'Without a mail server (ORDO_SMTP_URL unset) nothing can be mailed: the link is answered once in handedOverLink for you to pass on, and the audit trail records that you received it. ' +
          'Your own mailbox (also with a +tag): 409 portal_invite_own_email.',
        params: IdParams,
        body: PortalInvitation,
        response: { 201: PortalInvited },
      },
    },
    async (request, reply) => {
      const invited = await invitePortalUser(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body, invitationDelivery);
      return reply.code(201).header('cache-control', 'no-store').send(invited);
    },
  );

  app.post(
    '/api/v1/portal/magic-link',
    {
      config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: ['portal'],
        summary: 'Email me a sign-in link',
        description: 'Mails a portal user a one-time link that signs them in within 15 minutes. Always answers 202, whether or not the address has an account: the request only queues the job (portal.send_sign_in_link) that looks the address up and mails the link, so its timing is the same for every address.',
        body: MagicLinkRequest,
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
        summary: 'Send a portal user a new invitation link',
        description:
          'The new link works 7 days; earlier unused invitation links stop working. Without a mail server the link is answered once in handedOverLink, as for a new invitation. ' +
          'A deactivated user: 409 portal_user_inactive. A user of another customer: 404.',
        params: PortalUserParams,
        response: { 202: PortalReinvited },
      },
    },
    async (request, reply) => {
      const sent = await reinvitePortalUser(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.params.userId, invitationDelivery);
      return reply.code(202).header('cache-control', 'no-store').send(sent);
    },
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
        response: { 200: LinkDescription },
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
        body: PasswordChange,
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
        response: { 200: PortalCustomer },
      },
    },
    async (request) => portalCustomer(ctx.db, portalCustomerOf(actorOf(request))),
  );

  app.get(
    '/api/v1/portal/products',
    {
      config: { permission: 'portal:use' },
      schema: { tags: ['portal'], summary: 'Products I can order, by name, SKU or model', querystring: ProductSearch, response: { 200: Page(PortalProduct) } },
    },
    async (request) => {
      portalCustomerOf(actorOf(request));
      return searchPortalProducts(ctx.db, request.query);
    },
  );

  app.get(
    '/api/v1/portal/orders',
    { config: { permission: 'portal:use' }, schema: { tags: ['portal'], summary: 'My orders, newest first', querystring: PortalPageQuery, response: { 200: Page(PortalOrderSummary) } } },
    async (request) => listPortalOrders(ctx.db, { now: ctx.clock.now(), timeZone: ctx.config.timeZone }, portalCustomerOf(actorOf(request)), request.query),
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
        headers: IdempotencyHeaders,
        body: PortalOrderCreate,
        response: { 200: PortalOrder, 201: PortalOrder },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const result = await placePortalOrder(
        { db: ctx.db, now: ctx.clock.now(), timeZone: ctx.config.timeZone, actor, idempotencyKey: request.headers['idempotency-key'], numberer: orderNumbererFor(ctx) },
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
        summary: 'What these lines would cost and the delivery date Ordo can promise for them, before I order',
        description: 'The same prices and promise intake would give now, from stock, the stages and the production queue. Writes nothing.',
        body: PortalQuoteRequest,
        response: { 200: PortalQuote },
      },
    },
    async (request) => {
      return quotePortalOrder(ctx.db, ctx.clock.now(), ctx.config.timeZone, portalCustomerOf(actorOf(request)), request.body.lines);
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
        body: PortalAcceptance,
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
        body: PortalCaseOpen,
        response: { 201: PortalOrder },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      return reply.code(201).send(await openPortalCase(ctx.db, actor, ctx.clock.now(), portalCustomerOf(actor), request.params.id, request.body));
    },
  );

  app.post(
    '/api/v1/portal/cases/:id/confirmation',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags: ['portal'],
        summary: 'Confirm that the resolution of my after-sales case satisfies me, or say it does not',
        description: "Satisfied closes the case; not satisfied sends it back to after-sales. 409 case_not_resolved unless the case awaits my confirmation; another customer's case is 404.",
        params: IdParams,
        body: PortalCaseConfirmation,
        response: { 200: PortalOrder },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return confirmPortalCase(ctx.db, actor, ctx.clock.now(), portalCustomerOf(actor), request.params.id, request.body);
    },
  );
};
