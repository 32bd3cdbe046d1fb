import { can } from '../../platform/fsm.js';
import type { Contingency, DelayView, StageAction, StageView } from './contract.js';
import type { planDelays, planStages } from './schema.js';
import { planStageMachine } from './states.js';

/* How plan rows become what the API answers. */

type StageRow = typeof planStages.$inferSelect;

/**
 * What a person may report on a stage now, asked of the stage machine rather than listed by
 * status. Progress runs in plan order, so start and finish wait for every earlier stage; a
 * stage already under way is not started again.
 */
export function stageActionsOf(row: StageRow, waitsForEarlier: boolean): StageAction[] {
  const actions: StageAction[] = [];
  if (!waitsForEarlier && row.actualStart === null && can(planStageMachine, row.status, 'start')) actions.push('start');
  if (!waitsForEarlier && can(planStageMachine, row.status, 'finish')) actions.push('finish');
  if (can(planStageMachine, row.status, 'delay')) actions.push('delay');
  return actions;
}

/** Whether a stage before `row` in `stages` (one plan's) is not done yet. */
export function waitsForEarlier(stages: readonly Pick<StageRow, 'position' | 'status'>[], row: StageRow): boolean {
  return stages.some((s) => s.position < row.position && s.status !== 'done');
}

/** A stage as the API shows it; `stages` are its plan's, to tell which actions it takes. */
export function toStageView(row: StageRow, stages: readonly Pick<StageRow, 'position' | 'status'>[]): StageView {
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
    actions: stageActionsOf(row, waitsForEarlier(stages, row)),
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
