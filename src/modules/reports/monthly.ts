/*
 * The monthly report (SPEC §11): every figure of one month in the company's zone, computed
 * from the other modules' tables in SQL (read only), each with the orders behind it so that
 * every number can be opened into its list. What counts for each figure is written down in
 * the README ("Monthly report"); this file is that text as code.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { DomainError } from '../../platform/http/errors.js';
import { queryRows } from '../../platform/db/sql.js';
import { instantAt, localDate } from '../../platform/time/zone.js';
import type { FigureUnit, MonthlyMetric } from './monthly-contract.js';

/** A figure of one month, before it meets the month before: its value, how many orders stand behind it and, when asked for, which. */
export interface MeasuredFigure {
  key: string;
  metric: MonthlyMetric;
  dimension: string | null;
  label: string | null;
  currency: string | null;
  unit: FigureUnit;
  value: number | null;
  orders: number;
  /** The orders behind the figure, when measured with them (a drill-down, a closing); else empty. */
  orderIds: string[];
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month the query names, refused when it is not one or has not begun in the company's zone. */
export function checkedMonth(month: string, now: Date, timeZone: string, part: 'query' | 'params' = 'query'): string {
  const parsed = monthPattern.exec(month);
  if (!parsed || Number(parsed[1]) < 2000) {
    throw new DomainError('month_invalid', `"${month}" is not a month written YYYY-MM`, { errors: [{ path: '/month', in: part, code: 'month_invalid', message: 'write the month as YYYY-MM' }] });
  }
  const current = localDate(now, timeZone).slice(0, 7);
  if (month > current) {
    throw new DomainError('month_in_future', `${month} has not begun (it is ${current} now)`, { errors: [{ path: '/month', in: part, code: 'month_in_future', message: 'the month has not begun yet' }] });
  }
  return month;
}

/** The month before `month` (YYYY-MM). */
export function previousMonthOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

function nextMonthOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The month as the instants it spans in the zone: [from, to). */
export function monthSpan(month: string, timeZone: string): { from: string; to: string } {
  return {
    from: new Date(instantAt(`${month}-01`, 0, timeZone)).toISOString(),
    to: new Date(instantAt(`${nextMonthOf(month)}-01`, 0, timeZone)).toISOString(),
  };
}

/** The key a figure keeps from month to month. */
export function figureKey(metric: MonthlyMetric, dimension: string | null, currency: string | null): string {
  return [metric, dimension, currency].filter((part) => part !== null).join(':');
}

const hourMs = 3_600_000;
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const roundedOrNull = (value: number | null, places: number) => (value === null ? null : round(value, places));

/** The middle of values sorted: the middle one, or the mean of the middle two (as `middleOf` picks them). */
function median(middle: number[] | null): number | null {
  if (!middle || middle.length === 0) return null;
  return middle.length === 1 ? middle[0]! : (middle[0]! + middle[1]!) / 2;
}

/** An instant as whole epoch milliseconds, cut as JavaScript's Date cuts it. */
const epochMs = (column: string) => sql.raw(`trunc(extract(epoch FROM ${column}) * 1000)`);

/**
 * Aggregates a figure's rows: how many, how many distinct orders, and (when `withOrders`) which,
 * in the order the rows are met. `orderId` names the rows' order column; `oncePerOrder`, a figure
 * whose rows name each order at most once (rows that are orders, one clock of a kind per order), so
 * its orders are its rows, counted without sorting them to find duplicates.
 */
function behind(orderId: string, withOrders: boolean, oncePerOrder = false) {
  const column = sql.raw(orderId);
  const orders = oncePerOrder ? sql`count(*)` : sql`count(DISTINCT ${column})`;
  return sql`count(*)::int AS n, ${orders}::int AS orders, ${withOrders ? sql`array_agg(${column} ORDER BY rn)` : sql`'{}'::uuid[]`} AS ids`;
}

/**
 * The middle one or two of a set's values in order (a median's inputs): `values` is a subquery
 * yielding `v`; the median itself is taken in Node, as it always was, so it rounds the same.
 */
const middleOf = (values: SQL) =>
  sql`(SELECT array_agg(v ORDER BY k) FROM (SELECT v, row_number() OVER (ORDER BY v) AS k, count(*) OVER () AS n FROM (${values}) m) ranked WHERE k IN ((n + 1) / 2, n / 2 + 1))`;

interface Behind {
  n: number;
  orders: number;
  ids: string[];
}

interface ReceivedFigures {
  total: Behind;
  groups: (Behind & { grouping: 'channel' | 'type' | 'priority_level'; key: string })[];
  planned: Behind & { hours_sum: number | null; hours_middle: number[] | null };
  exceptions: Behind;
}

export const satisfactionDimensions = ['responseSpeed', 'productQuality', 'deliveryTimeliness', 'serviceAttitude'] as const;
const satisfactionColumns: Record<(typeof satisfactionDimensions)[number], string> = {
  responseSpeed: 'response_speed',
  productQuality: 'product_quality',
  deliveryTimeliness: 'delivery_timeliness',
  serviceAttitude: 'service_attitude',
};

/**
 * Every figure of `month`, computed now from the live tables. The rows are aggregated in SQL (a
 * month of a million-order history is some 40,000 orders); sums of fractions are added in the
 * order the rows were once read in (`ORDER BY rn`), so every figure rounds as it always did.
 * `withOrders` also lists each figure's orders, which only a drill-down and a closing need.
 */
export async function measureMonth(db: Executor, month: string, timeZone: string, withOrders = false): Promise<MeasuredFigure[]> {
  const { from, to } = monthSpan(month, timeZone);
  const within = (column: string) => sql`${sql.raw(column)} >= ${from}::timestamptz AND ${sql.raw(column)} < ${to}::timestamptz`;
  const one = async <T>(query: SQL): Promise<T> => (await queryRows<{ f: T }>(db, sql`SELECT (${query}) AS f`))[0]!.f;
  const [received, accepted, delivered, feedback, clocks, complaints, shipments] = await Promise.all([
    // Orders received in the month; "in exception" means the order went there at any time (orders_ever_in_exception, kept by a trigger on orders).
    one<ReceivedFigures>(
      sql`WITH r AS MATERIALIZED (
            SELECT o.id, o.channel, o.type, o.priority_level, row_number() OVER (ORDER BY o.received_at, o.id) AS rn,
                   (${epochMs('(SELECT p.created_at FROM plans p WHERE p.order_id = o.id)')} - ${epochMs('o.received_at')})::float8 / ${hourMs}::float8 AS hours,
                   EXISTS (SELECT 1 FROM orders_ever_in_exception e WHERE e.order_id = o.id) AS ever_in_exception
            FROM orders o WHERE ${within('o.received_at')})
          SELECT json_build_object(
            'total', (SELECT row_to_json(t) FROM (SELECT ${behind('id', withOrders, true)} FROM r) t),
            'groups', (SELECT coalesce(json_agg(g ORDER BY g.first), '[]') FROM (
                SELECT CASE WHEN GROUPING(channel) = 0 THEN 'channel' WHEN GROUPING(type) = 0 THEN 'type' ELSE 'priority_level' END AS grouping,
                       coalesce(channel, type, priority_level) AS key, min(rn) AS first, ${behind('id', withOrders, true)}
                FROM r GROUP BY GROUPING SETS ((channel), (type), (priority_level))) g),
            'planned', (SELECT row_to_json(t) FROM (SELECT ${behind('id', withOrders, true)}, sum(hours ORDER BY rn) AS hours_sum,
                ${middleOf(sql`SELECT hours AS v FROM r WHERE hours IS NOT NULL`)} AS hours_middle FROM r WHERE hours IS NOT NULL) t),
            'exceptions', (SELECT row_to_json(t) FROM (SELECT ${behind('id', withOrders, true)} FROM r WHERE ever_in_exception) t))`,
    ),
    // Orders the customer accepted (every line passed) in the month.
    one<Behind & { days_sum: number | null }>(
      sql`SELECT row_to_json(t) FROM (
            SELECT ${behind('id', withOrders)}, sum(days ORDER BY rn) AS days_sum FROM (
              SELECT o.id, row_number() OVER (ORDER BY a.recorded_at, o.id) AS rn,
                     (${epochMs('a.recorded_at')} - ${epochMs('o.received_at')})::float8 / ${24 * hourMs}::float8 AS days
              FROM acceptances a JOIN orders o ON o.id = a.order_id WHERE a.result = 'pass' AND ${within('a.recorded_at')}) a) t`,
    ),
    // Orders delivered in the month, each judged against its promise date as it stood at delivery.
    one<{ all: Behind; late: Behind }>(
      sql`WITH d AS (SELECT id, delivered_late, row_number() OVER (ORDER BY delivered_at, id) AS rn FROM orders WHERE delivered_late IS NOT NULL AND ${within('delivered_at')})
          SELECT json_build_object('all', (SELECT row_to_json(t) FROM (SELECT ${behind('id', withOrders, true)} FROM d) t),
                                   'late', (SELECT row_to_json(t) FROM (SELECT ${behind('id', withOrders, true)} FROM d WHERE delivered_late) t))`,
    ),
    // Scores are whole numbers: their sums are exact in any order.
    one<Behind & Record<string, number | null>>(
      sql`SELECT row_to_json(t) FROM (
            SELECT ${behind('order_id', withOrders)},
                   ${sql.join(
                     Object.values(satisfactionColumns).map((c) => sql`sum(${sql.raw(c)})::float8 AS ${sql.raw(c)}`),
                     sql`, `,
                   )}
            FROM (SELECT *, row_number() OVER (ORDER BY recorded_at, id) AS rn FROM feedback WHERE ${within('recorded_at')}) f) t`,
    ),
    // Deadlines that fell due in the month and were settled either way (met or missed). Each
    // clock's order is looked up by key: joined as sets, the planner reads every order.
    one<(Behind & { kind: string; priority_level: string; met: number })[]>(
      sql`SELECT coalesce(json_agg(g ORDER BY g.kind, g.priority_level), '[]') FROM (
            SELECT kind, priority_level, count(*) FILTER (WHERE status = 'met')::int AS met, ${behind('order_id', withOrders, true)} FROM (
              SELECT c.order_id, c.kind, o.priority_level, c.status, row_number() OVER (ORDER BY c.kind, o.priority_level, c.order_id) AS rn
              FROM sla_clocks c CROSS JOIN LATERAL (SELECT priority_level FROM orders WHERE id = c.order_id OFFSET 0) o
              WHERE c.status IN ('met', 'missed') AND ${within('c.due_at')}) c
            GROUP BY kind, priority_level) g`,
    ),
    // After-sales cases opened in the month about an order, other than consultations: one per product
    // on the order. Each case's lines are looked up by its order (order_lines_order_idx carries sku and
    // name): joined as sets, the planner reads every line ever ordered.
    one<(Behind & { sku: string; name: string })[]>(
      sql`SELECT coalesce(json_agg(g ORDER BY g.sku), '[]') FROM (
            SELECT sku, (array_agg(name ORDER BY rn))[1] AS name, ${behind('order_id', withOrders)} FROM (
              SELECT c.order_id, l.sku, min(l.name) AS name, row_number() OVER (ORDER BY l.sku, c.id) AS rn
              FROM aftersales_cases c CROSS JOIN LATERAL (SELECT sku, name FROM order_lines WHERE order_id = c.order_id OFFSET 0) l
              WHERE c.type <> 'consultation' AND ${within('c.opened_at')} GROUP BY c.id, c.order_id, l.sku) c
            GROUP BY sku) g`,
    ),
    // Shipments by carrier and currency, and by currency alone (its orders counted once across carriers).
    one<{ carriers: (Behind & { carrier_name: string; currency: string; cost: number })[]; currencies: (Behind & { currency: string; cost: number })[] }>(
      sql`WITH s AS (SELECT order_id, carrier_name, currency, cost_minor, row_number() OVER (ORDER BY carrier_name, currency, shipped_at, id) AS rn FROM shipments WHERE ${within('shipped_at')})
          SELECT json_build_object(
            'carriers', (SELECT coalesce(json_agg(g ORDER BY g.first), '[]') FROM (
                SELECT carrier_name, currency, min(rn) AS first, sum(cost_minor)::float8 AS cost, ${behind('order_id', withOrders)} FROM s GROUP BY carrier_name, currency) g),
            'currencies', (SELECT coalesce(json_agg(g ORDER BY g.first), '[]') FROM (
                SELECT currency, min(rn) AS first, sum(cost_minor)::float8 AS cost, ${behind('order_id', withOrders)} FROM s GROUP BY currency) g))`,
    ),
  ]);

  const figures: MeasuredFigure[] = [];
  const add = (metric: MonthlyMetric, unit: FigureUnit, value: number | null, rows: Behind, more: { dimension?: string; label?: string; currency?: string } = {}) =>
    figures.push({
      key: figureKey(metric, more.dimension ?? null, more.currency ?? null),
      metric,
      dimension: more.dimension ?? null,
      label: more.label ?? null,
      currency: more.currency ?? null,
      unit,
      value,
      orders: rows.orders,
      orderIds: [...new Set(rows.ids)],
    });
  const average = (sum: number | null, count: number) => (count === 0 ? null : Number(sum) / count);

  add('orders.total', 'count', received.total.n, received.total);
  for (const [metric, grouping] of [
    ['orders.byChannel', 'channel'],
    ['orders.byType', 'type'],
    ['orders.byPriority', 'priority_level'],
  ] as const) {
    for (const group of received.groups.filter((g) => g.grouping === grouping)) add(metric, 'count', group.n, group, { dimension: group.key });
  }

  const { planned } = received;
  add('response.averageHours', 'hours', roundedOrNull(average(planned.hours_sum, planned.n), 2), planned);
  add('response.medianHours', 'hours', roundedOrNull(median(planned.hours_middle), 2), planned);

  add('deliveryCycle.averageDays', 'days', roundedOrNull(average(accepted.days_sum, accepted.n), 2), accepted);

  add('exceptions.count', 'count', received.exceptions.n, received.exceptions);
  add('exceptions.rate', 'ratio', received.total.n === 0 ? null : round(received.exceptions.n / received.total.n, 4), received.total);

  for (const dimension of satisfactionDimensions) {
    add('satisfaction.average', 'score', roundedOrNull(average(feedback[satisfactionColumns[dimension]] as number | null, feedback.n), 2), feedback, { dimension });
  }
  // Each answer's overall score is the mean of its four; the mean of those is the four sums' mean, exactly (quarters add up exactly).
  const scoreSum = satisfactionDimensions.reduce((sum, d) => sum + Number(feedback[satisfactionColumns[d]] ?? 0), 0);
  add('satisfaction.average', 'score', roundedOrNull(average(scoreSum / satisfactionDimensions.length, feedback.n), 2), feedback, { dimension: 'overall' });

  add('onTime.rate', 'ratio', delivered.all.n === 0 ? null : round((delivered.all.n - delivered.late.n) / delivered.all.n, 4), delivered.all);
  add('onTime.lateCount', 'count', delivered.late.n, delivered.late);

  for (const group of clocks) add('sla.hitRate', 'ratio', round(group.met / group.n, 4), group, { dimension: `${group.kind}.${group.priority_level}` });

  for (const group of complaints) add('complaints.byProduct', 'count', group.n, group, { dimension: group.sku, label: group.name });

  for (const group of shipments.carriers) {
    add('logistics.costByCarrier', 'money', group.cost, group, { dimension: group.carrier_name, currency: group.currency });
    add('logistics.costPerOrderByCarrier', 'money', Math.round(group.cost / group.orders), group, { dimension: group.carrier_name, currency: group.currency });
  }
  for (const group of shipments.currencies) add('logistics.costPerOrder', 'money', Math.round(group.cost / group.orders), group, { currency: group.currency });
  return figures;
}

/** Counts and money missing from a month were zero that month; an average of nothing is no value. */
export function absentValue(unit: FigureUnit): number | null {
  return unit === 'count' || unit === 'money' ? 0 : null;
}
