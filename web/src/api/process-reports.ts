/* The bottleneck and process-mining reports of a period, and the orders behind one of their figures. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, QueryOf } from './openapi';
import { useCursorPages } from './paging';

export type BottleneckReport = Answer<'/api/v1/reports/bottlenecks', 'get'>;
export type ProcessMapReport = Answer<'/api/v1/reports/process', 'get'>;
export type ProcessQuery = QueryOf<'/api/v1/reports/process', 'get'>;
type ReportOrders = Answer<'/api/v1/reports/process/orders', 'get'>;

/** Where a figure's orders come from: the report, its period (and type), and the figure's key. */
export interface FigureSource {
  report: 'bottlenecks' | 'process';
  query: ProcessQuery;
  figure: string;
}

export function useBottlenecks(query: { from: string; to: string }) {
  return useQuery({ queryKey: ['reports', 'bottlenecks', query], queryFn: () => api<BottleneckReport>('/api/v1/reports/bottlenecks', { query }) });
}

export function useProcessMap(query: ProcessQuery) {
  return useQuery({ queryKey: ['reports', 'process', query], queryFn: () => api<ProcessMapReport>('/api/v1/reports/process', { query }) });
}

/** The orders behind one figure, a page at a time (the drawer that lists them mounts this when it opens). */
export function useFigureOrderPages(source: FigureSource) {
  return useCursorPages(['reports', source.report, 'orders', source.query, source.figure], (cursor) =>
    api<ReportOrders>(`/api/v1/reports/${source.report}/orders`, { query: { ...source.query, figure: source.figure, cursor } }),
  );
}
