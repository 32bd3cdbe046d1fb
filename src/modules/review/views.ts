import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { afterTimeCursor, pageOf } from '../../platform/http/pagination.js';
import type { InboxItem, ReviewView, StepView } from './contract.js';
import { reviews, reviewSteps } from './schema.js';

/* How review rows become what the API answers: the order's rounds and steps, and the inbox of waiting steps. */

export function toStepView(row: typeof reviewSteps.$inferSelect): StepView {
  return {
    id: row.id,
    round: row.round,
    position: row.position,
    key: row.key,
    name: row.name,
    role: row.role,
    check: row.check,
    checkPassed: row.checkPassed,
    evidence: row.evidence ?? null,
    status: row.status,
    waitingSince: row.waitingSince?.toISOString() ?? null,
    decidedBy: row.decidedBy,
    decidedByLabel: row.decidedByLabel,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    comment: row.comment,
  };
}

/** An order's review with every round, or undefined when the order never reached review. */
export async function getReview(db: Executor, orderId: string): Promise<ReviewView | undefined> {
  const [review] = await db.select().from(reviews).where(eq(reviews.orderId, orderId));
  if (!review) return undefined;
  const steps = await db.select().from(reviewSteps).where(eq(reviewSteps.orderId, orderId)).orderBy(asc(reviewSteps.round), asc(reviewSteps.position));
  const rounds = new Map<number, StepView[]>();
  for (const step of steps) rounds.set(step.round, [...(rounds.get(step.round) ?? []), toStepView(step)]);
  return {
    orderId,
    orderNumber: review.orderNumber,
    chain: { orderType: review.orderType, version: review.chainVersion },
    round: review.round,
    status: review.status,
    startedAt: review.startedAt.toISOString(),
    updatedAt: review.updatedAt.toISOString(),
    rounds: [...rounds].sort(([a], [b]) => b - a).map(([round, roundSteps]) => ({ round, steps: roundSteps })),
  };
}

/** Steps waiting for one of the viewer's roles (an admin sees all), longest waiting first. */
export async function listInbox(
  db: Executor,
  viewer: { roles: readonly string[] },
  query: { limit: number; cursor?: string },
): Promise<{ items: InboxItem[]; nextCursor: string | null }> {
  const filters: (SQL | undefined)[] = [eq(reviewSteps.status, 'waiting')];
  if (!viewer.roles.includes('admin')) filters.push(inArray(reviewSteps.role, [...viewer.roles]));
  if (query.cursor) filters.push(afterTimeCursor(query.cursor, reviewSteps.waitingSince, reviewSteps.id, 'asc'));
  const rows = await db
    .select({ step: reviewSteps, review: reviews })
    .from(reviewSteps)
    .innerJoin(reviews, eq(reviews.orderId, reviewSteps.orderId))
    .where(and(...filters))
    .orderBy(asc(reviewSteps.waitingSince), asc(reviewSteps.id))
    .limit(query.limit + 1);
  const items = rows.map(({ step, review }): InboxItem => ({
    stepId: step.id,
    orderId: step.orderId,
    orderNumber: review.orderNumber,
    customer: { id: review.customerId, name: review.summary.customerName },
    step: { key: step.key, name: step.name, role: step.role, round: step.round },
    totals: { currency: review.summary.currency, totalMinor: review.summary.totalMinor },
    priority: review.summary.priority,
    dueAt: review.summary.dueAt,
    waitingSince: step.waitingSince!.toISOString(),
  }));
  return pageOf(items, query.limit, (i) => [i.waitingSince, i.stepId]);
}
