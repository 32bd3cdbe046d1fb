/* My in-app notifications. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer } from './openapi';

export type NotificationInbox = Answer<'/api/v1/notifications', 'get'>;
export type Notification = NotificationInbox['items'][number];

export const notificationKeys = {
  inbox: ['notifications'],
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
