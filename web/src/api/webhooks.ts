/* Webhooks: subscriptions to events, and their deliveries. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, RequestBody } from './openapi';
import { ifMatch } from './versioned';

export type Webhook = ItemOf<'/api/v1/webhooks'>;
export type NewWebhook = RequestBody<'/api/v1/webhooks', 'post'>;
export type Delivery = ItemOf<'/api/v1/webhooks/{id}/deliveries'>;
export type DeliveryAttempt = Delivery['attempts'][number];

export const webhookKeys = {
  webhooks: ['settings', 'webhooks'],
  deliveries: (webhookId: string) => ['settings', 'webhooks', webhookId, 'deliveries'],
} as const;

export function useWebhooks() {
  return useQuery({ queryKey: webhookKeys.webhooks, queryFn: () => api<Answer<'/api/v1/webhooks', 'get'>>('/api/v1/webhooks') });
}

export function createWebhook(body: NewWebhook) {
  return api<Answer<'/api/v1/webhooks', 'post'>>('/api/v1/webhooks', { method: 'POST', body });
}

export function updateWebhook(webhook: Pick<Webhook, 'id' | 'version'>, body: RequestBody<'/api/v1/webhooks/{id}', 'patch'>) {
  return api<Answer<'/api/v1/webhooks/{id}', 'patch'>>(`/api/v1/webhooks/${webhook.id}`, { method: 'PATCH', body, headers: ifMatch(webhook.version) });
}

export function useWebhookDeliveries(webhookId: string) {
  return useQuery({
    queryKey: webhookKeys.deliveries(webhookId),
    queryFn: () => api<Answer<'/api/v1/webhooks/{id}/deliveries', 'get'>>(`/api/v1/webhooks/${webhookId}/deliveries`, { query: { limit: 50 } }),
  });
}

export function retryDelivery(id: string) {
  return api(`/api/v1/notifications/deliveries/${id}/retry`, { method: 'POST' });
}
