/* Orders: the list, one order, its history, deadlines and the dashboard's figures. */
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { Answer, ItemOf, QueryOf, RequestBody, Unchecked } from './openapi';
import { useCursorPages } from './paging';

export type OrderSummary = ItemOf<'/api/v1/orders'>;
export type Order = Answer<'/api/v1/orders/{id}', 'get'>;
export type OrderLine = Order['lines'][number];
export type Priority = Order['priority'];
export type PriorityFactor = Priority['factors'][number];
export type Finding = Order['exceptions'][number];
export type OrderDraft = RequestBody<'/api/v1/orders', 'post'>;
export type PlacedOrder = Answer<'/api/v1/orders', 'post'>;
export type OrderPreview = Answer<'/api/v1/orders/preview', 'post'>;
export type PromiseReason = OrderPreview['promise']['reasoning'][number];
export type AuditEventPage = Answer<'/api/v1/orders/{id}/events', 'get'>;
export type AuditEvent = AuditEventPage['items'][number];
export type OrderSummaryFigures = Answer<'/api/v1/orders/summary', 'get'>;
export type SavedView = ItemOf<'/api/v1/orders/saved-views'>;
export type AtRiskOrder = ItemOf<'/api/v1/orders/at-risk'>;
export type AtRiskQuery = NonNullable<QueryOf<'/api/v1/orders/at-risk', 'get'>>;

export type OrderListFilters = Record<string, string | undefined>;

/** Keys of every order query; a live event about an order invalidates `order(id)` and `all`. */
export const orderKeys = {
  all: ['orders'],
  list: (filters: OrderListFilters, pageSize: number) => ['orders', 'list', filters, pageSize],
  counts: (filters: OrderListFilters) => ['orders', 'counts', filters],
  count: (filters: OrderListFilters) => ['orders', 'count', filters],
  order: (id: string) => ['order', id],
  sla: (id: string) => ['order', id, 'sla'],
  events: (id: string) => ['order', id, 'events'],
  summary: ['summary'],
  openSlaAll: ['sla'],
  openSla: (state: string) => ['sla', state],
  savedViews: ['savedViews'],
  atRisk: (query: AtRiskQuery) => ['orders', 'at-risk', query],
} as const;

/** Every late or at-risk order, one row each with its blocker and holder, a page at a time. */
export function useAtRiskPages(query: AtRiskQuery) {
  return useCursorPages(orderKeys.atRisk(query), (cursor) => api<Answer<'/api/v1/orders/at-risk', 'get'>>('/api/v1/orders/at-risk', { query: { ...query, cursor } }));
}

export function useOrder(id: string) {
  return useQuery({ queryKey: orderKeys.order(id), queryFn: () => api<Order>(`/api/v1/orders/${id}`) });
}

/** The order list under these filters, newest first, a page at a time (keyset paging). */
export function useOrderPages(filters: OrderListFilters, pageSize = 50) {
  return useCursorPages(orderKeys.list(filters, pageSize), (cursor) =>
    api<Answer<'/api/v1/orders', 'get'>>('/api/v1/orders', { query: { ...filters, limit: pageSize, cursor } }),
  );
}

/** How many orders the list holds under its filters and healths (the table's total). */
export function useOrderCount(filters: OrderListFilters) {
  return useQuery({
    queryKey: orderKeys.count(filters),
    queryFn: () => api<Answer<'/api/v1/orders/count', 'get'>>('/api/v1/orders/count', { query: filters }),
  });
}

/** The address of an order's dossier (the archive record) as a PDF or JSON download, in the reader's language. */
export function dossierHref(orderId: string, query: QueryOf<'/api/v1/orders/{id}/dossier', 'get'>): string {
  return withQuery(`/api/v1/orders/${orderId}/dossier`, query);
}

/** The address of the export of the list: the server streams the file, the browser downloads it. */
export function orderExportHref(query: QueryOf<'/api/v1/orders/export', 'get'> | OrderListFilters): string {
  return withQuery('/api/v1/orders/export', query);
}

/** How many orders each status holds under the filters (the kanban's column heads). */
export function useOrderStatusCounts(filters: OrderListFilters) {
  return useQuery({
    queryKey: orderKeys.counts(filters),
    queryFn: () => api<Answer<'/api/v1/orders/status-counts', 'get'>>('/api/v1/orders/status-counts', { query: filters }),
  });
}

export function useOrderSummaryFigures(enabled: boolean) {
  return useQuery({ queryKey: orderKeys.summary, queryFn: () => api<OrderSummaryFigures>('/api/v1/orders/summary'), enabled });
}

/** The response and plan deadlines of one order. */
export function useOrderSla(orderId: string) {
  return useQuery({ queryKey: orderKeys.sla(orderId), queryFn: () => api<Answer<'/api/v1/orders/{id}/sla', 'get'>>(`/api/v1/orders/${orderId}/sla`) });
}

/** Open deadlines across orders, in one state (the dashboard's lists). */
export function useOpenSlaClocks(state: NonNullable<QueryOf<'/api/v1/sla/open', 'get'>['state']>) {
  return useQuery({
    queryKey: orderKeys.openSla(state),
    queryFn: () => api<Answer<'/api/v1/sla/open', 'get'>>('/api/v1/sla/open', { query: { state, limit: 10 } }),
  });
}

/** The order's history from the audit trail, oldest first; shared by the history and the review chain. */
export function useOrderEvents(orderId: string) {
  return useCursorPages(orderKeys.events(orderId), (cursor) =>
    orderEvents(orderId, { limit: 100, cursor }),
  );
}

export function orderEvents(orderId: string, query: QueryOf<'/api/v1/orders/{id}/events', 'get'>) {
  return api<AuditEventPage>(`/api/v1/orders/${orderId}/events`, { query });
}

export function previewOrder(draft: Unchecked<OrderDraft>) {
  return api<OrderPreview>('/api/v1/orders/preview', { method: 'POST', body: draft });
}

/** Places the order; the same idempotency key for retries of one entry, so a retry never creates two. */
export function placeOrder(draft: Unchecked<OrderDraft>, idempotencyKey: string) {
  return api<PlacedOrder>('/api/v1/orders', { method: 'POST', body: draft, headers: { 'idempotency-key': idempotencyKey } });
}

/** The second person's confirmation of an entry, against the version they saw. */
export function confirmOrderEntry(order: Pick<Order, 'id' | 'version'>) {
  return api<Answer<'/api/v1/orders/{id}/confirm-entry', 'post'>>(`/api/v1/orders/${order.id}/confirm-entry`, { method: 'POST', headers: { 'if-match': `"${order.version}"` } });
}

export function useSavedViews() {
  return useQuery({ queryKey: orderKeys.savedViews, queryFn: () => api<Answer<'/api/v1/orders/saved-views', 'get'>>('/api/v1/orders/saved-views') });
}

export function saveView(body: RequestBody<'/api/v1/orders/saved-views', 'post'>) {
  return api<Answer<'/api/v1/orders/saved-views', 'post'>>('/api/v1/orders/saved-views', { method: 'POST', body });
}

export function deleteSavedView(id: string) {
  return api<void>(`/api/v1/orders/saved-views/${id}`, { method: 'DELETE' });
}
