import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { clearCsrfCookie, setCsrfCookie } from '../../platform/http/csrf.js';
import { IdParams, IfMatchHeaders } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { ApiTokenCreate, defaultLocale, isLocale, ApiTokenView, CreatedApiToken, Login, Me, OwnPasswordChange, OwnProfilePatch, partialStages, PasswordReset, PasswordResetDone, RolePermissions, SignedIn, StaffMember, UserCreate, UserPatch, UserView } from './contract.js';
import { rolePermissions, roles } from './permissions.js';
import { actorOf, sessionCookie, sessionCookieOptions, signedIn } from '../../platform/http/auth.js';
import { type AuthenticatedActor, createApiToken, createUser, listActiveStaff, listApiTokens, listUsers, login, logout, revokeApiToken, sessionTtlMs, setOwnLocale, setOwnPassword } from './service.js';
import { resetPassword, updateUser } from './user-admin.js';
import { mfaRoutes } from './mfa-routes.js';

function meOf(actor: AuthenticatedActor) {
  return {
    id: actor.userId,
    email: actor.email,
    name: actor.name,
    roles: actor.roles,
    permissions: [...actor.permissions].sort(),
    stage: actor.stage,
    locale: isLocale(actor.locale) ? actor.locale : defaultLocale,
    localeChosen: actor.localeChosen === true,
  };
}

export const identityRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  await app.register(mfaRoutes, ctx);

  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        description:
          '401 invalid_credentials. 429 sign_in_throttled with Retry-After: after 5 attempts on one account (from any address) or 15 from one address within an hour, each further attempt waits 30 s, 1 min, 2 min … up to 15 min; a correct password starts the account\'s count again.',
        body: Login,
        response: { 200: SignedIn },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, user, stage } = await login(ctx.db, ctx.clock.now(), request.body.email, request.body.password, request.ip);
      reply.setCookie(sessionCookie, token, { ...sessionCookieOptions(ctx.config.secureCookies), maxAge: sessionTtlMs / 1000 });
      setCsrfCookie(reply, token, { secure: ctx.config.secureCookies, maxAgeSeconds: sessionTtlMs / 1000 });
      return { user, expiresAt: expiresAt.toISOString(), stage };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { permission: signedIn, signInSteps: partialStages }, schema: { tags: ['auth'], summary: 'End the current session', response: { 204: Type.Null() } } },
    async (request, reply) => {
      const actor = actorOf(request);
      await logout(ctx.db, actor, ctx.clock.now());
      app.actorCache.forget(actor.credentialId);
      reply.clearCookie(sessionCookie, sessionCookieOptions(ctx.config.secureCookies));
      clearCsrfCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { permission: signedIn, signInSteps: partialStages },
      schema: {
        tags: ['auth'],
        summary: 'Who am I, what may I do, and whether my sign-in is complete',
        response: {
          200: Me,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return meOf(actor);
    },
  );

  app.patch(
    '/api/v1/auth/me',
    {
      config: { permission: signedIn },
      schema: {
        tags: ['auth'],
        summary: 'Change my own profile: the language (zh-CN or en) my console and the messages to me use, on every browser',
        body: OwnProfilePatch,
        response: { 200: Me },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const locale = await setOwnLocale(ctx.db, actor, ctx.clock.now(), request.body.locale);
      app.actorCache.forgetUser(actor.userId);
      return { ...meOf(actor), locale, localeChosen: true };
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { permission: signedIn },
      schema: {
        tags: ['auth'],
        summary: 'Change my password; my other sessions end',
        description: '403 current_password_wrong; 422 weak_password naming /newPassword and the rule it breaks; 429 sign_in_throttled (with Retry-After) after too many wrong current passwords.',
        body: OwnPasswordChange,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const { endedSessions } = await setOwnPassword(ctx.db, actorOf(request), ctx.clock.now(), request.ip, request.body);
      for (const id of endedSessions) app.actorCache.forget(id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/tokens',
    {
      config: { permission: signedIn },
      schema: {
        tags: ['auth'],
        summary: 'Create an API token for integrations; the token is shown only in this response',
        description: "A staff token without expiresInDays works until revoked. A portal user's token works 30 days by default and at most 90 (422 portal_token_lifetime).",
        body: ApiTokenCreate,
        response: { 201: CreatedApiToken },
      },
    },
    async (request, reply) => {
      const created = await createApiToken(ctx.db, actorOf(request), ctx.clock.now(), request.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/v1/auth/tokens',
    { config: { permission: signedIn }, schema: { tags: ['auth'], summary: 'Your API tokens', response: { 200: Type.Object({ items: Type.Array(ApiTokenView) }) } } },
    async (request) => ({ items: await listApiTokens(ctx.db, actorOf(request)) }),
  );

  app.delete(
    '/api/v1/auth/tokens/:id',
    { config: { permission: signedIn }, schema: { tags: ['auth'], summary: 'Revoke one of your API tokens', params: IdParams, response: { 200: ApiTokenView } } },
    async (request) => {
      const revoked = await revokeApiToken(ctx.db, actorOf(request), ctx.clock.now(), request.params.id);
      app.actorCache.forget(revoked.id);
      return revoked;
    },
  );

  app.get(
    '/api/v1/users',
    { config: { permission: 'users:read' }, schema: { tags: ['users'], summary: 'All users', response: { 200: Type.Object({ items: Type.Array(UserView) }) } } },
    async () => ({ items: await listUsers(ctx.db) }),
  );

  app.get(
    '/api/v1/staff',
    {
      config: { permission: 'customers:read' },
      schema: { tags: ['users'], summary: 'Active staff by name, for pickers (owners, assignees)', response: { 200: Type.Object({ items: Type.Array(StaffMember) }) } },
    },
    async () => ({ items: (await listActiveStaff(ctx.db)).map(({ id, name, roles }) => ({ id, name, roles })) }),
  );

  app.post(
    '/api/v1/users',
    {
      config: { permission: 'users:write' },
      schema: {
        tags: ['users'],
        summary: 'Create a user with roles',
        body: UserCreate,
        response: { 201: UserView },
      },
    },
    async (request, reply) => reply.code(201).send(await createUser(ctx.db, actorOf(request), ctx.clock.now(), request.body)),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { permission: 'users:write' },
      schema: {
        tags: ['users'],
        summary: "Change a user's name, roles, language or whether they may sign in (If-Match required)",
        description:
          'Deactivating ends their sessions and live streams and revokes their API tokens for good (reactivating does not bring them back). 409 cannot_deactivate_self, last_admin (someone must stay an active admin), portal_user_roles (a customer\'s portal user is not made staff here).',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UserPatch,
        response: { 200: UserView },
      },
    },
    async (request, reply) => {
      const { user } = await updateUser(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, requiredVersion(request.headers['if-match']), request.body);
      app.actorCache.forgetUser(user.id);
      setVersionTag(reply, user.version);
      return user;
    },
  );

  app.post(
    '/api/v1/users/:id/password',
    {
      config: { permission: 'users:write' },
      schema: {
        tags: ['users'],
        summary: "Set a new password for a user; all of that user's sessions and live streams end and their API tokens are revoked",
        params: IdParams,
        body: PasswordReset,
        response: { 200: PasswordResetDone },
      },
    },
    async (request) => {
      const reset = await resetPassword(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body.password);
      app.actorCache.forgetUser(reset.user.id);
      return reset;
    },
  );

  app.get(
    '/api/v1/roles',
    {
      config: { permission: 'users:read' },
      schema: {
        tags: ['users'],
        summary: 'Every staff role and the permissions it grants (the portal\'s customer role is not given here)',
        response: { 200: RolePermissions },
      },
    },
    async () => ({ items: roles.map((role) => ({ role, permissions: [...rolePermissions[role]].sort() })) }),
  );
};
