import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { MessageParams } from '../../platform/messages.js';
import type { Role } from '../identity/service.js';
import type { TaskStatus } from './states.js';

/**
 * Work someone must do by a time: an exception order to clarify with the customer
 * (SPEC §3), later lead follow-ups and after-sales call-backs. Addressed to a role, and
 * optionally to one person in it.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    orderId: uuid('order_id'),
    customerId: uuid('customer_id'),
    /** The sales lead a follow-up is for (leads module): a lead has no customer until it is converted. */
    leadId: uuid('lead_id'),
    role: text('role').$type<Role>().notNull(),
    assigneeId: uuid('assignee_id'),
    /** The assignee's name when assigned (lists show who holds a task by name). */
    assigneeName: text('assignee_name'),
    /** Who scheduled the task by hand (a call or a visit); null for tasks the process opened. */
    createdBy: uuid('created_by'),
    /** What to do, as a code (`taskSummaries`): the reasons of an exception, the questions sent back … */
    summary: text('summary').notNull(),
    /** … and the values it is said with (null on rows from before codes, whose summary is a sentence). */
    summaryParams: jsonb('summary_params').$type<MessageParams>(),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** `taskMachine`. */
    status: text('status').$type<TaskStatus>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    doneAt: timestamp('done_at', { withTimezone: true, mode: 'date' }),
    doneBy: uuid('done_by'),
    doneNote: text('done_note'),
    /** How a lead follow-up went (`followUpOutcomes`); null on other tasks. */
    outcome: text('outcome'),
    /** When the holder was warned that the task falls due soon (the task scan; once). */
    warnedAt: timestamp('warned_at', { withTimezone: true, mode: 'date' }),
    /** When the managers were told the task is overdue (the task scan; once). */
    escalatedAt: timestamp('escalated_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('tasks_open_idx').on(t.status, t.role, t.dueAt, t.id),
    index('tasks_order_idx').on(t.orderId, t.kind),
    index('tasks_assignee_idx').on(t.assigneeId, t.status, t.dueAt),
    // A customer's follow-ups (their timeline, their last contact).
    index('tasks_customer_idx').on(t.customerId, t.doneAt),
    // A lead's follow-ups (its detail page, its engagement score).
    index('tasks_lead_idx').on(t.leadId, t.dueAt),
    // One return visit open per customer, however often the planner runs.
    uniqueIndex('tasks_open_return_visit_key').on(t.customerId).where(sql`kind = 'return_visit' AND status = 'open'`),
  ],
);
