/*
 * The monthly report's "improvement actions" section (seed 002 §6: assign improvements at the
 * review, check them the next month): every action open at some time during the month, with
 * its figure's value that month against the baseline it was created with.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import { userNameLookup } from '../identity/service.js';
import type { ActionDirection, ActionInMonth, Figure, FigureUnit, MonthlyMetric } from './monthly-contract.js';
import { absentValue, monthSpan } from './monthly.js';
import type { ImprovementActionStatus } from './states.js';

const roundChange = (value: number) => Math.round(value * 10_000) / 10_000;

/** Whether `value` moved from `baseline` the way the action wants, and whether it reached the target. */
export function movement(direction: ActionDirection, baseline: number, target: number, value: number | null): Pick<ActionInMonth, 'change' | 'movedRightWay' | 'targetMet'> {
  if (value === null) return { change: null, movedRightWay: null, targetMet: null };
  const up = direction === 'up';
  return { change: roundChange(value - baseline), movedRightWay: up ? value > baseline : value < baseline, targetMet: up ? value >= target : value <= target };
}

/** A figure's value in a month's figures; a figure the month does not list was zero (counts, money) or unmeasured. */
export function valueIn(figures: Pick<Figure, 'key' | 'value'>[], key: string, unit: FigureUnit): number | null {
  const found = figures.find((f) => f.key === key);
  return found ? found.value : absentValue(unit);
}

interface ActionRow {
  id: string;
  title: string;
  figure_key: string;
  metric: MonthlyMetric;
  dimension: string | null;
  currency: string | null;
  unit: FigureUnit;
  from_month: string;
  owner_name: string | null;
  due_date: string;
  status: ImprovementActionStatus;
  closed_before_end: boolean;
  baseline: number;
  target: number;
  direction: ActionDirection;
}

/** The actions open during `month` (created before it ended, not closed before it began), by due date. */
export async function actionsInMonth(db: Executor, month: string, timeZone: string, figures: Pick<Figure, 'key' | 'value'>[]): Promise<ActionInMonth[]> {
  const { from, to } = monthSpan(month, timeZone);
  const rows = await queryRows<ActionRow>(
    db,
    sql`SELECT a.id, a.title, a.figure_key, a.metric, a.dimension, a.currency, a.unit, a.from_month, ${userNameLookup(sql`a.owner_id`)} AS owner_name,
               to_char(a.due_date, 'YYYY-MM-DD') AS due_date, a.status, a.closed_at IS NOT NULL AND a.closed_at < ${to}::timestamptz AS closed_before_end,
               a.baseline, a.target, a.direction
        FROM improvement_actions a
        WHERE a.created_at < ${to}::timestamptz AND (a.closed_at IS NULL OR a.closed_at >= ${from}::timestamptz)
        ORDER BY a.due_date, a.created_at, a.id`,
  );
  return rows.map((r) => {
    const baseline = Number(r.baseline);
    const target = Number(r.target);
    const value = valueIn(figures, r.figure_key, r.unit);
    return {
      id: r.id,
      title: r.title,
      figureKey: r.figure_key,
      metric: r.metric,
      dimension: r.dimension,
      currency: r.currency,
      unit: r.unit,
      fromMonth: r.from_month,
      ownerName: r.owner_name,
      dueDate: r.due_date,
      // Closed after the month ended: it was still open at its end.
      status: r.closed_before_end ? r.status : 'open',
      baseline,
      target,
      direction: r.direction,
      value,
      ...movement(r.direction, baseline, target, value),
    };
  });
}
