import { defineMachine, fire } from '../../platform/fsm.js';

/** Every status an order can be in, from intake (SPEC §3) to after-sales (SPEC §9). */
export const orderStatuses = [
  'received',
  'awaiting_entry_check',
  'exception',
  'under_review',
  'approved',
  'planned',
  'in_progress',
  'ready_to_ship',
  'partially_shipped',
  'shipped',
  'in_service',
  'delivered',
  'accepted',
  'acceptance_failed',
  'after_sales',
  'completed',
  'cancelled',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export type OrderEvent =
  | 'require_entry_check'
  | 'confirm_entry'
  | 'audit_pass'
  | 'audit_fail'
  | 'resubmit'
  | 'approve'
  | 'reject'
  | 'send_back'
  | 'plan'
  | 'start'
  | 'replan'
  | 'ready'
  | 'start_service'
  | 'ship_partial'
  | 'ship_all'
  | 'deliver'
  | 'complete_service'
  | 'accept'
  | 'accept_partial'
  | 'accept_fail'
  | 'open_case'
  | 'resolve_case'
  | 'close'
  | 'cancel'
  /** A change after intake (quantities, lines, date, address, requirements) that leaves the order where it is. */
  | 'change'
  /** A material change (or one the audit now finds problems with): the order goes back through the audit and a new review round. */
  | 'revise';

/**
 * The order state machine: one table, read by every transition and drawn by the console
 * (`web/src/order-process.ts`, kept identical by a test).
 */
export const orderMachine = defineMachine({
  name: 'order',
  states: orderStatuses,
  initial: ['received'],
  terminal: ['cancelled'],
  transitions: {
    received: { require_entry_check: 'awaiting_entry_check', audit_pass: 'under_review', audit_fail: 'exception', cancel: 'cancelled' },
    awaiting_entry_check: { confirm_entry: 'received', cancel: 'cancelled', change: 'awaiting_entry_check' },
    exception: { resubmit: 'received', cancel: 'cancelled', change: 'exception' },
    under_review: { approve: 'approved', reject: 'exception', send_back: 'exception', cancel: 'cancelled', change: 'under_review', revise: 'received' },
    approved: { plan: 'planned', cancel: 'cancelled', change: 'approved', revise: 'received' },
    planned: { start: 'in_progress', replan: 'planned', cancel: 'cancelled', change: 'planned', revise: 'received' },
    in_progress: { ready: 'ready_to_ship', start_service: 'in_service', replan: 'in_progress', cancel: 'cancelled', change: 'in_progress', revise: 'received' },
    ready_to_ship: { ship_partial: 'partially_shipped', ship_all: 'shipped' },
    partially_shipped: { ship_partial: 'partially_shipped', ship_all: 'shipped' },
    shipped: { deliver: 'delivered' },
    in_service: { complete_service: 'delivered' },
    delivered: { accept: 'accepted', accept_partial: 'acceptance_failed', accept_fail: 'acceptance_failed' },
    accepted: { close: 'completed', open_case: 'after_sales' },
    acceptance_failed: { open_case: 'after_sales' },
    after_sales: { resolve_case: 'completed' },
    completed: { open_case: 'after_sales' },
    cancelled: {},
  } satisfies Record<OrderStatus, Partial<Record<OrderEvent, OrderStatus>>>,
});
export const orderTransitions = orderMachine.transitions;

/** The status `event` leads to from `status`, or a 409 naming what is allowed instead. */
export function nextStatus(status: OrderStatus, event: OrderEvent): OrderStatus {
  return fire(orderMachine, status, event, { meta: { orderStatus: status } });
}

/** Applies a sequence of events, returning every status passed through (for the history). */
export function walk(from: OrderStatus, events: OrderEvent[]): { status: OrderStatus; path: { event: OrderEvent; from: OrderStatus; to: OrderStatus }[] } {
  let status = from;
  const path: { event: OrderEvent; from: OrderStatus; to: OrderStatus }[] = [];
  for (const event of events) {
    const to = nextStatus(status, event);
    path.push({ event, from: status, to });
    status = to;
  }
  return { status, path };
}
