import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { asStoredJson } from '../json.js';
import { chainedBody } from './chain.js';

/** Who made a change: a signed-in user, or the system / a CLI command. */
export interface Actor {
  userId: string | null;
  label: string;
}

export interface Change {
  entityType: string;
  entityId: string;
  customerId?: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

export interface OutboxMessage {
  topic: string;
  customerId?: string | null;
  payload: Record<string, unknown>;
}

/**
 * Appends the changes to the hash-chained audit trail and queues their outbox messages,
 * inside the caller's transaction, in one statement. Call it as the last write: it locks
 * the chain head — the one row every audited change shares — until commit.
 *
 * The link hash is computed by the database from the head it has just locked, so no
 * second round trip is needed; `verifyAuditChain` recomputes the same hash in JS.
 */
export async function recordChanges(tx: Tx, actor: Actor, at: Date, changes: Change[], messages: OutboxMessage[] = []): Promise<void> {
  const events = changes.map((change) => {
    const content = {
      at,
      actorId: actor.userId,
      actorLabel: actor.label,
      entityType: change.entityType,
      entityId: change.entityId,
      customerId: change.customerId ?? null,
      action: change.action,
      before: asStoredJson(change.before),
      after: asStoredJson(change.after),
    };
    return { ...content, body: chainedBody(content) };
  });
  const outbox = messages.map((m) => ({ topic: m.topic, customerId: m.customerId ?? null, payload: m.payload }));
  await tx.execute(sql`
    WITH RECURSIVE
      head AS (SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE),
      input AS (SELECT ordinality::int AS n, e FROM jsonb_array_elements(${JSON.stringify(events)}::jsonb) WITH ORDINALITY AS x(e, ordinality)),
      chain AS (
        SELECT 0 AS n, head.seq, head.hash, NULL::text AS prev FROM head
        UNION ALL
        SELECT i.n, c.seq + 1, encode(sha256(convert_to(c.hash || E'\n' || (c.seq + 1)::text || E'\n' || (i.e->>'body'), 'UTF8')), 'hex'), c.hash
        FROM chain c JOIN input i ON i.n = c.n + 1
      ),
      appended AS (
        INSERT INTO audit_events (seq, at, actor_id, actor_label, entity_type, entity_id, customer_id, action, before, after, prev_hash, hash)
        SELECT c.seq, ${at.toISOString()}::timestamptz, (i.e->>'actorId')::uuid, i.e->>'actorLabel', i.e->>'entityType', i.e->>'entityId',
               (i.e->>'customerId')::uuid, i.e->>'action', i.e->'before', i.e->'after', c.prev, c.hash
        FROM chain c JOIN input i ON i.n = c.n
        RETURNING seq, hash
      ),
      queued AS (
        INSERT INTO outbox (topic, customer_id, payload, created_at)
        SELECT m->>'topic', (m->>'customerId')::uuid, m->'payload', ${at.toISOString()}::timestamptz
        FROM jsonb_array_elements(${JSON.stringify(outbox)}::jsonb) AS m
      )
    UPDATE audit_head SET (seq, hash) = (SELECT seq, hash FROM appended ORDER BY seq DESC LIMIT 1)
    WHERE id = 1 AND EXISTS (SELECT 1 FROM appended)`);
}

/** Shorthand for the common case of one change. */
export function recordChange(tx: Tx, actor: Actor, at: Date, change: Change, messages: OutboxMessage[] = []): Promise<void> {
  return recordChanges(tx, actor, at, [change], messages);
}
