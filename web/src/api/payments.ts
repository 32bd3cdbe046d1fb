/* Payments and refunds against orders, what customers owe and how long it is overdue. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, RequestBody } from './openapi';

export type OrderPayments = Answer<'/api/v1/orders/{id}/payments', 'get'>;
export type Payment = ItemOf<'/api/v1/orders/{id}/payments'>;
export type PaymentBody = RequestBody<'/api/v1/orders/{id}/payments', 'post'>;
export type CustomerReceivables = Answer<'/api/v1/customers/{id}/receivables', 'get'>;
export type ReceivablesAgeing = Answer<'/api/v1/receivables/ageing', 'get'>;
export type AgeingBucket = keyof ReceivablesAgeing['rows'][number]['buckets'];

export const paymentMethods = ['bank_transfer', 'cash', 'card', 'alipay', 'wechat_pay', 'other'] as const satisfies readonly PaymentBody['method'][];
export const ageingBuckets = ['current', 'days_1_30', 'days_31_60', 'days_61_90', 'days_over_90'] as const satisfies readonly AgeingBucket[];

export const paymentKeys = {
  order: (orderId: string) => ['order', orderId, 'payments'],
  customer: (customerId: string) => ['customer', customerId, 'receivables'],
  ageing: ['receivables', 'ageing'],
} as const;

/** `enabled`: only for people who may read payments (others would be refused). */
export function useOrderPayments(orderId: string, enabled = true) {
  return useQuery({ queryKey: paymentKeys.order(orderId), queryFn: () => api<OrderPayments>(`/api/v1/orders/${orderId}/payments`), enabled });
}

export function recordPayment(orderId: string, body: PaymentBody) {
  return api<Answer<'/api/v1/orders/{id}/payments', 'post'>>(`/api/v1/orders/${orderId}/payments`, { method: 'POST', body });
}

export function useCustomerReceivables(customerId: string, enabled = true) {
  return useQuery({ queryKey: paymentKeys.customer(customerId), queryFn: () => api<CustomerReceivables>(`/api/v1/customers/${customerId}/receivables`), enabled });
}

export function useReceivablesAgeing() {
  return useQuery({ queryKey: paymentKeys.ageing, queryFn: () => api<ReceivablesAgeing>('/api/v1/receivables/ageing') });
}
