import type { OutboxMessage } from '../../platform/audit/record.js';
import type { TextMessage } from '../../platform/messages.js';
import type { Audience } from '../identity/service.js';
import type { TaskKind } from './contract.js';
import type { tasks } from './schema.js';

/* Who hears about a task, and what its messages carry. */

type TaskRow = typeof tasks.$inferSelect;

/** Who holds a task: its assignee, or everyone in its role while it has none. */
export function holderAudience(row: Pick<TaskRow, 'assigneeId' | 'role'>): Audience {
  return row.assigneeId ? { userIds: [row.assigneeId] } : { roles: [row.role] };
}

/** A message about a task to `audience`; `reason` carries a note (why it was handed over). */
export function taskMessage<T extends 'task.assigned' | 'task.warned' | 'task.escalated' | 'task.overdue'>(row: TaskRow, topic: T, audience: Audience, extra: { reason?: string; customerName?: string } = {}): OutboxMessage<T> {
  // A row from before codes holds a sentence: it travels as a note, said as written.
  const summary: TextMessage = row.summaryParams ? { code: row.summary, params: row.summaryParams } : { code: 'task.note', params: { note: row.summary } };
  const payload = { taskId: row.id, orderId: row.orderId, ...(row.leadId ? { leadId: row.leadId, customerName: String(row.summaryParams?.lead ?? '') } : {}), kind: row.kind as TaskKind, dueAt: row.dueAt.toISOString(), summary, audience, ...extra };
  // The topics share one payload shape; TypeScript cannot follow a generic topic through the object.
  return { topic, customerId: row.customerId, payload } as OutboxMessage<T>;
}
