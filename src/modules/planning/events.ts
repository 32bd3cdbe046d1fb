import type { Audience } from '../identity/service.js';

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    'order.planned': { orderId: string; number: string | null; expectedDelivery: string | null; audience: Audience };
  }
}
