import type { Audience } from '../identity/service.js';

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    'order.planned': { orderId: string; number: string | null; expectedDelivery: string | null; audience: Audience };
    /** A plan stage was given to the person the audience names; `reason` is the note. */
    'order.stage_assigned': { orderId: string; step: string; reason: string; audience: Audience };
  }
}
