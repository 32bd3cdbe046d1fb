declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    /** A lead became a customer (and, when one was taken with it, placed its first order). */
    'lead.converted': { leadId: string; customerId: string; orderId: string | null };
    /** A lead was marked lost, with the reason's code. */
    'lead.lost': { leadId: string; reasonCode: string };
  }
}

export {};
