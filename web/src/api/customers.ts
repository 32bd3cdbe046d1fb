/* Customers and the people of a customer who use the portal. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, RequestBody } from './openapi';
import { useCursorPages } from './paging';

export type Customer = Answer<'/api/v1/customers/{id}', 'get'>;
export type CustomerSummary = ItemOf<'/api/v1/customers'>;
export type PortalUser = ItemOf<'/api/v1/customers/{id}/portal-users'>;
export type PortalUserInvitation = RequestBody<'/api/v1/customers/{id}/portal-users', 'post'>;

export const customerKeys = {
  list: (q: string | undefined) => ['customers', q],
  customer: (id: string) => ['customer', id],
  portalUsers: (customerId: string) => ['customer', customerId, 'portal-users'],
} as const;

/** Customers whose name matches `q`, a page at a time. */
export function useCustomerPages(q: string | undefined) {
  return useCursorPages(customerKeys.list(q), (cursor) =>
    api<Answer<'/api/v1/customers', 'get'>>('/api/v1/customers', { query: { q, limit: 50, cursor } }),
  );
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
