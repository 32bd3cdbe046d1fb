import type { OrderNotice, PaymentState } from '../orders/service.js';
import type { PaymentKind } from './contract.js';

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    'order.payment_recorded': OrderNotice & { paymentId: string; kind: PaymentKind; amountMinor: number; currency: string; paymentStatus: PaymentState };
  }
}
