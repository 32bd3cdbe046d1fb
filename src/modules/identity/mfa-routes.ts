import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { setCsrfCookie } from '../../platform/http/csrf.js';
import { IdParams } from '../../platform/http/schemas.js';
import { registerSettingRoutes } from '../../platform/settings/routes.js';
import { MfaCode, MfaDisable, MfaEnrolment, MfaStatus, RecoveryCodes, SecondFactor, SignInSettings } from './contract.js';
import { actorOf, sessionCookie, sessionCookieOptions, signedIn } from '../../platform/http/auth.js';
import { confirmEnrolment, defaultSignInSettings, disableMfa, mfaStatus, resetUserMfa, sessionTtlMs, signInSettingKey, startEnrolment, verifySecondFactor } from './service.js';

/** The multi-factor sign-in routes (mfa.ts) and the sign-in setting. */
export const mfaRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const issuer = new URL(ctx.config.publicUrl).hostname === 'localhost' ? 'Ordo' : `Ordo (${new URL(ctx.config.publicUrl).hostname})`;

  /** The completed session replaces the partial one under a new cookie. */
  const setSession = (reply: FastifyReply, token: string) => {
    reply.setCookie(sessionCookie, token, { ...sessionCookieOptions(ctx.config.secureCookies), maxAge: sessionTtlMs / 1000 });
    setCsrfCookie(reply, token, { secure: ctx.config.secureCookies, maxAgeSeconds: sessionTtlMs / 1000 });
  };

  app.get(
    '/api/v1/auth/mfa',
    {
      config: { permission: signedIn, signInSteps: ['mfa_enrolment'] },
      schema: { tags: ['auth'], summary: 'Whether I use multi-factor sign-in, whether my roles require it, and how many recovery codes I have left', response: { 200: MfaStatus } },
    },
    async (request) => mfaStatus(ctx.db, actorOf(request)),
  );

  app.post(
    '/api/v1/auth/mfa/enrolment',
    {
      config: { permission: signedIn, signInSteps: ['mfa_enrolment'] },
      schema: {
        tags: ['auth'],
        summary: 'Start setting up an authenticator app: a new secret, shown only in this answer',
        description: 'Show `otpauthUri` as a QR code (and `secret` as text to type in), then confirm with a code. 409 mfa_already_enabled.',
        response: { 201: MfaEnrolment },
      },
    },
    async (request, reply) => reply.code(201).send(await startEnrolment(ctx.db, actorOf(request), ctx.clock.now(), issuer)),
  );

  app.post(
    '/api/v1/auth/mfa/enrolment/confirm',
    {
      config: { permission: signedIn, signInSteps: ['mfa_enrolment'] },
      schema: {
        tags: ['auth'],
        summary: 'Confirm the authenticator with a code from it; answers the 10 recovery codes, once',
        description:
          'Turns MFA on. A session that had to set it up becomes complete under a new cookie. 403 mfa_code_wrong; 429 sign_in_throttled with Retry-After after too many wrong codes.',
        body: MfaCode,
        response: { 200: RecoveryCodes },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { recoveryCodes, session } = await confirmEnrolment(ctx.db, actor, ctx.clock.now(), request.ip, request.body.code);
      if (session) {
        app.actorCache.forget(actor.credentialId);
        setSession(reply, session.token);
      }
      return { recoveryCodes };
    },
  );

  app.post(
    '/api/v1/auth/mfa/verify',
    {
      config: { permission: signedIn, signInSteps: ['mfa_code'] },
      schema: {
        tags: ['auth'],
        summary: 'The second sign-in step: a code from the authenticator app, or a recovery code',
        description:
          'After a password sign-in that answered stage "mfa_code". The session becomes complete under a new cookie; a recovery code is used up. 403 mfa_code_wrong; 409 mfa_not_pending; 429 sign_in_throttled with Retry-After after 5 wrong codes.',
        body: SecondFactor,
        response: { 200: Type.Object({ expiresAt: Type.String() }) },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { token, expiresAt } = await verifySecondFactor(ctx.db, actor, ctx.clock.now(), request.ip, request.body);
      app.actorCache.forget(actor.credentialId);
      setSession(reply, token);
      return { expiresAt: expiresAt.toISOString() };
    },
  );

  app.post(
    '/api/v1/auth/mfa/disable',
    {
      config: { permission: signedIn },
      schema: {
        tags: ['auth'],
        summary: 'Turn multi-factor sign-in off (password and a current code)',
        description: '409 mfa_required_for_role when my roles require it; 403 current_password_wrong or mfa_code_wrong; 429 sign_in_throttled.',
        body: MfaDisable,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await disableMfa(ctx.db, actorOf(request), ctx.clock.now(), request.ip, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/users/:id/mfa/reset',
    {
      config: { permission: 'users:write' },
      schema: {
        tags: ['users'],
        summary: "Remove a user's authenticator and recovery codes (a lost phone); their sessions end",
        description: 'Audited as user.mfa_reset. At their next sign-in they set up MFA again if their roles require it.',
        params: IdParams,
        response: { 200: Type.Object({ sessionsEnded: Type.Integer() }) },
      },
    },
    async (request) => {
      const { endedSessions } = await resetUserMfa(ctx.db, actorOf(request), ctx.clock.now(), request.params.id);
      app.actorCache.forgetUser(request.params.id);
      return { sessionsEnded: endedSessions.length };
    },
  );

  // Whether MFA is required is a security decision: only who manages users (admin) changes it.
  registerSettingRoutes(app, ctx, { key: signInSettingKey, schema: SignInSettings, defaults: defaultSignInSettings, check: () => {}, writePermission: 'users:write' });
};
