import type { Audience } from '../identity/service.js';
import type { TextMessage } from '../../platform/messages.js';
import type { TaskKind } from './service.js';

/** What every message about a task carries: which task, of which order, due when, and who hears of it. */
interface TaskNotice {
  taskId: string;
  orderId: string | null;
  /** The sales lead of a lead follow-up, and its name (said where a customer's name would be). */
  leadId?: string;
  customerName?: string;
  number?: string;
  kind: TaskKind;
  dueAt: string;
  summary: TextMessage;
  audience: Audience;
}

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    'task.created': TaskNotice;
    /** The task was given to the person the audience names; `reason` is the note. */
    'task.assigned': TaskNotice & { reason?: string };
    /** The task falls due soon: its holder is told. */
    'task.warned': TaskNotice;
    /** The task is overdue: the managers (and its holder) are told. */
    'task.escalated': TaskNotice;
    /** A lead's follow-up is overdue: its holder is reminded. */
    'task.overdue': TaskNotice;
  }
}
