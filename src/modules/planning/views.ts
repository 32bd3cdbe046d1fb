import type { Contingency, DelayView, StageView } from './contract.js';
import type { planDelays, planStages } from './schema.js';

/* How plan rows become what the API answers. */

export function toStageView(row: typeof planStages.$inferSelect): StageView {
  return {
    id: row.id,
    position: row.position,
    key: row.key,
    name: row.name,
    ownerRole: row.ownerRole,
    assigneeUserId: row.assigneeUserId,
    assigneeName: row.assigneeUserId ? (row.assigneeName ?? '') : null,
    days: row.days,
    units: row.units,
    delivery: row.delivery,
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    actualStart: row.actualStart?.toISOString() ?? null,
    actualEnd: row.actualEnd?.toISOString() ?? null,
    status: row.status,
    delayReason: row.delayReason,
    contingency: row.contingency,
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
    contingency: row.contingency as Contingency,
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
