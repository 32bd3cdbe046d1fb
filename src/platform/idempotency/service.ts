import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../db/connect.js';
import { DomainError } from '../http/errors.js';
import { canonicalJson } from '../json.js';
import { idempotencyKeys } from './schema.js';

/** How long a key is remembered. */
export const idempotencyTtlMs = 24 * 60 * 60 * 1000;

export interface StoredResponse {
  statusCode: number;
  body: unknown;
}

export interface IdempotencyClaim {
  scope: string;
  key: string;
  requestHash: string;
}

export function hashRequest(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * Claims the key inside the caller's transaction. A second request with the same key waits
 * on the first one's row until it commits, then gets its stored response back — or a 422
 * when it came with a different body. An expired key is taken over.
 */
export async function claimIdempotencyKey(tx: Tx, claim: IdempotencyClaim, now: Date): Promise<StoredResponse | undefined> {
  const expiredBefore = new Date(now.getTime() - idempotencyTtlMs);
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ scope: claim.scope, key: claim.key, requestHash: claim.requestHash, createdAt: now })
    .onConflictDoUpdate({
      target: [idempotencyKeys.scope, idempotencyKeys.key],
      set: { requestHash: claim.requestHash, createdAt: now, statusCode: null, response: null },
      setWhere: sql`${idempotencyKeys.createdAt} < ${expiredBefore.toISOString()}::timestamptz`,
    })
    .returning({ key: idempotencyKeys.key });
  if (claimed.length > 0) return undefined;
  const [existing] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key)));
  if (!existing) throw new Error('Idempotency key vanished between claim and read');
  if (existing.requestHash !== claim.requestHash) {
    throw new DomainError('idempotency_key_reused', `The Idempotency-Key "${claim.key}" was already used with a different request body`, {
      errors: [{ path: '/Idempotency-Key', in: 'headers', code: 'reused', message: 'was used with a different body' }],
    });
  }
  if (existing.statusCode === null) throw new Error('Idempotency key claimed without a stored response');
  return { statusCode: existing.statusCode, body: existing.response };
}

/** Stores the response a claimed key answers with from now on (same transaction as the claim). */
export async function completeIdempotencyKey(tx: Tx, claim: IdempotencyClaim, response: StoredResponse): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ statusCode: response.statusCode, response: response.body })
    .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key)));
}

/** Forgets keys older than the time they are remembered for. */
export async function purgeExpiredIdempotencyKeys(db: Executor, now: Date): Promise<number> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - idempotencyTtlMs)))
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}
