/* The carrier directory (承运商) and the printed documents (PDFs) of orders and shipments. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, RequestBody } from './openapi';
import { ifMatch } from './versioned';

export type Carrier = ItemOf<'/api/v1/carriers'>;
export type NewCarrier = RequestBody<'/api/v1/carriers', 'post'>;
export type CarrierChanges = RequestBody<'/api/v1/carriers/{id}', 'patch'>;

export const carrierKeys = {
  all: ['carriers'],
  list: (active: boolean | undefined) => ['carriers', active],
} as const;

/** The directory by code; `active: true` for what a new shipment may choose. */
export function useCarriers(active?: boolean) {
  return useQuery({ queryKey: carrierKeys.list(active), queryFn: () => api<Answer<'/api/v1/carriers', 'get'>>('/api/v1/carriers', { query: { active } }) });
}

export function createCarrier(body: NewCarrier) {
  return api<Carrier>('/api/v1/carriers', { method: 'POST', body });
}

export function updateCarrier(carrier: Pick<Carrier, 'id' | 'version'>, body: CarrierChanges) {
  return api<Carrier>(`/api/v1/carriers/${carrier.id}`, { method: 'PATCH', body, headers: ifMatch(carrier.version) });
}

export function deleteCarrier(carrier: Pick<Carrier, 'id' | 'version'>) {
  return api<void>(`/api/v1/carriers/${carrier.id}`, { method: 'DELETE', headers: ifMatch(carrier.version) });
}

/** Where the browser opens a printed document: the server renders it in the reader's language. */
export const printedDocumentUrl = {
  orderConfirmation: (orderId: string) => `/api/v1/orders/${orderId}/confirmation.pdf`,
  deliveryNote: (shipmentId: string) => `/api/v1/shipments/${shipmentId}/delivery-note.pdf`,
  packList: (shipmentId: string) => `/api/v1/shipments/${shipmentId}/pack-list.pdf`,
} as const;
