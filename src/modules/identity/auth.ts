import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { sendProblem } from '../../platform/http/errors.js';
import { signedIn, type RoutePermission } from './permissions.js';
import { actorForSession, actorForToken, type AuthenticatedActor, type SessionStage } from './service.js';

export const sessionCookie = 'ordo_session';

/** The OpenAPI extension naming the permission an operation needs: a permission, `signed_in` or `public`. */
export const permissionExtension = 'x-permission';
/** The OpenAPI extension listing the partial sessions (mfa.ts) an operation also serves. */
export const signInStepsExtension = 'x-sign-in-steps';

/**
 * The session cookie's attributes, the same when it is set and when it is cleared: a
 * clearing Set-Cookie without them would be a script-readable, cross-site cookie for a moment.
 */
export function sessionCookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure } as const;
}

/**
 * Remembers for a moment whom a credential belongs to, so a burst of API calls from an
 * integration costs one lookup instead of one per request. Sign-out and revocation in
 * this process forget at once; other processes sharing the database notice within the TTL.
 */
export class ActorCache {
  private readonly entries = new Map<string, { actor: AuthenticatedActor; until: number }>();
  constructor(
    private readonly ttlMs = 2000,
    private readonly capacity = 10_000,
  ) {}

  get(credential: string, now: Date): AuthenticatedActor | undefined {
    const entry = this.entries.get(credential);
    if (entry && entry.until > now.getTime()) return entry.actor;
    if (entry) this.entries.delete(credential);
    return undefined;
  }

  set(credential: string, actor: AuthenticatedActor, now: Date): void {
    if (this.entries.size >= this.capacity) this.entries.clear();
    const until = Math.min(now.getTime() + this.ttlMs, actor.credentialExpiresAt?.getTime() ?? Infinity);
    this.entries.set(credential, { actor, until });
  }

  forget(credentialId: string): void {
    for (const [credential, entry] of this.entries) {
      if (entry.actor.credentialId === credentialId) this.entries.delete(credential);
    }
  }

  /** After an account changes (roles, deactivation, password), its next request is looked up afresh. */
  forgetUser(userId: string): void {
    for (const [credential, entry] of this.entries) {
      if (entry.actor.userId === userId) this.entries.delete(credential);
    }
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the caller needs; every /api/v1 route declares it (or `public`). */
    permission?: RoutePermission;
    public?: boolean;
    /** The partial sessions (mfa.ts) that may call it too: the routes that finish a sign-in. */
    signInSteps?: readonly SessionStage[];
  }
  interface FastifyRequest {
    actor?: AuthenticatedActor;
  }
  interface FastifyInstance {
    actorCache: ActorCache;
  }
}

/** The signed-in caller of a route that declared a permission. */
export function actorOf(request: FastifyRequest): AuthenticatedActor {
  if (!request.actor) throw new Error(`Route ${request.routeOptions.url} used actorOf without declaring a permission`);
  return request.actor;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/**
 * Authentication and authorisation for the API. A route under /api/v1 that declares
 * neither a permission nor `public` is a start-up error, so none can ship unguarded.
 */
export const authPlugin = fp(async (app: FastifyInstance, ctx: AppContext) => {
  const cache = new ActorCache();
  app.decorate('actorCache', cache);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const config = route.config as { permission?: RoutePermission; public?: boolean; signInSteps?: readonly SessionStage[] } | undefined;
    if (!config?.public && !config?.permission) {
      throw new Error(`Route ${route.method} ${route.url} declares no permission`);
    }
    // Integrators (and the security suite) read what an operation needs from the OpenAPI
    // document. A new schema object, since one may be shared by routes of other permissions.
    route.schema = {
      ...route.schema,
      [permissionExtension]: config.permission ?? 'public',
      ...(config.signInSteps ? { [signInStepsExtension]: config.signInSteps } : {}),
    } as typeof route.schema;
  });

  app.addHook('onRequest', async (request, reply) => {
    const config = request.routeOptions.config;
    if (!config?.permission) return;
    const now = ctx.clock.now();
    const token = bearerToken(request);
    const cookie = request.cookies[sessionCookie];
    const credential = token ? `token:${token}` : cookie ? `session:${cookie}` : undefined;
    let actor = credential ? cache.get(credential, now) : undefined;
    if (!actor && credential) {
      actor = token ? await actorForToken(ctx.db, token, now) : await actorForSession(ctx.db, cookie!, now);
      if (actor) cache.set(credential, actor, now);
    }
    if (!actor) {
      return sendProblem(
        reply,
        'unauthenticated',
        token || cookie ? 'Your session or token is unknown, expired or revoked; sign in again' : 'Sign in, or send an API token as "Authorization: Bearer …"',
      );
    }
    if (actor.stage !== 'complete' && !config.signInSteps?.includes(actor.stage)) {
      return actor.stage === 'mfa_code'
        ? sendProblem(reply, 'mfa_code_required', 'Finish signing in: enter the code from your authenticator app')
        : sendProblem(reply, 'mfa_enrolment_required', 'Your role requires multi-factor sign-in: set up an authenticator app first');
    }
    if (config.permission !== signedIn && !actor.permissions.has(config.permission)) {
      return sendProblem(reply, 'forbidden', `This needs the permission "${config.permission}", which your roles (${actor.roles.join(', ')}) do not grant`);
    }
    request.actor = actor;
  });
});
