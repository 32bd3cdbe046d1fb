/* A person's own work for their home page, one request per panel. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf } from './openapi';

export type MyStage = ItemOf<'/api/v1/my-work/stages'>;
export type MyCase = ItemOf<'/api/v1/my-work/cases'>;
export type MyTask = ItemOf<'/api/v1/my-work/tasks'>;
export type MyAtRiskOrder = ItemOf<'/api/v1/orders'>;

/** Under ['orders'] and ['tasks'], so every live event about an order refreshes them. */
export const myWorkKeys = {
  stages: ['orders', 'my-work', 'stages'],
  cases: ['orders', 'my-work', 'cases'],
  tasks: ['tasks', 'my-work'],
  atRisk: ['orders', 'my-work', 'at-risk'],
  reviews: ['inbox', 'my-work'],
} as const;

export function useMyStages(enabled: boolean) {
  return useQuery({ queryKey: myWorkKeys.stages, queryFn: () => api<Answer<'/api/v1/my-work/stages', 'get'>>('/api/v1/my-work/stages', { query: { due: 'today' } }), enabled });
}

export function useMyCases(enabled: boolean) {
  return useQuery({ queryKey: myWorkKeys.cases, queryFn: () => api<Answer<'/api/v1/my-work/cases', 'get'>>('/api/v1/my-work/cases'), enabled });
}

export function useMyTasks(enabled: boolean) {
  return useQuery({ queryKey: myWorkKeys.tasks, queryFn: () => api<Answer<'/api/v1/my-work/tasks', 'get'>>('/api/v1/my-work/tasks'), enabled });
}

/** The review steps waiting for my roles: the review inbox. */
export function useMyReviews(enabled: boolean) {
  return useQuery({ queryKey: myWorkKeys.reviews, queryFn: () => api<Answer<'/api/v1/review/inbox', 'get'>>('/api/v1/review/inbox', { query: { limit: 50 } }), enabled });
}

/** The orders I own that are late or at risk, most late first. */
export function useMyOrdersAtRisk(enabled: boolean) {
  return useQuery({
    queryKey: myWorkKeys.atRisk,
    queryFn: () => api<Answer<'/api/v1/orders', 'get'>>('/api/v1/orders', { query: { owner: 'me', health: 'late,at_risk', sort: 'health', limit: 50 } }),
    enabled,
  });
}
