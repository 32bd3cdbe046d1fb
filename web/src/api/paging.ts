/* Lists read a page at a time with the server's opaque cursor (keyset paging, never offsets). */
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';

export function useCursorPages<Page extends { nextCursor: string | null }>(queryKey: QueryKey, fetchPage: (cursor: string | undefined) => Promise<Page>) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
