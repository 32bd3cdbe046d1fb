import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { orderRevisions } from './schema.js';
import type { OrderRevision } from './contract.js';

/* An order's revision history (issue 13): what each change after intake changed, who made it, when and why. */

function toRevisionView(row: typeof orderRevisions.$inferSelect): OrderRevision {
  return {
    id: row.id,
    orderId: row.orderId,
    revision: row.revision,
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    at: row.at.toISOString(),
    reason: row.reason,
    material: row.material,
    diff: row.diff,
    effects: row.effects,
  };
}

/** Every revision of an order, oldest first. */
export async function listRevisions(db: Executor, orderId: string): Promise<OrderRevision[]> {
  const rows = await db.select().from(orderRevisions).where(eq(orderRevisions.orderId, orderId)).orderBy(asc(orderRevisions.revision));
  return rows.map(toRevisionView);
}
