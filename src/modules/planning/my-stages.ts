import { and, asc, eq, inArray, isNull, lte, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import type { StageView } from './contract.js';
import { plans, planStages } from './schema.js';
import { planStageMachine, type PlanStageStatus } from './states.js';
import { toStageView } from './views.js';

/* A stage owner's own work (SPEC §6): the open stages given to them or to their role, with what each can take. */

/** What the owner can do to a stage now: start it, report progress on a started one, complete it, report a delay. */
export const stageActions = ['start', 'progress', 'complete', 'report_delay'] as const;
export type StageAction = (typeof stageActions)[number];

/** green / yellow / red, judged as an order's schedule health is (orders/health.ts), for one stage. */
export const stageHealths = ['on_track', 'at_risk', 'late'] as const;
export type StageHealth = (typeof stageHealths)[number];

export interface WorkerStage {
  orderId: string;
  orderNumber: string;
  customerId: string;
  greenChannel: boolean;
  stage: StageView;
  health: StageHealth;
  /** The earlier stage of the plan still open: this one cannot start or complete before it is done. */
  waitingFor: { key: string; name: StageView['name']; status: PlanStageStatus } | null;
  actions: StageAction[];
}

export interface WorkerStageQuery {
  userId: string | null;
  roles: readonly string[];
  /** The business's day, `YYYY-MM-DD`. */
  today: string;
  /** today: due today or overdue, or already under way; all: every open stage. */
  due: 'today' | 'all';
  limit: number;
}

/** Stages that are under way: started, running late, or waiting for the customer. */
const underWay: PlanStageStatus[] = ['in_progress', 'delayed', 'blocked'];

function healthOf(row: typeof planStages.$inferSelect, today: string): StageHealth {
  if (row.plannedEnd < today) return 'late';
  if (row.plannedEnd === today || row.status === 'blocked' || (row.status === 'pending' && row.plannedStart < today)) return 'at_risk';
  return 'on_track';
}

const healthRank: Record<StageHealth, number> = { late: 0, at_risk: 1, on_track: 2 };

/** The plan's stage actions (views.ts) in the words of the owner's own list. */
const ownerWords = { start: 'start', finish: 'complete', delay: 'report_delay' } as const satisfies Record<StageView['actions'][number], StageAction>;

/**
 * What the owner can do to a stage: what the plan offers on it (the rules progressStage and
 * fileDelay apply), and on a stage already started that can still be finished, a progress report.
 */
function ownerActionsOf(stage: StageView): StageAction[] {
  const actions = stage.actions.map((action) => ownerWords[action]);
  return stage.actualStart !== null && stage.actions.includes('finish') ? ['progress', ...actions] : actions;
}

/**
 * The open stages of a worker: given to them by name, or to one of their roles and to
 * nobody by name (a stage given to a colleague is the colleague's). Most late first, then
 * by planned end. Two queries: the stages, and the open stages before them on their plans.
 */
export async function stagesOfWorker(db: Executor, query: WorkerStageQuery): Promise<WorkerStage[]> {
  const mine = or(
    query.userId ? eq(planStages.assigneeUserId, query.userId) : undefined,
    query.roles.length > 0 ? and(isNull(planStages.assigneeUserId), inArray(planStages.ownerRole, [...query.roles])) : undefined,
  );
  if (!mine) return [];
  const open = notInArray(planStages.status, [...planStageMachine.terminal]);
  // Started, or meant to have started by today: the work of today and what is overdue.
  const due = query.due === 'today' ? or(lte(planStages.plannedStart, query.today), inArray(planStages.status, underWay)) : undefined;
  const rows = await db
    .select({ stage: planStages, orderNumber: plans.orderNumber, greenChannel: plans.greenChannel })
    .from(planStages)
    .innerJoin(plans, eq(plans.orderId, planStages.orderId))
    .where(and(open, mine, due))
    .orderBy(asc(planStages.plannedEnd), sql`${plans.greenChannel} DESC`, asc(plans.orderNumber), asc(planStages.position))
    .limit(query.limit);
  if (rows.length === 0) return [];
  const orderIds = [...new Set(rows.map((r) => r.stage.orderId))];
  const unfinished = await db
    .select({ orderId: planStages.orderId, position: planStages.position, key: planStages.key, name: planStages.name, status: planStages.status })
    .from(planStages)
    .where(and(inArray(planStages.orderId, orderIds), ne(planStages.status, 'done')))
    .orderBy(asc(planStages.position));
  const items = rows.map(({ stage, orderNumber, greenChannel }): WorkerStage => {
    const before = unfinished.find((s) => s.orderId === stage.orderId && s.position < stage.position);
    const view = toStageView(stage, unfinished.filter((s) => s.orderId === stage.orderId));
    return {
      orderId: stage.orderId,
      orderNumber,
      customerId: stage.customerId,
      greenChannel,
      stage: view,
      health: healthOf(stage, query.today),
      waitingFor: before ? { key: before.key, name: before.name, status: before.status } : null,
      actions: ownerActionsOf(view),
    };
  });
  return items.sort((a, b) => healthRank[a.health] - healthRank[b.health]);
}

