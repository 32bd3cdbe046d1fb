/* Satisfaction feedback: answers from survey links, the portal and the phone, and phone answers staff record. */
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { Answer, ItemOf, QueryOf, RequestBody } from './openapi';

export type Feedback = ItemOf<'/api/v1/feedback'>;
export type FeedbackFilters = Omit<QueryOf<'/api/v1/feedback', 'get'>, 'limit' | 'cursor'>;
export type PhoneFeedback = RequestBody<'/api/v1/feedback', 'post'>;

export const feedbackChannels = ['link', 'portal', 'phone'] as const;
export const scoreNames = ['responseSpeed', 'productQuality', 'deliveryTimeliness', 'serviceAttitude'] as const;

export const feedbackKeys = { all: ['feedback'] as const, list: (filters: FeedbackFilters) => ['feedback', 'list', filters] as const };

export function useFeedback(filters: FeedbackFilters) {
  return useQuery({ queryKey: feedbackKeys.list(filters), queryFn: () => api<Answer<'/api/v1/feedback', 'get'>>('/api/v1/feedback', { query: { ...filters, limit: 100 } }) });
}

/** The address of the export of the feedback list: the server streams the file, the browser downloads it. */
export function feedbackExportHref(query: QueryOf<'/api/v1/feedback/export', 'get'>): string {
  return withQuery('/api/v1/feedback/export', query);
}

export function recordPhoneFeedback(body: PhoneFeedback) {
  return api<Feedback>('/api/v1/feedback', { method: 'POST', body });
}
