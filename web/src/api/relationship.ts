/* Relationship upkeep: a customer's timeline. */
import { api } from './client';
import type { Answer, ItemOf } from './openapi';
import { useCursorPages } from './paging';

export type TimelineEntry = ItemOf<'/api/v1/customers/{id}/timeline'>;

export const relationshipKeys = {
  timeline: (customerId: string) => ['customer', customerId, 'timeline'],
} as const;

/** What happened with the customer, newest first, a page at a time. */
export function useCustomerTimeline(customerId: string) {
  return useCursorPages(relationshipKeys.timeline(customerId), (cursor) =>
    api<Answer<'/api/v1/customers/{id}/timeline', 'get'>>(`/api/v1/customers/${customerId}/timeline`, { query: { limit: 20, cursor } }),
  );
}
