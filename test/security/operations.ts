import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { TestApp } from '../support/app.js';
import { errorCatalogue } from '../../src/modules.js';
import type { Tally } from './tally.js';

export type JsonSchema = Record<string, any>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema: JsonSchema;
  required: boolean;
}

/** One operation of the OpenAPI document, as the suite attacks it. */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As the document writes it: `/api/v1/orders/{id}`. */
  path: string;
  /** `POST /api/v1/orders/{id}/cancel`: how findings and counts name it. */
  key: string;
  /** The `x-permission` the auth plugin publishes: a permission, `signed_in` or `public`. */
  permission: string;
  /** The `x-sign-in-steps`: partial sessions that may call it too. */
  signInSteps: string[];
  parameters: Parameter[];
  body?: JsonSchema;
}

/** Answers until the client goes away: the suite checks who may open it, never reads it. */
export const streamingPaths = new Set(['/api/v1/events/stream']);

export const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Every operation under /api/v1 the app's OpenAPI document lists (all of them: the auth plugin refuses to start otherwise). */
export function operationsOf(app: FastifyInstance): Operation[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, any>> };
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/v1/')) continue;
    for (const [method, op] of Object.entries(item)) {
      const upper = method.toUpperCase() as Operation['method'];
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(upper)) continue;
      operations.push({
        method: upper,
        path,
        key: `${upper} ${path}`,
        permission: op['x-permission'],
        signInSteps: op['x-sign-in-steps'] ?? [],
        parameters: (op.parameters ?? []).map((p: any) => ({ name: p.name, in: p.in, schema: p.schema ?? {}, required: Boolean(p.required) })),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return operations;
}

/** A value the parameter's schema accepts, so a refusal is about who asks, not what they sent. */
export function plausibleValue(schema: JsonSchema): string {
  if (schema.enum) return String(schema.enum[0]);
  if (schema.format === 'uuid') return randomUUID();
  if (schema.pattern === '^[A-Za-z0-9_-]+$') return 'A'.repeat(Math.max(schema.minLength ?? 1, 43));
  if (schema.type === 'integer' || schema.type === 'number') return String(schema.minimum ?? 1);
  if (schema.type === 'boolean') return 'true';
  return 'x';
}

/** The operation's URL with its path parameters filled, by name first, else with a plausible value. */
export function urlOf(op: Operation, values: Record<string, string> = {}, query?: Record<string, string>): string {
  let url = op.path;
  for (const p of op.parameters.filter((p) => p.in === 'path')) url = url.replace(`{${p.name}}`, encodeURIComponent(values[p.name] ?? plausibleValue(p.schema)));
  if (query && Object.keys(query).length > 0) url += `?${new URLSearchParams(query).toString()}`;
  return url;
}

export type Answer = Awaited<ReturnType<TestApp['call']>>;

/** `inject` (parsing the JSON answer) that counts the request against the operation and the principal. */
export function send(t: TestApp, tally: Tally, op: Pick<Operation, 'key'>, principal: string, options: InjectOptions): Promise<Answer> {
  tally.request(op.key, principal);
  return t.call(options);
}

/** What is wrong with an error answer, if anything: it must be problem+json with a catalogued code and its status. */
export function problemDefect(res: Answer): string | undefined {
  if (res.statusCode < 400) return undefined;
  if (!String(res.headers['content-type'] ?? '').startsWith('application/problem+json')) return `answered ${res.statusCode} as ${res.headers['content-type']}, not problem+json`;
  const code = res.data?.code;
  const entry = typeof code === 'string' ? errorCatalogue[code] : undefined;
  if (!entry) return `answered ${res.statusCode} with code ${JSON.stringify(code)}, not one of the error catalogue`;
  if (res.data.status !== res.statusCode) return `answered ${res.statusCode} with a problem saying status ${res.data.status}`;
  return undefined;
}

/** A short description of an answer for a finding. */
export function described(res: Answer): string {
  return `${res.statusCode} ${res.body.slice(0, 160)}`;
}

/**
 * The smallest value the schema accepts (required members only), for requests that must get
 * past validation to reach what is under test: an ownership check, or a mutation to fuzz.
 */
export function exampleOf(schema: JsonSchema | undefined): unknown {
  if (!schema) return undefined;
  if ('const' in schema) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return exampleOf(alternatives.find((s: JsonSchema) => s.type !== 'null') ?? alternatives[0]);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s: JsonSchema) => exampleOf(s)));
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? []) out[name] = exampleOf(schema.properties?.[name] ?? {});
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => exampleOf(schema.items ?? {}));
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -Infinity);
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'string':
      switch (schema.format) {
        case 'uuid':
          return randomUUID();
        case 'date':
          return '2099-01-10';
        case 'date-time':
          return '2099-01-10T08:00:00.000Z';
        case 'email':
          return 'someone@example.test';
        case 'uri':
          return 'https://example.test/';
      }
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
  }
  return {};
}
