/* The monthly report (SPEC §11): a month's figures against the month before, the orders behind each, the files. */
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { Answer } from './openapi';

export type MonthlyReport = Answer<'/api/v1/reports/monthly', 'get'>;
export type Figure = MonthlyReport['figures'][number];
export type FigureOrders = Answer<'/api/v1/reports/monthly/orders', 'get'>;
export const reportFileFormats = ['xlsx', 'csv', 'pdf'] as const;

export const monthlyReportKeys = {
  all: ['monthly-report'] as const,
  month: (month: string) => ['monthly-report', month] as const,
  figure: (month: string, figure: string) => ['monthly-report', month, 'orders', figure] as const,
};

export function useMonthlyReport(month: string) {
  return useQuery({ queryKey: monthlyReportKeys.month(month), queryFn: () => api<MonthlyReport>('/api/v1/reports/monthly', { query: { month } }) });
}

export function useFigureOrders(month: string, figure: string | undefined) {
  return useQuery({
    queryKey: monthlyReportKeys.figure(month, figure ?? ''),
    queryFn: () => api<FigureOrders>('/api/v1/reports/monthly/orders', { query: { month, figure: figure! } }),
    enabled: figure !== undefined,
  });
}

export function recomputeMonth(month: string) {
  return api<MonthlyReport>(`/api/v1/reports/monthly/${month}/recompute`, { method: 'POST' });
}

/** Where the browser downloads the month as a file, in the reader's language. */
export function reportFileUrl(month: string, format: (typeof reportFileFormats)[number], lang: string): string {
  return withQuery('/api/v1/reports/monthly', { month, format, lang: lang === 'en' ? 'en' : 'zh-CN' });
}
