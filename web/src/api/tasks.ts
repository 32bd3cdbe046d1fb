/* Tasks, the exception desk and order owners: who holds what, and by when. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, QueryOf, RequestBody } from './openapi';
import type { Order } from './orders';

export type Task = ItemOf<'/api/v1/tasks'>;
export type TaskFilters = QueryOf<'/api/v1/tasks', 'get'>;
export type ExceptionDeskItem = ItemOf<'/api/v1/orders/exceptions'>;
export type StaffMember = Answer<'/api/v1/tasks/assignees', 'get'>['items'][number];
export type TaskSchedule = RequestBody<'/api/v1/tasks', 'post'>;
export type Resubmission = RequestBody<'/api/v1/orders/{id}/resubmit', 'post'>;

/** Keys under ['tasks'] and ['orders'], which every live event refreshes. */
export const taskKeys = {
  list: (filters: TaskFilters) => ['tasks', 'list', filters],
  assignees: ['tasks', 'assignees'],
  desk: (owner: string | undefined) => ['orders', 'exceptions', owner ?? ''],
} as const;

export function useTasks(filters: TaskFilters) {
  return useQuery({ queryKey: taskKeys.list(filters), queryFn: () => api<Answer<'/api/v1/tasks', 'get'>>('/api/v1/tasks', { query: { limit: 100, ...filters } }) });
}

export function useAssignees() {
  return useQuery({ queryKey: taskKeys.assignees, queryFn: () => api<Answer<'/api/v1/tasks/assignees', 'get'>>('/api/v1/tasks/assignees'), staleTime: 60_000 });
}

export function useExceptionDesk(owner: 'me' | undefined) {
  return useQuery({
    queryKey: taskKeys.desk(owner),
    queryFn: () => api<Answer<'/api/v1/orders/exceptions', 'get'>>('/api/v1/orders/exceptions', { query: { owner, limit: 100 } }),
  });
}

export function completeTask(id: string, note: string) {
  return api<Task>(`/api/v1/tasks/${id}/complete`, { method: 'POST', body: { note } });
}

export function assignTask(id: string, body: RequestBody<'/api/v1/tasks/{id}/assign', 'post'>) {
  return api<Task>(`/api/v1/tasks/${id}/assign`, { method: 'POST', body });
}

export function scheduleTask(body: TaskSchedule) {
  return api<Task>('/api/v1/tasks', { method: 'POST', body });
}

export function assignOwner(order: Pick<Order, 'id' | 'version'>, body: RequestBody<'/api/v1/orders/{id}/owner', 'post'>) {
  return api<Order>(`/api/v1/orders/${order.id}/owner`, { method: 'POST', body, headers: { 'if-match': `"${order.version}"` } });
}

export function logContact(orderId: string, body: RequestBody<'/api/v1/orders/{id}/contacts', 'post'>) {
  return api<Answer<'/api/v1/orders/{id}/contacts', 'post'>>(`/api/v1/orders/${orderId}/contacts`, { method: 'POST', body });
}

export function resubmitOrder(order: Pick<Order, 'id' | 'version'>, body: Resubmission) {
  return api<Order>(`/api/v1/orders/${order.id}/resubmit`, { method: 'POST', body, headers: { 'if-match': `"${order.version}"` } });
}

export function cancelOrder(order: Pick<Order, 'id' | 'version'>, reason: string) {
  return api<Order>(`/api/v1/orders/${order.id}/cancel`, { method: 'POST', body: { reason }, headers: { 'if-match': `"${order.version}"` } });
}
