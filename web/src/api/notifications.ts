/* My in-app notifications. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer } from './openapi';

export type NotificationInbox = Answer<'/api/v1/notifications', 'get'>;
export type Notification = NotificationInbox['items'][number];

export type ChannelStatus = Answer<'/api/v1/notifications/channels', 'get'>;

export const notificationKeys = {
  inbox: ['notifications'],
  page: (filter: NotificationFilter) => ['notifications', 'page', filter] as const,
  channels: ['notifications', 'channels'],
} as const;

/** Which outgoing channels the server is configured with; e-mail is off without a mail server. */
export function useChannelStatus() {
  return useQuery({ queryKey: notificationKeys.channels, queryFn: () => api<ChannelStatus>('/api/v1/notifications/channels'), staleTime: Infinity });
}

/** What the notifications page asks for: read state, one kind (topic), a date range, and the page. */
export interface NotificationFilter {
  unread?: boolean;
  topic?: string;
  from?: string;
  to?: string;
  cursor?: string;
}

export const notificationPageSize = 20;

/** One page of my notifications, newest first, filtered. */
export function useNotificationPage(filter: NotificationFilter) {
  return useQuery({
    queryKey: notificationKeys.page(filter),
    queryFn: () => api<NotificationInbox>('/api/v1/notifications', { query: { ...filter, limit: notificationPageSize } }),
    placeholderData: (previous) => previous,
  });
}

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
