import { sql } from 'drizzle-orm';
import type { Executor } from '../db/connect.js';
import { queryRows } from '../db/sql.js';

/** Deletes outbox rows delivered before `before`. */
export async function purgePublishedOutbox(db: Executor, before: Date): Promise<number> {
  const rows = await queryRows<{ id: string }>(db, sql`DELETE FROM outbox WHERE published_at < ${before.toISOString()}::timestamptz RETURNING id`);
  return rows.length;
}
