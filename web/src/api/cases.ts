/* After-sales cases: an order's cases, their history, and the steps taken on them. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf } from './openapi';

export type AftersalesCase = ItemOf<'/api/v1/cases'>;

export const caseKeys = {
  orderCases: (orderId: string) => ['order', orderId, 'cases'],
  events: (orderId: string, caseId: string) => ['order', orderId, 'cases', caseId, 'events'],
} as const;

const stepPaths = { contact: 'contacts', close: 'close', transfer: 'transfer-request' } as const;
export type CaseStep = keyof typeof stepPaths;

export function useOrderCases(orderId: string) {
  return useQuery({ queryKey: caseKeys.orderCases(orderId), queryFn: () => api<Answer<'/api/v1/cases', 'get'>>('/api/v1/cases', { query: { orderId, limit: 100 } }) });
}

/** The case's history: who claimed it, each contact with the remedy proposed, transfers and the close. */
export function useCaseEvents(orderId: string, caseId: string) {
  return useQuery({
    queryKey: caseKeys.events(orderId, caseId),
    queryFn: () => api<Answer<'/api/v1/cases/{id}/events', 'get'>>(`/api/v1/cases/${caseId}/events`, { query: { limit: 200 } }),
  });
}

/**
 * One written step on a case: a contact with the remedy, the resolution, or a request to take
 * it over. The form sends the fields that were filled in; the server checks which it needs.
 */
export function recordCaseStep(caseId: string, step: CaseStep, fields: Record<string, string>) {
  return api<AftersalesCase>(`/api/v1/cases/${caseId}/${stepPaths[step]}`, { method: 'POST', body: fields });
}

export function claimCase(caseId: string) {
  return api<Answer<'/api/v1/cases/{id}/claim', 'post'>>(`/api/v1/cases/${caseId}/claim`, { method: 'POST' });
}

export function acceptCaseTransfer(caseId: string) {
  return api<Answer<'/api/v1/cases/{id}/transfer-request/accept', 'post'>>(`/api/v1/cases/${caseId}/transfer-request/accept`, { method: 'POST' });
}
