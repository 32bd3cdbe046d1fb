/* Search across orders, after-sales cases and feedback (GET /api/v1/search), for the top bar and its page. */
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer } from './openapi';

export type SearchAnswer = Answer<'/api/v1/search', 'get'>;
export type SearchHit = SearchAnswer['items'][number];
export type SearchKind = SearchHit['kind'];
export const searchKinds: readonly SearchKind[] = ['order', 'case', 'feedback'];

/** The server's shortest question, in characters as a person counts them (一 字 is one). */
export const minSearchLength = 2;

export function searchable(q: string): boolean {
  return [...q.trim()].length >= minSearchLength;
}

function fetchSearch(q: string, limit: number, cursor?: string, kinds?: string) {
  return api<SearchAnswer>('/api/v1/search', { query: { q: q.trim(), limit, cursor, kinds } });
}

/** The best hits for the top bar's drop-down; the previous answer stays while the next one loads. */
export function useQuickSearch(q: string) {
  return useQuery({
    queryKey: ['search', 'quick', q.trim()],
    queryFn: () => fetchSearch(q, 15),
    enabled: searchable(q),
    placeholderData: keepPreviousData,
  });
}

/** Every hit, a page at a time, for the results page; nothing is asked until the question is long enough. */
export function useSearchPages(q: string, kind?: SearchKind) {
  return useInfiniteQuery({
    queryKey: ['search', 'pages', q.trim(), kind ?? 'all'],
    queryFn: ({ pageParam }) => fetchSearch(q, 20, pageParam, kind),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: searchable(q),
  });
}
