import { eq } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { outbox } from '../outbox/schema.js';
import { asStoredJson } from '../json.js';
import { linkHash, type ChainedContent } from './chain.js';
import { auditEvents, auditHead } from './schema.js';

/** Who made a change: a signed-in user, or the system / a CLI command. */
export interface Actor {
  userId: string | null;
  label: string;
}

export const systemActor: Actor = { userId: null, label: 'system' };

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
 * inside the caller's transaction. Call it as the last write: it locks the chain head,
 * the one row every audited change shares, until commit.
 */
export async function recordChanges(
  tx: Tx,
  actor: Actor,
  at: Date,
  changes: Change[],
  messages: OutboxMessage[] = [],
): Promise<void> {
  if (messages.length > 0) {
    await tx.insert(outbox).values(
      messages.map((m) => ({ topic: m.topic, customerId: m.customerId ?? null, payload: m.payload, createdAt: at })),
    );
  }
  if (changes.length === 0) return;
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
  if (!head) throw new Error('The audit chain head is missing; run the migrations');
  let seq = head.seq;
  let prevHash = head.hash;
  const rows = changes.map((change) => {
    const content: ChainedContent = {
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
    seq += 1;
    const hash = linkHash(prevHash, seq, content);
    const row = { seq, ...content, prevHash, hash };
    prevHash = hash;
    return row;
  });
  await tx.insert(auditEvents).values(rows);
  await tx.update(auditHead).set({ seq, hash: prevHash }).where(eq(auditHead.id, 1));
}

/** Shorthand for the common case of one change. */
export function recordChange(tx: Tx, actor: Actor, at: Date, change: Change, messages: OutboxMessage[] = []): Promise<void> {
  return recordChanges(tx, actor, at, [change], messages);
}
