/*
 * Tasks (tasks): follow-ups assigned to people (exception contacts, pre-delivery checks). Other
 * modules open and close them only through this file.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { type Actor, type PendingRecord, recordChange } from '../../platform/audit/record.js';
import { fire, statesThatCan } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { afterTimeCursor, pageOf } from '../../platform/http/pagination.js';
import { sentenceOf, type MessageParams } from '../../platform/messages.js';
import type { TaskKind, TaskView } from './contract.js';
import { isRole, type Role } from '../identity/service.js';
import { tasks } from './schema.js';
import { taskSummaries, type TaskSummaryCode } from './summaries.js';
import { taskMachine, type TaskStatus } from './states.js';

export { taskStatuses, type TaskStatus } from './states.js';

export { taskKinds, type TaskKind, type TaskView } from './contract.js';
export { taskSummaryCodes, type TaskSummaryCode } from './summaries.js';

/** Someone acting on tasks, with the roles that decide which tasks are theirs. */
export interface TaskWorker extends Actor {
  roles: readonly string[];
}

type TaskRow = typeof tasks.$inferSelect;

function summaryOf(row: TaskRow): Pick<TaskView, 'summary' | 'summaryCode' | 'summaryParams'> {
  if (!row.summaryParams) return { summary: row.summary, summaryCode: null, summaryParams: {} };
  return { summary: sentenceOf(taskSummaries, { code: row.summary, params: row.summaryParams }), summaryCode: row.summary, summaryParams: row.summaryParams };
}

function toView(row: TaskRow): TaskView {
  return {
    id: row.id,
    kind: row.kind as TaskKind,
    orderId: row.orderId,
    customerId: row.customerId,
    role: row.role,
    assigneeId: row.assigneeId,
    ...summaryOf(row),
    dueAt: row.dueAt.toISOString(),
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    doneAt: row.doneAt?.toISOString() ?? null,
    doneBy: row.doneBy,
    doneNote: row.doneNote,
  };
}

export interface OrderTaskInput {
  kind: TaskKind;
  /** Null for work about a customer only (an after-sales consultation without an order). */
  orderId: string | null;
  /** Null while the order is being taken in (its number comes last); the caller adds it to the message. */
  orderNumber: string | null;
  customerId: string;
  role: Role;
  /** One person in the role the task is for (the owner of an after-sales case). */
  assigneeId?: string | null;
  dueAt: Date;
  summary: { code: TaskSummaryCode; params: MessageParams };
}

/**
 * Opens a task about an order inside the order's transaction. Returns the audit change
 * and the `task.created` message for the caller to record with its own.
 */
export async function openOrderTask(tx: Tx, now: Date, input: OrderTaskInput): Promise<PendingRecord & { task: TaskView }> {
  const row: TaskRow = {
    id: randomUUID(),
    kind: input.kind,
    orderId: input.orderId,
    customerId: input.customerId,
    role: input.role,
    assigneeId: input.assigneeId ?? null,
    summary: input.summary.code,
    summaryParams: input.summary.params,
    dueAt: input.dueAt,
    status: 'open',
    createdAt: now,
    doneAt: null,
    doneBy: null,
    doneNote: null,
  };
  await tx.insert(tasks).values(row);
  const task = toView(row);
  return {
    task,
    changes: [{ entityType: 'task', entityId: row.id, customerId: input.customerId, action: 'task.created', after: task }],
    messages: [
      {
        topic: 'task.created',
        customerId: input.customerId,
        payload: {
          taskId: row.id,
          orderId: input.orderId,
          ...(input.orderNumber !== null ? { number: input.orderNumber } : {}),
          kind: input.kind,
          dueAt: task.dueAt,
          summary: input.summary,
          audience: { roles: [input.role] },
        },
      },
    ],
  };
}

/** Closes an order's open tasks of a kind (the work they asked for is done), inside the order's transaction. */
export async function closeOrderTasks(
  tx: Tx,
  actor: Actor,
  now: Date,
  input: { orderId: string; customerId: string; kind: TaskKind; note: string },
): Promise<PendingRecord> {
  return closeOpen(tx, actor, now, and(eq(tasks.orderId, input.orderId), eq(tasks.kind, input.kind))!, input.customerId, input.note);
}

/** Closes the named tasks that are still open (the work they asked for is done), inside the caller's transaction. */
export async function closeTasks(tx: Tx, actor: Actor, now: Date, input: { ids: string[]; customerId: string | null; note: string }): Promise<PendingRecord> {
  if (input.ids.length === 0) return { changes: [], messages: [] };
  return closeOpen(tx, actor, now, inArray(tasks.id, input.ids), input.customerId, input.note);
}

/** Marks the open tasks `which` selects done, with one audit change each. */
async function closeOpen(tx: Tx, actor: Actor, now: Date, which: SQL, customerId: string | null, note: string): Promise<PendingRecord> {
  const closed = await tx
    .update(tasks)
    .set({ status: 'done', doneAt: now, doneBy: actor.userId, doneNote: note })
    .where(and(which, inArray(tasks.status, statesThatCan(taskMachine, 'complete'))))
    .returning();
  return {
    changes: closed.map((row) => ({
      entityType: 'task',
      entityId: row.id,
      customerId,
      action: 'task.done',
      before: { status: 'open' },
      after: { status: row.status, doneAt: now.toISOString(), note },
    })),
    messages: [],
  };
}

function mayWorkOn(worker: TaskWorker, row: TaskRow): boolean {
  return worker.roles.includes('admin') || worker.roles.includes(row.role) || (worker.userId !== null && row.assigneeId === worker.userId);
}

/** Marks a task done by hand (e.g. the customer withdrew and nothing is to be resubmitted). */
export async function completeTask(db: Db, worker: TaskWorker, now: Date, id: string, note: string | undefined): Promise<TaskView> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(tasks).where(eq(tasks.id, id)).for('update');
    if (!row) throw new DomainError('not_found', `No task ${id}`);
    if (!mayWorkOn(worker, row)) {
      throw new DomainError('task_role_required', `This task is for the ${row.role} role, which you do not have`, { meta: { role: row.role } });
    }
    const status = fire(taskMachine, row.status, 'complete', { code: 'task_closed', detail: `The task was done at ${row.doneAt?.toISOString()}` });
    const [updated] = await tx
      .update(tasks)
      .set({ status, doneAt: now, doneBy: worker.userId, doneNote: note?.trim() || null })
      .where(eq(tasks.id, id))
      .returning();
    const view = toView(updated!);
    await recordChange(tx, worker, now, { entityType: 'task', entityId: id, customerId: row.customerId, action: 'task.done', before: toView(row), after: view });
    return view;
  });
}

export interface TaskQuery {
  status: TaskStatus;
  orderId?: string;
  limit: number;
  cursor?: string;
}

/** The caller's tasks — for one of their roles or assigned to them (an admin sees all) — soonest due first. */
export async function listTasks(db: Executor, worker: TaskWorker, query: TaskQuery): Promise<{ items: TaskView[]; nextCursor: string | null }> {
  const filters: (SQL | undefined)[] = [eq(tasks.status, query.status)];
  if (!worker.roles.includes('admin')) {
    const staffRoles = worker.roles.filter(isRole);
    const mine = staffRoles.length > 0 ? inArray(tasks.role, staffRoles) : undefined;
    filters.push(or(mine, worker.userId ? eq(tasks.assigneeId, worker.userId) : undefined));
  }
  if (query.orderId) filters.push(eq(tasks.orderId, query.orderId));
  if (query.cursor) filters.push(afterTimeCursor(query.cursor, tasks.dueAt, tasks.id, 'asc'));
  const rows = await db
    .select()
    .from(tasks)
    .where(and(...filters))
    .orderBy(asc(tasks.dueAt), asc(tasks.id))
    .limit(query.limit + 1);
  return pageOf(rows.map(toView), query.limit, (t) => [t.dueAt, t.id]);
}
