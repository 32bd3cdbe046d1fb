/* Notifications: my in-app inbox, the built-in message texts, webhooks and their deliveries. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, RequestBody } from './openapi';
import type { TemplateOverrides } from './settings';
import { ifMatch } from './versioned';

export type NotificationInbox = Answer<'/api/v1/notifications', 'get'>;
export type Notification = NotificationInbox['items'][number];
export type MessageTemplate = NonNullable<NonNullable<TemplateOverrides[keyof TemplateOverrides]>['en']>;
/** Per topic, the built-in message in each language. The server does not describe this answer yet; its pieces are the overrides' own. */
export type BuiltInTemplates = Record<string, Record<'zh-CN' | 'en', MessageTemplate>>;
export type Webhook = ItemOf<'/api/v1/webhooks'>;
export type NewWebhook = RequestBody<'/api/v1/webhooks', 'post'>;
export type Delivery = ItemOf<'/api/v1/webhooks/{id}/deliveries'>;
export type DeliveryAttempt = Delivery['attempts'][number];

export const notificationKeys = {
  inbox: ['notifications'],
  builtInTemplates: ['settings', 'built-in-templates'],
  placeholders: ['settings', 'placeholders'],
  webhooks: ['settings', 'webhooks'],
  deliveries: (webhookId: string) => ['settings', 'webhooks', webhookId, 'deliveries'],
} as const;

/** My latest notifications and how many are unread. */
export function useNotificationInbox() {
  return useQuery({ queryKey: notificationKeys.inbox, queryFn: () => api<NotificationInbox>('/api/v1/notifications', { query: { limit: 10 } }) });
}

export function markNotificationRead(id: string) {
  return api(`/api/v1/notifications/${id}/read`, { method: 'POST' });
}

export function markAllNotificationsRead() {
  return api('/api/v1/notifications/read-all', { method: 'POST' });
}

export function useBuiltInTemplates() {
  return useQuery({ queryKey: notificationKeys.builtInTemplates, queryFn: () => api<BuiltInTemplates>('/api/v1/notifications/templates'), staleTime: Infinity });
}

export function useTemplatePlaceholders() {
  return useQuery({
    queryKey: notificationKeys.placeholders,
    queryFn: () => api<Answer<'/api/v1/notifications/template-placeholders', 'get'>>('/api/v1/notifications/template-placeholders'),
    staleTime: Infinity,
  });
}

export function useWebhooks() {
  return useQuery({ queryKey: notificationKeys.webhooks, queryFn: () => api<Answer<'/api/v1/webhooks', 'get'>>('/api/v1/webhooks') });
}

export function createWebhook(body: NewWebhook) {
  return api<Answer<'/api/v1/webhooks', 'post'>>('/api/v1/webhooks', { method: 'POST', body });
}

export function updateWebhook(webhook: Pick<Webhook, 'id' | 'version'>, body: RequestBody<'/api/v1/webhooks/{id}', 'patch'>) {
  return api<Answer<'/api/v1/webhooks/{id}', 'patch'>>(`/api/v1/webhooks/${webhook.id}`, { method: 'PATCH', body, headers: ifMatch(webhook.version) });
}

export function useWebhookDeliveries(webhookId: string) {
  return useQuery({
    queryKey: notificationKeys.deliveries(webhookId),
    queryFn: () => api<Answer<'/api/v1/webhooks/{id}/deliveries', 'get'>>(`/api/v1/webhooks/${webhookId}/deliveries`, { query: { limit: 50 } }),
  });
}

export function retryDelivery(id: string) {
  return api(`/api/v1/notifications/deliveries/${id}/retry`, { method: 'POST' });
}
