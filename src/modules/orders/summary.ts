/*
 * The dashboard's figures (SPEC §11 in the small) and the unfiltered status counts, from the
 * order rollups this module keeps (schema.ts, rollups.ts) plus the changes not yet folded into them.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import { addDays, instantAt, localDate } from '../../platform/time/zone.js';
import type { OrderSummaryFigures } from './contract.js';
import type { OrderStatus } from './states.js';

type Counted = { key: string; count: number };

/** Every order by its current status (`status`, `n`), all time: the folded counts plus the changes not yet folded. */
const statusCounts = sql`SELECT status, sum(orders)::int AS n FROM (
    SELECT status, orders FROM order_status_counts UNION ALL SELECT status, orders FROM order_rollup_changes) s
  GROUP BY status HAVING sum(orders) <> 0`;

/**
 * How many orders each status holds, with no filter, exact at every moment (one statement, one
 * snapshot): what counting the orders gives, without reading a million of them.
 */
export async function countAllOrdersByStatus(db: Executor): Promise<Map<OrderStatus, number>> {
  const rows = await queryRows<{ status: OrderStatus; n: number }>(db, statusCounts);
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

/**
 * The dashboard's figures (SPEC §11 in the small): today's intake, status counts and month-to-date, in one
 * round trip. They come from the order rollups (schema.ts) plus the changes not yet folded into them, read in
 * one statement so a fold committing meanwhile is seen whole or not at all; the days are whole quarter-hour
 * buckets in any zone.
 */
export async function orderSummary(db: Executor, now: Date, timeZone: string): Promise<OrderSummaryFigures> {
  const today = localDate(now, timeZone);
  const monthStart = `${today.slice(0, 8)}01`;
  const dayStart = new Date(instantAt(today, 0, timeZone)).toISOString();
  const monthFrom = new Date(instantAt(monthStart, 0, timeZone)).toISOString();
  const dayEnd = new Date(instantAt(addDays(today, 1), 0, timeZone)).toISOString();
  const inMonth = sql`bucket >= ${monthFrom}::timestamptz AND bucket < ${dayEnd}::timestamptz`;
  const [row] = await queryRows<{
    received_today: number;
    by_status: Counted[] | null;
    month: { received: number; in_exception: number } | null;
    by_day: Counted[] | null;
    by_priority: Counted[] | null;
    by_channel: Counted[] | null;
    amounts: Counted[] | null;
  }>(
    db,
    sql`WITH month AS (
          SELECT bucket, status, channel, priority_level, currency, orders, total_minor FROM order_rollups WHERE ${inMonth}
          UNION ALL
          SELECT bucket, status, channel, priority_level, currency, orders, total_minor FROM order_rollup_changes WHERE ${inMonth}
        ),
        statuses AS (${statusCounts})
        SELECT
          (SELECT coalesce(sum(orders), 0)::int FROM month WHERE bucket >= ${dayStart}::timestamptz) AS received_today,
          (SELECT jsonb_agg(jsonb_build_object('key', status, 'count', n) ORDER BY status) FROM statuses) AS by_status,
          (SELECT jsonb_build_object('received', coalesce(sum(orders), 0)::int, 'in_exception', coalesce(sum(orders) FILTER (WHERE status = 'exception'), 0)::int) FROM month) AS month,
          (SELECT jsonb_agg(jsonb_build_object('key', d, 'count', n) ORDER BY d) FROM (
             SELECT to_char(bucket AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS d, sum(orders)::int AS n FROM month GROUP BY 1 HAVING sum(orders) <> 0) s) AS by_day,
          (SELECT jsonb_agg(jsonb_build_object('key', priority_level, 'count', n) ORDER BY priority_level) FROM (
             SELECT priority_level, sum(orders)::int AS n FROM month GROUP BY 1 HAVING sum(orders) <> 0) s) AS by_priority,
          (SELECT jsonb_agg(jsonb_build_object('key', channel, 'count', n) ORDER BY channel) FROM (
             SELECT channel, sum(orders)::int AS n FROM month GROUP BY 1 HAVING sum(orders) <> 0) s) AS by_channel,
          (SELECT jsonb_agg(jsonb_build_object('key', currency, 'count', n) ORDER BY currency) FROM (
             SELECT currency, sum(total_minor)::bigint AS n FROM month WHERE status <> 'cancelled' GROUP BY 1 HAVING sum(orders) <> 0) s) AS amounts`,
  );
  const counted = (rows: Counted[] | null) => (rows ?? []).map((r) => ({ key: r.key, count: Number(r.count) }));
  return {
    today: { date: today, received: Number(row!.received_today) },
    byStatus: counted(row!.by_status).map((r) => ({ status: r.key as OrderStatus, count: r.count })),
    monthToDate: {
      from: monthStart,
      received: row!.month?.received ?? 0,
      inException: row!.month?.in_exception ?? 0,
      byDay: counted(row!.by_day).map((r) => ({ date: r.key, received: r.count })),
      byPriority: counted(row!.by_priority).map((r) => ({ level: r.key, count: r.count })),
      byChannel: counted(row!.by_channel).map((r) => ({ channel: r.key, count: r.count })),
      amounts: counted(row!.amounts).map((r) => ({ currency: r.key, totalMinor: r.count })),
    },
  };
}

