/* The bottleneck and process-mining reports of a period. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, QueryOf } from './openapi';

export type BottleneckReport = Answer<'/api/v1/reports/bottlenecks', 'get'>;
export type ProcessMapReport = Answer<'/api/v1/reports/process', 'get'>;
export type ProcessQuery = QueryOf<'/api/v1/reports/process', 'get'>;

export function useBottlenecks(query: { from: string; to: string }) {
  return useQuery({ queryKey: ['reports', 'bottlenecks', query], queryFn: () => api<BottleneckReport>('/api/v1/reports/bottlenecks', { query }) });
}

export function useProcessMap(query: ProcessQuery) {
  return useQuery({ queryKey: ['reports', 'process', query], queryFn: () => api<ProcessMapReport>('/api/v1/reports/process', { query }) });
}
