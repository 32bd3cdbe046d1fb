/* Review: an order's review chain, the inbox of steps waiting for me, and the chains' settings. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, RequestBody } from './openapi';
import { useCursorPages } from './paging';
import { ifMatch, type VersionedSource } from './versioned';

export type Review = Answer<'/api/v1/orders/{id}/review', 'get'>;
export type ReviewChainVersion = Answer<'/api/v1/review/chains/{orderType}', 'get'>['current'];
export type ChainStep = ReviewChainVersion['steps'][number];
export type ReviewDecisionBody = RequestBody<'/api/v1/orders/{id}/review/{stepId}', 'post'>;
export type DecidedOrder = Answer<'/api/v1/orders/{id}/review/{stepId}', 'post'>;

export const reviewKeys = {
  inbox: ['inbox'],
  inboxList: ['inbox', 'list'],
  inboxPreview: ['inbox', 'dashboard'],
  /** By the order's version: a decision moves the order, and the chain is read again. */
  review: (orderId: string, orderVersion: number) => ['order', orderId, 'review', orderVersion],
  chain: (orderType: string) => ['settings', 'review-chain', orderType],
} as const;

export function fetchReview(orderId: string) {
  return api<Review>(`/api/v1/orders/${orderId}/review`);
}

export function useReview(order: { id: string; version: number }, enabled: boolean) {
  return useQuery({ queryKey: reviewKeys.review(order.id, order.version), queryFn: () => fetchReview(order.id), enabled });
}

export function decideReviewStep(orderId: string, stepId: string, body: ReviewDecisionBody) {
  return api<DecidedOrder>(`/api/v1/orders/${orderId}/review/${stepId}`, { method: 'POST', body });
}

/** The review steps waiting for one of my roles, longest waiting first, a page at a time. */
export function useInboxPages() {
  return useCursorPages(reviewKeys.inboxList, (cursor) =>
    api<Answer<'/api/v1/review/inbox', 'get'>>('/api/v1/review/inbox', { query: { limit: 20, cursor } }),
  );
}

/** The first few waiting steps, for the dashboard. */
export function useInboxPreview(enabled: boolean) {
  return useQuery({
    queryKey: reviewKeys.inboxPreview,
    queryFn: () => api<Answer<'/api/v1/review/inbox', 'get'>>('/api/v1/review/inbox', { query: { limit: 5 } }),
    enabled,
  });
}

/** GET/PUT /api/v1/review/chains/{orderType}: the steps of one order type's review chain. */
export function reviewChainSource(orderType: string): VersionedSource<ChainStep[]> {
  return {
    queryKey: reviewKeys.chain(orderType),
    load: async () => {
      const { current } = await api<Answer<'/api/v1/review/chains/{orderType}', 'get'>>(`/api/v1/review/chains/${orderType}`);
      return { value: current.steps, version: current.version, changedAt: current.createdAt, changedBy: current.createdBy };
    },
    save: (steps, version) => api(`/api/v1/review/chains/${orderType}`, { method: 'PUT', body: { steps } satisfies RequestBody<'/api/v1/review/chains/{orderType}', 'put'>, headers: ifMatch(version) }),
  };
}
