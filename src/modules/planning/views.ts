import type { planDelays, planStages } from './schema.js';
import type { PlanDelayStatus, PlanStageStatus } from './states.js';

/* What a plan looks like to the API. */

export interface StageView {
  id: string;
  position: number;
  key: string;
  name: { 'zh-CN': string; en: string };
  ownerRole: string;
  days: number;
  units: number;
  delivery: boolean;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  status: PlanStageStatus;
  delayReason: string | null;
  measure: string | null;
  note: string | null;
  updatedAt: string;
}

export interface DelayView {
  id: string;
  stageId: string;
  stageKey: string;
  days: number;
  reason: string;
  contingency: string;
  measure: string | null;
  knownAt: string;
  reportedAt: string;
  status: PlanDelayStatus;
  customerDecisionAt: string | null;
  customerDecisionNote: string | null;
  promiseBefore: string | null;
  promiseAfter: string | null;
}

export interface PlanView {
  orderId: string;
  orderNumber: string;
  template: { orderType: string; version: number };
  greenChannel: boolean;
  promiseDate: string | null;
  createdAt: string;
  updatedAt: string;
  stages: StageView[];
  delays: DelayView[];
}

export function toStageView(row: typeof planStages.$inferSelect): StageView {
  return {
    id: row.id,
    position: row.position,
    key: row.key,
    name: row.name,
    ownerRole: row.ownerRole,
    days: row.days,
    units: row.units,
    delivery: row.delivery,
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    actualStart: row.actualStart?.toISOString() ?? null,
    actualEnd: row.actualEnd?.toISOString() ?? null,
    status: row.status,
    delayReason: row.delayReason,
    measure: row.measure,
    note: row.note,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toDelayView(row: typeof planDelays.$inferSelect, stageKey: string): DelayView {
  return {
    id: row.id,
    stageId: row.stageId,
    stageKey,
    days: row.days,
    reason: row.reason,
    contingency: row.contingency,
    measure: row.measure,
    knownAt: row.knownAt.toISOString(),
    reportedAt: row.reportedAt.toISOString(),
    status: row.status,
    customerDecisionAt: row.customerDecisionAt?.toISOString() ?? null,
    customerDecisionNote: row.customerDecisionNote,
    promiseBefore: row.promiseBefore,
    promiseAfter: row.promiseAfter,
  };
}
