/* Plans: an order's execution plan, its stages and delays, and the plan templates' settings. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, RequestBody } from './openapi';
import { ifMatch, type VersionedSource } from './versioned';

export type Plan = Answer<'/api/v1/orders/{id}/plan', 'get'>;
export type PlanStage = Plan['stages'][number];
export type PlanDelay = Plan['delays'][number];
export type PlanTemplateVersion = Answer<'/api/v1/planning/templates/{orderType}', 'get'>;
export type TemplateStage = PlanTemplateVersion['stages'][number];
export type StageDelayBody = RequestBody<'/api/v1/orders/{id}/plan/stages/{stageId}/delays', 'post'>;
export type StageProgressBody = RequestBody<'/api/v1/orders/{id}/plan/stages/{stageId}/progress', 'post'>;
export type CustomerConfirmationBody = RequestBody<'/api/v1/orders/{id}/plan/delays/{delayId}/customer-confirmation', 'post'>;

export const planKeys = {
  plan: (orderId: string) => ['order', orderId, 'plan'],
  template: (orderType: string) => ['settings', 'plan-template', orderType],
} as const;

export function usePlan(orderId: string) {
  return useQuery({ queryKey: planKeys.plan(orderId), queryFn: () => api<Plan>(`/api/v1/orders/${orderId}/plan`) });
}

export function reportStageProgress(orderId: string, stageId: string, body: StageProgressBody) {
  return api<Answer<'/api/v1/orders/{id}/plan/stages/{stageId}/progress', 'post'>>(`/api/v1/orders/${orderId}/plan/stages/${stageId}/progress`, { method: 'POST', body });
}

export function fileStageDelay(orderId: string, stageId: string, body: StageDelayBody) {
  return api<Answer<'/api/v1/orders/{id}/plan/stages/{stageId}/delays', 'post'>>(`/api/v1/orders/${orderId}/plan/stages/${stageId}/delays`, { method: 'POST', body });
}

/** The customer's answer to a delay that moves the promised date. */
export function recordCustomerConfirmation(orderId: string, delayId: string, body: CustomerConfirmationBody) {
  return api<Answer<'/api/v1/orders/{id}/plan/delays/{delayId}/customer-confirmation', 'post'>>(`/api/v1/orders/${orderId}/plan/delays/${delayId}/customer-confirmation`, { method: 'POST', body });
}

/** GET/PUT /api/v1/planning/templates/{orderType}: the stages of one order type's plan. */
export function planTemplateSource(orderType: string): VersionedSource<TemplateStage[]> {
  return {
    queryKey: planKeys.template(orderType),
    load: async () => {
      const template = await api<PlanTemplateVersion>(`/api/v1/planning/templates/${orderType}`);
      return { value: template.stages, version: template.version, changedAt: template.createdAt, changedBy: template.createdBy };
    },
    save: (stages, version) => api(`/api/v1/planning/templates/${orderType}`, { method: 'PUT', body: { stages } satisfies RequestBody<'/api/v1/planning/templates/{orderType}', 'put'>, headers: ifMatch(version) }),
  };
}
