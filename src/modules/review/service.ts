/*
 * Review chains and steps (review_chains, reviews, review_steps): who must approve what. It knows
 * nothing of orders; orders hands in a subject. Other modules reach it only through this file.
 */
import { and, asc, eq, gte, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/connect.js';
import type { Actor, OutboxMessage, PendingRecord } from '../../platform/audit/record.js';
import { isRole } from '../identity/service.js';
import { can, fire, statesThatCan } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { type CapacityEvidence, capacityUntil } from '../inventory/service.js';
import type { ChainStep, ChainVersion, ReviewOrderType, StepView } from './contract.js';
import { chainFromLookup, chainLookup, chainVersion, finalStepKey } from './chains.js';
import { type CheckResult, madeToOrderUnits, type ReviewSubject, runCheck } from './checks.js';
import { reviews, reviewSteps } from './schema.js';
import { autoApprovalFromLookup, autoApprovalLookup, autoApprovalRule, type AutoApprovalRuleSettings, loadAutoApproval } from './settings.js';
import { toStepView } from './views.js';
import { decidedStepStatuses, type Decision, reviewMachine, type ReviewStatus, reviewStepMachine, type ReviewStepStatus } from './states.js';
import { newId } from '../../platform/db/ids.js';
import { rowToJson } from '../../platform/db/json-rows.js';

/* The review chain at work (SPEC §5). It knows nothing of orders: the order module hands in a subject and applies the outcome. */

export { chainHistory, chainVersion, defaultChains, saveChain } from './chains.js';
export type { PaymentTerms, ReviewLine, ReviewSubject } from './checks.js';
export { autoApprovalKey, AutoApprovalSettings, defaultAutoApproval } from './settings.js';
export { defaultSignedConfirmation, loadSignedConfirmation, signedConfirmationKey, SignedConfirmationSettings } from './settings.js';
export { getReview, listInbox } from './views.js';
export type { InboxItem, ReviewView, StepView } from './contract.js';
export { reviewStatuses, reviewStepStatuses, type Decision, type ReviewStatus, type ReviewStepStatus } from './states.js';

/** Who decides a step: an actor with the roles the steps are addressed to. */
export interface Reviewer extends Actor {
  roles: readonly string[];
}

const system = 'system';

export interface ReviewStart extends PendingRecord {
  /** approved: the system approved the whole chain; waiting: a step waits for people. */
  outcome: 'approved' | 'waiting';
  chainVersion: number;
  round: number;
  waiting: StepView | null;
  /** A first round's rows, as CTEs the caller writes in its next statement (with the order itself); empty when written already. */
  writes: SQL[];
}

function stepOpenedMessage(subject: { orderId: string; number: string | null; customerId: string }, step: StepView): OutboxMessage<'review.step_opened'> {
  return {
    topic: 'review.step_opened',
    customerId: subject.customerId,
    payload: {
      orderId: subject.orderId,
      ...(subject.number !== null ? { number: subject.number } : {}),
      stepId: step.id,
      step: step.key,
      round: step.round,
      role: step.role,
      // The chain's roles were checked to be roles when it was saved.
      audience: { roles: [step.role].filter(isRole) },
    },
  };
}

async function capacityFor(tx: Tx, steps: ChainStep[], subject: ReviewSubject): Promise<CapacityEvidence | null> {
  const neededUnits = madeToOrderUnits(subject);
  if (!steps.some((s) => s.check === 'capacity') || neededUnits === 0 || !subject.requestedDeliveryDate) return null;
  return capacityUntil(tx, { from: subject.today, deliveryDate: subject.requestedDeliveryDate, neededUnits });
}

/** What a new order's first review round reads, read by intake with everything else it reads (`reviewLookup`). */
export interface ReviewPrefetch {
  chain: ChainVersion;
  autoApproval: AutoApprovalRuleSettings;
}

/** The current chain of `orderType` and the auto-approval settings, as one jsonb expression for a caller's batched read. */
export function reviewLookup(orderType: ReviewOrderType): SQL {
  return sql`jsonb_build_object('chain', ${chainLookup(orderType)}, 'settings', ${autoApprovalLookup()})`;
}

export function reviewFromLookup(orderType: ReviewOrderType, json: unknown): ReviewPrefetch {
  const { chain, settings } = json as { chain: unknown; settings: unknown };
  return { chain: chainFromLookup(orderType, chain), autoApproval: autoApprovalFromLookup(settings) };
}

/**
 * Starts a review round inside the order's transaction: the first on the current chain of
 * the order type, or — on resubmission — the next one on the version the order started
 * with. Runs the automatic checks at once and records their evidence. When every step
 * before the final one passed its check and the auto-approval rule holds, the system
 * approves the whole chain; otherwise passed steps are approved by the system and the
 * first undecided step waits in its role's inbox.
 */
export async function startReview(tx: Tx, now: Date, subject: ReviewSubject, firstRound?: ReviewPrefetch): Promise<ReviewStart> {
  // A new order (`firstRound`) has no review yet, and its caller has read the chain and settings already.
  const existing = firstRound ? undefined : (await tx.select().from(reviews).where(eq(reviews.orderId, subject.orderId)).for('update'))[0];
  const chain = firstRound?.chain.orderType === subject.orderType ? firstRound.chain : await chainVersion(tx, subject.orderType, existing?.chainVersion);
  const round = (existing?.round ?? 0) + 1;
  const [capacity, settings] = await Promise.all([capacityFor(tx, chain.steps, subject), firstRound?.autoApproval ?? loadAutoApproval(tx)]);
  const results = chain.steps.map((step): CheckResult | null => (step.check ? runCheck(step.check, subject, capacity) : null));
  const everyCheckPassed = chain.steps.every((step, i) => step.key === finalStepKey || results[i]?.passed === true);
  const rule = autoApprovalRule(settings, subject);
  const autoApproved = everyCheckPassed && rule.holds;
  const autoApproval = { applied: autoApproved, everyCheckPassed, ruleHolds: rule.holds, reasons: rule.reasons, totalMinor: subject.totalMinor, maxAmountMinor: rule.maxAmountMinor };

  let waitingIndex = -1;
  const rows = chain.steps.map((step, position): typeof reviewSteps.$inferSelect => {
    const check = results[position];
    const passed = autoApproved || check?.passed === true;
    if (!passed && waitingIndex === -1) waitingIndex = position;
    const status: ReviewStepStatus = passed ? 'approved' : position === waitingIndex ? 'waiting' : 'pending';
    const isFinal = step.key === finalStepKey;
    return {
      id: newId(),
      orderId: subject.orderId,
      customerId: subject.customerId,
      round,
      position,
      key: step.key,
      name: step.name,
      role: step.role,
      check: step.check ?? null,
      checkPassed: check ? check.passed : null,
      evidence: check ? { reasons: check.reasons, ...check.evidence } : isFinal ? { autoApproval } : null,
      status,
      waitingSince: status === 'waiting' ? now : null,
      decidedBy: null,
      decidedByLabel: passed ? system : null,
      decidedAt: passed ? now : null,
      // The system's decisions speak through their evidence (shown in the reader's language), not a comment.
      comment: null,
    };
  });

  if (existing) {
    await tx
      .update(reviewSteps)
      .set({ status: 'superseded' })
      .where(and(eq(reviewSteps.orderId, subject.orderId), inArray(reviewSteps.status, statesThatCan(reviewStepMachine, 'supersede'))));
  }
  const review = {
    orderId: subject.orderId,
    customerId: subject.customerId,
    orderNumber: subject.number,
    orderType: subject.orderType,
    chainVersion: chain.version,
    round,
    // A new round after the order came back: the last round ended rejected or returned.
    status: existing ? fire(reviewMachine, existing.status, autoApproved ? 'auto_approve' : 'restart') : autoApproved ? 'approved' : 'in_progress',
    summary: { customerName: subject.customerName, currency: subject.currency, totalMinor: subject.totalMinor, priority: subject.priority, dueAt: subject.dueAt.toISOString() },
    startedAt: existing?.startedAt ?? now,
    updatedAt: now,
  };
  const writes: SQL[] = [];
  if (firstRound) {
    writes.push(
      sql`review_steps_started AS (INSERT INTO review_steps SELECT * FROM jsonb_populate_recordset(NULL::review_steps, ${JSON.stringify(rows.map((r) => rowToJson(reviewSteps, r)))}::jsonb))`,
      sql`review_started AS (INSERT INTO reviews SELECT * FROM jsonb_populate_record(NULL::reviews, ${JSON.stringify(rowToJson(reviews, review))}::jsonb))`,
    );
  } else {
    await tx.insert(reviewSteps).values(rows);
    if (existing) await tx.update(reviews).set(review).where(eq(reviews.orderId, subject.orderId));
    else await tx.insert(reviews).values(review);
  }

  const steps = rows.map(toStepView);
  const waiting = waitingIndex === -1 ? null : steps[waitingIndex]!;
  return {
    outcome: waiting ? 'waiting' : 'approved',
    chainVersion: chain.version,
    round,
    waiting,
    writes,
    changes: [
      {
        entityType: 'order',
        entityId: subject.orderId,
        customerId: subject.customerId,
        action: 'review.started',
        after: {
          chain: { orderType: subject.orderType, version: chain.version },
          round,
          outcome: waiting ? 'waiting' : 'approved',
          autoApproval,
          steps: steps.map((s) => ({ key: s.key, role: s.role, status: s.status, checkPassed: s.checkPassed, evidence: s.evidence })),
        },
      },
    ],
    messages: waiting ? [stepOpenedMessage(subject, waiting)] : [],
  };
}

export interface DecisionInput {
  orderId: string;
  orderNumber: string;
  customerId: string;
  stepId: string;
  decision: Decision;
  comment?: string;
}

export interface DecisionResult extends PendingRecord {
  /** waiting: the next step waits; approved: the chain is done; rejected / returned: the round ended. */
  outcome: 'waiting' | 'approved' | 'rejected' | 'returned';
  decided: StepView;
  next: StepView | null;
}

/** How a round ended, from the review's status after its last decision. */
function roundEnd(status: ReviewStatus): Exclude<DecisionResult['outcome'], 'waiting'> {
  if (status === 'approved' || status === 'rejected' || status === 'returned') return status;
  throw new Error(`A decision left the review ${status}`);
}

/**
 * Records a person's decision on the waiting step, inside the order's transaction (the
 * caller holds the order's lock). Only the step's role may decide; a decided step, a step
 * not yet reached, or one of an earlier round is refused.
 */
export async function decideStep(tx: Tx, reviewer: Reviewer, now: Date, input: DecisionInput): Promise<DecisionResult> {
  const [step] = await tx
    .select()
    .from(reviewSteps)
    .where(and(eq(reviewSteps.id, input.stepId), eq(reviewSteps.orderId, input.orderId)))
    .for('update');
  if (!step) throw new DomainError('not_found', `Order ${input.orderNumber} has no review step ${input.stepId}`);
  if (!reviewer.roles.includes(step.role)) {
    throw new DomainError('review_role_required', `The ${step.key} step is decided by the ${step.role} role, which you do not have`, { meta: { role: step.role } });
  }
  if (decidedStepStatuses.includes(step.status)) {
    throw new DomainError('step_already_decided', `The ${step.key} step was ${step.status} by ${step.decidedByLabel} at ${step.decidedAt?.toISOString()}`, {
      meta: { stepStatus: step.status },
    });
  }
  const [review] = await tx.select().from(reviews).where(eq(reviews.orderId, input.orderId)).for('update');
  if (!review || review.round !== step.round || !can(reviewStepMachine, step.status, input.decision)) {
    throw new DomainError('stale_review', `The ${step.key} step of round ${step.round} is ${step.status}, not waiting for a decision; reload the review`, {
      meta: { stepStatus: step.status, round: step.round, currentRound: review?.round },
    });
  }
  const comment = input.comment?.trim() || null;
  if (input.decision !== 'approve' && !comment) {
    throw new DomainError('validation_failed', `To ${input.decision} a step, say why in a comment`, {
      errors: [{ path: '/comment', in: 'body', code: 'required', message: `is required to ${input.decision}` }],
    });
  }
  const status = fire(reviewStepMachine, step.status, input.decision);
  const [decidedRow] = await tx
    .update(reviewSteps)
    .set({ status, decidedBy: reviewer.userId, decidedByLabel: reviewer.label, decidedAt: now, comment })
    .where(eq(reviewSteps.id, step.id))
    .returning();

  let next: StepView | null = null;
  if (input.decision === 'approve') {
    const [nextRow] = await tx
      .select()
      .from(reviewSteps)
      .where(and(eq(reviewSteps.orderId, input.orderId), eq(reviewSteps.round, step.round), eq(reviewSteps.status, 'pending')))
      .orderBy(asc(reviewSteps.position))
      .limit(1);
    if (nextRow) {
      const [waitingRow] = await tx.update(reviewSteps).set({ status: fire(reviewStepMachine, nextRow.status, 'reach'), waitingSince: now }).where(eq(reviewSteps.id, nextRow.id)).returning();
      next = toStepView(waitingRow!);
    }
  } else {
    await tx
      .update(reviewSteps)
      .set({ status: 'not_reached' })
      .where(and(eq(reviewSteps.orderId, input.orderId), eq(reviewSteps.round, step.round), eq(reviewSteps.status, 'pending')));
  }
  const reviewStatus = fire(reviewMachine, review.status, next ? 'pass_step' : input.decision);
  const outcome = next ? 'waiting' : roundEnd(reviewStatus);
  await tx
    .update(reviews)
    .set({ status: reviewStatus, orderNumber: input.orderNumber, updatedAt: now })
    .where(eq(reviews.orderId, input.orderId));
  const decided = toStepView(decidedRow!);
  return {
    outcome,
    decided,
    next,
    changes: [
      {
        entityType: 'order',
        entityId: input.orderId,
        customerId: input.customerId,
        action: 'review.step_decided',
        before: { step: step.key, status: 'waiting' },
        after: { round: step.round, step: step.key, role: step.role, decision: input.decision, status, comment, next: next?.key ?? null },
      },
    ],
    messages: next ? [stepOpenedMessage({ orderId: input.orderId, number: input.orderNumber, customerId: input.customerId }, next)] : [],
  };
}

/**
 * A CTE that writes the order's number onto its review, for the statement that numbers a
 * new order (the number exists only inside that statement).
 */
export function reviewNumberedCte(orderId: string, number: SQL): SQL {
  return sql`review_numbered AS (UPDATE reviews SET order_number = ${number} WHERE order_id = ${orderId}::uuid)`;
}

/**
 * Takes a cancelled order out of review: its undecided steps leave the inboxes and the
 * review ends as cancelled. Part of the caller's change (the order's audit event says so).
 */
export async function withdrawReview(tx: Tx, orderId: string, now: Date): Promise<{ withdrawnSteps: string[] }> {
  const withdrawn = await tx
    .update(reviewSteps)
    .set({ status: 'not_reached', waitingSince: null })
    .where(and(eq(reviewSteps.orderId, orderId), inArray(reviewSteps.status, statesThatCan(reviewStepMachine, 'end_round'))))
    .returning({ key: reviewSteps.key });
  await tx
    .update(reviews)
    .set({ status: 'cancelled', updatedAt: now })
    .where(and(eq(reviews.orderId, orderId), inArray(reviews.status, statesThatCan(reviewMachine, 'cancel'))));
  return { withdrawnSteps: withdrawn.map((s) => s.key) };
}

/** The review step of an order waiting in its role's inbox, as a LATERAL sub-query: `step` as JSON, or no row. */
export function waitingStepLookup(orderId: SQL): SQL {
  return sql`SELECT jsonb_build_object('key', r.key, 'name', r.name, 'role', r.role, 'since', r.waiting_since) AS step
             FROM review_steps r WHERE r.order_id = ${orderId} AND r.status = 'waiting'
             ORDER BY r.round DESC, r.position LIMIT 1`;
}

/** A review step that waited in a role's inbox, as the bottleneck report reads it. */
export interface StepFact {
  orderId: string;
  key: string;
  role: string;
  status: ReviewStepStatus;
  waitingSince: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  decidedByLabel: string | null;
}

/** The steps that started waiting in [from, to) (automatic ones never wait): the time each spent in its role's inbox. */
export async function stepFactsBetween(db: Executor, from: Date, to: Date): Promise<StepFact[]> {
  const rows = await db
    .select({
      orderId: reviewSteps.orderId,
      key: reviewSteps.key,
      role: reviewSteps.role,
      status: reviewSteps.status,
      waitingSince: reviewSteps.waitingSince,
      decidedAt: reviewSteps.decidedAt,
      decidedBy: reviewSteps.decidedBy,
      decidedByLabel: reviewSteps.decidedByLabel,
    })
    .from(reviewSteps)
    .where(and(isNotNull(reviewSteps.waitingSince), gte(reviewSteps.waitingSince, from), lt(reviewSteps.waitingSince, to)))
    .orderBy(asc(reviewSteps.waitingSince), asc(reviewSteps.id));
  return rows.map((r) => ({ ...r, waitingSince: r.waitingSince! }));
}
