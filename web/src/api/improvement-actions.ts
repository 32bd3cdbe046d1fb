/* Improvement actions (seed 002 §6): made from a month's figure at the review, checked in the months after. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, QueryOf, RequestBody } from './openapi';
import { ifMatch } from './versioned';

export type ImprovementAction = ItemOf<'/api/v1/reports/actions'>;
export type ImprovementActionFilters = QueryOf<'/api/v1/reports/actions', 'get'>;
export type ImprovementActionInput = RequestBody<'/api/v1/reports/actions', 'post'>;
export type ActionEnding = 'complete' | 'drop';

export const improvementActionKeys = {
  all: ['improvement-actions'] as const,
  list: (filters: ImprovementActionFilters) => ['improvement-actions', 'list', filters] as const,
};

export function useImprovementActions(filters: ImprovementActionFilters) {
  return useQuery({
    queryKey: improvementActionKeys.list(filters),
    queryFn: () => api<Answer<'/api/v1/reports/actions', 'get'>>('/api/v1/reports/actions', { query: { limit: 200, ...filters } }),
  });
}

export function createImprovementAction(body: ImprovementActionInput) {
  return api<ImprovementAction>('/api/v1/reports/actions', { method: 'POST', body });
}

export function updateImprovementAction(action: Pick<ImprovementAction, 'id' | 'version'>, body: RequestBody<'/api/v1/reports/actions/{id}', 'patch'>) {
  return api<ImprovementAction>(`/api/v1/reports/actions/${action.id}`, { method: 'PATCH', body, headers: ifMatch(action.version) });
}

export function endImprovementAction(action: Pick<ImprovementAction, 'id'>, ending: ActionEnding, note: string) {
  return api<ImprovementAction>(`/api/v1/reports/actions/${action.id}/${ending}`, { method: 'POST', body: { note } });
}
