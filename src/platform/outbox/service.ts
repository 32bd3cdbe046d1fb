import { sql } from 'drizzle-orm';
import type { Executor } from '../db/connect.js';
import { queryRows } from '../db/sql.js';
import type { EventPayloads, EventTopic } from './events.js';

/** Deletes outbox rows delivered before `before`. */
export async function purgePublishedOutbox(db: Executor, before: Date): Promise<number> {
  const rows = await queryRows<{ id: string }>(db, sql`DELETE FROM outbox WHERE published_at < ${before.toISOString()}::timestamptz RETURNING id`);
  return rows.length;
}

/** The payloads of the outbox messages of `topic` about an order, oldest first (kept until purged). */
export async function outboxPayloads<T extends EventTopic>(db: Executor, topic: T, orderId: string): Promise<EventPayloads[T][]> {
  const rows = await queryRows<{ payload: EventPayloads[T] }>(
    db,
    sql`SELECT payload FROM outbox WHERE topic = ${topic} AND payload->>'orderId' = ${orderId} ORDER BY created_at, id`,
  );
  return rows.map((r) => r.payload);
}
