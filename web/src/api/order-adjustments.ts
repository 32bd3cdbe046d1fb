/* What a manager or specialist adjusts on an order by hand: its priority, and why a deadline was missed. */
import { api } from './client';
import type { Answer, RequestBody } from './openapi';
import type { Order } from './orders';
import { ifMatch } from './versioned';

export type PriorityOverride = RequestBody<'/api/v1/orders/{id}/priority-override', 'post'>;
export type SlaKind = Answer<'/api/v1/orders/{id}/sla', 'get'>['clocks'][number]['kind'];

/** Sets the order's priority by hand with a reason, against the version on screen; its deadlines follow. */
export function overridePriority(order: Pick<Order, 'id' | 'version'>, body: PriorityOverride) {
  return api<Order>(`/api/v1/orders/${order.id}/priority-override`, { method: 'POST', body, headers: ifMatch(order.version) });
}

/** Records (or corrects) why a missed deadline was missed. */
export function recordLateReason(orderId: string, kind: SlaKind, reason: string) {
  return api<Answer<'/api/v1/orders/{id}/sla/{kind}/reason', 'post'>>(`/api/v1/orders/${orderId}/sla/${kind}/reason`, { method: 'POST', body: { reason } });
}
