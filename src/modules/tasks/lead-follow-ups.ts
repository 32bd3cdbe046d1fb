import { and, asc, count, eq, inArray, max, ne, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/connect.js';
import type { PendingRecord } from '../../platform/audit/record.js';
import { fire } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { findStaffMember, isRole, type Role } from '../identity/service.js';
import type { FollowUpOutcome, ScheduledKind, TaskView } from './contract.js';
import { holderAudience } from './messages.js';
import { insertOpenTask } from './open-task.js';
import { tasks } from './schema.js';
import { taskMachine, type TaskStatus } from './states.js';
import { mayWorkOn, toView, type TaskWorker } from './views.js';

/* The calls, visits and messages of a sales lead: tasks held by a person, due at a time, done with an outcome. */

export interface LeadFollowUpInput {
  leadId: string;
  /** The lead by name, for the task's summary (whom to reach). */
  leadName: string;
  kind: ScheduledKind;
  /** Who makes it: the lead's owner unless someone else is named. */
  assigneeId: string;
  dueAt: Date;
  note: string;
}

/** The role a lead follow-up is for: the holder's sales role, else manager, else their first. */
function followUpRole(roles: readonly Role[]): Role | undefined {
  return (['sales', 'specialist', 'manager'] as const).find((r) => roles.includes(r)) ?? roles.find(isRole);
}

/**
 * Opens a follow-up of a lead inside the lead's transaction, held by one person (told of it).
 * Returns the audit change and the `task.created` message for the caller to record with its own.
 */
export async function openLeadFollowUp(tx: Tx, worker: TaskWorker & { userId: string }, now: Date, input: LeadFollowUpInput): Promise<PendingRecord & { task: TaskView }> {
  const holder = await findStaffMember(tx, input.assigneeId);
  if (!holder) throw new DomainError('unknown_reference', `No staff member ${input.assigneeId}`, { errors: [{ path: '/assigneeId', in: 'body', code: 'unknown', message: 'is not a staff member' }] });
  if (!holder.active) throw new DomainError('assignee_inactive', `${holder.name} is deactivated and cannot hold tasks`, { meta: { userId: holder.id } });
  const taskRole = followUpRole(holder.roles);
  if (!taskRole) throw new DomainError('assignee_role_missing', `${holder.name} has no staff role`, { errors: [{ path: '/assigneeId', in: 'body', code: 'role', message: 'must hold a staff role' }] });
  const fields = {
    kind: input.kind,
    orderId: null,
    customerId: null,
    leadId: input.leadId,
    role: taskRole,
    assigneeId: holder.id,
    assigneeName: holder.name,
    createdBy: worker.userId,
    summary: 'task.lead_follow_up' as const,
    summaryParams: { lead: input.leadName, note: input.note.trim() },
    dueAt: input.dueAt,
  };
  return insertOpenTask(tx, now, fields, { audience: holderAudience(fields), customerName: input.leadName });
}

/**
 * Marks a lead's follow-up done with its outcome and note, inside the lead's transaction:
 * by its holder, someone in its role, or an admin. Refused for a task of another lead or one done already.
 */
export async function completeLeadFollowUp(
  tx: Tx,
  worker: TaskWorker,
  now: Date,
  input: { leadId: string; taskId: string; outcome: FollowUpOutcome; note?: string },
): Promise<PendingRecord & { task: TaskView }> {
  const [row] = await tx.select().from(tasks).where(and(eq(tasks.id, input.taskId), eq(tasks.leadId, input.leadId))).for('update');
  if (!row) throw new DomainError('not_found', `No follow-up ${input.taskId} on lead ${input.leadId}`);
  if (!mayWorkOn(worker, row)) {
    throw new DomainError('task_role_required', `This task is for the ${row.role} role, which you do not have`, { meta: { role: row.role } });
  }
  const status = fire(taskMachine, row.status, 'complete', { code: 'task_closed', detail: `The follow-up was done at ${row.doneAt?.toISOString()}` });
  const [updated] = await tx
    .update(tasks)
    .set({ status, doneAt: now, doneBy: worker.userId, doneNote: input.note?.trim() || null, outcome: input.outcome })
    .where(eq(tasks.id, row.id))
    .returning();
  const task = toView(updated!);
  return {
    task,
    changes: [{ entityType: 'task', entityId: row.id, customerId: row.customerId, action: 'task.done', before: { status: row.status }, after: { status, doneAt: task.doneAt, outcome: input.outcome, note: task.doneNote } }],
    messages: [],
  };
}

/** A lead's follow-ups, soonest due first (open and done). */
export async function leadFollowUps(db: Executor, leadId: string): Promise<TaskView[]> {
  const rows = await db.select().from(tasks).where(eq(tasks.leadId, leadId)).orderBy(asc(tasks.dueAt), asc(tasks.id));
  return rows.map(toView);
}

/** How engaged a lead is: follow-ups done in which they were reached, and the last one done. */
export interface LeadEngagement {
  reached: number;
  lastDoneAt: Date | null;
}

/** The engagement of each of these leads, in one query. */
export async function leadEngagement(db: Executor, leadIds: readonly string[]): Promise<Map<string, LeadEngagement>> {
  if (leadIds.length === 0) return new Map();
  const done: TaskStatus = 'done';
  const rows = await db
    .select({
      leadId: tasks.leadId,
      reached: sql<number>`(count(*) FILTER (WHERE ${tasks.outcome} <> 'no_answer'))::int`,
      lastDoneAt: max(tasks.doneAt),
      all: count(),
    })
    .from(tasks)
    .where(and(inArray(tasks.leadId, [...leadIds]), eq(tasks.status, done)))
    .groupBy(tasks.leadId);
  return new Map(rows.flatMap((r) => (r.leadId ? [[r.leadId, { reached: Number(r.reached), lastDoneAt: r.lastDoneAt ? new Date(r.lastDoneAt) : null }] as const] : [])));
}

/**
 * The lead became a customer: its follow-ups name the customer too, inside the conversion's
 * transaction, so the customer's timeline and last contact include them.
 */
export async function passLeadFollowUpsToCustomer(tx: Tx, leadId: string, customerId: string): Promise<void> {
  await tx.update(tasks).set({ customerId }).where(and(eq(tasks.leadId, leadId), ne(tasks.kind, 'order_exception')));
}
