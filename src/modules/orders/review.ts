import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import { type Actor, type OutboxMessage, type PendingRecord, recordChanges } from '../../platform/audit/record.js';
import { enqueueJob, enqueueJobsCte, type NewJob } from '../../platform/jobs/queue.js';
import { DomainError } from '../../platform/http/errors.js';
import { productsFromLookup, productsLookup, type ProductView } from '../catalog/service.js';
import { customerFromLookup, customerLookup, type CustomerView, lockCustomerForCredit } from '../customers/service.js';
import { decideStep, type Decision, loadSignedConfirmation, type Reviewer, type ReviewPrefetch, type ReviewSubject, startReview } from '../review/service.js';
import { closeSlaClock, recordLateReasonIfMissed } from '../sla/service.js';
import { findStaffMember } from '../identity/service.js';
import { openOrderTask, type OrderTaskInput } from '../tasks/service.js';
import { orderLines } from './schema.js';
import { type OrderEvent, type OrderStatus, walk } from './states.js';
import { type OrderColumns, orderMessage, type OrderTransition, transitionOrder, type TransitionRequest } from './transition.js';
import { type LineRow, loadView, lockOrder, type OrderRow } from './views.js';
import type { OrderType, OrderView, PaymentStatus } from './contract.js';

/* Where orders meet the review chain and exception handling: the order module hands the review what its checks need and applies what it decides. */

/** SPEC §3: the specialist must contact the customer within 2 h of an exception. */
export const exceptionContactMinutes = 120;

/** Who changes an order and when, with the company's time zone (which day is "today"). */
export interface OrderContext {
  db: Db;
  actor: Actor;
  now: Date;
  timeZone: string;
}

/** What the review's checks need beyond the order itself. */
export interface ReviewContext {
  customer: CustomerView;
  products: Map<string, ProductView>;
  /** The customer's credit exposure per currency: what its orders not cancelled still owe (`openReceivablesLookup`). */
  receivables: Record<string, number>;
  /** The day in the company's time zone. */
  today: string;
  /** A new order's first review: the chain and settings intake has read already. */
  review?: ReviewPrefetch;
}

/** What an order still owes, in SQL: nothing once paid (recorded or declared), else its total less what was received. */
export const outstandingSql = sql`CASE WHEN o.payment_status = 'paid' THEN 0 ELSE greatest(o.total_minor - o.paid_minor, 0) END`;

/**
 * A sub-query giving the customer's credit exposure per currency as JSON, leaving out one
 * order: the open receivables (delivered and completed orders not fully paid) plus the open
 * orders not yet invoiced, each counted at what it still owes. Cancelled orders owe nothing.
 */
export function openReceivablesLookup(customerId: string, exceptOrderId?: string): SQL {
  return sql`(SELECT coalesce(jsonb_object_agg(r.currency, r.total), '{}'::jsonb) FROM (
      SELECT o.currency, sum(${outstandingSql}) AS total FROM orders o
      WHERE o.customer_id = ${customerId}::uuid AND o.status <> 'cancelled' AND o.payment_status <> 'paid'
        ${exceptOrderId ? sql`AND o.id <> ${exceptOrderId}::uuid` : sql``}
      GROUP BY o.currency) r)`;
}

/** The review context of an order already taken in: the customer held for the credit check, then one read. */
export async function loadReviewContext(tx: Tx, order: OrderRow, lines: LineRow[], today: string): Promise<ReviewContext> {
  await lockCustomerForCredit(tx, order.customerId);
  const [row] = await queryRows<{ customer: unknown; products: unknown; receivables: Record<string, number> }>(
    tx,
    sql`SELECT ${customerLookup(order.customerId)} AS customer,
               ${productsLookup([...new Set(lines.map((l) => l.productId))])} AS products,
               ${openReceivablesLookup(order.customerId, order.id)} AS receivables`,
  );
  const customer = customerFromLookup(row!.customer);
  if (!customer) throw new Error(`Order ${order.id} names customer ${order.customerId}, which does not exist`);
  return { customer, products: productsFromLookup(row!.products), receivables: row!.receivables, today };
}

export async function orderLinesOf(tx: Tx, orderId: string): Promise<LineRow[]> {
  return tx.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.lineNo));
}

/** The lines of many orders, each order's in line order. */
export async function orderLinesOfMany(tx: Tx, orderIds: string[]): Promise<LineRow[]> {
  return tx.select().from(orderLines).where(inArray(orderLines.orderId, orderIds)).orderBy(asc(orderLines.orderId), asc(orderLines.lineNo));
}

function reviewSubject(order: OrderRow, lines: LineRow[], context: ReviewContext): ReviewSubject {
  const { customer, products } = context;
  return {
    orderId: order.id,
    number: order.number,
    orderType: order.type as OrderType,
    customerId: order.customerId,
    customerName: order.customerName,
    customer: { tier: customer.tier, creditLimitMinor: customer.creditLimitMinor, currency: customer.currency, paymentTerms: customer.paymentTerms },
    openReceivablesMinor: Number(context.receivables[order.currency] ?? 0),
    currency: order.currency,
    subtotalMinor: order.subtotalMinor,
    discountMinor: order.discountMinor,
    totalMinor: order.totalMinor,
    // Refunded in full: the order owes its total again, as an unpaid one does.
    paymentStatus: order.paymentStatus === 'refunded' ? 'unpaid' : (order.paymentStatus as PaymentStatus),
    paidMinor: order.paymentStatus === 'paid' ? order.totalMinor : order.paidMinor,
    signedConfirmation: order.signedConfirmation,
    requestedDeliveryDate: order.requestedDeliveryDate,
    today: context.today,
    priority: order.priorityLevel,
    dueAt: order.responseDueAt,
    lines: lines.map((l) => ({
      lineNo: l.lineNo,
      sku: l.sku,
      kind: l.kind as 'stock' | 'made_to_order' | 'service',
      active: products.get(l.productId)?.active ?? false,
      quantity: l.quantity,
      listPriceMinor: l.listPriceMinor,
      unitPriceMinor: l.unitPriceMinor,
      discountMinor: l.discountMinor,
      totalMinor: l.totalMinor,
      reservedQuantity: l.reservedQuantity,
      leadTimes: products.get(l.productId)?.leadTimes ?? {},
    })),
  };
}

/** "Your order is confirmed, expected delivery on …" (SPEC §6), with the promise date when there is one. */
export function approvedMessage(order: OrderRow): OutboxMessage {
  return orderMessage(order, 'order.approved', { customer: true, roles: ['specialist'] }, order.promisedDeliveryDate ? { expectedDelivery: order.promisedDeliveryDate } : {});
}

export const planJobKind = 'planning.generate';

/**
 * An approved order gets its plan from a job queued in the approving transaction: the job
 * exists exactly when the approval commits, and intake (which may approve at once) stays
 * short while it holds the month's order counter.
 */
export async function queuePlan(tx: Tx, now: Date, order: Pick<OrderRow, 'id' | 'version'>): Promise<void> {
  await enqueueJob(tx, now, planJobOf(order));
}

function planJobOf(order: Pick<OrderRow, 'id' | 'version'>): NewJob<typeof planJobKind> {
  // Once per approval (the version it was approved from): an order changed after intake may be approved, and planned, again.
  return { kind: planJobKind, payload: { orderId: order.id }, dedupKey: `plan:${order.id}:${order.version}` };
}

/** Opens the specialist's task to clarify an exception with the customer, due in 2 h. */
export async function openExceptionTask(tx: Tx, now: Date, order: OrderRow, summary: OrderTaskInput['summary']): Promise<PendingRecord> {
  // The order's owner holds it when they are an active specialist; else it waits for any specialist.
  const owner = order.ownerId ? await findStaffMember(tx, order.ownerId) : undefined;
  const holder = owner?.active && owner.roles.includes('specialist') ? owner : undefined;
  return openOrderTask(tx, now, {
    kind: 'order_exception',
    orderId: order.id,
    orderNumber: order.number,
    customerId: order.customerId,
    role: 'specialist',
    assigneeId: holder?.id ?? null,
    assigneeName: holder?.name ?? null,
    dueAt: new Date(now.getTime() + exceptionContactMinutes * 60_000),
    summary,
  });
}

export interface FollowUp extends PendingRecord {
  /** Events to apply after the audit's (approve, when the review approved at once). */
  events: OrderEvent[];
  /** A new order's rows (its first review, its plan job) as CTEs for intake's statement that inserts the order. */
  writes: SQL[];
  /** Set when the order is (still) in exception: from now a customer contact is needed to resubmit. */
  exceptionSince: Date | null;
}

/**
 * Approval answers the order's response deadline (SPEC §4): its clock stops. Late, it
 * takes the reason given, or the one recorded on the clock before.
 */
export async function closeResponseClock(tx: Tx, order: OrderRow, actor: Actor, now: Date, lateReason?: string): Promise<void> {
  await closeSlaClock(tx, { orderId: order.id, kind: 'response', at: now, actor, lateReason });
}

/**
 * What follows the preliminary audit, inside the order's transaction: an order that
 * reached review starts it (and may be approved at once); an exception opens the
 * specialist's task. `order` carries the status the audit led to. `approval` says who
 * stops the response clock of an order approved at once, and why it was late if it was
 * (intake omits it: the clock does not exist yet and is opened met).
 */
export async function followAudit(
  tx: Tx,
  now: Date,
  order: OrderRow,
  lines: LineRow[],
  context: () => Promise<ReviewContext>,
  approval?: { actor: Actor; lateReason: string },
): Promise<FollowUp> {
  if (order.status === 'under_review') {
    const known = await context();
    const review = await startReview(tx, now, reviewSubject(order, lines, known), known.review);
    const approved = review.outcome === 'approved';
    if (approved && approval) await closeResponseClock(tx, order, approval.actor, now, approval.lateReason);
    const writes = [...review.writes];
    if (approved) {
      // A new order's plan job goes with its first review's rows, in intake's statement.
      if (known.review) writes.push(enqueueJobsCte(now, [planJobOf(order)]));
      else await queuePlan(tx, now, order);
    }
    return {
      events: approved ? ['approve'] : [],
      exceptionSince: null,
      writes,
      changes: review.changes,
      messages: approved ? [...review.messages, approvedMessage(order)] : review.messages,
    };
  }
  if (order.status === 'exception') {
    const summary = { code: 'task.clarify_exceptions', params: { findings: order.exceptions.map((e) => e.code) } } as const;
    return { events: [], exceptionSince: now, writes: [], ...(await openExceptionTask(tx, now, order, summary)) };
  }
  return { events: [], exceptionSince: null, writes: [], changes: [], messages: [] };
}

/**
 * An order the preliminary audit has just passed or failed again (entry confirmed,
 * resubmitted, the checks done by the caller): follows the audit (review or exception) and
 * moves the order through `events` and what followed, writing `set` with it.
 */
export async function settleAfterAudit(
  tx: Tx,
  actor: Actor,
  now: Date,
  input: {
    row: OrderRow;
    events: OrderEvent[];
    set: OrderColumns;
    lines: LineRow[];
    context: () => Promise<ReviewContext>;
    /** Why the response came late, should the review approve the order at once after its deadline. */
    lateReason: string;
    audit: TransitionRequest['audit'];
  },
): Promise<{ moved: OrderTransition; followUp: FollowUp }> {
  const { row, events, set } = input;
  const audited = walk(row.status as OrderStatus, events);
  const followUp = await followAudit(tx, now, { ...row, ...set, status: audited.status }, input.lines, input.context, { actor, lateReason: input.lateReason });
  const moved = await transitionOrder(tx, actor, now, {
    order: row,
    events: [...events, ...followUp.events],
    set: { ...set, exceptionSince: followUp.exceptionSince },
    audit: input.audit,
  });
  return { moved, followUp };
}

/** The review setting may want the customer's signed confirmation attached before an order of its type is approved. */
async function requireSignedConfirmation(tx: Tx, row: OrderRow): Promise<void> {
  if (row.signedConfirmation) return;
  const { orderTypes } = await loadSignedConfirmation(tx);
  if (!orderTypes.includes(row.type as OrderType)) return;
  throw new DomainError('signed_confirmation_required', `Order ${row.number} is ${row.type}: attach the customer's signed confirmation before approving it`, {
    meta: { orderType: row.type },
  });
}

const decisionEvents: Record<Decision, OrderEvent> = { approve: 'approve', reject: 'reject', return: 'send_back' };

/**
 * A person decides the review step waiting for their role. Approving the last step
 * approves the order; rejecting or returning it sends the order to exception with a
 * task for the specialist to clarify the questions with the customer.
 */
export async function decideReviewStep(
  db: Db,
  reviewer: Reviewer,
  now: Date,
  orderId: string,
  input: { stepId: string; decision: Decision; comment?: string; lateReason?: string },
): Promise<OrderView> {
  return db.transaction(async (tx) => {
    const row = await lockOrder(tx, orderId);
    const { lateReason, ...decision } = input;
    const decided = await decideStep(tx, reviewer, now, { orderId, orderNumber: row.number!, customerId: row.customerId, ...decision });
    if (decided.outcome === 'waiting') {
      // A reason given on an approval before the last is kept, so the last approver is not asked again.
      if (lateReason && input.decision === 'approve') await recordLateReasonIfMissed(tx, reviewer, now, { orderId, kind: 'response', reason: lateReason });
      await recordChanges(tx, reviewer, now, decided.changes, decided.messages);
      return loadView(tx, row);
    }
    if (decided.outcome === 'approved') {
      await requireSignedConfirmation(tx, row);
      await closeResponseClock(tx, row, reviewer, now, lateReason);
      await queuePlan(tx, now, row);
    }
    const step = decided.decided.key;
    const comment = decided.decided.comment;
    const topic = `order.${decided.outcome}` as const;
    const event = decisionEvents[input.decision];
    const moved = await transitionOrder(tx, reviewer, now, {
      order: row,
      events: [event],
      set: { exceptionSince: event === 'approve' ? row.exceptionSince : now },
      audit: { action: topic, after: { step, comment } },
    });
    const updated = moved.row;
    const followUp: PendingRecord =
      updated.status === 'exception'
        ? await openExceptionTask(tx, now, updated, { code: input.decision === 'reject' ? 'task.review_rejected' : 'task.review_returned', params: { step, comment } })
        : { changes: [], messages: [] };
    const message = decided.outcome === 'approved' ? approvedMessage(updated) : orderMessage(updated, topic, { roles: ['specialist'] }, { step, comment });
    await recordChanges(tx, reviewer, now, [...decided.changes, moved.change, ...followUp.changes], [...decided.messages, message, ...followUp.messages]);
    return loadView(tx, updated);
  });
}
