/** A field the server named in a problem: a JSON pointer into the body and a stable code. */
export interface FieldProblem {
  path: string;
  code: string;
  message: string;
  /** What the message needs besides the code, e.g. `rule` of weak_password. */
  params?: Record<string, string | number>;
}

/** A failed request, as problem+json told it (RFC 9457, with Ordo's stable `code`). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly errors: FieldProblem[] = [],
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }
}

/** Called when the server says the session is gone; the app then shows the sign-in page. */
let onSignedOut: () => void = () => {};
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined | null>;
}

export function withQuery(path: string, query: RequestOptions['query'] = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * The session's CSRF token, which the server puts in the readable `ordo_csrf` cookie: a
 * write with the session cookie is refused without it in `X-Ordo-CSRF`, which another
 * site's page cannot send. For requests not made through `api` (uploads).
 */
export function csrfHeaders(): Record<string, string> {
  const match = /(?:^|;\s*)ordo_csrf=([^;]+)/.exec(document.cookie);
  return match ? { 'x-ordo-csrf': decodeURIComponent(match[1]!) } : {};
}

/** JSON over fetch with the session cookie; throws ApiProblem on any error answer. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...csrfHeaders(), ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiProblem(0, 'network_error', 'The server cannot be reached');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const problem = (data ?? {}) as { code?: string; detail?: string; errors?: FieldProblem[] };
    if (response.status === 401 && !path.endsWith('/auth/login')) onSignedOut();
    throw new ApiProblem(response.status, problem.code ?? 'internal_error', problem.detail ?? response.statusText, problem.errors ?? []);
  }
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A fresh idempotency key per order being entered, so a retried submit never creates two. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
