/* Finding an item of a list by part of its name, for the searchable selects. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ItemOf } from './openapi';

/** The lists that take `q` and answer items with an id. */
export type SearchablePath = '/api/v1/customers' | '/api/v1/products' | '/api/v1/portal/products';
export type Found<P extends SearchablePath> = ItemOf<P> & { id: string };

/** The first 20 items matching `q`; the previous answer stays on screen while the next loads. */
export function useSearch<P extends SearchablePath>(path: P, q: string, extraQuery?: Record<string, string>) {
  return useQuery({
    queryKey: [path, 'search', q, extraQuery],
    queryFn: () => api<{ items: Found<P>[] }>(path, { query: { ...extraQuery, q: q || undefined, limit: 20 } }),
    placeholderData: (previous) => previous,
  });
}
