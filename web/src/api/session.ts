/* Who is signed in, and signing in and out: password, two-step verification, the account's own password. */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, RequestBody } from './openapi';

export type Me = Answer<'/api/v1/auth/me', 'get'>;
export type MfaStatus = Answer<'/api/v1/auth/mfa', 'get'>;
export type MfaEnrolmentSecret = Answer<'/api/v1/auth/mfa/enrolment', 'post'>;

export const sessionKeys = {
  me: ['me'],
  mfa: ['mfa'],
} as const;

/**
 * Whether this browser signed in before. The session cookie is httpOnly, so the page
 * cannot see it; asking the server without one would only log a 401 on every visit.
 */
const signedInKey = 'ordo.signedIn';

export function markSignedIn(signedIn: boolean): void {
  if (signedIn) localStorage.setItem(signedInKey, '1');
  else localStorage.removeItem(signedInKey);
}

function fetchMe() {
  return api<Me>('/api/v1/auth/me');
}

export function useMe() {
  return useQuery({
    queryKey: sessionKeys.me,
    queryFn: async () => (localStorage.getItem(signedInKey) ? fetchMe() : null),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

/** After a sign-in step: who the session now belongs to, put where `useMe` reads it. */
export async function reloadMe(queryClient: QueryClient): Promise<void> {
  queryClient.setQueryData(sessionKeys.me, await fetchMe());
}

export function can(me: Me | null | undefined, permission: string): boolean {
  return Boolean(me?.permissions.includes(permission));
}

export function signIn(body: RequestBody<'/api/v1/auth/login', 'post'>) {
  return api<Answer<'/api/v1/auth/login', 'post'>>('/api/v1/auth/login', { method: 'POST', body });
}

/** Ends the session on the server; the page forgets it even when the server cannot be reached. */
export async function signOut(): Promise<void> {
  await api('/api/v1/auth/logout', { method: 'POST' }).catch(() => undefined);
  markSignedIn(false);
}

/** Saves the language I read to my profile (every browser I sign in on uses it). */
export function saveMyLanguage(locale: Me['locale']) {
  return api<Me>('/api/v1/auth/me', { method: 'PATCH', body: { locale } });
}

export function verifyMfa(body: RequestBody<'/api/v1/auth/mfa/verify', 'post'>) {
  return api<Answer<'/api/v1/auth/mfa/verify', 'post'>>('/api/v1/auth/mfa/verify', { method: 'POST', body });
}

export function useMfaStatus() {
  return useQuery({ queryKey: sessionKeys.mfa, queryFn: () => api<MfaStatus>('/api/v1/auth/mfa') });
}

export function startMfaEnrolment() {
  return api<MfaEnrolmentSecret>('/api/v1/auth/mfa/enrolment', { method: 'POST' });
}

export function confirmMfaEnrolment(body: RequestBody<'/api/v1/auth/mfa/enrolment/confirm', 'post'>) {
  return api<Answer<'/api/v1/auth/mfa/enrolment/confirm', 'post'>>('/api/v1/auth/mfa/enrolment/confirm', { method: 'POST', body });
}

export function disableMfa(body: RequestBody<'/api/v1/auth/mfa/disable', 'post'>) {
  return api<Answer<'/api/v1/auth/mfa/disable', 'post'>>('/api/v1/auth/mfa/disable', { method: 'POST', body });
}

export function changePassword(body: RequestBody<'/api/v1/auth/password', 'post'>) {
  return api<Answer<'/api/v1/auth/password', 'post'>>('/api/v1/auth/password', { method: 'POST', body });
}
