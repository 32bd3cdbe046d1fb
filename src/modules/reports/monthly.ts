/*
 * The monthly report (SPEC §11): every figure of one month in the company's zone, computed
 * from the other modules' tables in SQL (read only), each with the orders behind it so that
 * every number can be opened into its list. What counts for each figure is written down in
 * the README ("Monthly report"); this file is that text as code.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { DomainError } from '../../platform/http/errors.js';
import { queryRows } from '../../platform/db/sql.js';
import { instantAt, localDate } from '../../platform/time/zone.js';
import type { FigureUnit, MonthlyMetric } from './monthly-contract.js';

/** A figure of one month, before it meets the month before: its value and the orders behind it. */
export interface MeasuredFigure {
  key: string;
  metric: MonthlyMetric;
  dimension: string | null;
  label: string | null;
  currency: string | null;
  unit: FigureUnit;
  value: number | null;
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
const average = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Groups rows by a key, keeping the first-seen order. */
function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const distinct = (ids: string[]) => [...new Set(ids)];

interface ReceivedRow {
  id: string;
  channel: string;
  type: string;
  priority_level: string;
  received_at: string;
  planned_at: string | null;
  ever_in_exception: boolean;
}

interface FeedbackRow {
  order_id: string;
  response_speed: number;
  product_quality: number;
  delivery_timeliness: number;
  service_attitude: number;
}

export const satisfactionDimensions = ['responseSpeed', 'productQuality', 'deliveryTimeliness', 'serviceAttitude'] as const;
const satisfactionColumns: Record<(typeof satisfactionDimensions)[number], keyof FeedbackRow> = {
  responseSpeed: 'response_speed',
  productQuality: 'product_quality',
  deliveryTimeliness: 'delivery_timeliness',
  serviceAttitude: 'service_attitude',
};

/** Every figure of `month`, computed now from the live tables. */
export async function measureMonth(db: Executor, month: string, timeZone: string): Promise<MeasuredFigure[]> {
  const { from, to } = monthSpan(month, timeZone);
  const within = (column: string) => sql`${sql.raw(column)} >= ${from}::timestamptz AND ${sql.raw(column)} < ${to}::timestamptz`;
  const [received, accepted, delivered, feedback, clocks, complaints, shipments] = await Promise.all([
    // Orders received in the month; "in exception" means the order went there at any time (orders_ever_in_exception, kept by a trigger on orders).
    queryRows<ReceivedRow>(
      db,
      sql`SELECT o.id, o.channel, o.type, o.priority_level, o.received_at,
                 (SELECT p.created_at FROM plans p WHERE p.order_id = o.id) AS planned_at,
                 EXISTS (SELECT 1 FROM orders_ever_in_exception e WHERE e.order_id = o.id) AS ever_in_exception
          FROM orders o WHERE ${within('o.received_at')} ORDER BY o.received_at, o.id`,
    ),
    // Orders the customer accepted (every line passed) in the month.
    queryRows<{ id: string; received_at: string; accepted_at: string }>(
      db,
      sql`SELECT o.id, o.received_at, a.recorded_at AS accepted_at FROM acceptances a JOIN orders o ON o.id = a.order_id
          WHERE a.result = 'pass' AND ${within('a.recorded_at')} ORDER BY a.recorded_at, o.id`,
    ),
    // Orders delivered in the month, each judged against its promise date as it stood at delivery.
    queryRows<{ id: string; delivered_late: boolean }>(
      db,
      sql`SELECT id, delivered_late FROM orders WHERE delivered_late IS NOT NULL AND ${within('delivered_at')} ORDER BY delivered_at, id`,
    ),
    queryRows<FeedbackRow>(
      db,
      sql`SELECT order_id, response_speed, product_quality, delivery_timeliness, service_attitude FROM feedback WHERE ${within('recorded_at')} ORDER BY recorded_at, id`,
    ),
    // Deadlines that fell due in the month and were settled either way (met or missed). Each
    // clock's order is looked up by key: joined as sets, the planner reads every order.
    queryRows<{ order_id: string; kind: string; priority_level: string; status: 'met' | 'missed' }>(
      db,
      sql`SELECT c.order_id, c.kind, o.priority_level, c.status FROM sla_clocks c CROSS JOIN LATERAL (SELECT priority_level FROM orders WHERE id = c.order_id OFFSET 0) o
          WHERE c.status IN ('met', 'missed') AND ${within('c.due_at')} ORDER BY c.kind, o.priority_level, c.order_id`,
    ),
    // After-sales cases opened in the month about an order, other than consultations: one per product on the order.
    queryRows<{ case_id: string; order_id: string; sku: string; name: string }>(
      db,
      sql`SELECT c.id AS case_id, c.order_id, l.sku, min(l.name) AS name FROM aftersales_cases c JOIN order_lines l ON l.order_id = c.order_id
          WHERE c.type <> 'consultation' AND ${within('c.opened_at')} GROUP BY c.id, c.order_id, l.sku ORDER BY l.sku, c.id`,
    ),
    queryRows<{ order_id: string; carrier_name: string; currency: string; cost_minor: number }>(
      db,
      sql`SELECT order_id, carrier_name, currency, cost_minor FROM shipments WHERE ${within('shipped_at')} ORDER BY carrier_name, currency, shipped_at, id`,
    ),
  ]);

  const figures: MeasuredFigure[] = [];
  const add = (metric: MonthlyMetric, unit: FigureUnit, value: number | null, orderIds: string[], more: { dimension?: string; label?: string; currency?: string } = {}) =>
    figures.push({
      key: figureKey(metric, more.dimension ?? null, more.currency ?? null),
      metric,
      dimension: more.dimension ?? null,
      label: more.label ?? null,
      currency: more.currency ?? null,
      unit,
      value,
      orderIds: distinct(orderIds),
    });
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

  add('orders.total', 'count', received.length, ids(received));
  for (const [metric, column] of [
    ['orders.byChannel', 'channel'],
    ['orders.byType', 'type'],
    ['orders.byPriority', 'priority_level'],
  ] as const) {
    for (const [dimension, rows] of groupBy(received, (r) => r[column])) add(metric, 'count', rows.length, ids(rows), { dimension });
  }

  const planned = received.filter((r) => r.planned_at !== null);
  const responseHours = planned.map((r) => (Date.parse(r.planned_at!) - Date.parse(r.received_at)) / hourMs);
  const roundedOrNull = (value: number | null, places: number) => (value === null ? null : round(value, places));
  add('response.averageHours', 'hours', roundedOrNull(average(responseHours), 2), ids(planned));
  add('response.medianHours', 'hours', roundedOrNull(median(responseHours), 2), ids(planned));

  const cycleDays = accepted.map((r) => (Date.parse(r.accepted_at) - Date.parse(r.received_at)) / (24 * hourMs));
  add('deliveryCycle.averageDays', 'days', roundedOrNull(average(cycleDays), 2), ids(accepted));

  const inException = received.filter((r) => r.ever_in_exception);
  add('exceptions.count', 'count', inException.length, ids(inException));
  add('exceptions.rate', 'ratio', received.length === 0 ? null : round(inException.length / received.length, 4), ids(received));

  const orderIdsOf = (rows: { order_id: string }[]) => rows.map((r) => r.order_id);
  for (const dimension of satisfactionDimensions) {
    const column = satisfactionColumns[dimension];
    add('satisfaction.average', 'score', roundedOrNull(average(feedback.map((f) => Number(f[column]))), 2), orderIdsOf(feedback), { dimension });
  }
  const overall = feedback.map((f) => satisfactionDimensions.reduce((sum, d) => sum + Number(f[satisfactionColumns[d]]), 0) / satisfactionDimensions.length);
  add('satisfaction.average', 'score', roundedOrNull(average(overall), 2), orderIdsOf(feedback), { dimension: 'overall' });

  const late = delivered.filter((r) => r.delivered_late);
  add('onTime.rate', 'ratio', delivered.length === 0 ? null : round((delivered.length - late.length) / delivered.length, 4), ids(delivered));
  add('onTime.lateCount', 'count', late.length, ids(late));

  for (const [dimension, rows] of groupBy(clocks, (c) => `${c.kind}.${c.priority_level}`)) {
    add('sla.hitRate', 'ratio', round(rows.filter((c) => c.status === 'met').length / rows.length, 4), orderIdsOf(rows), { dimension });
  }

  for (const [sku, rows] of groupBy(complaints, (c) => c.sku)) {
    add('complaints.byProduct', 'count', rows.length, orderIdsOf(rows), { dimension: sku, label: rows[0]!.name });
  }

  const costOf = (rows: { cost_minor: number }[]) => rows.reduce((sum, r) => sum + Number(r.cost_minor), 0);
  for (const [, rows] of groupBy(shipments, (s) => `${s.carrier_name}\u0000${s.currency}`)) {
    const { carrier_name: carrier, currency } = rows[0]!;
    const orders = distinct(orderIdsOf(rows));
    add('logistics.costByCarrier', 'money', costOf(rows), orders, { dimension: carrier, currency });
    add('logistics.costPerOrderByCarrier', 'money', Math.round(costOf(rows) / orders.length), orders, { dimension: carrier, currency });
  }
  for (const [currency, rows] of groupBy(shipments, (s) => s.currency)) {
    const orders = distinct(orderIdsOf(rows));
    add('logistics.costPerOrder', 'money', Math.round(costOf(rows) / orders.length), orders, { currency });
  }
  return figures;
}

/** Counts and money missing from a month were zero that month; an average of nothing is no value. */
export function absentValue(unit: FigureUnit): number | null {
  return unit === 'count' || unit === 'money' ? 0 : null;
}
