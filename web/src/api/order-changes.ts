/* Changes to an order after intake and its revision history. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, RequestBody, Unchecked } from './openapi';

export type OrderChange = RequestBody<'/api/v1/orders/{id}/changes', 'post'>;
export type OrderRevision = Answer<'/api/v1/orders/{id}/revisions', 'get'>['items'][number];

export const revisionKeys = { order: (id: string) => ['order', id, 'revisions'] } as const;

export function useOrderRevisions(orderId: string) {
  return useQuery({ queryKey: revisionKeys.order(orderId), queryFn: () => api<Answer<'/api/v1/orders/{id}/revisions', 'get'>>(`/api/v1/orders/${orderId}/revisions`) });
}

/** Changes the order against the version the person saw (If-Match): a stale one is refused with 412. */
export function changeOrder(order: { id: string; version: number }, body: Unchecked<OrderChange>) {
  return api<Answer<'/api/v1/orders/{id}/changes', 'post'>>(`/api/v1/orders/${order.id}/changes`, { method: 'POST', body, headers: { 'if-match': `"${order.version}"` } });
}
