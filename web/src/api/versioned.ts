/* A document edited as a whole and saved with If-Match: a settings key, a review chain, a plan template. */
import { useQuery, type QueryClient, type QueryKey } from '@tanstack/react-query';

export interface Versioned<T> {
  value: T;
  version: number;
  changedAt: string | null;
  changedBy: string | null;
}

export interface VersionedSource<T> {
  queryKey: QueryKey;
  load(): Promise<Versioned<T>>;
  save(value: T, version: number): Promise<unknown>;
}

export function ifMatch(version: number): Record<string, string> {
  return { 'if-match': `"${version}"` };
}

export function useVersioned<T>(source: VersionedSource<T>) {
  return useQuery({ queryKey: source.queryKey, queryFn: source.load });
}

/** The document as the server has it now, past any cached copy (to show what changed after a 412). */
export function reloadVersioned<T>(queryClient: QueryClient, source: VersionedSource<T>): Promise<Versioned<T>> {
  return queryClient.fetchQuery({ queryKey: source.queryKey, queryFn: source.load, staleTime: 0 });
}
