/*
 * The process map's figures in SQL, from order_cases and order_transitions (schema.ts): each
 * case's moves in the order they happened, with the status the order was in before each move
 * and since when, aggregated per edge, path, rework move and deviation. The figures carry counts;
 * the orders behind one of them are read on demand, a page at a time, sorted by id
 * (`ordersBehind`), so that a month of a million-order history answers in kilobytes.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { queryRows, sqlArray } from '../../platform/db/sql.js';

/** The cases opened in [start, end) (of one type, when given). */
export interface CaseSelection {
  start: Date;
  end: Date;
  type: string | null;
}

/** A directly-follows edge; `firstSeen` ranks edges by their first move (case by case), as they were first met. */
export interface EdgeRow {
  from: string;
  to: string;
  cases: number;
  occurrences: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  totalSeconds: number;
  firstSeen: string;
}

export interface ReworkRow {
  event: string;
  from: string;
  to: string;
  cases: number;
  occurrences: number;
  firstSeen: string;
}

export interface DeviationRow {
  orderId: string;
  orderNumber: string | null;
  atMs: number;
  action: string;
  event: string;
  from: string;
  to: string;
  reason: 'not_in_state_table' | 'not_from_current_status';
}

export interface MoveFigures {
  cases: number;
  transitions: number;
  edges: EdgeRow[];
  /** Each distinct path (statuses joined by `>`) with its cases and the first of them by id. */
  variants: { path: string; cases: number; firstOrderId: string }[];
  rework: ReworkRow[];
  deviations: DeviationRow[];
  /** The slowest edge with every stay behind it: which order, when it came into the edge's first status and when it left it. */
  slowest: (SlowestEdge & { stays: { orderId: string; enteredAt: Date; leftAt: Date }[] }) | null;
}

/** The edge whose median wait is longest (more cases first among equals, then the first met). */
interface SlowestEdge {
  from: string;
  to: string;
}

/**
 * The selected cases, and their moves with the figures written with each (schema.ts): `n`, its
 * place in the case; `status`, the status the order was in before it; `changed`, whether it left
 * that status; `entered_at`, when the order came into it; `first_on_edge`, the case's first move
 * from that status to its own. Each part of the report reads them from order_transitions_case_idx
 * alone, filtered as it needs (not materialized: a month is some 285,000 moves at 1,000,000 orders).
 */
function movesOf(selection: CaseSelection): SQL {
  const opened = sql`opened_at >= ${selection.start} AND opened_at < ${selection.end} AND (${selection.type}::text IS NULL OR order_type = ${selection.type}::text)`;
  return sql`cases AS NOT MATERIALIZED (SELECT order_id, order_number, path, moves FROM order_cases WHERE ${opened}),
    moves AS NOT MATERIALIZED (
      SELECT order_id, move_number AS n, at, action, event, from_status, to_status, prior_status AS status, prior_status <> to_status AS changed, since AS entered_at, first_on_edge
      FROM order_transitions WHERE ${opened}
    )`;
}

/** Each case's path, as kept on its case: the status it began in, then every status it moved into, joined by `>`. */
const pathsOf = (initial: string) => sql`paths AS (SELECT order_id, coalesce(path, ${initial}::text) AS path FROM cases)`;

/** The moves that send work back (`reworkEvents`). */
const isRework = (reworkEvents: readonly string[]) => sql`event = ANY(${sqlArray([...reworkEvents], 'text')})`;

/** An instant as whole epoch milliseconds, cut as JavaScript's Date cuts it. */
const epochMs = (at: SQL) => sql`trunc(extract(epoch FROM ${at}) * 1000)`;

/** Seconds from `from` to `to`, whole, never negative. */
const secondsBetween = (from: SQL, to: SQL) => sql`greatest(0, round(extract(epoch FROM ${to} - ${from})))`;
/** A percentile rounded half up, as the report's `percentile` rounds. */
const percentileOf = (share: number) => sql`floor(percentile_cont(${share}::float8) WITHIN GROUP (ORDER BY ${secondsBetween(sql`entered_at`, sql`at`)}) + 0.5)::float8`;
/** Where a move stands among all moves, case by case: the first of a group is met first. */
const firstSeen = sql`min(order_id || ':' || lpad(n::text, 12, '0'))`;

/**
 * The figures of the process map for the selected cases. `machine` is the state table
 * (status → event → status): a move it does not hold, or one from another status than the
 * order was in, is a deviation. The slowest edge (the longest median wait, then the most
 * cases, then the first met) comes with its stays, in the same pass over the moves.
 */
export async function moveFigures(db: Executor, selection: CaseSelection, machine: Record<string, Record<string, string>>, reworkEvents: readonly string[], initial: string): Promise<MoveFigures> {
  const row = await db.transaction(async (tx) => {
    // The edges' percentiles sort a period's moves (some 290,000 in a month at 1,000,000 orders, ~20 MB): in memory, not in files.
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    return (await figuresOf(tx, selection, machine, reworkEvents, initial))[0]!;
  });
  const { slowest, ...figures } = row.figures;
  return {
    ...figures,
    slowest: slowest && {
      from: slowest.from,
      to: slowest.to,
      stays: slowest.stays.orderIds.map((orderId, i) => ({ orderId, enteredAt: new Date(Number(slowest.stays.enteredMs[i])), leftAt: new Date(Number(slowest.stays.leftMs[i])) })),
    },
  };
}

function figuresOf(db: Executor, selection: CaseSelection, machine: Record<string, Record<string, string>>, reworkEvents: readonly string[], initial: string) {
  return queryRows<{ figures: Omit<MoveFigures, 'slowest'> & { slowest: (SlowestEdge & { stays: { orderIds: string[]; enteredMs: number[]; leftMs: number[] } }) | null } }>(
    db,
    sql`WITH ${movesOf(selection)},
    machine AS (SELECT ${JSON.stringify(machine)}::jsonb AS transitions),
    ${pathsOf(initial)},
    edges AS (
      SELECT status AS "from", to_status AS "to", count(*) FILTER (WHERE first_on_edge)::int AS cases, count(*)::int AS occurrences,
             ${percentileOf(0.5)} AS "medianSeconds", ${percentileOf(0.9)} AS "p90Seconds",
             sum(${secondsBetween(sql`entered_at`, sql`at`)})::float8 AS "totalSeconds", ${firstSeen} AS "firstSeen"
      FROM moves WHERE changed GROUP BY status, to_status
    ),
    slowest AS (SELECT "from", "to" FROM edges WHERE "medianSeconds" > 0 ORDER BY "medianSeconds" DESC, cases DESC, "firstSeen" COLLATE "C" LIMIT 1)
    SELECT json_build_object(
      'cases', (SELECT count(*)::int FROM cases),
      'transitions', (SELECT coalesce(sum(moves), 0)::int FROM cases),
      'edges', coalesce((SELECT json_agg(e) FROM edges e), '[]'),
      'slowest', (SELECT json_build_object('from', s."from", 'to', s."to", 'stays', (
          SELECT json_build_object('orderIds', coalesce(array_agg(m.order_id), '{}'), 'enteredMs', coalesce(array_agg(${epochMs(sql`m.entered_at`)}), '{}'), 'leftMs', coalesce(array_agg(${epochMs(sql`m.at`)}), '{}'))
          FROM moves m WHERE m.changed AND m.status = s."from" AND m.to_status = s."to"))
        FROM slowest s),
      'variants', coalesce((SELECT json_agg(v) FROM (
        SELECT path, count(*)::int AS cases, min(order_id::text COLLATE "C") AS "firstOrderId" FROM paths GROUP BY path) v), '[]'),
      'rework', coalesce((SELECT json_agg(r) FROM (
        SELECT event, from_status AS "from", to_status AS "to", count(DISTINCT order_id)::int AS cases, count(*)::int AS occurrences, ${firstSeen} AS "firstSeen"
        FROM moves WHERE ${isRework(reworkEvents)} GROUP BY event, from_status, to_status) r), '[]'),
      'deviations', coalesce((SELECT json_agg(d ORDER BY d."orderId", d.n) FROM (
        SELECT m.order_id AS "orderId", c.order_number AS "orderNumber", n, floor(extract(epoch FROM at) * 1000)::float8 AS "atMs", action, event, from_status AS "from", to_status AS "to",
               CASE WHEN (machine.transitions -> from_status ->> event) IS DISTINCT FROM to_status THEN 'not_in_state_table' ELSE 'not_from_current_status' END AS reason
        FROM moves m CROSS JOIN machine LEFT JOIN cases c ON c.order_id = m.order_id
        WHERE (machine.transitions -> from_status ->> event) IS DISTINCT FROM to_status OR from_status <> status) d), '[]')
    ) AS figures`,
  );
}

/** One figure of the process map whose orders can be listed: an edge, a variant (its path) or a rework move. */
export type ProcessFigure = { kind: 'edge'; from: string; to: string } | { kind: 'variant'; path: string } | { kind: 'rework'; event: string; from: string; to: string };

/**
 * The orders behind one figure of the selected cases, by id, after the order id `after`: at
 * most `limit`, with the number each case was opened under. Empty when no case made it.
 */
export async function ordersBehind(
  db: Executor,
  selection: CaseSelection,
  figure: ProcessFigure,
  reworkEvents: readonly string[],
  initial: string,
  after: string | null,
  limit: number,
): Promise<{ id: string; number: string | null }[]> {
  const behind =
    figure.kind === 'edge'
      ? sql`SELECT order_id FROM moves WHERE changed AND status = ${figure.from} AND to_status = ${figure.to}`
      : figure.kind === 'rework'
        ? sql`SELECT order_id FROM moves WHERE ${isRework(reworkEvents)} AND event = ${figure.event} AND from_status = ${figure.from} AND to_status = ${figure.to}`
        : sql`SELECT order_id FROM paths WHERE path = ${figure.path}`;
  return queryRows<{ id: string; number: string | null }>(
    db,
    sql`WITH ${movesOf(selection)}, ${pathsOf(initial)}
    SELECT c.order_id AS id, c.order_number AS number FROM cases c
    WHERE c.order_id IN (${behind}) AND (${after}::uuid IS NULL OR c.order_id > ${after}::uuid)
    ORDER BY c.order_id LIMIT ${limit}`,
  );
}
