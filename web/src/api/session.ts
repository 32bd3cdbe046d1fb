import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Me } from './types';

/**
 * Whether this browser signed in before. The session cookie is httpOnly, so the page
 * cannot see it; asking the server without one would only log a 401 on every visit.
 */
const signedInKey = 'ordo.signedIn';

export function markSignedIn(signedIn: boolean): void {
  if (signedIn) localStorage.setItem(signedInKey, '1');
  else localStorage.removeItem(signedInKey);
}

export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => (localStorage.getItem(signedInKey) ? api<Me>('/api/v1/auth/me') : null),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export function can(me: Me | null | undefined, permission: string): boolean {
  return Boolean(me?.permissions.includes(permission));
}
