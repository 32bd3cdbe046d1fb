import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/connect.js';
import type { Actor, Change } from '../../platform/audit/record.js';
import { can, fire } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { delayStages, overrunStages, planningCalendar, type StageDates } from './schedule.js';
import { localDate } from '../../platform/time/zone.js';
import { planDelays, plans, planStages } from './schema.js';
import type { Contingency, DelayView, StageView } from './contract.js';
import { toDelayView, toStageView } from './views.js';
import { planDelayMachine, planStageMachine, type PlanStageStatus } from './states.js';
import { newId } from '../../platform/db/ids.js';

/* Progress on a plan (SPEC §6): owners update their stages in order; delays are reported within 30 min with a contingency. */

/** SPEC §6: a delay must be reported within 30 minutes of being known. */
export const delayReportMinutes = 30;


/** Who updates a stage: its owner role, or a manager / admin standing in. */
export interface StageWorker extends Actor {
  roles: readonly string[];
}

/** What a change to the plan means for the order, for the order module to apply. */
export interface PlanChange {
  stage: StageView;
  delay: DelayView | null;
  /** The first stage was started: the order is under way. */
  started: boolean;
  /** Every stage before delivery is done: the order is ready to ship (or in service). */
  ready: boolean;
  promiseBefore: string | null;
  promiseAfter: string | null;
  /** The planned end of a stage that was done after it, which moved the rest of the plan; null otherwise. */
  overrunFrom?: string | null;
  changes: Change[];
}

type StageRow = typeof planStages.$inferSelect;

/** The order's plan, locked, and its stages in order; null when the order has no plan (yet). */
async function lockedPlan(tx: Tx, orderId: string) {
  const [plan] = await tx.select().from(plans).where(eq(plans.orderId, orderId)).for('update');
  if (!plan) return null;
  const stages = await tx.select().from(planStages).where(eq(planStages.orderId, orderId)).orderBy(asc(planStages.position));
  return { plan, stages };
}

async function planRows(tx: Tx, orderId: string) {
  const found = await lockedPlan(tx, orderId);
  if (!found) throw new DomainError('not_found', `Order ${orderId} has no plan yet`);
  return found;
}

function stageOf(stages: StageRow[], stageId: string): StageRow {
  const stage = stages.find((s) => s.id === stageId);
  if (!stage) throw new DomainError('not_found', `The plan has no stage ${stageId}`);
  return stage;
}

function assertOwner(worker: StageWorker, stage: StageRow): void {
  if (!worker.roles.some((r) => r === stage.ownerRole || r === 'manager' || r === 'admin') && !(worker.userId !== null && worker.userId === stage.assigneeUserId)) {
    throw new DomainError('stage_role_required', `The ${stage.key} stage belongs to ${stage.ownerRole}; your roles are ${worker.roles.join(', ')}`);
  }
}

function readyAfter(stages: StageRow[]): boolean {
  return stages.filter((s) => !s.delivery).every((s) => s.status === 'done');
}

function notInFuture(at: Date | undefined, now: Date, path: string): void {
  if (at && at > now) {
    throw new DomainError('validation_failed', `${path.slice(1)} ${at.toISOString()} is in the future`, { errors: [{ path, in: 'body', code: 'future', message: 'must not be in the future' }] });
  }
}

export interface ProgressInput {
  stageId: string;
  status: 'in_progress' | 'done';
  actualStart?: Date;
  actualEnd?: Date;
  note?: string;
}

function assertNotCancelled(stage: StageRow): void {
  if (stage.status === 'cancelled') throw new DomainError('plan_cancelled', `The order was cancelled; its ${stage.key} stage takes no more progress or delays`);
}

/** Refuses progress or a delay the stage's state does not take: it is cancelled, done, or waiting for the customer. */
function assertStageTakes(stage: StageRow, event: 'start' | 'finish' | 'delay'): void {
  if (can(planStageMachine, stage.status, event)) return;
  assertNotCancelled(stage);
  const delaying = event === 'delay';
  if (stage.status === 'blocked') {
    throw new DomainError('stage_blocked', `The ${stage.key} stage ${delaying ? 'already waits' : 'waits'} for the customer to confirm a substitute`);
  }
  throw new DomainError('stage_already_done', `The ${stage.key} stage is already done` + (delaying ? '; it cannot be delayed' : ''));
}

/**
 * An owner reports progress on their stage. Stages run in plan order: a stage whose
 * predecessor is not done cannot start (409 `stage_out_of_order`), a done stage takes no
 * more progress (409 `stage_already_done`), a blocked one waits for the customer. A stage
 * done after its planned end (a calendar day in `timeZone`, the company's) moves the later
 * stages and the promise date by the overrun, with its own audit event.
 */
export async function progressStage(tx: Tx, worker: StageWorker, now: Date, timeZone: string, orderId: string, input: ProgressInput): Promise<PlanChange> {
  const { plan, stages } = await planRows(tx, orderId);
  const stage = stageOf(stages, input.stageId);
  assertOwner(worker, stage);
  const event = input.status === 'done' ? 'finish' : 'start';
  assertStageTakes(stage, event);
  const waitingFor = stages.find((s) => s.position < stage.position && s.status !== 'done');
  if (waitingFor) {
    throw new DomainError('stage_out_of_order', `The ${stage.key} stage cannot move before the ${waitingFor.key} stage is done`, {
      errors: [{ path: '/stageId', in: 'params', code: 'out_of_order', message: `waits for ${waitingFor.key}` }],
      meta: { waitingFor: { stageId: waitingFor.id, key: waitingFor.key, status: waitingFor.status } },
    });
  }
  notInFuture(input.actualStart, now, '/actualStart');
  notInFuture(input.actualEnd, now, '/actualEnd');
  const actualStart = stage.actualStart ?? input.actualStart ?? now;
  const actualEnd = input.status === 'done' ? (input.actualEnd ?? now) : null;
  if (actualEnd && actualEnd < actualStart) {
    throw new DomainError('validation_failed', `actualEnd ${actualEnd.toISOString()} is before actualStart ${actualStart.toISOString()}`, {
      errors: [{ path: '/actualEnd', in: 'body', code: 'range', message: 'must not be before actualStart' }],
    });
  }
  const status = fire(planStageMachine, stage.status, event);
  const [updated] = await tx
    .update(planStages)
    .set({ status, actualStart, actualEnd, note: input.note?.trim() || stage.note, updatedAt: now })
    .where(eq(planStages.id, stage.id))
    .returning();
  const after = stages.map((s) => (s.id === stage.id ? updated! : s));
  const endedOn = actualEnd ? localDate(actualEnd, timeZone) : null;
  const overrun = endedOn !== null && endedOn > stage.plannedEnd ? await replanAfterOverrun(tx, now, after, stage, endedOn) : null;
  const promiseAfter = overrun ? overrun.promiseDate : plan.promiseDate;
  await tx.update(plans).set({ promiseDate: promiseAfter, updatedAt: now }).where(eq(plans.orderId, orderId));
  const replanned: Change[] = overrun
    ? [
        {
          entityType: 'plan',
          entityId: orderId,
          customerId: plan.customerId,
          action: 'plan.replanned',
          before: { stage: stage.key, plannedEnd: stage.plannedEnd, promiseDate: plan.promiseDate, stages: overrun.before },
          after: { stage: stage.key, endedOn, promiseDate: promiseAfter, stages: overrun.after },
        },
      ]
    : [];
  return {
    stage: toStageView(updated!, after),
    delay: null,
    started: stages.every((s) => s.actualStart === null),
    ready: readyAfter(after) && !readyAfter(stages),
    promiseBefore: plan.promiseDate,
    promiseAfter,
    overrunFrom: overrun ? stage.plannedEnd : null,
    changes: [
      {
        entityType: 'plan',
        entityId: orderId,
        customerId: plan.customerId,
        action: 'plan.stage_progressed',
        before: { stage: stage.key, status: stage.status },
        after: { stage: stage.key, status, actualStart: actualStart.toISOString(), actualEnd: actualEnd?.toISOString() ?? null, note: input.note ?? null },
      },
      ...replanned,
    ],
  };
}

type MovedStage = { stage: string; plannedStart: string; plannedEnd: string };

/**
 * Moves the stages after one that ended late, all in the caller's transaction, and answers
 * the stages that moved (before and after) and the new promise date: the last stage's end.
 */
async function replanAfterOverrun(tx: Tx, now: Date, stages: StageRow[], stage: StageRow, endedOn: string) {
  const calendar = await planningCalendar(tx);
  const dates: StageDates[] = stages.map((s) => ({ days: s.days, plannedStart: s.plannedStart, plannedEnd: s.plannedEnd, done: s.status === 'done' || s.status === 'cancelled' }));
  const moved = overrunStages(dates, stages.findIndex((s) => s.id === stage.id), endedOn, calendar);
  const before: MovedStage[] = [];
  const after: MovedStage[] = [];
  for (const [i, s] of stages.entries()) {
    const next = moved[i]!;
    if (next.plannedStart === s.plannedStart && next.plannedEnd === s.plannedEnd) continue;
    await tx.update(planStages).set({ plannedStart: next.plannedStart, plannedEnd: next.plannedEnd, updatedAt: now }).where(eq(planStages.id, s.id));
    before.push({ stage: s.key, plannedStart: s.plannedStart, plannedEnd: s.plannedEnd });
    after.push({ stage: s.key, plannedStart: next.plannedStart, plannedEnd: next.plannedEnd });
  }
  return { before, after, promiseDate: moved.at(-1)?.plannedEnd ?? null };
}

/** Moves the plan for a delay and answers the new promise date. */
async function applyDelay(
  tx: Tx,
  now: Date,
  orderId: string,
  stages: StageRow[],
  stage: StageRow,
  delay: { status: PlanStageStatus; days: number; reason: string; contingency: Contingency; measure: string | null },
): Promise<string | null> {
  const calendar = await planningCalendar(tx);
  const index = stages.findIndex((s) => s.id === stage.id);
  const moved = delayStages(
    stages.map((s) => ({ days: s.days, plannedStart: s.plannedStart, plannedEnd: s.plannedEnd, done: s.status === 'done' })),
    index,
    delay.days,
    calendar,
  );
  for (const [i, s] of stages.entries()) {
    const dates = moved[i]!;
    const own = s.id === stage.id ? { status: delay.status, delayReason: delay.reason, contingency: delay.contingency, measure: delay.measure } : {};
    if (s.id === stage.id || dates.plannedStart !== s.plannedStart || dates.plannedEnd !== s.plannedEnd) {
      await tx
        .update(planStages)
        .set({ plannedStart: dates.plannedStart, plannedEnd: dates.plannedEnd, ...own, updatedAt: now })
        .where(eq(planStages.id, s.id));
    }
  }
  const promiseDate = moved.at(-1)?.plannedEnd ?? null;
  await tx.update(plans).set({ promiseDate, updatedAt: now }).where(eq(plans.orderId, orderId));
  return promiseDate;
}

export interface DelayInput {
  stageId: string;
  days: number;
  reason: string;
  contingency: Contingency;
  measure?: string;
  knownAt: Date;
}


/**
 * A delay of a stage is reported (SPEC §6). It must come within 30 minutes of being known
 * (else 422 `delay_report_late` naming `knownAt`). The plan and the promise date are
 * recomputed at once — except for a substitute material, which the customer must confirm
 * first: the stage is blocked until they do.
 */
export async function fileDelay(tx: Tx, worker: StageWorker, now: Date, orderId: string, input: DelayInput): Promise<PlanChange> {
  const { plan, stages } = await planRows(tx, orderId);
  const stage = stageOf(stages, input.stageId);
  assertOwner(worker, stage);
  assertNotCancelled(stage);
  notInFuture(input.knownAt, now, '/knownAt');
  const minutesLate = Math.floor((now.getTime() - input.knownAt.getTime()) / 60_000);
  if (minutesLate > delayReportMinutes) {
    throw new DomainError('delay_report_late', `The delay was known at ${input.knownAt.toISOString()}, ${minutesLate} minutes ago; delays must be reported within ${delayReportMinutes} minutes`, {
      errors: [{ path: '/knownAt', in: 'body', code: 'too_late', message: `must be within ${delayReportMinutes} minutes of reporting` }],
    });
  }
  assertStageTakes(stage, 'delay');
  const awaitsCustomer = input.contingency === 'substitute_material';
  const measure = input.measure?.trim() || null;
  const status = fire(planStageMachine, stage.status, awaitsCustomer ? 'block' : 'delay');
  const promiseAfter = awaitsCustomer ? plan.promiseDate : await applyDelay(tx, now, orderId, stages, stage, { status, days: input.days, reason: input.reason.trim(), contingency: input.contingency, measure });
  if (awaitsCustomer) {
    await tx.update(planStages).set({ status, delayReason: input.reason.trim(), contingency: input.contingency, measure, updatedAt: now }).where(eq(planStages.id, stage.id));
  }
  const [delay] = await tx
    .insert(planDelays)
    .values({
      id: newId(),
      orderId,
      customerId: plan.customerId,
      stageId: stage.id,
      days: input.days,
      reason: input.reason.trim(),
      contingency: input.contingency,
      measure,
      knownAt: input.knownAt,
      reportedAt: now,
      reportedBy: worker.userId,
      status: awaitsCustomer ? 'awaiting_customer' : 'applied',
      promiseBefore: plan.promiseDate,
      promiseAfter: awaitsCustomer ? null : promiseAfter,
    })
    .returning();
  const [updatedStage] = await tx.select().from(planStages).where(eq(planStages.id, stage.id));
  return {
    stage: toStageView(updatedStage!, stages),
    delay: toDelayView(delay!, stage.key),
    started: false,
    ready: false,
    promiseBefore: plan.promiseDate,
    promiseAfter,
    changes: [
      {
        entityType: 'plan',
        entityId: orderId,
        customerId: plan.customerId,
        action: awaitsCustomer ? 'plan.delay_awaiting_customer' : 'plan.delayed',
        before: { stage: stage.key, status: stage.status, promiseDate: plan.promiseDate },
        after: { stage: stage.key, delayId: delay!.id, days: input.days, reason: delay!.reason, contingency: input.contingency, knownAt: input.knownAt.toISOString(), promiseDate: promiseAfter },
      },
    ],
  };
}

/**
 * The customer's answer to a substitute material (recorded by staff for them). Accepted:
 * the delay is applied and the plan recomputed. Declined: the stage is unblocked and its
 * owner reports another contingency (its 30 minutes run from the customer's answer).
 */
export async function confirmSubstitute(tx: Tx, actor: Actor, now: Date, orderId: string, input: { delayId: string; accepted: boolean; note?: string }): Promise<PlanChange> {
  const { plan, stages } = await planRows(tx, orderId);
  const [delay] = await tx.select().from(planDelays).where(and(eq(planDelays.id, input.delayId), eq(planDelays.orderId, orderId))).for('update');
  if (!delay) throw new DomainError('not_found', `The plan has no delay report ${input.delayId}`);
  const delayStatus = fire(planDelayMachine, delay.status, input.accepted ? 'accept' : 'decline', {
    code: 'delay_not_awaiting_customer',
    detail: `Delay report ${delay.id} is ${delay.status}; only a substitute awaiting the customer takes an answer`,
  });
  const stage = stageOf(stages, delay.stageId);
  assertNotCancelled(stage);
  // Declined, the stage goes back to where it was: under way if it had started, else pending.
  const stageStatus = fire(planStageMachine, stage.status, input.accepted ? 'accept_substitute' : stage.actualStart ? 'resume' : 'release');
  const promiseAfter = input.accepted
    ? await applyDelay(tx, now, orderId, stages, stage, { status: stageStatus, days: delay.days, reason: delay.reason, contingency: delay.contingency as Contingency, measure: delay.measure })
    : plan.promiseDate;
  if (!input.accepted) {
    await tx.update(planStages).set({ status: stageStatus, updatedAt: now }).where(eq(planStages.id, stage.id));
  }
  const [decided] = await tx
    .update(planDelays)
    .set({ status: delayStatus, customerDecisionAt: now, customerDecisionNote: input.note?.trim() || null, promiseAfter: input.accepted ? promiseAfter : null })
    .where(eq(planDelays.id, delay.id))
    .returning();
  const [updatedStage] = await tx.select().from(planStages).where(eq(planStages.id, stage.id));
  return {
    stage: toStageView(updatedStage!, stages),
    delay: toDelayView(decided!, stage.key),
    started: false,
    ready: false,
    promiseBefore: plan.promiseDate,
    promiseAfter,
    changes: [
      {
        entityType: 'plan',
        entityId: orderId,
        customerId: plan.customerId,
        action: input.accepted ? 'plan.substitute_accepted' : 'plan.substitute_declined',
        before: { delayId: delay.id, status: delay.status, promiseDate: plan.promiseDate },
        after: { delayId: delay.id, status: decided!.status, note: decided!.customerDecisionNote, promiseDate: promiseAfter },
      },
    ],
  };
}

/**
 * Fulfilment moves the plan's delivery stages (logistics, on-site service), which no one
 * reports by hand: they start when the first goods leave or the service begins, and are
 * done on delivery. Answers the stage changes for the caller to record with its own; an
 * order without a plan, or whose delivery stages are already there, changes nothing.
 */
export async function settleDeliveryStages(tx: Tx, now: Date, orderId: string, reached: 'started' | 'done'): Promise<Change[]> {
  const found = await lockedPlan(tx, orderId);
  if (!found) return [];
  const { plan, stages } = found;
  const event = reached === 'done' ? 'deliver' : 'dispatch';
  const moving = stages.filter((s) => s.delivery && can(planStageMachine, s.status, event) && (reached === 'done' || s.actualStart === null));
  const changes: Change[] = [];
  for (const stage of moving) {
    const status = fire(planStageMachine, stage.status, event);
    const actualStart = stage.actualStart ?? now;
    const actualEnd = reached === 'done' ? now : null;
    await tx.update(planStages).set({ status, actualStart, actualEnd, updatedAt: now }).where(eq(planStages.id, stage.id));
    changes.push({
      entityType: 'plan',
      entityId: orderId,
      customerId: plan.customerId,
      action: 'plan.stage_progressed',
      before: { stage: stage.key, status: stage.status },
      after: { stage: stage.key, status, actualStart: actualStart.toISOString(), actualEnd: actualEnd?.toISOString() ?? null, by: 'fulfilment' },
    });
  }
  if (changes.length > 0) await tx.update(plans).set({ updatedAt: now }).where(eq(plans.orderId, orderId));
  return changes;
}
