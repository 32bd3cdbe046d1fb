/* Staff and portal accounts, and what each role may do. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, RequestBody } from './openapi';
import { ifMatch } from './versioned';

export type UserAccount = ItemOf<'/api/v1/users'>;
export type NewUser = RequestBody<'/api/v1/users', 'post'>;
export type UserChanges = RequestBody<'/api/v1/users/{id}', 'patch'>;
export type StaffRole = NewUser['roles'][number];
export type Locale = NonNullable<NewUser['locale']>;

export const userKeys = {
  users: ['users'],
  roles: ['settings', 'roles'],
} as const;

/** Every account, for the users screen and for naming who changed a setting. */
export function useUserAccounts(enabled: boolean) {
  return useQuery({ queryKey: userKeys.users, queryFn: () => api<Answer<'/api/v1/users', 'get'>>('/api/v1/users'), enabled });
}

export function useRoles() {
  return useQuery({ queryKey: userKeys.roles, queryFn: () => api<Answer<'/api/v1/roles', 'get'>>('/api/v1/roles'), staleTime: Infinity });
}

export function createUserAccount(body: NewUser) {
  return api<Answer<'/api/v1/users', 'post'>>('/api/v1/users', { method: 'POST', body });
}

/** Changes an account against the version seen (412 when someone changed it meanwhile). */
export function updateUserAccount(user: Pick<UserAccount, 'id' | 'version'>, body: UserChanges) {
  return api<Answer<'/api/v1/users/{id}', 'patch'>>(`/api/v1/users/${user.id}`, { method: 'PATCH', body, headers: ifMatch(user.version) });
}

export function setUserPassword(userId: string, body: RequestBody<'/api/v1/users/{id}/password', 'post'>) {
  return api<Answer<'/api/v1/users/{id}/password', 'post'>>(`/api/v1/users/${userId}/password`, { method: 'POST', body });
}

export function resetUserMfa(userId: string) {
  return api<Answer<'/api/v1/users/{id}/mfa/reset', 'post'>>(`/api/v1/users/${userId}/mfa/reset`, { method: 'POST' });
}
