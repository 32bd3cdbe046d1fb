/* Imports of customers, products, stock receipts and orders from XLSX or CSV files. */
import { useQuery } from '@tanstack/react-query';
import { ApiProblem, api, csrfHeaders } from './client';
import type { Answer } from './openapi';

export type ImportView = Answer<'/api/v1/imports/{id}', 'get'>;
export type ImportKind = ImportView['kind'];
export type ImportColumns = Answer<'/api/v1/imports/templates/{kind}/columns', 'get'>;
export const importKinds = ['customers', 'products', 'stock', 'orders'] as const satisfies readonly ImportKind[];

const finished: readonly ImportView['state'][] = ['succeeded', 'failed', 'cancelled'];
export const isFinished = (view: ImportView) => finished.includes(view.state);

/** Uploads the file as multipart (the api helper sends JSON only) and answers the queued import. */
export async function startImport(kind: ImportKind, file: File, dryRun: boolean): Promise<ImportView> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('dryRun', String(dryRun));
  form.append('file', file);
  const response = await fetch('/api/v1/imports', { method: 'POST', body: form, headers: { accept: 'application/json', ...csrfHeaders() }, credentials: 'same-origin' });
  const data = (await response.json().catch(() => ({}))) as ImportView & { code?: string; detail?: string };
  if (!response.ok) throw new ApiProblem(response.status, data.code ?? 'internal_error', data.detail ?? response.statusText);
  return data;
}

export const runChecked = (id: string) => api<ImportView>(`/api/v1/imports/${id}/run`, { method: 'POST' });
export const cancelImport = (id: string) => api<ImportView>(`/api/v1/imports/${id}/cancel`, { method: 'POST' });
export const outcomeUrl = (id: string) => `/api/v1/imports/${id}/outcome`;
export const templateUrl = (kind: ImportKind, lang: 'zh-CN' | 'en', format: 'xlsx' | 'csv' = 'xlsx') => `/api/v1/imports/templates/${kind}?format=${format}&lang=${lang}`;

/** The import, polled every second until it has finished. */
export function useImport(id: string | undefined) {
  return useQuery({
    queryKey: ['imports', id],
    queryFn: () => api<ImportView>(`/api/v1/imports/${id}`),
    enabled: id !== undefined,
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : 1000),
  });
}

export function useImportColumns(kind: ImportKind) {
  return useQuery({ queryKey: ['imports', 'columns', kind], queryFn: () => api<ImportColumns>(`/api/v1/imports/templates/${kind}/columns`) });
}
