/* Each user's display preferences (a table's columns and density), kept on the server so they follow the user. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Answer } from './openapi';

type Preference = Answer<'/api/v1/me/preferences/{key}', 'get'>;

export const preferenceKeys = { one: (key: string) => ['preferences', key] } as const;

/** The value under `key` (null until the user sets one) and a way to replace it. */
export function usePreference<T>(key: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: preferenceKeys.one(key),
    queryFn: async () => (await api<Preference>(`/api/v1/me/preferences/${key}`)).value as T | null,
    staleTime: Infinity,
  });
  const mutation = useMutation({
    mutationFn: (value: T) => api<Preference>(`/api/v1/me/preferences/${key}`, { method: 'PUT', body: { value } }),
    // Shown at once; the server's answer is the same value.
    onMutate: (value) => queryClient.setQueryData(preferenceKeys.one(key), value),
  });
  return { value: query.data ?? null, loaded: !query.isPending, save: mutation.mutate, error: mutation.error };
}
