import type { Actor } from '../../platform/audit/record.js';
import { sentenceOf } from '../../platform/messages.js';
import type { FollowUpOutcome, TaskKind, TaskView } from './contract.js';
import type { tasks } from './schema.js';
import { taskSummaries } from './summaries.js';

type TaskRow = typeof tasks.$inferSelect;

/** Someone acting on tasks, with the roles that decide which tasks are theirs. */
export interface TaskWorker extends Actor {
  roles: readonly string[];
}

/** Whether the worker may act on the task: it is for one of their roles or held by them (an admin may act on any). */
export function mayWorkOn(worker: TaskWorker, row: TaskRow): boolean {
  return worker.roles.includes('admin') || worker.roles.includes(row.role) || (worker.userId !== null && row.assigneeId === worker.userId);
}

function summaryOf(row: TaskRow): Pick<TaskView, 'summary' | 'summaryCode' | 'summaryParams'> {
  if (!row.summaryParams) return { summary: row.summary, summaryCode: null, summaryParams: {} };
  return { summary: sentenceOf(taskSummaries, { code: row.summary, params: row.summaryParams }), summaryCode: row.summary, summaryParams: row.summaryParams };
}

export function toView(row: TaskRow): TaskView {
  return {
    id: row.id,
    kind: row.kind as TaskKind,
    orderId: row.orderId,
    customerId: row.customerId,
    leadId: row.leadId,
    role: row.role,
    assigneeId: row.assigneeId,
    assigneeName: row.assigneeId ? (row.assigneeName ?? '') : null,
    ...summaryOf(row),
    dueAt: row.dueAt.toISOString(),
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    doneAt: row.doneAt?.toISOString() ?? null,
    doneBy: row.doneBy,
    doneNote: row.doneNote,
    outcome: row.outcome as FollowUpOutcome | null,
    warnedAt: row.warnedAt?.toISOString() ?? null,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
  };
}

