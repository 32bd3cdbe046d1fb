import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import type { PendingRecord } from '../../platform/audit/record.js';
import { statesThatCan } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import type { BusinessCalendar } from '../../platform/time/calendar.js';
import { addDays } from '../../platform/time/zone.js';
import { capacityCalendar, maxCalendarDays } from '../inventory/service.js';
import { planningCalendar, productionStageKey, scheduleStages, type CapacityOutlook, type Schedule, type ScheduleLine } from './schedule.js';
import { planDelays, planStages, plans } from './schema.js';
import { planStageMachine, type PlanStageStatus } from './states.js';
import { templateVersion, type PlanOrderType, type TemplateVersion } from './templates.js';
import { toDelayView, toStageView, type PlanView } from './views.js';

/* Execution plans (SPEC §6): made from a template when an order is approved, with the promise date they lead to. */

export { planOrderTypes, saveTemplate, stageConditions, templateFromLookup, templateLookup, templateVersion, type PlanOrderType, type TemplateStage, type TemplateVersion } from './templates.js';
export { contingencies, confirmSubstitute, fileDelay, progressStage, settleDeliveryStages, type Contingency, type DelayInput, type PlanChange, type ProgressInput, type StageWorker } from './progress.js';
export { planningCalendar, type Reason, type Schedule, type ScheduleLine } from './schedule.js';
export { quotePromiseDate, type Quote, type QuoteInput } from './quote.js';
export type { DelayView, PlanView, StageView } from './views.js';
export { planDelayStatuses, planStageStatuses, type PlanDelayStatus, type PlanStageStatus } from './states.js';
export { Plan, PromiseReason, StageName } from './plan-schema.js';

/**
 * The capacity calendar from `start` as production needs it: free units per day over every
 * active line, and the units of unfinished production stages queued ahead. Green-channel
 * orders queue behind other green-channel orders only; the rest behind every order.
 */
export async function capacityOutlook(db: Executor, input: { start: string; greenChannel: boolean; exceptOrderId?: string }): Promise<CapacityOutlook> {
  const horizon = addDays(input.start, maxCalendarDays - 1);
  const days = await capacityCalendar(db, { from: input.start, to: horizon });
  const freeByDay = new Map<string, number>();
  for (const day of days) freeByDay.set(day.date, (freeByDay.get(day.date) ?? 0) + day.freeUnits);
  const [ahead] = await queryRows<{ units: number }>(
    db,
    sql`SELECT coalesce(sum(s.units), 0)::int AS units FROM plan_stages s JOIN plans p ON p.order_id = s.order_id
        WHERE s.units > 0 AND s.status NOT IN ('done', 'cancelled')
          ${input.greenChannel ? sql`AND p.green_channel` : sql``}
          ${input.exceptOrderId ? sql`AND s.order_id <> ${input.exceptOrderId}::uuid` : sql``}`,
  );
  return { freeByDay, activeLines: new Set(days.map((d) => d.lineId)).size, unitsAhead: Number(ahead?.units ?? 0), horizon };
}

/**
 * The earliest delivery date for these lines (SPEC "promise date"): stock on the shelf,
 * the template's stages with the products' lead times, and — for made-to-order units —
 * the capacity calendar with the production queue ahead. Reads the calendar only when
 * something must be produced.
 */
export async function promiseFor(
  db: Executor,
  input: { orderType: PlanOrderType; lines: ScheduleLine[]; start: string; calendar: BusinessCalendar | null; template?: TemplateVersion; exceptOrderId?: string },
): Promise<Schedule & { template: TemplateVersion }> {
  const template = input.template ?? (await templateVersion(db, input.orderType));
  const produces = template.stages.some((s) => s.key === productionStageKey) && input.lines.some((l) => l.kind === 'made_to_order');
  const capacity = produces ? await capacityOutlook(db, { start: input.start, greenChannel: input.orderType === 'urgent', exceptOrderId: input.exceptOrderId }) : null;
  return { ...scheduleStages({ stages: template.stages, lines: input.lines, start: input.start, calendar: input.calendar, capacity }), template };
}

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
 * Makes the plan of an approved order inside the order's transaction: the current
 * template's stages that apply to it, dated on working days. Returns the plan, its
 * promise date and what to record (the caller records it with the order's own change).
 */
export async function createPlan(tx: Tx, now: Date, subject: PlanSubject): Promise<PendingRecord & { plan: PlanView; reasoning: Schedule['reasoning'] }> {
  const calendar = await planningCalendar(tx);
  const schedule = await promiseFor(tx, { orderType: subject.orderType, lines: subject.lines, start: subject.start, calendar, exceptOrderId: subject.orderId });
  const [plan] = await tx
    .insert(plans)
    .values({
      orderId: subject.orderId,
      customerId: subject.customerId,
      orderNumber: subject.orderNumber,
      orderType: subject.orderType,
      templateVersion: schedule.template.version,
      greenChannel: subject.orderType === 'urgent',
      promiseDate: schedule.promiseDate,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const rows = schedule.stages.map((s, index): typeof planStages.$inferSelect => ({
    id: randomUUID(),
    orderId: subject.orderId,
    customerId: subject.customerId,
    position: index + 1,
    key: s.template.key,
    name: s.template.name,
    ownerRole: s.template.ownerRole,
    days: s.days,
    units: s.units,
    delivery: s.template.delivery,
    plannedStart: s.plannedStart,
    plannedEnd: s.plannedEnd,
    actualStart: null,
    actualEnd: null,
    status: 'pending',
    delayReason: null,
    measure: null,
    note: null,
    updatedAt: now,
  }));
  if (rows.length > 0) await tx.insert(planStages).values(rows);
  const view: PlanView = {
    orderId: plan!.orderId,
    orderNumber: plan!.orderNumber,
    template: { orderType: subject.orderType, version: schedule.template.version },
    greenChannel: plan!.greenChannel,
    promiseDate: plan!.promiseDate,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    stages: rows.map(toStageView),
    delays: [],
  };
  const roles = [...new Set(rows.map((r) => r.ownerRole))];
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
    template: { orderType: plan.orderType, version: plan.templateVersion },
    greenChannel: plan.greenChannel,
    promiseDate: plan.promiseDate,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    stages: stages.map(toStageView),
    delays: delays.map((d) => toDelayView(d, keys.get(d.stageId) ?? '')),
  };
}

export interface QueueItem {
  orderId: string;
  orderNumber: string;
  greenChannel: boolean;
  stageId: string;
  status: PlanStageStatus;
  units: number;
  plannedStart: string;
  plannedEnd: string;
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
