/*
 * Tasks (tasks): follow-ups assigned to people (exception contacts, pre-delivery checks). Other
 * modules open and close them only through this file.
 */
import { and, asc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { type Actor, type PendingRecord, recordChange, recordChanges } from '../../platform/audit/record.js';
import { can, fire, statesThatCan } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { afterTimeCursor, pageOf } from '../../platform/http/pagination.js';
import type { MessageParams } from '../../platform/messages.js';
import type { ScheduledKind, TaskAssignment, TaskKind, TaskScope, TaskView } from './contract.js';
import { customerNames } from '../customers/service.js';
import { findStaffMember, isRole, listActiveStaff, type Role, type StaffMember } from '../identity/service.js';
import { holderAudience, taskMessage } from './messages.js';
import { insertOpenTask } from './open-task.js';
import { tasks } from './schema.js';
import type { TaskSummaryCode } from './summaries.js';
import { mayWorkOn, toView, type TaskWorker } from './views.js';

export type { TaskWorker } from './views.js';
import { taskMachine, type TaskStatus } from './states.js';

export { followUpTimeline } from './timeline.js';
export { completeLeadFollowUp, leadEngagement, leadFollowUps, openLeadFollowUp, passLeadFollowUpsToCustomer, type LeadEngagement } from './lead-follow-ups.js';
export { customerLastContacts, customersWithOpenTask, lastTaskDoneAt } from './customer-contacts.js';
export { taskStatuses, type TaskStatus } from './states.js';

export { followUpOutcomes, scheduledKinds, taskKinds, type FollowUpOutcome, type ScheduledKind, type TaskKind, type TaskView } from './contract.js';
export { scanTasks, taskWarnMinutes, type TaskScanResult } from './scan.js';
export { taskSummaryCodes, type TaskSummaryCode } from './summaries.js';

export interface OrderTaskInput {
  kind: TaskKind;
  /** Null for work about a customer only (an after-sales consultation without an order). */
  orderId: string | null;
  /** Null while the order is being taken in (its number comes last); the caller adds it to the message. */
  orderNumber: string | null;
  customerId: string;
  role: Role;
  /** One person in the role the task is for (the owner of an after-sales case, the owner of an order). */
  assigneeId?: string | null;
  assigneeName?: string | null;
  /** Who scheduled it by hand; absent for tasks the process opens. */
  createdBy?: string | null;
  dueAt: Date;
  summary: { code: TaskSummaryCode; params: MessageParams };
}

/**
 * Opens a task about an order inside the order's transaction. Returns the audit change
 * and the `task.created` message for the caller to record with its own.
 */
export async function openOrderTask(tx: Tx, now: Date, input: OrderTaskInput): Promise<PendingRecord & { task: TaskView }> {
  const assigneeId = input.assigneeId ?? null;
  const createdBy = input.createdBy ?? null;
  const fields = {
    kind: input.kind,
    orderId: input.orderId,
    customerId: input.customerId,
    leadId: null,
    role: input.role,
    assigneeId,
    assigneeName: assigneeId ? (input.assigneeName ?? null) : null,
    createdBy,
    summary: input.summary.code,
    summaryParams: input.summary.params,
    dueAt: input.dueAt,
  };
  const audience = createdBy ? holderAudience(fields) : { roles: [input.role], ...(assigneeId ? { userIds: [assigneeId] } : {}) };
  return insertOpenTask(tx, now, fields, { audience, orderNumber: input.orderNumber, customerName: await customerNameOf(tx, fields) });
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

/** Marks a task done by hand (e.g. the customer withdrew and nothing is to be resubmitted). */
export async function completeTask(db: Db, worker: TaskWorker, now: Date, id: string, note: string | undefined): Promise<TaskView> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(tasks).where(eq(tasks.id, id)).for('update');
    if (!row) throw new DomainError('not_found', `No task ${id}`);
    if (!mayWorkOn(worker, row)) {
      throw new DomainError('task_role_required', `This task is for the ${row.role} role, which you do not have`, { meta: { role: row.role } });
    }
    // A lead's follow-up is done with its outcome, which may move the lead: on the lead.
    if (row.leadId) throw new DomainError('task_on_lead', 'Record the outcome of this follow-up on its lead', { meta: { leadId: row.leadId } });
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
  scope?: TaskScope;
  kind?: TaskKind;
  /** A user id, or "none" for tasks nobody holds yet ("me" is resolved by the route). */
  assignee?: string;
  overdue?: boolean;
  /** Only tasks falling due before this instant (the end of today: a person's day of work). */
  dueBefore?: Date;
  orderId?: string;
  customerId?: string;
  limit: number;
  cursor?: string;
}

/**
 * Tasks soonest due first. The team's (the default): every task of the caller's roles or
 * assigned to them (a manager or an admin sees all); mine: assigned to the caller, or to
 * nobody yet in one of their roles.
 */
export async function listTasks(db: Executor, worker: TaskWorker, now: Date, query: TaskQuery): Promise<{ items: TaskView[]; nextCursor: string | null }> {
  const filters: (SQL | undefined)[] = [eq(tasks.status, query.status)];
  const staffRoles = worker.roles.filter(isRole);
  const ofMyRoles = staffRoles.length > 0 ? inArray(tasks.role, staffRoles) : undefined;
  const assignedToMe = worker.userId ? eq(tasks.assigneeId, worker.userId) : undefined;
  if (query.scope === 'mine') {
    filters.push(or(assignedToMe, ofMyRoles ? and(isNull(tasks.assigneeId), ofMyRoles) : undefined) ?? sql`false`);
  } else if (!worker.roles.includes('admin') && !worker.roles.includes('manager')) {
    filters.push(or(ofMyRoles, assignedToMe) ?? sql`false`);
  }
  if (query.kind) filters.push(eq(tasks.kind, query.kind));
  if (query.assignee) filters.push(query.assignee === 'none' ? isNull(tasks.assigneeId) : eq(tasks.assigneeId, query.assignee));
  if (query.overdue !== undefined) filters.push(query.overdue ? lt(tasks.dueAt, now) : gte(tasks.dueAt, now));
  if (query.dueBefore) filters.push(lt(tasks.dueAt, query.dueBefore));
  if (query.orderId) filters.push(eq(tasks.orderId, query.orderId));
  if (query.customerId) filters.push(eq(tasks.customerId, query.customerId));
  if (query.cursor) filters.push(afterTimeCursor(query.cursor, tasks.dueAt, tasks.id, 'asc'));
  const rows = await db
    .select()
    .from(tasks)
    .where(and(...filters))
    .orderBy(asc(tasks.dueAt), asc(tasks.id))
    .limit(query.limit + 1);
  return pageOf(rows.map(toView), query.limit, (t) => [t.dueAt, t.id]);
}

/** The open task of an order due first, as a LATERAL sub-query: `task` as JSON (role, assignee, due), or no row. */
export function openTaskLookup(orderId: SQL): SQL {
  return sql`SELECT jsonb_build_object('kind', t.kind, 'role', t.role, 'assigneeId', t.assignee_id, 'dueAt', t.due_at) AS task
             FROM tasks t WHERE t.order_id = ${orderId} AND t.status IN (${sql.join(statesThatCan(taskMachine, 'complete').map((s) => sql`${s}`), sql`, `)})
             ORDER BY t.due_at LIMIT 1`;
}

/** The open tasks of a kind on these orders, by order (the exception desk's holders and deadlines). */
export async function openOrderTasks(db: Executor, orderIds: readonly string[], kind: TaskKind): Promise<Map<string, TaskView>> {
  if (orderIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(tasks)
    .where(and(inArray(tasks.orderId, [...orderIds]), eq(tasks.kind, kind), inArray(tasks.status, statesThatCan(taskMachine, 'complete'))))
    .orderBy(asc(tasks.dueAt), asc(tasks.id));
  const byOrder = new Map<string, TaskView>();
  for (const row of rows) if (row.orderId && !byOrder.has(row.orderId)) byOrder.set(row.orderId, toView(row));
  return byOrder;
}

/** The active staff by name: whom tasks and orders may be given to. */
export async function listAssignees(db: Executor): Promise<StaffMember[]> {
  return listActiveStaff(db);
}

/** Refuses a person who cannot hold a task for `role`: unknown, deactivated, or without the role. */
async function assigneeFor(db: Executor, userId: string, role: string, path: string): Promise<StaffMember> {
  const member = await findStaffMember(db, userId);
  if (!member) {
    throw new DomainError('unknown_reference', `No staff member ${userId}`, { errors: [{ path, in: 'body', code: 'unknown', message: 'is not a staff member' }] });
  }
  if (!member.active) throw new DomainError('assignee_inactive', `${member.name} is deactivated and cannot hold tasks`, { meta: { userId } });
  if (!member.roles.includes(role as Role) && !member.roles.includes('admin')) {
    throw new DomainError('assignee_role_missing', `${member.name} does not have the ${role} role this task is for`, {
      meta: { role },
      errors: [{ path, in: 'body', code: 'role', message: `must hold the ${role} role` }],
    });
  }
  return member;
}

/** The name a message about a task without an order or lead says: its customer's. */
async function customerNameOf(tx: Tx, row: Pick<typeof tasks.$inferSelect, 'orderId' | 'leadId' | 'customerId'>): Promise<string | undefined> {
  if (row.orderId || row.leadId || !row.customerId) return undefined;
  return (await customerNames(tx, [row.customerId])).get(row.customerId);
}

/**
 * Gives a task to one person in its role (or takes it back from one), with a note: audited,
 * and the new holder is told. Refused for a done task, or a person who cannot hold it.
 */
export async function assignTask(db: Db, worker: TaskWorker, now: Date, id: string, input: TaskAssignment): Promise<TaskView> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(tasks).where(eq(tasks.id, id)).for('update');
    if (!row) throw new DomainError('not_found', `No task ${id}`);
    if (!mayWorkOn(worker, row) && !worker.roles.includes('manager')) {
      throw new DomainError('task_role_required', `This task is for the ${row.role} role, which you do not have`, { meta: { role: row.role } });
    }
    if (!can(taskMachine, row.status, 'complete')) throw new DomainError('task_closed', `The task was done at ${row.doneAt?.toISOString()}`);
    const member = await assigneeFor(tx, input.userId, row.role, '/userId');
    const note = input.note.trim();
    const [updated] = await tx.update(tasks).set({ assigneeId: member.id, assigneeName: member.name }).where(eq(tasks.id, id)).returning();
    const view = toView(updated!);
    await recordChange(
      tx,
      worker,
      now,
      {
        entityType: 'task',
        entityId: id,
        customerId: row.customerId,
        action: 'task.assigned',
        before: { assigneeId: row.assigneeId, assigneeName: row.assigneeName },
        after: { assigneeId: member.id, assigneeName: member.name, note },
      },
      [taskMessage(updated!, 'task.assigned', { userIds: [member.id] }, { reason: note, customerName: await customerNameOf(tx, updated!) })],
    );
    return view;
  });
}

/**
 * Hands an order's open tasks held by its previous owner (or by nobody) to its new owner,
 * inside the order's transaction: the holder of an exception follows the order.
 */
export async function handOverOrderTasks(
  tx: Tx,
  input: { orderId: string; customerId: string; from: string | null; to: { id: string; name: string }; note: string },
): Promise<PendingRecord> {
  const held = input.from ? or(isNull(tasks.assigneeId), eq(tasks.assigneeId, input.from)) : isNull(tasks.assigneeId);
  const moved = await tx
    .update(tasks)
    .set({ assigneeId: input.to.id, assigneeName: input.to.name })
    .where(and(eq(tasks.orderId, input.orderId), eq(tasks.kind, 'order_exception'), held, inArray(tasks.status, statesThatCan(taskMachine, 'complete'))))
    .returning();
  return {
    changes: moved.map((row) => ({
      entityType: 'task',
      entityId: row.id,
      customerId: input.customerId,
      action: 'task.assigned',
      before: { assigneeId: input.from },
      after: { assigneeId: input.to.id, assigneeName: input.to.name, note: input.note },
    })),
    messages: [],
  };
}

export interface ScheduleInput {
  kind: ScheduledKind;
  customerId: string;
  orderId: string | null;
  summary: string;
  dueAt: Date;
  role?: Role;
  assigneeId?: string;
}

/**
 * A call or a visit a person schedules for a customer or an order (the caller has checked
 * both exist): for the role given or the first of theirs, held by the person given or by
 * themselves. Audited; the holder is told.
 */
export async function scheduleTask(db: Db, worker: TaskWorker & { userId: string }, now: Date, input: ScheduleInput): Promise<TaskView> {
  const role = input.role ?? worker.roles.find(isRole);
  if (!role) throw new DomainError('task_role_required', 'Only staff schedule calls and visits');
  return db.transaction(async (tx) => {
    const holder = await assigneeFor(tx, input.assigneeId ?? worker.userId, role, input.assigneeId ? '/assigneeId' : '/role');
    const opened = await openOrderTask(tx, now, {
      kind: input.kind,
      orderId: input.orderId,
      orderNumber: null,
      customerId: input.customerId,
      role,
      assigneeId: holder.id,
      assigneeName: holder.name,
      createdBy: worker.userId,
      dueAt: input.dueAt,
      summary: { code: 'task.note', params: { note: input.summary.trim() } },
    });
    await recordChanges(tx, worker, now, opened.changes, opened.messages);
    return opened.task;
  });
}


export interface FollowUpInput {
  kind: ScheduledKind;
  /** Each task names its customer, so a list of them says whom to reach. */
  customers: readonly { id: string; name: string }[];
  /** The segment the follow-ups come from, by name. */
  segment: string;
  /** The person who makes the calls, visits or messages. */
  ownerId: string;
  dueAt: Date;
  note: string;
}

/** The role a follow-up is for: the owner's sales role, else their manager role, else their first. */
function followUpRole(member: StaffMember): Role | undefined {
  return (['sales', 'manager'] as const).find((r) => member.roles.includes(r)) ?? member.roles.find(isRole);
}

/**
 * Opens one call, visit or message per customer, all held by one person, inside the caller's
 * transaction (a segment's follow-ups). Returns the audit changes and messages for the caller
 * to record with its own.
 */
export async function openFollowUps(tx: Tx, worker: TaskWorker & { userId: string }, now: Date, input: FollowUpInput): Promise<PendingRecord & { tasks: TaskView[] }> {
  const member = await findStaffMember(tx, input.ownerId);
  const role = member && followUpRole(member);
  if (!member || !role) {
    throw new DomainError('unknown_reference', `No staff member ${input.ownerId}`, { errors: [{ path: '/ownerId', in: 'body', code: 'unknown', message: 'is not a staff member' }] });
  }
  const holder = await assigneeFor(tx, member.id, role, '/ownerId');
  const result: PendingRecord & { tasks: TaskView[] } = { changes: [], messages: [], tasks: [] };
  for (const customer of input.customers) {
    const opened = await openOrderTask(tx, now, {
      kind: input.kind,
      orderId: null,
      orderNumber: null,
      customerId: customer.id,
      role,
      assigneeId: holder.id,
      assigneeName: holder.name,
      createdBy: worker.userId,
      dueAt: input.dueAt,
      summary: { code: 'task.segment_follow_up', params: { customer: customer.name, segment: input.segment, note: input.note.trim() } },
    });
    result.changes.push(...opened.changes);
    result.messages.push(...opened.messages);
    result.tasks.push(opened.task);
  }
  return result;
}
