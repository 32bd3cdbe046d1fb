/* The administrator's console: dead background jobs, the audit chain check, API tokens. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, RequestBody } from './openapi';

export type Job = ItemOf<'/api/v1/jobs'>;
export type AuditVerification = Answer<'/api/v1/audit/verify', 'get'>;
export type ApiToken = ItemOf<'/api/v1/auth/tokens'>;
export type NewApiToken = RequestBody<'/api/v1/auth/tokens', 'post'>;
export type CreatedApiToken = Answer<'/api/v1/auth/tokens', 'post'>;

export const adminKeys = {
  deadJobs: ['jobs', 'dead'],
  tokens: ['auth', 'tokens'],
} as const;

/** The dead-letter list: jobs that used up their attempts, newest first. */
export function useDeadJobs() {
  return useQuery({ queryKey: adminKeys.deadJobs, queryFn: () => api<Answer<'/api/v1/jobs', 'get'>>('/api/v1/jobs', { query: { status: 'dead', limit: 200 } }) });
}

export function retryJob(id: string) {
  return api<Answer<'/api/v1/jobs/{id}/retry', 'post'>>(`/api/v1/jobs/${id}/retry`, { method: 'POST' });
}

export function verifyAuditChain() {
  return api<AuditVerification>('/api/v1/audit/verify');
}

export function useApiTokens() {
  return useQuery({ queryKey: adminKeys.tokens, queryFn: () => api<Answer<'/api/v1/auth/tokens', 'get'>>('/api/v1/auth/tokens') });
}

export function createApiToken(body: NewApiToken) {
  return api<CreatedApiToken>('/api/v1/auth/tokens', { method: 'POST', body });
}

export function revokeApiToken(id: string) {
  return api<Answer<'/api/v1/auth/tokens/{id}', 'delete'>>(`/api/v1/auth/tokens/${id}`, { method: 'DELETE' });
}
