import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './errors.js';

/** Readable by the page (not HttpOnly): the console copies it into the header below. */
export const csrfCookie = 'ordo_csrf';
export const csrfHeader = 'x-ordo-csrf';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A session's CSRF token, derived from the session token so nothing more is stored. The
 * prefix keeps it from being the SHA-256 the sessions table holds for the same token.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`ordo-csrf:${sessionToken}`).digest('base64url');
}

export interface CsrfOptions {
  /** The cookie holding the session token. */
  sessionCookie: string;
  /** The address people reach Ordo at; behind a proxy that rewrites Host it is the one that matches. */
  publicUrl: string;
  secureCookies: boolean;
  /** Whether the route acts on the caller's session (public routes such as sign-in do not). */
  usesSession: (request: FastifyRequest) => boolean;
}

/** Gives the page the CSRF token of the session it has just been given. */
export function setCsrfCookie(reply: FastifyReply, sessionToken: string, options: { secure: boolean; maxAgeSeconds?: number }): void {
  reply.setCookie(csrfCookie, csrfTokenFor(sessionToken), { path: '/', httpOnly: false, sameSite: 'strict', secure: options.secure, maxAge: options.maxAgeSeconds });
}

export function clearCsrfCookie(reply: FastifyReply): void {
  reply.clearCookie(csrfCookie, { path: '/' });
}

function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** Where the browser says the request comes from: Origin, else the Referer's origin; `null` when it will not say. */
function claimedOrigin(request: FastifyRequest): string | null | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin === 'null' ? null : (originOf(origin) ?? null);
  const referer = request.headers.referer;
  if (referer !== undefined) return originOf(referer) ?? null;
  return undefined;
}

function sameToken(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Refuses state-changing requests a browser sends on behalf of another site, including a
 * page on another port of the same host (SameSite=Lax does not stop that one):
 * - every unsafe request without a bearer token must come from Ordo's own origin, by
 *   `Sec-Fetch-Site` and by `Origin` (or `Referer`) when the browser sends them;
 * - one that acts on a cookie session must also carry `X-Ordo-CSRF` with the session's token,
 *   a header no other site can set and no `no-cors` request can carry.
 * A bearer token is no ambient credential, so requests with one are not checked. Clients
 * outside a browser send neither Origin nor Sec-Fetch-Site and pass the first check.
 */
export function refuseCrossSiteRequests(app: FastifyInstance, options: CsrfOptions): void {
  const publicOrigin = originOf(options.publicUrl);
  app.addHook('onRequest', async (request, reply) => {
    const bearer = /^Bearer\s/i.test(request.headers.authorization ?? '');
    const session = bearer ? undefined : request.cookies[options.sessionCookie];
    // A session from before the token existed gets its token on its next request.
    if (session && request.cookies[csrfCookie] !== csrfTokenFor(session)) setCsrfCookie(reply, session, { secure: options.secureCookies });
    if (bearer || safeMethods.has(request.method)) return;

    const fetchSite = request.headers['sec-fetch-site'];
    const origin = claimedOrigin(request);
    const ownOrigin = originOf(`${request.protocol}://${request.host}`);
    if (fetchSite === 'cross-site' || fetchSite === 'same-site' || (origin !== undefined && (origin === null || (origin !== ownOrigin && origin !== publicOrigin)))) {
      return sendProblem(reply, 'cross_origin_refused', 'A state-changing request from another site or origin was refused; use Ordo from its own address, or an API token from scripts');
    }

    if (!session || !options.usesSession(request)) return;
    const sent = request.headers[csrfHeader];
    if (typeof sent !== 'string' || !sameToken(sent, csrfTokenFor(session))) {
      return sendProblem(
        reply,
        'csrf_token_missing',
        `A request with the session cookie must send the header X-Ordo-CSRF with the value of the ${csrfCookie} cookie; scripts are better served by an API token`,
      );
    }
  });
}
