/*
 * Reports (the dashboard's figures): read-only aggregates over other modules' tables, in SQL; it
 * writes nothing. Doors: this file and contract.ts.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import { addDays, instantAt, localDate } from '../../platform/time/zone.js';
import type { OrderStatus } from '../orders/contract.js';
import type { OrderSummaryFigures } from './contract.js';

type Counted = { key: string; count: number };

/** The dashboard's figures (SPEC §11 in the small): today's intake, status counts and month-to-date, in one round trip. */
export async function orderSummary(db: Executor, now: Date, timeZone: string): Promise<OrderSummaryFigures> {
  const today = localDate(now, timeZone);
  const monthStart = `${today.slice(0, 8)}01`;
  const dayStart = new Date(instantAt(today, 0, timeZone)).toISOString();
  const monthFrom = new Date(instantAt(monthStart, 0, timeZone)).toISOString();
  const dayEnd = new Date(instantAt(addDays(today, 1), 0, timeZone)).toISOString();
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
          SELECT * FROM orders WHERE received_at >= ${monthFrom}::timestamptz AND received_at < ${dayEnd}::timestamptz
        )
        SELECT
          (SELECT count(*)::int FROM month WHERE received_at >= ${dayStart}::timestamptz) AS received_today,
          (SELECT jsonb_agg(jsonb_build_object('key', status, 'count', n)) FROM (SELECT status, count(*)::int AS n FROM orders GROUP BY status) s) AS by_status,
          (SELECT jsonb_build_object('received', count(*)::int, 'in_exception', count(*) FILTER (WHERE status = 'exception')::int) FROM month) AS month,
          (SELECT jsonb_agg(jsonb_build_object('key', d, 'count', n) ORDER BY d) FROM (
             SELECT to_char(received_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS d, count(*)::int AS n FROM month GROUP BY 1) s) AS by_day,
          (SELECT jsonb_agg(jsonb_build_object('key', priority_level, 'count', n)) FROM (SELECT priority_level, count(*)::int AS n FROM month GROUP BY 1) s) AS by_priority,
          (SELECT jsonb_agg(jsonb_build_object('key', channel, 'count', n)) FROM (SELECT channel, count(*)::int AS n FROM month GROUP BY 1) s) AS by_channel,
          (SELECT jsonb_agg(jsonb_build_object('key', currency, 'count', n)) FROM (
             SELECT currency, sum(total_minor)::bigint AS n FROM month WHERE status <> 'cancelled' GROUP BY 1) s) AS amounts`,
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

export { checkedMonth } from './monthly.js';
export { monthlyCsv, monthlyPdf, monthlyXlsx } from './monthly-files.js';
export { closeMonth, monthlyReport, recomputeMonth } from './snapshots.js';
