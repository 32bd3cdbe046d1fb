import type { Audience } from '../identity/service.js';
import type { OrderNotice } from '../orders/service.js';

/** What every message about an after-sales case carries. */
export interface CaseNotice {
  caseId: string;
  orderId?: string;
  caseType: string;
  audience: Audience;
}

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    'case.opened': CaseNotice & { summary: string; dueAt: string };
    'case.claimed': CaseNotice;
    'case.contacted': CaseNotice;
    'case.transfer_requested': CaseNotice & { reason: string };
    'case.transferred': CaseNotice & { reason: string };
    'case.closed': CaseNotice & { reason: string };
    'return.authorised': OrderNotice & { rmaId: string; caseId: string };
    'return.refunded': OrderNotice & { rmaId: string; amountMinor: number; currency: string };
  }
}
