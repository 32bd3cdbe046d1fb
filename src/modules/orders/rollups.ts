/*
 * Folds the changes the orders trigger appended (order_rollup_changes) into the rollups the
 * dashboard and the unfiltered counts read (schema.ts explains the design). Readers add the
 * changes not yet folded, so folding only keeps that remainder small; it changes no figure.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import type { JobDefinition } from '../../platform/jobs/worker.js';

/** Named when the reports module kept the rollups: the name stays, so queued runs and the schedule carry over. */
export const foldOrderRollupsJobKind = 'reports.fold_order_rollups';

/**
 * Moves every change into the rollups in one transaction (the data-modifying CTEs run
 * whether or not the final SELECT reads them) and returns how many it moved.
 * Keys are written in one order (ORDER BY), so two folds that overlap wait for each other
 * rather than deadlock; a change is deleted by one of them only.
 */
export async function foldOrderRollupChanges(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const [folded] = await queryRows<{ changes: number }>(
      tx,
      sql`WITH moved AS (DELETE FROM order_rollup_changes RETURNING *),
          folded_buckets AS (
            INSERT INTO order_rollups AS r (bucket, status, channel, priority_level, currency, orders, total_minor)
            SELECT bucket, status, channel, priority_level, currency, sum(orders), sum(total_minor) FROM moved
            GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
            ON CONFLICT (bucket, status, channel, priority_level, currency)
            DO UPDATE SET orders = r.orders + excluded.orders, total_minor = r.total_minor + excluded.total_minor
          ),
          folded_statuses AS (
            INSERT INTO order_status_counts AS c (status, orders)
            SELECT status, sum(orders) FROM moved GROUP BY status ORDER BY status
            ON CONFLICT (status) DO UPDATE SET orders = c.orders + excluded.orders
          )
          SELECT count(*)::int AS changes FROM moved`,
    );
    // A bucket every order has left (a status they all moved on from) holds nothing; its total is zero with it.
    await tx.execute(sql`DELETE FROM order_rollups WHERE orders = 0`);
    return Number(folded!.changes);
  });
}

export function foldOrderRollupsJob(): JobDefinition<typeof foldOrderRollupsJobKind> {
  return {
    kind: foldOrderRollupsJobKind,
    async run(_payload, { db }) {
      await foldOrderRollupChanges(db);
    },
  };
}
