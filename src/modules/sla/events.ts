import type { Audience } from '../identity/service.js';

interface DeadlineNotice {
  orderId: string;
  number: string | null;
  /** Which clock: the response or the plan deadline. */
  kind: string;
  dueAt: string;
  audience: Audience;
}

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    'sla.warned': DeadlineNotice;
    'sla.escalated': DeadlineNotice;
    'sla.late_reason_recorded': DeadlineNotice & { reason: string | null };
  }
}
