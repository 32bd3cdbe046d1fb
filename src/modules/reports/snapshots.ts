/*
 * Closed months (SPEC §11): on the 1st the month before is computed once and kept, so the
 * figures managers were sent do not move when an order of that month is edited later. A
 * manager may recompute a closed month on purpose; that replaces the snapshot and is audited.
 * An open month (this one, or one not closed yet) is computed on every read.
 */
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/record.js';
import { recordChange } from '../../platform/audit/record.js';
import type { Db, Executor } from '../../platform/db/connect.js';
import { queryRows, sqlArray } from '../../platform/db/sql.js';
import { DomainError } from '../../platform/http/errors.js';
import type { OrderStatus } from '../orders/contract.js';
import { actionsInMonth } from './actions-in-month.js';
import type { ActionInMonth, Figure, FigureOrders, MonthlyReport } from './monthly-contract.js';
import { absentValue, measureMonth, previousMonthOf, type MeasuredFigure } from './monthly.js';
import { monthlyReportSnapshots } from './schema.js';
import './snapshots-events.js';

type SnapshotRow = typeof monthlyReportSnapshots.$inferSelect;

async function snapshotOf(db: Executor, month: string): Promise<SnapshotRow | undefined> {
  const [row] = await db.select().from(monthlyReportSnapshots).where(eq(monthlyReportSnapshots.month, month));
  return row;
}

const roundChange = (value: number) => Math.round(value * 10_000) / 10_000;

/** The month's figures beside the month before's: every figure of either month, matched by key. */
function compare(current: MeasuredFigure[], previous: Pick<Figure, 'key' | 'metric' | 'dimension' | 'label' | 'currency' | 'unit' | 'value'>[]): Figure[] {
  const before = new Map(previous.map((f) => [f.key, f]));
  const now = new Map(current.map((f) => [f.key, f]));
  const onlyBefore = previous.filter((f) => !now.has(f.key)).map((f): MeasuredFigure => ({ ...f, value: absentValue(f.unit), orders: 0, orderIds: [] }));
  return [...current, ...onlyBefore].map((f) => {
    const was = before.has(f.key) ? before.get(f.key)!.value : absentValue(f.unit);
    return {
      key: f.key,
      metric: f.metric,
      dimension: f.dimension,
      label: f.label ?? before.get(f.key)?.label ?? null,
      currency: f.currency,
      unit: f.unit,
      value: f.value,
      previous: was,
      change: f.value === null || was === null ? null : roundChange(f.value - was),
      orders: f.orders,
    };
  });
}

/** The month before's values: from its snapshot when it is closed, else as they stand now. */
async function previousFigures(db: Executor, month: string, timeZone: string) {
  const previous = previousMonthOf(month);
  const snapshot = await snapshotOf(db, previous);
  return snapshot ? snapshot.figures : measureMonth(db, previous, timeZone);
}

interface Computed {
  figures: Figure[];
  orderIds: Record<string, string[]>;
  improvementActions: ActionInMonth[];
}

/** The month's report computed now; with the orders behind each figure only when they are kept (`withOrders`, a closing). */
async function computeReport(db: Executor, month: string, timeZone: string, withOrders: boolean): Promise<Computed> {
  const [current, previous] = await Promise.all([measureMonth(db, month, timeZone, withOrders), previousFigures(db, month, timeZone)]);
  const figures = compare(current, previous);
  return { figures, orderIds: Object.fromEntries(current.map((f) => [f.key, f.orderIds])), improvementActions: await actionsInMonth(db, month, timeZone, figures) };
}

function closedReport(row: SnapshotRow): MonthlyReport {
  return {
    month: row.month,
    previousMonth: previousMonthOf(row.month),
    timeZone: row.timeZone,
    state: 'closed',
    computedAt: row.computedAt.toISOString(),
    computedBy: row.computedByLabel,
    revision: row.revision,
    figures: row.figures,
    improvementActions: row.improvementActions,
  };
}

/** The month's report as it was closed, if it was. */
export async function closedMonthReport(db: Executor, month: string): Promise<MonthlyReport | undefined> {
  const snapshot = await snapshotOf(db, month);
  return snapshot && closedReport(snapshot);
}

/** The report of a month that has begun (checked by the caller): its snapshot when closed, else computed now. */
export async function monthlyReport(db: Executor, now: Date, timeZone: string, month: string): Promise<MonthlyReport> {
  const snapshot = await snapshotOf(db, month);
  if (snapshot) return closedReport(snapshot);
  const { figures, improvementActions } = await computeReport(db, month, timeZone, false);
  return { month, previousMonth: previousMonthOf(month), timeZone, state: 'open', computedAt: now.toISOString(), computedBy: null, revision: 0, figures, improvementActions };
}

/** The orders behind one figure of the month, as the report counted them (a closed month's as they were counted then). */
export async function figureOrders(db: Executor, timeZone: string, month: string, figure: string): Promise<FigureOrders> {
  const snapshot = await snapshotOf(db, month);
  const orderIds = snapshot ? snapshot.orderIds : Object.fromEntries((await measureMonth(db, month, timeZone, true)).map((f) => [f.key, f.orderIds]));
  const known = snapshot ? snapshot.figures.some((f) => f.key === figure) : figure in orderIds;
  if (!known) throw new DomainError('figure_unknown', `${month} has no figure "${figure}"`, { errors: [{ path: '/figure', in: 'query', code: 'figure_unknown', message: 'no such figure in this month' }] });
  const ids = orderIds[figure] ?? [];
  const items =
    ids.length === 0
      ? []
      : await queryRows<{ id: string; number: string | null; customer_name: string; status: OrderStatus; channel: string; priority_level: string; received_at: string }>(
          db,
          sql`SELECT id, number, customer_name, status, channel, priority_level, received_at FROM orders WHERE id = ANY(${sqlArray(ids, 'uuid')}) ORDER BY received_at, id`,
        );
  return {
    month,
    figure,
    items: items.map((o) => ({ id: o.id, number: o.number, customerName: o.customer_name, status: o.status, channel: o.channel, priorityLevel: o.priority_level, receivedAt: new Date(o.received_at).toISOString() })),
  };
}

/** What the audit trail keeps of a snapshot: enough to see what changed without the order lists. */
const auditSummary = (row: Pick<SnapshotRow, 'revision' | 'computedAt' | 'figures'>) => ({
  revision: row.revision,
  computedAt: row.computedAt.toISOString(),
  figures: Object.fromEntries(row.figures.map((f) => [f.key, f.value])),
});

/**
 * Closes `month` (which has ended): computes its report once and keeps it, and tells the
 * managers. Closing a month already closed changes nothing (the job may run twice).
 */
export async function closeMonth(db: Db, actor: Actor, now: Date, timeZone: string, month: string): Promise<MonthlyReport> {
  return db.transaction(async (tx) => {
    // One closing per month, even when two workers run the job at once.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`monthly-report:${month}`}))`);
    const existing = await snapshotOf(tx, month);
    if (existing) return closedReport(existing);
    const { figures, orderIds, improvementActions } = await computeReport(tx, month, timeZone, true);
    const [row] = await tx
      .insert(monthlyReportSnapshots)
      .values({ month, timeZone, figures, orderIds, improvementActions, revision: 1, computedAt: now, computedBy: actor.userId, computedByLabel: actor.label })
      .returning();
    await recordChange(tx, actor, now, { entityType: 'monthly_report', entityId: month, action: 'report.month_closed', after: auditSummary(row!) }, [
      { topic: 'report.month_closed', payload: { month, audience: { roles: ['manager'] } } },
    ]);
    return closedReport(row!);
  });
}

/** A manager's recomputation of a closed month: the snapshot is replaced from the tables as they are now, audited before and after. */
export async function recomputeMonth(db: Db, actor: Actor, now: Date, month: string): Promise<MonthlyReport> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`monthly-report:${month}`}))`);
    const existing = await snapshotOf(tx, month);
    if (!existing) throw new DomainError('month_not_closed', `${month} is not closed: its report is computed on every read`, { meta: { month } });
    const { figures, orderIds, improvementActions } = await computeReport(tx, month, existing.timeZone, true);
    const [row] = await tx
      .update(monthlyReportSnapshots)
      .set({ figures, orderIds, improvementActions, revision: existing.revision + 1, computedAt: now, computedBy: actor.userId, computedByLabel: actor.label })
      .where(eq(monthlyReportSnapshots.month, month))
      .returning();
    await recordChange(tx, actor, now, { entityType: 'monthly_report', entityId: month, action: 'report.month_recomputed', before: auditSummary(existing), after: auditSummary(row!) });
    return closedReport(row!);
  });
}
