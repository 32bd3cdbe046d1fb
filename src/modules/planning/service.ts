/*
 * Execution plans and their templates, stages and delays, and the promise date. Orders calls it
 * when an order is approved; other modules reach it only through this file.
 */
import { and, asc, desc, eq, gte, inArray, lt, max, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/connect.js';
import type { PendingRecord } from '../../platform/audit/record.js';
import { statesThatCan } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { planningCalendar, productionStageKey, type Schedule, type ScheduleLine } from './schedule.js';
import type { BusinessCalendar } from '../../platform/time/calendar.js';
import { templateVersion } from './templates.js';
import { planDelays, plans, planStages } from './schema.js';
import { toDelayView, toStageView } from './views.js';
import { isRole } from '../identity/service.js';
import type { PlanOrderType, PlanView, QueueItem, TemplateVersion } from './contract.js';

/* Execution plans (SPEC §6): made from a template when an order is approved, with the promise date they lead to. */

export { saveTemplate, templateFromLookup, templateLookup, templateVersion } from './templates.js';
export { confirmSubstitute, fileDelay, progressStage, settleDeliveryStages, type DelayInput, type PlanChange, type ProgressInput, type StageWorker } from './progress.js';
export { planningCalendar, type Schedule, type ScheduleLine } from './schedule.js';
export { quotePromiseDate } from './quote.js';
export { assignStage } from './assignment.js';
export { lateStageOrdersBetween, stageFiguresBetween, stageSecondsWithin, type StageFigures } from './stage-figures.js';
export { stageActions, stageHealths, stagesOfWorker, type StageAction, type StageHealth, type WorkerStage } from './my-stages.js';
import { promiseFor, readsCapacity } from './promise.js';
export { capacityOutlook, promiseFor } from './promise.js';
import { planStageMachine } from './states.js';
import { newId } from '../../platform/db/ids.js';
export { planDelayStatuses, planStageStatuses, type PlanDelayStatus, type PlanStageStatus } from './states.js';

export interface PlanSubject {
  orderId: string;
  customerId: string;
  orderNumber: string;
  orderType: PlanOrderType;
  lines: ScheduleLine[];
  /** The day planning starts: today in the company's zone. */
  start: string;
}

/**
 * What making plans reads once for however many orders: the business calendar, the current
 * template of each order type, and where each order's earlier stages (if any) end.
 */
export interface PlanReadings {
  calendar: BusinessCalendar | null;
  templates: Map<PlanOrderType, TemplateVersion>;
  lastPositions: Map<string, number>;
}

/** Reads what `createPlan` needs for these orders, in three statements and one per order type. */
export async function readForPlans(tx: Tx, subjects: Pick<PlanSubject, 'orderId' | 'orderType'>[]): Promise<PlanReadings> {
  const calendar = await planningCalendar(tx);
  const templates = new Map<PlanOrderType, TemplateVersion>();
  for (const orderType of new Set(subjects.map((s) => s.orderType))) templates.set(orderType, await templateVersion(tx, orderType));
  const positions = await tx
    .select({ orderId: planStages.orderId, last: max(planStages.position) })
    .from(planStages)
    .where(inArray(planStages.orderId, subjects.map((s) => s.orderId)))
    .groupBy(planStages.orderId);
  return { calendar, templates, lastPositions: new Map(positions.map((p) => [p.orderId, p.last ?? 0])) };
}

/** A plan `createPlans` made: the plan, how its promise date was reached, and what to record (the caller records it with the order's own change). */
export type PlanMade = PendingRecord & { plan: PlanView; reasoning: Schedule['reasoning'] };

/**
 * Makes the plan of an approved order inside the order's transaction: the current
 * template's stages that apply to it, dated on working days.
 * `readings` (from `readForPlans`) spares the reads when many orders are planned together.
 */
export async function createPlan(tx: Tx, now: Date, subject: PlanSubject, readings?: PlanReadings): Promise<PlanMade> {
  return (await createPlans(tx, now, [subject], readings ?? (await readForPlans(tx, [subject])))).get(subject.orderId)!;
}

/**
 * `createPlan` for many orders, in the order given, their plans and stages written in one
 * statement each. An order whose production is booked on the capacity calendar reads the
 * stages queued ahead, so what is planned before it is written first.
 */
export async function createPlans(tx: Tx, now: Date, subjects: PlanSubject[], readings: PlanReadings): Promise<Map<string, PlanMade>> {
  const { calendar, templates, lastPositions } = readings;
  const pendingPlans: (typeof plans.$inferInsert)[] = [];
  const pendingStages: (typeof planStages.$inferSelect)[] = [];
  const write = async () => {
    if (pendingPlans.length > 0) {
      // A plan made again (the order was changed after its plan was cancelled) replaces the plan row in place, and keeps when it was first made.
      const again = (column: string) => sql.raw(`excluded.${column}`);
      const written = await tx
        .insert(plans)
        .values(pendingPlans.splice(0))
        .onConflictDoUpdate({
          target: plans.orderId,
          set: { templateVersion: again('template_version'), greenChannel: again('green_channel'), promiseDate: again('promise_date'), updatedAt: again('updated_at'), orderType: again('order_type') },
        })
        .returning({ orderId: plans.orderId, createdAt: plans.createdAt });
      const madeAt = new Map(written.map((plan) => [plan.orderId, plan.createdAt]));
      for (const stage of pendingStages) stage.planCreatedAt = madeAt.get(stage.orderId) ?? stage.planCreatedAt;
    }
    if (pendingStages.length > 0) await tx.insert(planStages).values(pendingStages.splice(0));
  };
  const made = new Map<string, PlanMade>();
  for (const subject of subjects) {
    const template = templates.get(subject.orderType) ?? (await templateVersion(tx, subject.orderType));
    if (readsCapacity(template, subject.lines)) await write();
    const schedule = await promiseFor(tx, { orderType: subject.orderType, lines: subject.lines, start: subject.start, calendar, template, exceptOrderId: subject.orderId });
    // A plan made again keeps the old stages as history and numbers the new ones after them.
    const offset = lastPositions.get(subject.orderId) ?? 0;
    const greenChannel = subject.orderType === 'urgent';
    pendingPlans.push({
      orderId: subject.orderId,
      customerId: subject.customerId,
      orderNumber: subject.orderNumber,
      orderType: subject.orderType,
      templateVersion: schedule.template.version,
      greenChannel,
      promiseDate: schedule.promiseDate,
      createdAt: now,
      updatedAt: now,
    });
    const rows = schedule.stages.map((s, index): typeof planStages.$inferSelect => ({
      id: newId(),
      orderId: subject.orderId,
      customerId: subject.customerId,
      position: offset + index + 1,
      key: s.template.key,
      name: s.template.name,
      ownerRole: s.template.ownerRole,
      assigneeUserId: null,
      assigneeName: null,
      days: s.days,
      units: s.units,
      delivery: s.template.delivery,
      plannedStart: s.plannedStart,
      plannedEnd: s.plannedEnd,
      actualStart: null,
      actualEnd: null,
      status: 'pending',
      delayReason: null,
      contingency: null,
      measure: null,
      note: null,
      updatedAt: now,
      // Until its plan row is written: a plan made again keeps its first time (see `write`).
      planCreatedAt: now,
    }));
    pendingStages.push(...rows);
    made.set(subject.orderId, planMade(now, subject, schedule, greenChannel, rows));
  }
  await write();
  return made;
}

function planMade(now: Date, subject: PlanSubject, schedule: Schedule & { template: TemplateVersion }, greenChannel: boolean, rows: (typeof planStages.$inferSelect)[]): PlanMade {
  const view: PlanView = {
    orderId: subject.orderId,
    orderNumber: subject.orderNumber,
    template: { orderType: subject.orderType, version: schedule.template.version },
    greenChannel,
    promiseDate: schedule.promiseDate,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    stages: rows.map((row) => toStageView(row, rows)),
    delays: [],
  };
  // Owner roles were checked to be roles when the template was saved.
  const roles = [...new Set(rows.map((r) => r.ownerRole))].filter(isRole);
  return {
    plan: view,
    reasoning: schedule.reasoning,
    changes: [
      {
        entityType: 'plan',
        entityId: subject.orderId,
        customerId: subject.customerId,
        action: 'plan.created',
        after: { template: view.template, promiseDate: view.promiseDate, stages: view.stages.map((s) => ({ key: s.key, ownerRole: s.ownerRole, plannedStart: s.plannedStart, plannedEnd: s.plannedEnd })) },
      },
    ],
    messages: [
      {
        topic: 'order.planned',
        customerId: subject.customerId,
        payload: { orderId: subject.orderId, number: subject.orderNumber, expectedDelivery: view.promiseDate, audience: { roles } },
      },
    ],
  };
}

/** The plan of an order with its stages and delay reports; not_found before it is made. */
export async function getPlan(db: Executor, orderId: string): Promise<PlanView> {
  const [plan] = await db.select().from(plans).where(eq(plans.orderId, orderId));
  if (!plan) throw new DomainError('not_found', `Order ${orderId} has no plan yet`);
  const stages = await db.select().from(planStages).where(eq(planStages.orderId, orderId)).orderBy(asc(planStages.position));
  const delays = await db.select().from(planDelays).where(eq(planDelays.orderId, orderId)).orderBy(asc(planDelays.reportedAt), asc(planDelays.id));
  const keys = new Map(stages.map((s) => [s.id, s.key]));
  return {
    orderId,
    orderNumber: plan.orderNumber,
    template: { orderType: plan.orderType as PlanOrderType, version: plan.templateVersion },
    greenChannel: plan.greenChannel,
    promiseDate: plan.promiseDate,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    stages: stages.map((row) => toStageView(row, stages)),
    delays: delays.map((d) => toDelayView(d, keys.get(d.stageId) ?? '')),
  };
}

/**
 * The production schedule (seed 002 §3): unfinished production stages in the order they
 * are worked — green-channel orders ahead of all others, then by planned start.
 */
export async function productionQueue(db: Executor, limit: number): Promise<QueueItem[]> {
  const rows = await db
    .select({ stage: planStages, plan: plans })
    .from(planStages)
    .innerJoin(plans, eq(plans.orderId, planStages.orderId))
    .where(and(eq(planStages.key, productionStageKey), notInArray(planStages.status, [...planStageMachine.terminal])))
    .orderBy(desc(plans.greenChannel), asc(planStages.plannedStart), asc(plans.createdAt), asc(plans.orderNumber))
    .limit(limit);
  return rows.map(({ stage, plan }) => ({
    orderId: plan.orderId,
    orderNumber: plan.orderNumber,
    greenChannel: plan.greenChannel,
    stageId: stage.id,
    status: stage.status,
    units: stage.units,
    plannedStart: stage.plannedStart,
    plannedEnd: stage.plannedEnd,
  }));
}

/**
 * The plan of a cancelled order stops: its unfinished stages are cancelled, so they leave
 * the production queue and free the capacity they held. Part of the caller's change.
 */
export async function cancelPlan(tx: Tx, orderId: string, now: Date): Promise<{ cancelledStages: string[] }> {
  const cancelled = await tx
    .update(planStages)
    .set({ status: 'cancelled', updatedAt: now })
    .where(and(eq(planStages.orderId, orderId), inArray(planStages.status, statesThatCan(planStageMachine, 'cancel'))))
    .returning({ key: planStages.key });
  return { cancelledStages: cancelled.map((s) => s.key) };
}

/** The stages still to be done (not done, not cancelled), as an SQL list for the fragments below. */
function openStageStatuses(): SQL {
  return sql.join(statesThatCan(planStageMachine, 'cancel').map((s) => sql`${s}`), sql`, `);
}

/**
 * What an order's unfinished stages say about its schedule: the earliest planned end already
 * passed (`stage_late_end`, a date before `today`), and whether one is behind without being
 * late yet (`stage_behind`): not started though its planned start has passed, or blocked
 * waiting for the customer. Dates are the business's days. Given an order, a sub-query for a
 * LATERAL join beside the orders table (one probe of the plan's key per order); given
 * `'every order'`, one row per order with unfinished stages (`order_id` and the same columns),
 * for judging many orders at once by a hash join.
 */
export function openStageFacts(orderId: SQL | 'every order', today: string): SQL {
  const facts = sql`min(s.planned_end) FILTER (WHERE s.planned_end < ${today}::date) AS stage_late_end,
                    coalesce(bool_or((s.status = 'pending' AND s.planned_start < ${today}::date) OR s.status = 'blocked'), false) AS stage_behind`;
  return orderId === 'every order'
    ? sql`SELECT s.order_id, ${facts} FROM plan_stages s WHERE s.status IN (${openStageStatuses()}) GROUP BY s.order_id`
    : sql`SELECT ${facts} FROM plan_stages s WHERE s.order_id = ${orderId} AND s.status IN (${openStageStatuses()})`;
}

/** The order's unfinished stage that ends first (the one holding it up), as a LATERAL sub-query: `stage` as JSON, or no row. */
export function currentStageLookup(orderId: SQL): SQL {
  return sql`SELECT jsonb_build_object('id', s.id, 'key', s.key, 'name', s.name, 'role', s.owner_role, 'status', s.status, 'plannedEnd', s.planned_end) AS stage
             FROM plan_stages s WHERE s.order_id = ${orderId} AND s.status IN (${openStageStatuses()})
             ORDER BY s.planned_end, s.position LIMIT 1`;
}

/** A delay report as the bottleneck report reads it, with the stage and department it held up. */
export interface DelayFact {
  orderId: string;
  orderNumber: string;
  stageKey: string;
  ownerRole: string;
  days: number;
  reason: string;
}

/** The delays reported in [from, to), in the order they were reported: what the bottleneck report groups. */
export async function delayFactsBetween(db: Executor, from: Date, to: Date): Promise<DelayFact[]> {
  return db
    .select({ orderId: planDelays.orderId, orderNumber: plans.orderNumber, stageKey: planStages.key, ownerRole: planStages.ownerRole, days: planDelays.days, reason: planDelays.reason })
    .from(planDelays)
    .innerJoin(planStages, eq(planStages.id, planDelays.stageId))
    .innerJoin(plans, eq(plans.orderId, planDelays.orderId))
    .where(and(gte(planDelays.reportedAt, from), lt(planDelays.reportedAt, to)))
    .orderBy(asc(planDelays.reportedAt), asc(planDelays.id));
}
