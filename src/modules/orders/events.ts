import type { Audience } from '../identity/service.js';
import type { OrderStatus } from './states.js';
import type { Level, Priority } from './contract.js';

/** What every message about an order carries: which order, and who hears of it. */
export interface OrderNotice {
  orderId: string;
  /** Absent while the order is taken in: the numbering statement adds it. */
  number?: string | null;
  audience: Audience;
}

/** A plan stage's delay, as the people told of it read it. */
interface DelayNotice extends OrderNotice {
  delayId: string;
  step: string;
  stepName: string;
  reason: string;
  comment: string | null;
}

export interface DigestLine {
  orderId: string;
  number: string | null;
  status: string;
  expectedDelivery: string | null;
}

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    /** The customer hears of it by the default audience of events written before audiences were named. */
    'order.received': { orderId: string; status: OrderStatus; priority: Level };
    'order.prioritised': Pick<Priority, 'level' | 'score' | 'factors' | 'rules'> & { orderId: string; audience: Audience };
    'order.entry_confirmed': { orderId: string; number: string | null; status: string };
    'order.priority_changed': { orderId: string; number: string | null; level: Level };
    'order.approved': OrderNotice & { expectedDelivery?: string };
    'order.rejected': OrderNotice & { step: string; comment: string | null };
    'order.returned': OrderNotice & { step: string; comment: string | null };
    'order.resubmitted': OrderNotice & { status: string };
    'order.cancelled': OrderNotice & { reason: string };
    'order.promise_date_changed': OrderNotice & { expectedDelivery: string | null; previousDelivery: string | null; reason?: string; reasonCode?: string };
    'order.stage_progressed': OrderNotice & { step: string; status: 'in_progress' | 'done' };
    'order.delay_reported': DelayNotice & { days?: number };
    'order.substitute_proposed': DelayNotice;
    'order.packed': OrderNotice;
    'order.backorder_filled': OrderNotice & { lines: { lineNo: number; sku: string; reserved: number; stillBackordered: number }[] };
    'order.completed': OrderNotice;
    /** The order was changed after intake: the customer and the specialists hear what became of it. */
    'order.changed': OrderNotice & { revision: number; reason: string; material: boolean; status: OrderStatus; expectedDelivery: string | null };
    /** The order was handed to a new owner; `reason` is the note. */
    'order.owner_assigned': OrderNotice & { ownerId: string; ownerName: string; reason: string };
    'customer.digest_sent': { day: string; orders: DigestLine[]; audience: Audience };
  }
}
