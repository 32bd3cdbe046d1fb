/* Production lines and their capacity calendar. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, RequestBody } from './openapi';
import { ifMatch } from './versioned';

export type ProductionLine = ItemOf<'/api/v1/production-lines'>;
export type NewProductionLine = RequestBody<'/api/v1/production-lines', 'post'>;
export type ProductionLineChanges = RequestBody<'/api/v1/production-lines/{id}', 'patch'>;
export type CapacityDay = ItemOf<'/api/v1/production-lines/capacity'>;

export const capacityKeys = {
  lines: ['production-lines'],
  calendar: (from: string, to: string) => ['production-lines', 'capacity', from, to],
} as const;

/** Every production line by code (a plant has a handful). */
export function useProductionLines() {
  return useQuery({
    queryKey: capacityKeys.lines,
    queryFn: () => api<Answer<'/api/v1/production-lines', 'get'>>('/api/v1/production-lines', { query: { limit: 200 } }),
  });
}

/** Each active line's capacity, bookings and free units per day of the range. */
export function useCapacityCalendar(from: string, to: string) {
  return useQuery({
    queryKey: capacityKeys.calendar(from, to),
    queryFn: () => api<Answer<'/api/v1/production-lines/capacity', 'get'>>('/api/v1/production-lines/capacity', { query: { from, to } }),
  });
}

export function createProductionLine(body: NewProductionLine) {
  return api<Answer<'/api/v1/production-lines', 'post'>>('/api/v1/production-lines', { method: 'POST', body });
}

export function updateProductionLine(line: Pick<ProductionLine, 'id' | 'version'>, body: ProductionLineChanges) {
  return api<ProductionLine>(`/api/v1/production-lines/${line.id}`, { method: 'PATCH', body, headers: ifMatch(line.version) });
}

/** Sets a line's capacity for every day from `from` to `to` (a holiday: 0). */
export function setLineCapacity(lineId: string, body: RequestBody<'/api/v1/production-lines/{id}/capacity', 'put'>) {
  return api<Answer<'/api/v1/production-lines/{id}/capacity', 'put'>>(`/api/v1/production-lines/${lineId}/capacity`, { method: 'PUT', body });
}
