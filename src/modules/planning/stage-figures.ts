/*
 * What the reports read of plan stages, aggregated here in SQL: a month of a million-order
 * history holds some 250,000 stages, too many to send to Node one row each. Durations count
 * whole seconds between instants cut to the millisecond, as the rows once read into Node were.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';

/** An instant as whole epoch milliseconds (cut, not rounded). */
const epochMs = (column: SQL) => sql`trunc(extract(epoch FROM ${column}) * 1000)`;
/** A percentile of whole seconds, interpolated between neighbours and rounded half up. */
const percentileOf = (share: number, seconds: SQL, filter: SQL) => sql`floor(percentile_cont(${share}::float8) WITHIN GROUP (ORDER BY ${seconds}) FILTER (WHERE ${filter}) + 0.5)::int`;

/**
 * The stages (not cancelled) of plans made in [from, to), with `late`: ended after the start of
 * the day after its planned end in `timeZone`, or, unfinished, planned to end before `today`.
 */
function periodStages(from: Date, to: Date, today: string, timeZone: string): SQL {
  // One range of plan_stages_plan_created_idx (each stage keeps when its plan was made), which
  // holds every column read here, in the order the report meets the stages.
  return sql`period_stages AS NOT MATERIALIZED (
    SELECT s.order_id, s.key, s.owner_role, s.position, s.plan_created_at AS created_at,
           s.actual_start IS NOT NULL AND s.actual_end IS NOT NULL AS finished,
           greatest(0, round((${epochMs(sql`s.actual_end`)} - ${epochMs(sql`s.actual_start`)}) / 1000)) AS seconds,
           CASE WHEN s.actual_end IS NOT NULL THEN s.actual_end >= ((s.planned_end + 1)::timestamp AT TIME ZONE ${timeZone}::text)
                ELSE s.planned_end < ${today}::date END AS late
    FROM plan_stages s
    WHERE s.plan_created_at >= ${from} AND s.plan_created_at < ${to} AND s.status <> 'cancelled'
  )`;
}

/** A plan stage's figures over a period: how many, finished, late (and on how many orders), and the time finished ones took. */
export interface StageFigures {
  key: string;
  /** The owner role of the first of these stages met, plan by plan in the order the plans were made. */
  ownerRole: string;
  stages: number;
  finished: number;
  late: number;
  lateOrders: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

/**
 * Per stage key, the stages of plans made in [from, to): in the order each key was first met
 * (plans by when they were made, stages by position), as the bottleneck report lists them.
 */
export async function stageFiguresBetween(db: Executor, from: Date, to: Date, today: string, timeZone: string): Promise<StageFigures[]> {
  // Each key's first stage is found at the head of the index range (the stages come in the order
  // they are met), not by numbering and sorting every stage of the period.
  return queryRows<StageFigures>(
    db,
    sql`WITH ${periodStages(from, to, today, timeZone)},
    figures AS (
      SELECT key, count(*)::int AS stages, count(*) FILTER (WHERE finished)::int AS finished, count(*) FILTER (WHERE late)::int AS late,
             count(DISTINCT order_id) FILTER (WHERE late)::int AS "lateOrders",
             ${percentileOf(0.5, sql`seconds`, sql`finished`)} AS "medianSeconds", ${percentileOf(0.9, sql`seconds`, sql`finished`)} AS "p90Seconds"
      FROM period_stages GROUP BY key
    )
    SELECT f.key, first.owner_role AS "ownerRole", f.stages, f.finished, f.late, f."lateOrders", f."medianSeconds", f."p90Seconds"
    FROM figures f CROSS JOIN LATERAL (
      SELECT owner_role, created_at, order_id, position FROM period_stages s WHERE s.key = f.key ORDER BY created_at, order_id, position LIMIT 1
    ) first
    ORDER BY first.created_at, first.order_id, first.position`,
  );
}

/** The orders with a late stage `key` among the plans made in [from, to) (lateness as `stageFiguresBetween` counts it), by id after `after`, at most `limit`. */
export async function lateStageOrdersBetween(
  db: Executor,
  period: { from: Date; to: Date; today: string; timeZone: string },
  key: string,
  after: string | null,
  limit: number,
): Promise<{ orderId: string; orderNumber: string }[]> {
  return queryRows<{ orderId: string; orderNumber: string }>(
    db,
    sql`WITH ${periodStages(period.from, period.to, period.today, period.timeZone)}
    SELECT l.order_id AS "orderId", p.order_number AS "orderNumber" FROM (
      SELECT DISTINCT order_id FROM period_stages
      WHERE late AND key = ${key} AND (${after}::uuid IS NULL OR order_id > ${after}::uuid)
      ORDER BY order_id LIMIT ${limit}) l JOIN plans p ON p.order_id = l.order_id
    ORDER BY l.order_id`,
  );
}

/**
 * How much of each stay (an order in a status from `enteredAt` until `leftAt`) fell inside the
 * actual run of a stage of the order's plan, summed per stage key, largest first; plans made
 * from `plansFrom` until `now`, a stage still running counting until `now`.
 */
export async function stageSecondsWithin(db: Executor, stays: readonly { orderId: string; enteredAt: Date; leftAt: Date }[], plansFrom: Date, now: Date): Promise<{ stage: string; seconds: number }[]> {
  if (stays.length === 0) return [];
  // Three array parameters, not one parameter per value: an edge may have tens of thousands of stays.
  const list = (values: (string | number)[]) => `{${values.join(',')}}`;
  const nowMs = now.getTime();
  const rows = await queryRows<{ stage: string; seconds: number }>(
    db,
    sql`WITH stays AS (
      SELECT * FROM unnest(${list(stays.map((s) => s.orderId))}::uuid[], ${list(stays.map((s) => s.enteredAt.getTime()))}::numeric[], ${list(stays.map((s) => s.leftAt.getTime()))}::numeric[])
        AS s(order_id, entered_ms, left_ms)
    ),
    inside AS (
      SELECT st.key, least(coalesce(${epochMs(sql`st.actual_end`)}, ${nowMs}::numeric), s.left_ms) - greatest(${epochMs(sql`st.actual_start`)}, s.entered_ms) AS ms
      FROM stays s JOIN plans p ON p.order_id = s.order_id AND p.created_at >= ${plansFrom} AND p.created_at < ${now}
      CROSS JOIN LATERAL (SELECT key, actual_start, actual_end FROM plan_stages WHERE order_id = s.order_id AND actual_start IS NOT NULL OFFSET 0) st
    )
    SELECT key AS stage, sum(round(ms / 1000))::float8 AS seconds FROM inside WHERE ms > 0 GROUP BY key ORDER BY seconds DESC, key`,
  );
  return rows.map((r) => ({ stage: r.stage, seconds: Number(r.seconds) }));
}
