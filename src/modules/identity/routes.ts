import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { actorOf, sessionCookie } from './auth.js';
import { roles, signedIn } from './permissions.js';
import {
  createApiToken,
  createUser,
  listApiTokens,
  listUsers,
  locales,
  login,
  logout,
  revokeApiToken,
  sessionTtlMs,
} from './service.js';

const User = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  roles: Type.Array(Type.String()),
  locale: Type.String(),
  active: Type.Boolean(),
  createdAt: Type.String(),
  customerId: Type.Union([Type.String(), Type.Null()]),
});

const ApiToken = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  expiresAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});

const Role = StringEnum(roles);
const Locale = StringEnum(locales);

export const identityRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: StrictObject({ email: Type.String({ minLength: 3, maxLength: 320 }), password: Type.String({ minLength: 1, maxLength: 256 }) }),
        response: { 200: Type.Object({ user: User, expiresAt: Type.String() }) },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, user } = await login(ctx.db, ctx.clock.now(), request.body.email, request.body.password);
      reply.setCookie(sessionCookie, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.config.secureCookies,
        maxAge: sessionTtlMs / 1000,
      });
      return { user, expiresAt: expiresAt.toISOString() };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { permission: signedIn }, schema: { tags: ['auth'], summary: 'End the current session', response: { 204: Type.Null() } } },
    async (request, reply) => {
      const actor = actorOf(request);
      await logout(ctx.db, actor, ctx.clock.now());
      app.actorCache.forget(actor.credentialId);
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { permission: signedIn },
      schema: {
        tags: ['auth'],
        summary: 'Who am I, and what may I do',
        response: { 200: Type.Object({ id: Type.String(), email: Type.String(), name: Type.String(), roles: Type.Array(Type.String()), permissions: Type.Array(Type.String()) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return { id: actor.userId, email: actor.email, name: actor.name, roles: actor.roles, permissions: [...actor.permissions].sort() };
    },
  );

  app.post(
    '/api/v1/auth/tokens',
    {
      config: { permission: signedIn },
      schema: {
        tags: ['auth'],
        summary: 'Create an API token for integrations; the token is shown only in this response',
        body: StrictObject({
          name: Type.String({ minLength: 1, maxLength: 100, default: 'API token' }),
          expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
        }),
        response: { 201: Type.Intersect([ApiToken, Type.Object({ token: Type.String() })]) },
      },
    },
    async (request, reply) => {
      const created = await createApiToken(ctx.db, actorOf(request), ctx.clock.now(), request.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/v1/auth/tokens',
    { config: { permission: signedIn }, schema: { tags: ['auth'], summary: 'Your API tokens', response: { 200: Type.Object({ items: Type.Array(ApiToken) }) } } },
    async (request) => ({ items: await listApiTokens(ctx.db, actorOf(request)) }),
  );

  app.delete(
    '/api/v1/auth/tokens/:id',
    { config: { permission: signedIn }, schema: { tags: ['auth'], summary: 'Revoke one of your API tokens', params: IdParams, response: { 200: ApiToken } } },
    async (request) => {
      const revoked = await revokeApiToken(ctx.db, actorOf(request), ctx.clock.now(), request.params.id);
      app.actorCache.forget(revoked.id);
      return revoked;
    },
  );

  app.get(
    '/api/v1/users',
    { config: { permission: 'users:read' }, schema: { tags: ['users'], summary: 'All users', response: { 200: Type.Object({ items: Type.Array(User) }) } } },
    async () => ({ items: await listUsers(ctx.db) }),
  );

  app.post(
    '/api/v1/users',
    {
      config: { permission: 'users:write' },
      schema: {
        tags: ['users'],
        summary: 'Create a user with roles',
        body: StrictObject({
          email: Type.String({ format: 'email', maxLength: 320 }),
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          password: Type.String({ minLength: 8, maxLength: 256 }),
          roles: Type.Array(Role, { minItems: 1, maxItems: roles.length, uniqueItems: true }),
          locale: Type.Optional(Locale),
        }),
        response: { 201: User },
      },
    },
    async (request, reply) => reply.code(201).send(await createUser(ctx.db, actorOf(request), ctx.clock.now(), request.body)),
  );
};
