/* Satisfaction feedback: answers from survey links, the portal and the phone, and phone answers staff record. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
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

export function recordPhoneFeedback(body: PhoneFeedback) {
  return api<Feedback>('/api/v1/feedback', { method: 'POST', body });
}
