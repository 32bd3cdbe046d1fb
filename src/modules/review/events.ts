import type { Audience } from '../identity/service.js';

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    /** A review step waits for a decision by its role. */
    'review.step_opened': { orderId: string; number?: string; stepId: string; step: string; round: number; role: string; audience: Audience };
  }
}
