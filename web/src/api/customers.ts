/* Customers and the people of a customer who use the portal. */
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { Answer, ItemOf, QueryOf, RequestBody } from './openapi';
import { useCursorPages } from './paging';
import { ifMatch } from './versioned';

export type Customer = Answer<'/api/v1/customers/{id}', 'get'>;
export type CustomerSummary = ItemOf<'/api/v1/customers'>;
export type PortalUser = ItemOf<'/api/v1/customers/{id}/portal-users'>;
export type PortalUserInvitation = RequestBody<'/api/v1/customers/{id}/portal-users', 'post'>;
export type NewCustomer = RequestBody<'/api/v1/customers', 'post'>;
export type CustomerChanges = RequestBody<'/api/v1/customers/{id}', 'patch'>;
export type CustomerFilters = Pick<QueryOf<'/api/v1/customers', 'get'>, 'q' | 'active' | 'tier'>;
export type CustomerListQuery = CustomerFilters & Pick<QueryOf<'/api/v1/customers', 'get'>, 'sort' | 'order'>;
export type StaffMember = ItemOf<'/api/v1/staff'>;

export const customerKeys = {
  all: ['customers'],
  list: (query: CustomerListQuery) => ['customers', query],
  count: (filters: CustomerFilters) => ['customers', 'count', filters],
  staff: ['staff'],
  customer: (id: string) => ['customer', id],
  portalUsers: (customerId: string) => ['customer', customerId, 'portal-users'],
} as const;

/** Customers whose name or contact matches `q` (active, deactivated or all), in the sort asked, a page at a time. */
export function useCustomerPages(query: CustomerListQuery) {
  return useCursorPages(customerKeys.list(query), (cursor) =>
    api<Answer<'/api/v1/customers', 'get'>>('/api/v1/customers', { query: { ...query, limit: 50, cursor } }),
  );
}

/** How many customers the list holds under its filters (the table's total). */
export function useCustomerCount(filters: CustomerFilters) {
  return useQuery({ queryKey: customerKeys.count(filters), queryFn: () => api<Answer<'/api/v1/customers/count', 'get'>>('/api/v1/customers/count', { query: filters }) });
}

/** The address of the export of the customer list: the server streams the file, the browser downloads it. */
export function customerExportHref(query: QueryOf<'/api/v1/customers/export', 'get'>): string {
  return withQuery('/api/v1/customers/export', query);
}

export function createCustomer(body: NewCustomer) {
  return api<Answer<'/api/v1/customers', 'post'>>('/api/v1/customers', { method: 'POST', body });
}

/** Changes a customer against the version seen (412 when someone changed it meanwhile). */
export function updateCustomer(customer: Pick<Customer, 'id' | 'version'>, body: CustomerChanges) {
  return api<Customer>(`/api/v1/customers/${customer.id}`, { method: 'PATCH', body, headers: ifMatch(customer.version) });
}

/** Sets or clears the customer's opt-out of marketing (campaigns skip them; order notices still go). */
export function setMarketingOptOut(id: string, optedOut: boolean) {
  return api<Answer<'/api/v1/customers/{id}/marketing-opt-out', 'put'>>(`/api/v1/customers/${id}/marketing-opt-out`, { method: 'PUT', body: { optedOut } });
}

/** Active staff by name, for the owner picker. */
export function useStaff() {
  return useQuery({ queryKey: customerKeys.staff, queryFn: () => api<Answer<'/api/v1/staff', 'get'>>('/api/v1/staff'), staleTime: 60_000 });
}

export function useCustomer(id: string) {
  return useQuery({ queryKey: customerKeys.customer(id), queryFn: () => api<Customer>(`/api/v1/customers/${id}`) });
}

export function usePortalUsers(customerId: string) {
  return useQuery({ queryKey: customerKeys.portalUsers(customerId), queryFn: () => api<Answer<'/api/v1/customers/{id}/portal-users', 'get'>>(`/api/v1/customers/${customerId}/portal-users`) });
}

export function invitePortalUser(customerId: string, body: PortalUserInvitation) {
  return api<Answer<'/api/v1/customers/{id}/portal-users', 'post'>>(`/api/v1/customers/${customerId}/portal-users`, { method: 'POST', body });
}

/** A new sign-in link for someone already invited; the old one stops working. */
export function reinvitePortalUser(customerId: string, userId: string) {
  return api<Answer<'/api/v1/customers/{id}/portal-users/{userId}/invitation', 'post'>>(`/api/v1/customers/${customerId}/portal-users/${userId}/invitation`, { method: 'POST' });
}

export function deactivatePortalUser(customerId: string, userId: string) {
  return api<Answer<'/api/v1/customers/{id}/portal-users/{userId}/deactivate', 'post'>>(`/api/v1/customers/${customerId}/portal-users/${userId}/deactivate`, { method: 'POST' });
}
