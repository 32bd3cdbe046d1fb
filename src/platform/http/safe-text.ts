import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError, type FieldError } from './errors.js';

/**
 * NUL cannot be stored in a PostgreSQL text or jsonb value, and a lone UTF-16 surrogate is
 * not Unicode at all (it cannot be written as UTF-8): both would fail deep in a query as a
 * 500. With the `u` flag a surrogate pair is one code point, so only lone halves match.
 */
const notText = /[\0\p{Cs}]/u;
const notTextEverywhere = /[\0\p{Cs}]/gu;

/** Enough to fix a request by; a body full of them need not be listed in full. */
const maxReported = 20;

function pointerToken(key: string): string {
  // The key itself may be the bad text; the pointer shows it with U+FFFD in its place.
  return key.replaceAll('~', '~0').replaceAll('/', '~1').replace(notTextEverywhere, '\uFFFD');
}

function reason(text: string): string {
  return text.includes('\0') ? 'contains a NUL character (U+0000)' : 'contains a lone UTF-16 surrogate, which is not valid Unicode';
}

/** The pass every request takes: no paths built, since nearly every request is clean. */
function holdsNotText(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (notText.test(current)) return true;
    } else if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
    } else if (current !== null && typeof current === 'object') {
      for (const key in current) {
        if (notText.test(key)) return true;
        stack.push((current as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

/**
 * Every string (and object key) in a parsed request part that is not storable text, as
 * field errors. Walks with its own stack, so a deeply nested body cannot overflow it.
 */
export function findNotText(value: unknown, part: FieldError['in']): FieldError[] {
  if (!holdsNotText(value)) return [];
  const found: FieldError[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0 && found.length < maxReported) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (notText.test(current)) found.push({ path: path || '/', in: part, code: 'invalid_characters', message: reason(current) });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: `${path}/${i}` });
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const childPath = `${path}/${pointerToken(key)}`;
        if (notText.test(key)) found.push({ path: childPath, in: part, code: 'invalid_characters', message: `is a field name that ${reason(key)}` });
        else stack.push({ value: child, path: childPath });
      }
    }
  }
  return found;
}

function checkRequest(request: FastifyRequest): void {
  const errors = [...findNotText(request.params, 'params'), ...findNotText(request.query, 'query'), ...findNotText(request.body, 'body')].slice(0, maxReported);
  const first = errors[0];
  if (!first) return;
  throw new DomainError('invalid_characters', `${first.in} ${first.path} ${first.message}`, { errors });
}

/**
 * One check before validation for every route: path parameters, query and a parsed body
 * hold only storable text. Multipart uploads are read by their handlers later, so their
 * body is not parsed here and their file bytes are never inspected as text.
 */
export function refuseNonText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => checkRequest(request));
}
