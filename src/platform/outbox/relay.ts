import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { prepared, queryRows, uuidArrayParam } from '../db/sql.js';
import type { Pump } from '../jobs/worker.js';

export interface OutboxMessage {
  id: string;
  topic: string;
  customerId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** Does a batch's work inside the relay's transaction: what it writes commits with the batch being marked published. */
export type OutboxHandler = (tx: Tx, messages: OutboxMessage[], now: Date) => Promise<void>;

/**
 * The outbox relay: takes undelivered outbox messages in order and, in one transaction per
 * batch, hands them to `handle` and marks them published. A crash before commit leaves the
 * batch for the next round, so a handler must make a replay add nothing; SKIP LOCKED lets
 * several workers relay side by side.
 */
export function outboxRelay(name: string, handle: OutboxHandler, batchSize = 50): Pump {
  return {
    name,
    run: ({ db, now }) => db.transaction((tx) => relayBatch(tx, handle, batchSize, now)),
  };
}

async function relayBatch(tx: Tx, handle: OutboxHandler, batchSize: number, now: Date): Promise<number> {
  const rows = await queryRows<{ id: string; topic: string; customer_id: string | null; payload: Record<string, unknown>; created_at: string | Date }>(
    tx,
    prepared(sql`SELECT id, topic, customer_id, payload, created_at FROM outbox WHERE published_at IS NULL ORDER BY created_at, id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`),
  );
  if (rows.length === 0) return 0;
  const messages = rows.map((row) => ({ id: row.id, topic: row.topic, customerId: row.customer_id, payload: row.payload, createdAt: new Date(row.created_at) }));
  await handle(tx, messages, now);
  await tx.execute(prepared(sql`UPDATE outbox SET published_at = ${now.toISOString()}::timestamptz WHERE id = ANY(${uuidArrayParam(messages.map((m) => m.id))})`));
  return messages.length;
}
