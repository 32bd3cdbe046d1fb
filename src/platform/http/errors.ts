import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isConnectionError } from '../db/sql.js';

export interface FieldError {
  /** JSON pointer into the request part, e.g. `/lines/1/quantity`. */
  path: string;
  /** Which part of the request: body, query, params or headers. */
  in?: 'body' | 'query' | 'params' | 'headers';
  code: string;
  message: string;
  /** What a translated message needs besides the code, e.g. which password rule was broken. */
  params?: Record<string, string | number>;
}

/** The members RFC 9457 and Ordo give a meaning to; extra members may not take their names. */
const problemMembers = ['type', 'title', 'status', 'code', 'detail', 'instance', 'errors'] as const;

/**
 * Extra members of a problem. `status` is the HTTP status there, so an order's or a step's
 * status travels as `orderStatus` or `stepStatus`; the type refuses the reserved names.
 */
export type ProblemMeta = Record<string, unknown> & { [K in (typeof problemMembers)[number]]?: never };

/** What domain code throws; the HTTP layer turns it into problem+json. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail: string,
    readonly extra: { errors?: FieldError[]; meta?: ProblemMeta } = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export interface ErrorEntry {
  status: number;
  title: string;
}

export type ErrorEntries = Record<string, ErrorEntry>;

/** The codes the plumbing answers with, whichever module is behind the request. */
export const platformErrors = {
  validation_failed: { status: 400, title: 'The request is not valid' },
  malformed_json: { status: 400, title: 'The body is not valid JSON' },
  invalid_characters: { status: 400, title: 'The request contains characters that are not text' },
  malformed_url: { status: 400, title: 'The address is not valid' },
  invalid_cursor: { status: 400, title: 'The paging cursor is not valid' },
  unauthenticated: { status: 401, title: 'Sign in first' },
  forbidden: { status: 403, title: 'Your role may not do this' },
  cross_origin_refused: { status: 403, title: 'A request from another site was refused' },
  csrf_token_missing: { status: 403, title: 'The request lacks the session\'s CSRF token' },
  not_found: { status: 404, title: 'Not found' },
  route_not_found: { status: 404, title: 'No such endpoint' },
  conflict: { status: 409, title: 'Conflict' },
  already_exists: { status: 409, title: 'Already exists' },
  invalid_transition: { status: 409, title: 'The order is not in a state that allows this' },
  job_not_dead: { status: 409, title: 'Only a dead job can be retried by hand' },
  precondition_failed: { status: 412, title: 'Someone changed this since you loaded it' },
  precondition_required: { status: 428, title: 'Send If-Match with the version you edited' },
  payload_too_large: { status: 413, title: 'The body is too large' },
  file_too_large: { status: 413, title: 'A file is larger than allowed' },
  too_many_files: { status: 413, title: 'Too many files' },
  url_too_long: { status: 414, title: 'The address is too long' },
  unsupported_media_type: { status: 415, title: 'Send JSON (Content-Type: application/json)' },
  unsupported_file_type: { status: 415, title: 'This kind of file is not accepted' },
  idempotency_key_reused: { status: 422, title: 'This Idempotency-Key was used with a different body' },
  unknown_reference: { status: 422, title: 'A referenced record does not exist' },
  invalid_setting: { status: 422, title: 'The setting is not valid' },
  invalid_attachment: { status: 422, title: 'The upload carries no file or is malformed' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
  database_unavailable: { status: 503, title: 'The database is not reachable' },
} satisfies ErrorEntries;

/**
 * Every problem code, by the area that declares it. A module adds its own in its
 * `errors.ts` by merging a member into this interface, so platform names no module and a
 * code nobody declared does not compile.
 */
export interface ErrorCatalogue {
  platform: typeof platformErrors;
}

export type ErrorCode = { [Area in keyof ErrorCatalogue]: keyof ErrorCatalogue[Area] & string }[keyof ErrorCatalogue];

const knownErrors = new Map<string, ErrorEntry>(Object.entries(platformErrors));

/**
 * Makes a module's codes answerable over HTTP (the app does this for every module at
 * start). The same code declared twice with another status or title is a mistake to
 * stop at, not a choice to make silently.
 */
export function registerErrors(entries: ErrorEntries): void {
  for (const [code, entry] of Object.entries(entries)) {
    const known = knownErrors.get(code);
    if (known && (known.status !== entry.status || known.title !== entry.title)) throw new Error(`Error code ${code} is declared twice, differently`);
    knownErrors.set(code, entry);
  }
}

/** The status and title of a code, if some area declared it. */
export function errorEntry(code: string): ErrorEntry | undefined {
  return knownErrors.get(code);
}

export function problemType(code: ErrorCode): string {
  return `/api/errors/${code.replaceAll('_', '-')}`;
}

export function sendProblem(
  reply: FastifyReply,
  code: ErrorCode,
  detail: string,
  extra: { errors?: FieldError[]; meta?: ProblemMeta; status?: number; echoUrl?: boolean } = {},
): FastifyReply {
  // Every code compiles only if declared; one whose module was left unregistered still answers safely.
  const entry = errorEntry(code) ?? platformErrors.internal_error;
  const status = extra.status ?? entry.status;
  // A refusal that names when to come back says so where clients and proxies look for it.
  if (status === 429 && typeof extra.meta?.retryAfter === 'number') reply.header('retry-after', String(extra.meta.retryAfter));
  const problem: Record<string, unknown> = {
    type: problemType(code),
    title: entry.title,
    status,
    code,
    detail,
    // A URL the router could not take is not repeated back: it may be huge or carry anything.
    ...(extra.echoUrl === false ? {} : { instance: reply.request.url }),
    ...(extra.errors?.length ? { errors: extra.errors } : {}),
  };
  // The type keeps reserved names out of meta; this keeps them out of data that was cast.
  for (const [key, value] of Object.entries(extra.meta ?? {})) {
    if (!(problemMembers as readonly string[]).includes(key)) problem[key] = value;
  }
  return reply.code(status).type('application/problem+json').send(problem);
}

interface AjvLikeError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const partNames: Record<string, FieldError['in']> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/** Turns validator output into field errors that name the offending path. */
export function fieldErrorsFromValidation(errors: AjvLikeError[], context: string | undefined): FieldError[] {
  const where = partNames[context ?? 'body'] ?? 'body';
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of errors) {
    let path = e.instancePath;
    let message = e.message ?? 'is not valid';
    if (e.keyword === 'additionalProperties') {
      path += `/${String(e.params.additionalProperty)}`;
      message = 'is not a known field';
    } else if (e.keyword === 'required') {
      path += `/${String(e.params.missingProperty)}`;
      message = 'is required';
    }
    const key = `${path}|${e.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: path || '/', in: where, code: e.keyword, message });
  }
  return out;
}

/** Longest path parameter the router takes: ids are UUIDs and link tokens 43 characters. */
export const maxParamLength = 200;
/** Longest request URL: a list filtered by many values fits, a URL built to hurt does not. */
const maxUrlLength = 8192;

function tooLong(reply: FastifyReply): FastifyReply {
  return sendProblem(reply, 'url_too_long', `The address is too long: at most ${maxUrlLength} characters, ${maxParamLength} in one path segment`, { echoUrl: false });
}

/**
 * No route takes the address. A path segment longer than a parameter may be is why, when
 * one is: the router gave up on the route it was meant for.
 */
export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0]!;
  if (path.split('/').some((segment) => segment.length > maxParamLength)) return tooLong(reply);
  return sendProblem(reply, 'route_not_found', `No endpoint answers ${request.method} at this address`, { echoUrl: false });
}

/**
 * What the router answers before any route runs (Fastify's `frameworkErrors`): a problem
 * like every other, never Fastify's own JSON, and never the URL it choked on.
 */
export function routerErrors(error: FastifyError, _request: unknown, reply: FastifyReply): void {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      void sendProblem(reply, 'malformed_url', 'The address has a malformed percent-encoding (a % not followed by two hex digits)', { echoUrl: false });
      return;
    case 'FST_ERR_MAX_PARAM_LENGTH':
      void tooLong(reply);
      return;
    default:
      reply.log.error({ err: error }, 'router error');
      void sendProblem(reply, 'internal_error', 'An unexpected error occurred; it has been logged.', { echoUrl: false });
  }
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & { validationContext?: string }, request, reply) => {
    if (error instanceof DomainError) {
      return sendProblem(reply, error.code, error.message, error.extra);
    }
    if (error.validation) {
      const errors = fieldErrorsFromValidation(error.validation as AjvLikeError[], error.validationContext);
      const first = errors[0];
      return sendProblem(
        reply,
        'validation_failed',
        first ? `${first.in} ${first.path}: ${first.message}` : 'The request is not valid',
        { errors },
      );
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(reply, 'malformed_json', error.message, { errors: [{ path: '/', in: 'body', code: 'json', message: error.message }] });
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(reply, 'malformed_json', 'The body is empty; send a JSON object', { errors: [{ path: '/', in: 'body', code: 'json', message: 'empty body' }] });
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, 'payload_too_large', error.message);
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, 'unsupported_media_type', error.message);
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendProblem(reply, 'validation_failed', error.message);
    }
    if (error.statusCode === 429) {
      return sendProblem(reply, 'rate_limited', error.message);
    }
    if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
      return sendProblem(reply, 'malformed_json', error.message, { errors: [{ path: '/', in: 'body', code: 'json', message: error.message }] });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, 'validation_failed', error.message, { status: error.statusCode });
    }
    if (isConnectionError(error)) {
      request.log.warn({ err: error.message }, 'database unreachable');
      // Connections are reopened on the next request, so a retry soon is the right advice.
      reply.header('retry-after', '1');
      return sendProblem(reply, 'database_unavailable', 'The database cannot be reached; nothing was changed. Try again shortly.');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 'internal_error', 'An unexpected error occurred; it has been logged.');
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.length > maxUrlLength) return tooLong(reply);
  });
  app.setNotFoundHandler(sendRouteNotFound);

  app.get('/api/errors/:slug', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    const code = (request.params as { slug: string }).slug.replaceAll('-', '_');
    const entry = errorEntry(code);
    if (!entry) return sendProblem(reply, 'not_found', `No error code ${code}`);
    return { code, status: entry.status, title: entry.title };
  });
}
