import type { FastifyReply } from 'fastify';
import { DomainError } from './errors.js';

/** Sets the ETag of a versioned record. */
export function setVersionTag(reply: FastifyReply, version: number): void {
  reply.header('etag', `"${version}"`);
}

/**
 * The version an edit was made against, from `If-Match`. Edits by people must say which
 * version they saw, so a stale edit gets 412 instead of silently overwriting.
 */
export function requiredVersion(ifMatch: string | undefined): number {
  if (ifMatch === undefined) {
    throw new DomainError('precondition_required', 'Send If-Match with the ETag (version) of the record you edited', {
      errors: [{ path: '/If-Match', in: 'headers', code: 'required', message: 'is required' }],
    });
  }
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim());
  if (!match) {
    throw new DomainError('validation_failed', `If-Match "${ifMatch}" is not a version this server issued`, {
      errors: [{ path: '/If-Match', in: 'headers', code: 'format', message: 'must be an ETag like "3"' }],
    });
  }
  return Number(match[1]);
}

export function assertVersion(entity: string, current: number, expected: number): void {
  if (current !== expected) {
    throw new DomainError('precondition_failed', `The ${entity} is at version ${current}; you edited version ${expected}. Reload and try again.`, {
      meta: { currentVersion: current },
    });
  }
}
