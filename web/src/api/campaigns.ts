/* Campaigns to a segment, and the public unsubscribe page a customer opens from one. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, RequestBody } from './openapi';

export type Campaign = ItemOf<'/api/v1/campaigns'>;
export type CampaignCreate = RequestBody<'/api/v1/campaigns', 'post'>;
export type CampaignPreviewBody = RequestBody<'/api/v1/campaigns/preview', 'post'>;
export type CampaignPreview = Answer<'/api/v1/campaigns/preview', 'post'>;
export type UnsubscribePage = Answer<'/api/v1/unsubscribe/{token}', 'get'>;

export const campaignKeys = {
  ofSegment: (segmentId: string) => ['campaigns', segmentId],
  unsubscribe: (token: string) => ['unsubscribe', token],
} as const;

export function useCampaigns(segmentId: string) {
  return useQuery({ queryKey: campaignKeys.ofSegment(segmentId), queryFn: () => api<Answer<'/api/v1/campaigns', 'get'>>('/api/v1/campaigns', { query: { segmentId } }) });
}

export function previewCampaign(body: CampaignPreviewBody) {
  return api<CampaignPreview>('/api/v1/campaigns/preview', { method: 'POST', body });
}

export function createCampaign(body: CampaignCreate) {
  return api<Answer<'/api/v1/campaigns', 'post'>>('/api/v1/campaigns', { method: 'POST', body });
}

export function sendCampaign(id: string) {
  return api<Answer<'/api/v1/campaigns/{id}/send', 'post'>>(`/api/v1/campaigns/${id}/send`, { method: 'POST' });
}

export function cancelCampaign(id: string) {
  return api<Answer<'/api/v1/campaigns/{id}/cancel', 'post'>>(`/api/v1/campaigns/${id}/cancel`, { method: 'POST' });
}

export function useUnsubscribePage(token: string) {
  return useQuery({ queryKey: campaignKeys.unsubscribe(token), queryFn: () => api<UnsubscribePage>(`/api/v1/unsubscribe/${token}`), retry: false, staleTime: Infinity });
}

export function unsubscribe(token: string) {
  return api<Answer<'/api/v1/unsubscribe/{token}', 'post'>>(`/api/v1/unsubscribe/${token}`, { method: 'POST' });
}
