/* Sales leads: the pipeline, one lead with its score and duplicates, its moves, follow-ups and conversion. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, QueryOf, RequestBody } from './openapi';
import type { Task } from './tasks';
import { ifMatch } from './versioned';

export type Lead = ItemOf<'/api/v1/leads'>;
export type LeadDetail = Answer<'/api/v1/leads/{id}', 'get'>;
export type LeadFilters = QueryOf<'/api/v1/leads', 'get'>;
export type LeadInput = RequestBody<'/api/v1/leads', 'post'>;
export type LeadStatus = Lead['status'];
export type LeadEvent = Lead['allowedEvents'][number];
export type LeadTransition = RequestBody<'/api/v1/leads/{id}/transitions', 'post'>;
export type LeadConversion = RequestBody<'/api/v1/leads/{id}/convert', 'post'>;
export type LeadConversionResult = Answer<'/api/v1/leads/{id}/convert', 'post'>;
export type FollowUpOutcome = RequestBody<'/api/v1/leads/{id}/follow-ups/{taskId}/complete', 'post'>['outcome'];

export const leadStatuses: readonly LeadStatus[] = ['new', 'contacted', 'qualified', 'converted', 'lost'];
export const leadSources: readonly Lead['source'][] = ['website', 'phone', 'email', 'exhibition', 'referral', 'in_person', 'online_store', 'marketplace', 'advertising', 'other'];
export const lostReasonCodes: readonly NonNullable<Lead['lostReason']>['code'][] = ['no_need', 'no_budget', 'chose_competitor', 'unreachable', 'other'];
export const followUpOutcomes: readonly FollowUpOutcome[] = ['reached', 'no_answer', 'not_interested'];

/** Keys under ['leads']; a lead's follow-ups are tasks too, refreshed with ['tasks']. */
export const leadKeys = {
  all: ['leads'],
  list: (filters: LeadFilters) => ['leads', 'list', filters],
  lead: (id: string) => ['leads', 'one', id],
  followUps: (id: string) => ['tasks', 'lead', id],
} as const;

export function useLeads(filters: LeadFilters) {
  return useQuery({ queryKey: leadKeys.list(filters), queryFn: () => api<Answer<'/api/v1/leads', 'get'>>('/api/v1/leads', { query: { limit: 200, ...filters } }) });
}

export function useLead(id: string) {
  return useQuery({ queryKey: leadKeys.lead(id), queryFn: () => api<LeadDetail>(`/api/v1/leads/${id}`) });
}

export function useLeadFollowUps(id: string) {
  return useQuery({ queryKey: leadKeys.followUps(id), queryFn: () => api<{ items: Task[] }>(`/api/v1/leads/${id}/follow-ups`) });
}

export function createLead(body: LeadInput) {
  return api<LeadDetail>('/api/v1/leads', { method: 'POST', body });
}

export function updateLead(lead: Pick<Lead, 'id' | 'version'>, body: RequestBody<'/api/v1/leads/{id}', 'patch'>) {
  return api<LeadDetail>(`/api/v1/leads/${lead.id}`, { method: 'PATCH', body, headers: ifMatch(lead.version) });
}

export function moveLead(id: string, body: LeadTransition) {
  return api<LeadDetail>(`/api/v1/leads/${id}/transitions`, { method: 'POST', body });
}

export function convertLead(id: string, body: LeadConversion) {
  return api<LeadConversionResult>(`/api/v1/leads/${id}/convert`, { method: 'POST', body });
}

export function scheduleLeadFollowUp(id: string, body: RequestBody<'/api/v1/leads/{id}/follow-ups', 'post'>) {
  return api<Task>(`/api/v1/leads/${id}/follow-ups`, { method: 'POST', body });
}

export function completeLeadFollowUp(id: string, taskId: string, body: RequestBody<'/api/v1/leads/{id}/follow-ups/{taskId}/complete', 'post'>) {
  return api<Answer<'/api/v1/leads/{id}/follow-ups/{taskId}/complete', 'post'>>(`/api/v1/leads/${id}/follow-ups/${taskId}/complete`, { method: 'POST', body });
}
