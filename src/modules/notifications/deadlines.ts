import type { TextMessage } from '../../platform/messages.js';

/*
 * The deadline an in-app notification is about. Warnings and escalations of one deadline are
 * one entry per person (`deadlineKey`), and each entry names its deadline — which clock, task
 * or review step, and when it is due — as a code the console says in the reader's language
 * (`messages.notice.<code>`).
 */

/** The codes `deadlineNotice` gives, for the locale files to say. */
export const deadlineNoticeCodes = ['notice.clock_due', 'notice.clock_missed', 'notice.task_due', 'notice.task_missed', 'notice.review_step'] as const;
export type DeadlineNoticeCode = (typeof deadlineNoticeCodes)[number];

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Which deadline of which order (or task) an event warns of; undefined for events that are no deadline. */
export function deadlineKey(topic: string, payload: Record<string, unknown>): string | undefined {
  const orderId = text(payload.orderId);
  switch (topic) {
    case 'sla.warned':
    case 'sla.escalated':
      return orderId && text(payload.kind) ? `${topic}|order:${orderId}|clock:${String(payload.kind)}` : undefined;
    case 'task.warned':
    case 'task.escalated':
    case 'task.overdue': {
      // One order's task of one kind is one deadline, even when it was opened again.
      if (orderId && text(payload.kind)) return `${topic}|order:${orderId}|task:${String(payload.kind)}`;
      return text(payload.taskId) ? `${topic}|task:${String(payload.taskId)}` : undefined;
    }
    case 'review.step_opened':
      return orderId && text(payload.step) ? `${topic}|order:${orderId}|step:${String(payload.step)}` : undefined;
    default:
      return undefined;
  }
}

/** The deadline an entry names, as a code with its parameters; null for events without one. */
export function deadlineNotice(topic: string, data: Record<string, unknown>): (TextMessage & { code: DeadlineNoticeCode }) | null {
  const dueAt = text(data.dueAt) ?? null;
  switch (topic) {
    case 'sla.warned':
    case 'sla.late_reason_recorded':
      return { code: 'notice.clock_due', params: { clock: data.kind, dueAt } };
    case 'sla.escalated':
      return { code: 'notice.clock_missed', params: { clock: data.kind, dueAt } };
    case 'task.created':
    case 'task.assigned':
    case 'task.warned':
      return { code: 'notice.task_due', params: { task: data.kind, dueAt } };
    case 'task.escalated':
    case 'task.overdue':
      return { code: 'notice.task_missed', params: { task: data.kind, dueAt } };
    case 'review.step_opened':
      return { code: 'notice.review_step', params: { step: data.step } };
    default:
      return null;
  }
}
