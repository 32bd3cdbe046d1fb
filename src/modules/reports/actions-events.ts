import type { Audience } from '../identity/service.js';

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    /** An improvement action is open past its due date: its owner is told, once a day. */
    'report.action_overdue': { actionId: string; actionTitle: string; figureKey: string; dueDate: string; audience: Audience };
  }
}
