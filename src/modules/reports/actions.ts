/*
 * Improvement actions (seed 002 §6, seed 000 §7): at the monthly review a manager picks a
 * figure of the report, gives a person the job of moving it to a target by a date, and the
 * next months' reports show how the figure moved. Created from a month: the baseline is the
 * figure's value in that month's report (its snapshot when the month is closed).
 */
import { and, asc, eq, getTableColumns, lt, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/record.js';
import { recordChange } from '../../platform/audit/record.js';
import type { Db, Executor } from '../../platform/db/connect.js';
import { fire } from '../../platform/fsm.js';
import { DomainError, type ErrorCode } from '../../platform/http/errors.js';
import { decodeCursor, pageOf } from '../../platform/http/pagination.js';
import { assertVersion } from '../../platform/http/versioning.js';
import { localDate } from '../../platform/time/zone.js';
import { findStaffMember, userNameLookup } from '../identity/service.js';
import type { ImprovementActionInput, ImprovementActionPatch, ImprovementActionView } from './actions-contract.js';
import { movement, valueIn } from './actions-in-month.js';
import type { ActionDirection, Figure } from './monthly-contract.js';
import { figureKey } from './monthly.js';
import { improvementActions } from './schema.js';
import { monthlyReport } from './snapshots.js';
import { improvementActionMachine, type ImprovementActionEvent, type ImprovementActionStatus } from './states.js';
import { newId } from '../../platform/db/ids.js';

type ActionRow = typeof improvementActions.$inferSelect;
type NamedRow = ActionRow & { ownerName: string | null };

const bodyError = (code: ErrorCode, path: string, detail: string, message: string) =>
  new DomainError(code, detail, { errors: [{ path, in: 'body', code, message }] });

/** The month now in the company's zone: what "latest" compares against the baseline. */
const currentMonth = (now: Date, timeZone: string) => localDate(now, timeZone).slice(0, 7);

/** The figure's movement so far this month, against the month it started from (none while that is this month). */
function latestOf(row: ActionRow, month: string, figures: Pick<Figure, 'key' | 'value'>[]): ImprovementActionView['latest'] {
  if (month <= row.fromMonth) return null;
  const value = valueIn(figures, row.figureKey, row.unit);
  const { change, movedRightWay } = movement(row.direction, row.baseline, row.target, value);
  return { month, value, change, movedRightWay };
}

function toView(row: NamedRow, today: string, latest: ImprovementActionView['latest']): ImprovementActionView {
  return {
    id: row.id,
    title: row.title,
    figureKey: row.figureKey,
    metric: row.metric,
    dimension: row.dimension,
    currency: row.currency,
    unit: row.unit,
    fromMonth: row.fromMonth,
    baseline: row.baseline,
    target: row.target,
    direction: row.direction,
    owner: { id: row.ownerId, name: row.ownerName },
    dueDate: row.dueDate,
    overdue: row.status === 'open' && row.dueDate < today,
    note: row.note,
    status: row.status,
    closingNote: row.closingNote,
    closedAt: row.closedAt?.toISOString() ?? null,
    latest,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

/** What the trail keeps of an action. */
const auditView = (row: ActionRow) => ({
  title: row.title,
  figureKey: row.figureKey,
  fromMonth: row.fromMonth,
  baseline: row.baseline,
  target: row.target,
  direction: row.direction,
  ownerId: row.ownerId,
  dueDate: row.dueDate,
  note: row.note,
  status: row.status,
  closingNote: row.closingNote,
});

const namedColumns = { ownerName: sql<string | null>`${userNameLookup(sql`${improvementActions.ownerId}`)}` };

async function namedRows(db: Executor, where: SQL | undefined, limit?: number): Promise<NamedRow[]> {
  const query = db
    .select({ ...getTableColumns(improvementActions), ...namedColumns })
    .from(improvementActions)
    .where(where)
    .orderBy(asc(improvementActions.dueDate), asc(improvementActions.id));
  return (limit ? query.limit(limit) : query) as Promise<NamedRow[]>;
}

/** The views of `rows`, each with its figure so far this month (one computation of this month's figures for all). */
async function viewsOf(db: Executor, now: Date, timeZone: string, rows: NamedRow[]): Promise<ImprovementActionView[]> {
  const month = currentMonth(now, timeZone);
  const needsFigures = rows.some((r) => r.fromMonth < month);
  const figures = needsFigures ? (await monthlyReport(db, now, timeZone, month)).figures : [];
  const today = localDate(now, timeZone);
  return rows.map((r) => toView(r, today, latestOf(r, month, figures)));
}

async function viewOf(db: Executor, now: Date, timeZone: string, id: string): Promise<ImprovementActionView> {
  const [row] = await namedRows(db, eq(improvementActions.id, id));
  if (!row) throw new DomainError('not_found', `No improvement action ${id}`);
  return (await viewsOf(db, now, timeZone, [row]))[0]!;
}

export async function getImprovementAction(db: Executor, now: Date, timeZone: string, id: string): Promise<ImprovementActionView> {
  return viewOf(db, now, timeZone, id);
}

export interface ActionFilters {
  status?: ImprovementActionStatus;
  ownerId?: string;
  overdue?: boolean;
  limit: number;
  cursor?: string;
}

/** Actions by due date, soonest first. */
export async function listImprovementActions(db: Executor, now: Date, timeZone: string, filters: ActionFilters): Promise<{ items: ImprovementActionView[]; nextCursor: string | null }> {
  const today = localDate(now, timeZone);
  const conditions: SQL[] = [];
  if (filters.status) conditions.push(eq(improvementActions.status, filters.status));
  if (filters.ownerId) conditions.push(eq(improvementActions.ownerId, filters.ownerId));
  if (filters.overdue === true) conditions.push(and(eq(improvementActions.status, 'open'), lt(improvementActions.dueDate, today))!);
  if (filters.overdue === false) conditions.push(sql`NOT (${improvementActions.status} = 'open' AND ${improvementActions.dueDate} < ${today}::date)`);
  if (filters.cursor) {
    // A due date is a day: the timestamp check refuses a cursor whose first key is no date before SQL casts it.
    const [dueDate, id] = decodeCursor(filters.cursor, ['timestamp', 'uuid']);
    conditions.push(sql`(${improvementActions.dueDate}, ${improvementActions.id}) > (${dueDate}::date, ${id}::uuid)`);
  }
  const rows = await namedRows(db, conditions.length ? and(...conditions) : undefined, filters.limit + 1);
  const page = pageOf(rows, filters.limit, (r) => [r.dueDate, r.id]);
  return { items: await viewsOf(db, now, timeZone, page.items), nextCursor: page.nextCursor };
}

async function assertOwner(db: Executor, ownerId: string): Promise<void> {
  const owner = await findStaffMember(db, ownerId);
  if (!owner?.active) throw bodyError('action_owner_unknown', '/ownerId', `No active member of staff ${ownerId}`, 'is not an active member of staff');
}

function assertDueDate(dueDate: string, today: string): void {
  if (dueDate < today) throw bodyError('action_due_past', '/dueDate', `${dueDate} has passed (today is ${today})`, 'has passed');
}

/** An action wants the figure to move from the baseline towards the target: the target lies that way. */
function assertTargetWay(direction: ActionDirection, baseline: number, target: number): void {
  const fits = direction === 'up' ? target > baseline : target < baseline;
  if (!fits) {
    throw bodyError('action_target_wrong_way', '/target', `A target of ${target} does not lie ${direction === 'up' ? 'above' : 'below'} the baseline ${baseline}`, `must be ${direction === 'up' ? 'above' : 'below'} the baseline ${baseline}`);
  }
}

/** Creates an action from a month's figure; its baseline is the figure's value in that month. */
export async function createImprovementAction(db: Db, actor: Actor, now: Date, timeZone: string, input: ImprovementActionInput): Promise<ImprovementActionView> {
  const today = localDate(now, timeZone);
  if (input.fromMonth > today.slice(0, 7)) throw bodyError('action_month_in_future', '/fromMonth', `${input.fromMonth} has not begun`, 'has not begun yet');
  assertDueDate(input.dueDate, today);
  const id = await db.transaction(async (tx) => {
    await assertOwner(tx, input.ownerId);
    const report = await monthlyReport(tx, now, timeZone, input.fromMonth);
    const key = figureKey(input.metric, input.dimension ?? null, input.currency ?? null);
    const figure = report.figures.find((f) => f.key === key);
    if (!figure) throw bodyError('action_figure_unknown', input.dimension ? '/dimension' : '/metric', `The report of ${input.fromMonth} has no figure "${key}"`, `no figure "${key}" in ${input.fromMonth}`);
    if (figure.value === null) throw bodyError('action_baseline_missing', '/metric', `"${key}" had no value in ${input.fromMonth}`, `had no value in ${input.fromMonth}`);
    assertTargetWay(input.direction, figure.value, input.target);
    const [row] = await tx
      .insert(improvementActions)
      .values({
        id: newId(),
        title: input.title.trim(),
        figureKey: key,
        metric: figure.metric,
        dimension: figure.dimension,
        currency: figure.currency,
        unit: figure.unit,
        fromMonth: input.fromMonth,
        baseline: figure.value,
        target: input.target,
        direction: input.direction,
        ownerId: input.ownerId,
        dueDate: input.dueDate,
        note: input.note?.trim() || null,
        status: 'open',
        createdAt: now,
        createdBy: actor.userId,
        updatedAt: now,
        version: 1,
      })
      .returning();
    await recordChange(tx, actor, now, { entityType: 'improvement_action', entityId: row!.id, action: 'improvement_action.created', after: auditView(row!) });
    return row!.id;
  });
  return viewOf(db, now, timeZone, id);
}

async function lockAction(db: Executor, id: string): Promise<ActionRow> {
  const [row] = await db.select().from(improvementActions).where(eq(improvementActions.id, id)).for('update');
  if (!row) throw new DomainError('not_found', `No improvement action ${id}`);
  return row;
}

/** A manager's edit of an open action: title, target and direction, owner, due date, note. */
export async function updateImprovementAction(db: Db, actor: Actor, now: Date, timeZone: string, id: string, expectedVersion: number, patch: ImprovementActionPatch): Promise<ImprovementActionView> {
  const today = localDate(now, timeZone);
  await db.transaction(async (tx) => {
    const current = await lockAction(tx, id);
    assertVersion('improvement action', current.version, expectedVersion);
    if (current.status !== 'open') throw new DomainError('action_closed', `The action is ${current.status}`, { meta: { actionStatus: current.status } });
    if (patch.ownerId !== undefined && patch.ownerId !== current.ownerId) await assertOwner(tx, patch.ownerId);
    if (patch.dueDate !== undefined && patch.dueDate !== current.dueDate) assertDueDate(patch.dueDate, today);
    const direction = patch.direction ?? current.direction;
    const target = patch.target ?? current.target;
    assertTargetWay(direction, current.baseline, target);
    const reminderOwed = (patch.dueDate !== undefined && patch.dueDate !== current.dueDate) || (patch.ownerId !== undefined && patch.ownerId !== current.ownerId);
    const [updated] = await tx
      .update(improvementActions)
      .set({
        ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
        ...(patch.ownerId !== undefined ? { ownerId: patch.ownerId } : {}),
        ...(patch.dueDate !== undefined ? { dueDate: patch.dueDate } : {}),
        ...(patch.note !== undefined ? { note: patch.note?.trim() || null } : {}),
        direction,
        target,
        // A new due date or a new owner starts the daily reminders afresh: a new owner hears today.
        ...(reminderOwed ? { remindedOn: null } : {}),
        updatedAt: now,
        version: current.version + 1,
      })
      .where(eq(improvementActions.id, id))
      .returning();
    await recordChange(tx, actor, now, { entityType: 'improvement_action', entityId: id, action: 'improvement_action.updated', before: auditView(current), after: auditView(updated!) });
  });
  return viewOf(db, now, timeZone, id);
}

/**
 * Completes or drops an open action, saying why. Its owner may complete it; a manager
 * (`canManage`) may complete or drop any.
 */
export async function closeImprovementAction(
  db: Db,
  actor: Actor,
  canManage: boolean,
  now: Date,
  timeZone: string,
  id: string,
  event: ImprovementActionEvent,
  note: string,
): Promise<ImprovementActionView> {
  await db.transaction(async (tx) => {
    const current = await lockAction(tx, id);
    if (!canManage && (event !== 'complete' || current.ownerId !== actor.userId)) {
      throw new DomainError('action_owner_only', event === 'complete' ? 'Only the owner or a manager completes this action' : 'Only a manager drops an action');
    }
    const status = fire(improvementActionMachine, current.status, event, { code: 'action_transition_invalid' });
    const [updated] = await tx
      .update(improvementActions)
      .set({ status, closingNote: note.trim(), closedAt: now, closedBy: actor.userId, updatedAt: now, version: current.version + 1 })
      .where(eq(improvementActions.id, id))
      .returning();
    await recordChange(tx, actor, now, { entityType: 'improvement_action', entityId: id, action: `improvement_action.${status}`, before: auditView(current), after: auditView(updated!) });
  });
  return viewOf(db, now, timeZone, id);
}
