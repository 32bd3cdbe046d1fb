import type { PendingRecord } from '../../platform/audit/record.js';
import type { Tx } from '../../platform/db/connect.js';
import type { Audience } from '../identity/service.js';
import type { TaskKind, TaskView } from './contract.js';
import { tasks } from './schema.js';
import type { TaskSummaryCode } from './summaries.js';
import { toView } from './views.js';
import { newId } from '../../platform/db/ids.js';

type TaskRow = typeof tasks.$inferSelect;
/** What the opener decides; the rest of a new task (open, nothing done, not warned) is the same for every task. */
export type NewTask = Omit<TaskRow, 'id' | 'status' | 'createdAt' | 'doneAt' | 'doneBy' | 'doneNote' | 'outcome' | 'warnedAt' | 'escalatedAt' | 'summary' | 'kind'> & { summary: TaskSummaryCode; kind: TaskKind };

/**
 * Writes an open task inside the caller's transaction. Returns its audit change and the
 * `task.created` message (to `audience`, naming the order's number, else the customer or lead) for the
 * caller to record with its own.
 */
export async function insertOpenTask(tx: Tx, now: Date, fields: NewTask, told: { audience: Audience; orderNumber?: string | null; customerName?: string }): Promise<PendingRecord & { task: TaskView }> {
  const row: TaskRow = { id: newId(), ...fields, status: 'open', createdAt: now, doneAt: null, doneBy: null, doneNote: null, outcome: null, warnedAt: null, escalatedAt: null };
  await tx.insert(tasks).values(row);
  const task = toView(row);
  return {
    task,
    changes: [{ entityType: 'task', entityId: row.id, customerId: row.customerId, action: 'task.created', after: task }],
    messages: [
      {
        topic: 'task.created',
        customerId: row.customerId,
        payload: {
          taskId: row.id,
          orderId: row.orderId,
          ...(row.leadId ? { leadId: row.leadId } : {}),
          ...(told.orderNumber != null ? { number: told.orderNumber } : {}),
          ...(told.customerName !== undefined ? { customerName: told.customerName } : {}),
          kind: fields.kind,
          dueAt: task.dueAt,
          summary: { code: fields.summary, params: fields.summaryParams! },
          audience: told.audience,
        },
      },
    ],
  };
}
