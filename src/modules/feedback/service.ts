/*
 * Satisfaction surveys and their answers (surveys, feedback): the customer's word after delivery.
 * Other modules reach it only through this file.
 */
import { and, desc, eq, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { type Actor, type Change, type OutboxMessage, recordChanges } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { afterTimeCursor, pageOf } from '../../platform/http/pagination.js';
import { enqueueJob } from '../../platform/jobs/queue.js';
import { findLinkToken, type LinkIntent, markLinkTokenUsed } from '../../platform/links/service.js';
import { openCaseInTx } from '../aftersales/service.js';
import { completeIfAcceptedAndSurveyed, getOrder, isDelivered, type LockedOrder, lockOrderWithLines, orderMessage } from '../orders/service.js';
import type { FeedbackChannel, FeedbackView, PhoneFeedback, SurveyAnswer } from './contract.js';
import { feedback, surveys } from './schema.js';
import { newId } from '../../platform/db/ids.js';

export { feedbackTimeline } from './timeline.js';
export { searchFeedback } from './search.js';

export type { FeedbackView, SurveyAnswer } from './contract.js';

/** The survey goes out a day after delivery: inside SPEC §10's three days, after the customer has seen the goods. */
export const surveyDelayHours = 24;
/** How long the link works. */
export const surveyValidDays = 14;
/** A score at or below this opens a complaint case. */
export const lowScore = 2;

export const sendSurveyJob = 'feedback.send_survey';
/** Who the trail names for an answer through the mailed link: the customer, not a person of ours. */
export const surveyLinkActor = 'customer (survey link)';

export const scoreNames = ['responseSpeed', 'productQuality', 'deliveryTimeliness', 'serviceAttitude'] as const;
export type Scores = Record<(typeof scoreNames)[number], number>;

function toView(row: typeof feedback.$inferSelect): FeedbackView {
  const overall = Math.round(((row.responseSpeed + row.productQuality + row.deliveryTimeliness + row.serviceAttitude) / 4) * 10) / 10;
  return {
    id: row.id,
    orderId: row.orderId,
    orderNumber: row.orderNumber,
    customerId: row.customerId,
    customerName: row.customerName,
    channel: row.channel,
    surveyId: row.surveyId,
    acceptanceResult: row.acceptanceResult,
    responseSpeed: row.responseSpeed,
    productQuality: row.productQuality,
    deliveryTimeliness: row.deliveryTimeliness,
    serviceAttitude: row.serviceAttitude,
    overall,
    comments: row.comments,
    suggestions: row.suggestions,
    recordedBy: row.recordedBy,
    recordedByLabel: row.recordedByLabel,
    recordedAt: row.recordedAt.toISOString(),
  };
}

/** On delivery, inside the delivering transaction: the survey is queued to go out within the three days. */
export async function scheduleSurvey(tx: Tx, now: Date, orderId: string): Promise<Date> {
  const runAt = new Date(now.getTime() + surveyDelayHours * 3_600_000);
  await enqueueJob(tx, now, { kind: sendSurveyJob, payload: { orderId }, runAt, dedupKey: `survey:${orderId}` });
  return runAt;
}

export async function surveySent(db: Executor, orderId: string): Promise<boolean> {
  const [row] = await db.select({ id: surveys.id }).from(surveys).where(eq(surveys.orderId, orderId));
  return row !== undefined;
}

/**
 * Sends the survey: asks for a one-time link to the customer (the deliverer mints it as the
 * mail and SMS go out). An order the customer has already accepted is then complete.
 */
export async function sendSurvey(db: Db, now: Date, orderId: string): Promise<void> {
  const system: Actor = { userId: null, label: 'system' };
  await db.transaction(async (tx) => {
    const order = await lockOrderWithLines(tx, orderId);
    if (order.row.status === 'cancelled' || (await surveySent(tx, orderId))) return;
    const expiresAt = new Date(now.getTime() + surveyValidDays * 24 * 3_600_000);
    const id = newId();
    await tx.insert(surveys).values({ id, orderId, customerId: order.row.customerId, sentAt: now, expiresAt, answeredAt: null });
    const changes: Change[] = [
      { entityType: 'order', entityId: orderId, customerId: order.row.customerId, action: 'order.survey_sent', after: { surveyId: id, expiresAt: expiresAt.toISOString() } },
    ];
    changes.push(...(await completeIfAcceptedAndSurveyed(tx, system, now, order, true)));
    const link: LinkIntent = { purpose: 'survey', subjectId: id, expiresAt: expiresAt.toISOString() };
    await recordChanges(tx, system, now, changes, [orderMessage(order.row, 'survey.sent', { customer: true }, { link, dueAt: link.expiresAt })]);
  });
}

/** The survey behind a link, or the reason it cannot be answered: unknown (404), expired (410), answered (409). */
async function surveyFor(db: Executor, token: string, now: Date, lock: boolean): Promise<typeof surveys.$inferSelect & { tokenId: string }> {
  const minted = await findLinkToken(db, 'survey', token);
  if (!minted) throw new DomainError('survey_link_unknown', 'This survey link is not valid');
  const query = db.select().from(surveys).where(eq(surveys.id, minted.subjectId));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new DomainError('survey_link_unknown', 'This survey link is not valid');
  // A re-sent mail's newer link replaces the token; the survey's own end still applies to all.
  if (minted.expiresAt <= now && !row.answeredAt) throw new DomainError('survey_link_expired', `This survey link expired at ${minted.expiresAt.toISOString()}`);
  return { ...stillOpen(row, now), tokenId: minted.id };
}

/** The survey, if it can still be answered: once answered 409, after it closes 410. */
function stillOpen(row: typeof surveys.$inferSelect, now: Date): typeof surveys.$inferSelect {
  if (row.answeredAt) throw new DomainError('survey_answered', `This survey was answered at ${row.answeredAt.toISOString()}; thank you`);
  if (row.expiresAt <= now) throw new DomainError('survey_link_expired', `This survey expired at ${row.expiresAt.toISOString()}`);
  return row;
}

/** What the public survey page shows: the order it is about and until when it can be answered. */
export async function openSurvey(db: Db, token: string, now: Date): Promise<{ orderNumber: string; customerName: string; expiresAt: string; questions: string[] }> {
  const survey = await surveyFor(db, token, now, false);
  const order = await getOrder(db, survey.orderId);
  return { orderNumber: order.number, customerName: order.customer.name, expiresAt: survey.expiresAt.toISOString(), questions: [...scoreNames] };
}

/**
 * The customer answers through the link, once. A low score (≤ 2 on any question) opens a
 * complaint case for after-sales.
 */
export async function answerSurvey(db: Db, token: string, now: Date, answer: SurveyAnswer): Promise<FeedbackView> {
  const customer: Actor = { userId: null, label: surveyLinkActor };
  return db.transaction(async (tx) => {
    const { orderId } = await surveyFor(tx, token, now, false);
    const order = await lockOrderWithLines(tx, orderId);
    const survey = await surveyFor(tx, token, now, true);
    await markLinkTokenUsed(tx, survey.tokenId, now);
    return recordAnswer(tx, customer, now, order, survey, answer, 'link');
  });
}

/** The survey of one of the customer's orders, or why it cannot be answered; none sent yet is 404. */
async function orderSurvey(db: Executor, customerId: string, orderId: string, now: Date, lock: boolean): Promise<typeof surveys.$inferSelect> {
  const query = db.select().from(surveys).where(and(eq(surveys.orderId, orderId), eq(surveys.customerId, customerId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new DomainError('not_found', `No survey has been sent for order ${orderId}`);
  return stillOpen(row, now);
}

/**
 * A customer's person answers the survey of their order in the portal instead of through the
 * mailed link: the same one answer, the same complaint on a low score, recorded as theirs.
 */
export async function answerOrderSurvey(db: Db, actor: Actor, now: Date, customerId: string, orderId: string, answer: SurveyAnswer): Promise<FeedbackView> {
  return db.transaction(async (tx) => {
    await orderSurvey(tx, customerId, orderId, now, false);
    const order = await lockOrderWithLines(tx, orderId);
    return recordAnswer(tx, actor, now, order, await orderSurvey(tx, customerId, orderId, now, true), answer, 'portal');
  });
}

/** Where an order's survey stands, for the customer: none sent yet is null. */
export async function surveyStatus(db: Executor, orderId: string, now: Date): Promise<{ status: 'open' | 'answered' | 'expired'; expiresAt: string; questions: string[] } | null> {
  const [row] = await db.select().from(surveys).where(eq(surveys.orderId, orderId));
  if (!row) return null;
  const status = row.answeredAt ? 'answered' : row.expiresAt <= now ? 'expired' : 'open';
  return { status, expiresAt: row.expiresAt.toISOString(), questions: [...scoreNames] };
}

/**
 * Staff record the satisfaction answer a customer gave by phone, for a delivered order: it
 * answers the order's open survey (the link then says it was answered), and a low score opens
 * a complaint case like any other answer. One answer per order: a second is 409 survey_answered.
 */
export async function recordPhoneFeedback(db: Db, actor: Actor, now: Date, input: PhoneFeedback): Promise<FeedbackView> {
  return db.transaction(async (tx) => {
    const order = await lockOrderWithLines(tx, input.orderId);
    if (!isDelivered(order.row.status)) throw new DomainError('order_not_delivered', `Order ${order.row.number} is ${order.row.status}: ask for feedback once it is delivered`);
    const [survey] = await tx.select().from(surveys).where(eq(surveys.orderId, order.row.id)).for('update');
    return recordAnswer(tx, actor, now, order, survey ?? null, input, 'phone');
  });
}

async function recordAnswer(tx: Tx, actor: Actor, now: Date, order: LockedOrder, survey: typeof surveys.$inferSelect | null, answer: SurveyAnswer, channel: FeedbackChannel): Promise<FeedbackView> {
  const orderId = order.row.id;
  const [earlier] = await tx.select({ recordedAt: feedback.recordedAt }).from(feedback).where(eq(feedback.orderId, orderId)).limit(1);
  if (earlier || survey?.answeredAt) {
    throw new DomainError('survey_answered', `The customer's feedback on order ${order.row.number} was recorded at ${(earlier?.recordedAt ?? survey!.answeredAt!).toISOString()}`);
  }
  if (survey) await tx.update(surveys).set({ answeredAt: now }).where(eq(surveys.id, survey.id));
  const row: typeof feedback.$inferSelect = {
    id: newId(),
    surveyId: survey?.id ?? null,
    orderId,
    orderNumber: order.row.number ?? '',
    customerId: order.row.customerId,
    customerName: order.row.customerName,
    channel,
    acceptanceResult: order.row.acceptanceResult,
    ...pickScores(answer),
    comments: answer.comments?.trim() || null,
    suggestions: answer.suggestions?.trim() || null,
    recordedBy: actor.userId,
    recordedByLabel: actor.label,
    recordedAt: now,
  };
  await tx.insert(feedback).values(row);
  const view = toView(row);
  const low = scoreNames.filter((name) => view[name] <= lowScore);
  const changes: Change[] = [{ entityType: 'order', entityId: orderId, customerId: order.row.customerId, action: 'order.feedback_received', after: view }];
  const messages: OutboxMessage[] = [orderMessage(order.row, 'feedback.received', { roles: ['after_sales', 'manager'] }, { reason: String(view.overall), comment: view.comments ?? '' })];
  if (low.length > 0) {
    const summary = { code: 'case.low_scores', params: { scores: low.map((question) => ({ question, score: view[question] })), ...(view.comments ? { comments: view.comments } : {}) } } as const;
    const opened = await openCaseInTx(tx, actor, now, order, { type: 'complaint', summary, source: 'survey', customerId: order.row.customerId, currency: order.row.currency });
    changes.push(...opened.changes);
    messages.push(...opened.messages);
  }
  await recordChanges(tx, actor, now, changes, messages);
  return view;
}

function pickScores(answer: Scores): Scores {
  return { responseSpeed: answer.responseSpeed, productQuality: answer.productQuality, deliveryTimeliness: answer.deliveryTimeliness, serviceAttitude: answer.serviceAttitude };
}

/** Feedback records from the survey link, the portal and the phone together, newest first. */
export async function listFeedback(
  db: Executor,
  query: { orderId?: string; customerId?: string; channel?: FeedbackChannel; lowScores?: boolean; limit: number; cursor?: string },
): Promise<{ items: FeedbackView[]; nextCursor: string | null }> {
  const filters: (SQL | undefined)[] = [];
  if (query.orderId) filters.push(eq(feedback.orderId, query.orderId));
  if (query.customerId) filters.push(eq(feedback.customerId, query.customerId));
  if (query.channel) filters.push(eq(feedback.channel, query.channel));
  if (query.lowScores) {
    filters.push(or(lte(feedback.responseSpeed, lowScore), lte(feedback.productQuality, lowScore), lte(feedback.deliveryTimeliness, lowScore), lte(feedback.serviceAttitude, lowScore)));
  }
  if (query.cursor) filters.push(afterTimeCursor(query.cursor, feedback.recordedAt, feedback.id, 'desc'));
  const rows = await db
    .select()
    .from(feedback)
    .where(and(...filters))
    .orderBy(desc(feedback.recordedAt), desc(feedback.id))
    .limit(query.limit + 1);
  return pageOf(rows.map(toView), query.limit, (f) => [f.recordedAt, f.id]);
}

/**
 * Each customer's average satisfaction as a sub-query: `customer_id` and `average_score`, the
 * mean of every answer's four scores (1–5) to two decimals, grouped in the database.
 */
export function customerSatisfaction(): SQL {
  return sql`SELECT ${feedback.customerId} AS customer_id,
      round(avg((${feedback.responseSpeed} + ${feedback.productQuality} + ${feedback.deliveryTimeliness} + ${feedback.serviceAttitude}) / 4.0), 2)::float8 AS average_score
    FROM ${feedback} GROUP BY ${feedback.customerId}`;
}
