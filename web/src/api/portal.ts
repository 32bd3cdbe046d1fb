/* The customer portal: a customer's own orders, products, password and sign-in links. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, RequestBody, Unchecked } from './openapi';
import { useCursorPages } from './paging';
import type { SurveyAnswers } from './surveys';

export type PortalCustomer = Answer<'/api/v1/portal/customer', 'get'>;
export type PortalOrderSummary = ItemOf<'/api/v1/portal/orders'>;
export type PortalOrder = Answer<'/api/v1/portal/orders/{id}', 'get'>;
export type PortalOrderDraft = RequestBody<'/api/v1/portal/orders', 'post'>;
export type PortalQuote = Answer<'/api/v1/portal/orders/quote', 'post'>;
export type PasswordStatus = Answer<'/api/v1/portal/password', 'get'>;
export type SignInLinkHolder = Answer<'/api/v1/portal/magic-link/{token}', 'get'>;
export type PortalCaseType = RequestBody<'/api/v1/portal/orders/{id}/cases', 'post'>['type'];

/** The after-sales case types a customer may open, in the order the form lists them; a type the server adds fails to compile here. */
const caseTypeList = {
  consultation: true,
  return: true,
  exchange: true,
  repair: true,
  reshipment: true,
  refund: true,
  complaint: true,
  quality: true,
  damage: true,
  wrong_item: true,
  missing: true,
  installation: true,
} satisfies Record<PortalCaseType, true>;
export const portalCaseTypes = Object.keys(caseTypeList) as PortalCaseType[];

export const portalKeys = {
  all: ['portal'],
  customer: ['portal', 'customer'],
  orders: ['portal', 'orders'],
  order: (id: string) => ['portal', 'order', id],
  password: ['portal', 'password'],
  signInLink: (token: string) => ['portal-link', token],
  signInOptions: ['portal-sign-in-options'],
} as const;

/** Whether the sign-in page can offer an e-mailed link (a mail server is configured). */
export function useSignInOptions() {
  return useQuery({
    queryKey: portalKeys.signInOptions,
    queryFn: () => api<Answer<'/api/v1/portal/sign-in-options', 'get'>>('/api/v1/portal/sign-in-options'),
    staleTime: Infinity,
  });
}

export function usePortalCustomer() {
  return useQuery({ queryKey: portalKeys.customer, queryFn: () => api<PortalCustomer>('/api/v1/portal/customer') });
}

/** My orders, newest first, a page at a time. */
export function usePortalOrderPages() {
  return useCursorPages(portalKeys.orders, (cursor) =>
    api<Answer<'/api/v1/portal/orders', 'get'>>('/api/v1/portal/orders', { query: { limit: 20, cursor } }),
  );
}

export function usePortalOrder(id: string) {
  return useQuery({ queryKey: portalKeys.order(id), queryFn: () => api<PortalOrder>(`/api/v1/portal/orders/${id}`) });
}

export function quotePortalOrder(body: RequestBody<'/api/v1/portal/orders/quote', 'post'>) {
  return api<PortalQuote>('/api/v1/portal/orders/quote', { method: 'POST', body });
}

/** Places the order; the same idempotency key for retries of one form, so a retry never creates two. */
export function placePortalOrder(draft: Unchecked<PortalOrderDraft>, idempotencyKey: string) {
  return api<Answer<'/api/v1/portal/orders', 'post'>>('/api/v1/portal/orders', { method: 'POST', body: draft, headers: { 'idempotency-key': idempotencyKey } });
}

export function recordPortalAcceptance(orderId: string, body: RequestBody<'/api/v1/portal/orders/{id}/acceptance', 'post'>) {
  return api<Answer<'/api/v1/portal/orders/{id}/acceptance', 'post'>>(`/api/v1/portal/orders/${orderId}/acceptance`, { method: 'POST', body });
}

/** Where the customer's photos of a delivery go (multipart, sent by the upload control itself). */
export function portalAcceptancePhotosUrl(orderId: string): string {
  return `/api/v1/portal/orders/${orderId}/acceptance/photos`;
}

export function answerPortalSurvey(orderId: string, body: SurveyAnswers) {
  return api<Answer<'/api/v1/portal/orders/{id}/survey', 'post'>>(`/api/v1/portal/orders/${orderId}/survey`, { method: 'POST', body });
}

export function openPortalCase(orderId: string, body: RequestBody<'/api/v1/portal/orders/{id}/cases', 'post'>) {
  return api<Answer<'/api/v1/portal/orders/{id}/cases', 'post'>>(`/api/v1/portal/orders/${orderId}/cases`, { method: 'POST', body });
}

/** The customer answers a resolved case: satisfied closes it, not satisfied sends it back to after-sales. */
export function confirmPortalCase(caseId: string, body: RequestBody<'/api/v1/portal/cases/{id}/confirmation', 'post'>) {
  return api<Answer<'/api/v1/portal/cases/{id}/confirmation', 'post'>>(`/api/v1/portal/cases/${caseId}/confirmation`, { method: 'POST', body });
}

export function usePasswordStatus() {
  return useQuery({ queryKey: portalKeys.password, queryFn: () => api<PasswordStatus>('/api/v1/portal/password') });
}

export function setPortalPassword(body: RequestBody<'/api/v1/portal/password', 'post'>) {
  return api<Answer<'/api/v1/portal/password', 'post'>>('/api/v1/portal/password', { method: 'POST', body });
}

export function mailSignInLink(body: RequestBody<'/api/v1/portal/magic-link', 'post'>) {
  return api<Answer<'/api/v1/portal/magic-link', 'post'>>('/api/v1/portal/magic-link', { method: 'POST', body });
}

/** Who a mailed link is for; reading it does not use it (mail scanners open links too). */
export function useSignInLinkHolder(token: string) {
  return useQuery({ queryKey: portalKeys.signInLink(token), queryFn: () => api<SignInLinkHolder>(`/api/v1/portal/magic-link/${token}`), retry: false, staleTime: Infinity });
}

export function signInWithLink(token: string) {
  return api<Answer<'/api/v1/portal/magic-link/{token}', 'post'>>(`/api/v1/portal/magic-link/${token}`, { method: 'POST' });
}
