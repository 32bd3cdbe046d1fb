/* Fulfilment: picking, shipments and their tracking, services, and the customer's acceptance. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, RequestBody } from './openapi';

export type Shipment = ItemOf<'/api/v1/orders/{id}/shipments'>;
export type PickList = Answer<'/api/v1/orders/{id}/pick-list', 'get'>;
export type PackList = Answer<'/api/v1/shipments/{id}/pack-list', 'get'>;
export type Acceptance = Answer<'/api/v1/orders/{id}/acceptance', 'get'>;
export type NewShipment = RequestBody<'/api/v1/orders/{id}/shipments', 'post'>;
export type NewTrackingEvent = RequestBody<'/api/v1/shipments/{id}/events', 'post'>;
export type AcceptanceBody = RequestBody<'/api/v1/orders/{id}/acceptance', 'post'>;

export const fulfilmentKeys = {
  shipments: (orderId: string) => ['order', orderId, 'shipments'],
  pickList: (orderId: string) => ['order', orderId, 'pick-list'],
  packList: (shipmentId: string) => ['shipments', shipmentId, 'pack-list'],
  acceptance: (orderId: string) => ['order', orderId, 'acceptance'],
} as const;

export function useShipments(orderId: string) {
  return useQuery({ queryKey: fulfilmentKeys.shipments(orderId), queryFn: () => api<Answer<'/api/v1/orders/{id}/shipments', 'get'>>(`/api/v1/orders/${orderId}/shipments`) });
}

/** What is left to ship of each line, and what can be picked now. */
export function usePickList(orderId: string) {
  return useQuery({ queryKey: fulfilmentKeys.pickList(orderId), queryFn: () => api<PickList>(`/api/v1/orders/${orderId}/pick-list`) });
}

export function usePackList(shipmentId: string) {
  return useQuery({ queryKey: fulfilmentKeys.packList(shipmentId), queryFn: () => api<PackList>(`/api/v1/shipments/${shipmentId}/pack-list`) });
}

export function shipOrder(orderId: string, body: NewShipment) {
  return api<Answer<'/api/v1/orders/{id}/shipments', 'post'>>(`/api/v1/orders/${orderId}/shipments`, { method: 'POST', body });
}

export function recordTrackingEvent(shipmentId: string, body: NewTrackingEvent) {
  return api<Answer<'/api/v1/shipments/{id}/events', 'post'>>(`/api/v1/shipments/${shipmentId}/events`, { method: 'POST', body });
}

export function markReadyToShip(orderId: string) {
  return api<Answer<'/api/v1/orders/{id}/ready-to-ship', 'post'>>(`/api/v1/orders/${orderId}/ready-to-ship`, { method: 'POST' });
}

export function startService(orderId: string, body: RequestBody<'/api/v1/orders/{id}/service/start', 'post'>) {
  return api<Answer<'/api/v1/orders/{id}/service/start', 'post'>>(`/api/v1/orders/${orderId}/service/start`, { method: 'POST', body });
}

export function completeService(orderId: string, body: RequestBody<'/api/v1/orders/{id}/service/complete', 'post'>) {
  return api<Answer<'/api/v1/orders/{id}/service/complete', 'post'>>(`/api/v1/orders/${orderId}/service/complete`, { method: 'POST', body });
}

export function useAcceptance(orderId: string, enabled: boolean) {
  return useQuery({ queryKey: fulfilmentKeys.acceptance(orderId), queryFn: () => api<Acceptance>(`/api/v1/orders/${orderId}/acceptance`), enabled });
}

export function recordAcceptance(orderId: string, body: AcceptanceBody) {
  return api<Answer<'/api/v1/orders/{id}/acceptance', 'post'>>(`/api/v1/orders/${orderId}/acceptance`, { method: 'POST', body });
}

/** Where the upload control sends acceptance photos (multipart, so not through `api`). */
export function acceptancePhotosUrl(orderId: string): string {
  return `/api/v1/orders/${orderId}/acceptance/photos`;
}
