import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../audit/record.js';
import type { Clock } from '../time/clock.js';
import { sendProblem, type ErrorCode } from './errors.js';

export const sessionCookie = 'ordo_session';

/** The OpenAPI extension naming the permission an operation needs: a permission, `signed_in` or `public`. */
export const permissionExtension = 'x-permission';
/** The OpenAPI extension listing the partial sessions (mfa.ts) an operation also serves. */
export const signInStepsExtension = 'x-sign-in-steps';

/** Declared by routes any signed-in user may call (their own session, tokens, profile). */
export const signedIn = 'signed_in' as const;

/** The stage of a session whose sign-in is finished; any other stage reaches only the routes that finish it. */
export const signInComplete = 'complete' as const;

/** What the plugin itself reads of a caller; the module that owns sign-in supplies the rest. */
export interface CredentialHolder extends Actor {
  userId: string;
  roles: readonly string[];
  permissions: ReadonlySet<string>;
  /** Session or token id. */
  credentialId: string;
  /** When the session or token stops working (null: a token without expiry). */
  credentialExpiresAt: Date | null;
  stage: string;
}

/**
 * Filled in by the module that owns sign-in through declaration merging (`actor`, `permission`,
 * `signInStep`), so that routes name only real permissions and actorOf() answers that module's
 * actor, while platform imports no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AuthRegistry {}
export type RegisteredActor = AuthRegistry extends { actor: infer A extends CredentialHolder } ? A : CredentialHolder;
export type RoutePermission = (AuthRegistry extends { permission: infer P extends string } ? P : string) | typeof signedIn;
export type SignInStep = AuthRegistry extends { signInStep: infer S extends string } ? S : string;

export interface Credential {
  kind: 'session' | 'token';
  secret: string;
}

export interface AuthOptions {
  clock: Clock;
  /** Whom a session cookie or bearer token belongs to now; undefined when unknown, expired or revoked. */
  actorFor(credential: Credential, now: Date): Promise<RegisteredActor | undefined>;
  /** The problem answered to a caller whose sign-in is not finished, on a route that does not finish it. */
  unfinishedSignIn(stage: SignInStep): { code: ErrorCode; detail: string };
}

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
  private readonly entries = new Map<string, { actor: RegisteredActor; until: number }>();
  constructor(
    private readonly ttlMs = 2000,
    private readonly capacity = 10_000,
  ) {}

  get(credential: string, now: Date): RegisteredActor | undefined {
    const entry = this.entries.get(credential);
    if (entry && entry.until > now.getTime()) return entry.actor;
    if (entry) this.entries.delete(credential);
    return undefined;
  }

  set(credential: string, actor: RegisteredActor, now: Date): void {
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
    /** The partial sessions that may call it too: the routes that finish a sign-in. */
    signInSteps?: readonly SignInStep[];
  }
  interface FastifyRequest {
    actor?: RegisteredActor;
  }
  interface FastifyInstance {
    actorCache: ActorCache;
  }
}

/** The signed-in caller of a route that declared a permission. */
export function actorOf(request: FastifyRequest): RegisteredActor {
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
export const authPlugin = fp(async (app: FastifyInstance, options: AuthOptions) => {
  const cache = new ActorCache();
  app.decorate('actorCache', cache);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const config = route.config as { permission?: RoutePermission; public?: boolean; signInSteps?: readonly SignInStep[] } | undefined;
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
    const now = options.clock.now();
    const token = bearerToken(request);
    const cookie = request.cookies[sessionCookie];
    const credential: Credential | undefined = token ? { kind: 'token', secret: token } : cookie ? { kind: 'session', secret: cookie } : undefined;
    const cacheKey = credential && `${credential.kind}:${credential.secret}`;
    let actor = cacheKey ? cache.get(cacheKey, now) : undefined;
    if (!actor && credential && cacheKey) {
      actor = await options.actorFor(credential, now);
      if (actor) cache.set(cacheKey, actor, now);
    }
    if (!actor) {
      return sendProblem(
        reply,
        'unauthenticated',
        token || cookie ? 'Your session or token is unknown, expired or revoked; sign in again' : 'Sign in, or send an API token as "Authorization: Bearer …"',
      );
    }
    const stage = actor.stage as SignInStep;
    if (stage !== signInComplete && !config.signInSteps?.includes(stage)) {
      const problem = options.unfinishedSignIn(stage);
      return sendProblem(reply, problem.code, problem.detail);
    }
    if (config.permission !== signedIn && !actor.permissions.has(config.permission)) {
      return sendProblem(reply, 'forbidden', `This needs the permission "${config.permission}", which your roles (${actor.roles.join(', ')}) do not grant`);
    }
    request.actor = actor;
  });
});
