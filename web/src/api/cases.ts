/* After-sales cases: the desk's list, one case, an order's cases, their history, and the steps taken on them. */
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { Answer, ItemOf, QueryOf, RequestBody } from './openapi';
import { useCursorPages } from './paging';

export type AftersalesCase = ItemOf<'/api/v1/cases'>;
export type CaseFilters = Omit<QueryOf<'/api/v1/cases', 'get'>, 'limit' | 'cursor'>;
export type CaseOpening = RequestBody<'/api/v1/cases', 'post'>;
export type CaseConfirmation = RequestBody<'/api/v1/cases/{id}/confirmation', 'post'>;
export type ReplacementRequest = RequestBody<'/api/v1/cases/{id}/replacement', 'post'>;

export const caseTypes = ['consultation', 'return', 'exchange', 'repair', 'reshipment', 'refund', 'complaint', 'quality', 'damage', 'wrong_item', 'missing', 'installation'] as const;
export const caseStatuses = ['open', 'in_progress', 'awaiting_confirmation', 'closed'] as const;
/** How the customer reached us, and how staff took their confirmation. */
export const contactChannels = ['phone', 'visit', 'email', 'wechat', 'letter', 'other'] as const;

/** Every cached case query starts with 'cases': one invalidation refreshes the desk, the case pages and the order's cases. */
export const caseKeys = {
  all: ['cases'] as const,
  list: (filters: CaseFilters) => ['cases', 'list', filters] as const,
  count: (filters: CaseFilters) => ['cases', 'count', filters] as const,
  one: (caseId: string) => ['cases', 'one', caseId] as const,
  orderCases: (orderId: string) => ['cases', 'order', orderId] as const,
  events: (caseId: string) => ['cases', 'events', caseId] as const,
};

const stepPaths = { contact: 'contacts', close: 'close', transfer: 'transfer-request' } as const;
export type CaseStep = keyof typeof stepPaths;

/** The desk: cases newest first, filtered. */
/** The desk's cases under the filters, in the sort asked (newest first by default), a page at a time. */
export function useCasePages(query: CaseFilters) {
  return useCursorPages(caseKeys.list(query), (cursor) => api<Answer<'/api/v1/cases', 'get'>>('/api/v1/cases', { query: { ...query, limit: 50, cursor } }));
}

/** How many cases the desk holds under its filters (the table's total). */
export function useCaseCount(filters: QueryOf<'/api/v1/cases/count', 'get'>) {
  return useQuery({ queryKey: caseKeys.count(filters), queryFn: () => api<Answer<'/api/v1/cases/count', 'get'>>('/api/v1/cases/count', { query: filters }) });
}

/** The address of the export of the case list: the server streams the file, the browser downloads it. */
export function caseExportHref(query: QueryOf<'/api/v1/cases/export', 'get'>): string {
  return withQuery('/api/v1/cases/export', query);
}

export function useCase(caseId: string) {
  return useQuery({ queryKey: caseKeys.one(caseId), queryFn: () => api<Answer<'/api/v1/cases/{id}', 'get'>>(`/api/v1/cases/${caseId}`) });
}

export function useOrderCases(orderId: string) {
  return useQuery({ queryKey: caseKeys.orderCases(orderId), queryFn: () => api<Answer<'/api/v1/cases', 'get'>>('/api/v1/cases', { query: { orderId, limit: 100 } }) });
}

/** The case's history: who claimed it, each contact with the remedy proposed, transfers, replacements, the resolution and the customer's answer. */
export function useCaseEvents(caseId: string) {
  return useQuery({
    queryKey: caseKeys.events(caseId),
    queryFn: () => api<Answer<'/api/v1/cases/{id}/events', 'get'>>(`/api/v1/cases/${caseId}/events`, { query: { limit: 200 } }),
  });
}

/** A case staff open: about an order or a customer, with how the customer reached us. */
export function openCase(body: CaseOpening) {
  return api<AftersalesCase>('/api/v1/cases', { method: 'POST', body });
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

export function transferCase(caseId: string, body: RequestBody<'/api/v1/cases/{id}/transfer', 'post'>) {
  return api<AftersalesCase>(`/api/v1/cases/${caseId}/transfer`, { method: 'POST', body });
}

/** Staff record the customer's answer to the resolution: satisfied closes the case, not satisfied reopens it. */
export function confirmCase(caseId: string, body: CaseConfirmation) {
  return api<AftersalesCase>(`/api/v1/cases/${caseId}/confirmation`, { method: 'POST', body });
}

/** A zero-priced replacement or reshipment of lines of the case's order. */
export function orderReplacement(caseId: string, body: ReplacementRequest) {
  return api<AftersalesCase>(`/api/v1/cases/${caseId}/replacement`, { method: 'POST', body });
}

export function authoriseReturn(caseId: string, body: RequestBody<'/api/v1/cases/{id}/returns', 'post'>) {
  return api<Answer<'/api/v1/cases/{id}/returns', 'post'>>(`/api/v1/cases/${caseId}/returns`, { method: 'POST', body });
}

export function receiveReturn(rmaId: string, body: RequestBody<'/api/v1/returns/{id}/receive', 'post'>) {
  return api<Answer<'/api/v1/returns/{id}/receive', 'post'>>(`/api/v1/returns/${rmaId}/receive`, { method: 'POST', body });
}

export function refundReturn(rmaId: string, body: RequestBody<'/api/v1/returns/{id}/refund', 'post'>) {
  return api<Answer<'/api/v1/returns/{id}/refund', 'post'>>(`/api/v1/returns/${rmaId}/refund`, { method: 'POST', body });
}
