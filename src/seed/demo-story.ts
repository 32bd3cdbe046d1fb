/**
 * What happened to a demo order after it was taken: review decisions, plan progress and
 * delays, shipments and tracking, service visits, acceptance, after-sales and the survey —
 * each step through the service a person would use, at the time it happened.
 */
import type { Db } from '../platform/db/connect.js';
import type { Actor } from '../platform/audit/record.js';
import { isLinkIntent, mintLinkToken } from '../platform/links/service.js';
import { outboxPayloads } from '../platform/outbox/service.js';
import type { Role } from '../modules/identity/permissions.js';
import { cancelOrder } from '../modules/orders/cancel.js';
import { decideReviewStep, progressOrderStage, reportOrderDelay, type OrderView } from '../modules/orders/service.js';
import { getReview } from '../modules/review/service.js';
import type { Contingency } from '../modules/planning/contract.js';
import { getPlan } from '../modules/planning/service.js';
import { completeService, createShipment, listCarriers, recordTrackingEvent, type TrackingStatus } from '../modules/fulfilment/service.js';
import { recordAcceptance } from '../modules/fulfilment/acceptance.js';
import { claimCase, logCaseContact } from '../modules/aftersales/service.js';
import { authoriseReturn, receiveReturn, refundReturn } from '../modules/aftersales/returns.js';
import { answerSurvey, type SurveyAnswer } from '../modules/feedback/service.js';

/** One thing that happened to an order, `after` hours after it was received. */
export type StoryStep = { after: number } & (
  | { do: 'approve' }
  /** The next `count` stages before delivery are done (all of them without a count). */
  | { do: 'stages'; count?: number }
  /** The owner of the next open stage starts it and reports a delay minutes after learning of it. */
  | { do: 'delay'; days: number; reason: string; contingency: Contingency; measure: string }
  /** Ships every open goods line, or only `quantity` of the line with `sku`. */
  | { do: 'ship'; carrier: string; part?: { sku: string; quantity: number } }
  | { do: 'track'; status: TrackingStatus; location: string; note?: string }
  | { do: 'complete_service'; note: string }
  /** The customer accepts every line, or fails the one with `sku` keeping `accepted` of it. */
  | { do: 'accept'; comment?: string; problem?: { sku: string; accepted: number; comment: string } }
  /** After-sales claims the case acceptance opened and calls the customer. */
  | { do: 'claim_case'; contact: string; remedy: string }
  | { do: 'authorise_return'; sku: string; quantity: number; reason: string }
  | { do: 'receive_return' }
  | { do: 'refund'; amountMinor: number }
  | { do: 'answer_survey'; answer: SurveyAnswer }
  | { do: 'cancel'; reason: string }
);

/** A demo user acting in one role. */
export type Staff = Actor & { roles: readonly Role[] };

/** What a story remembers between its steps: the last shipment, the case, the return. */
export interface StoryState {
  shipmentId?: string;
  caseId?: string;
  rmaId?: string;
  returnedLineId?: string;
}

export interface StoryContext {
  db: Db;
  now: Date;
  timeZone: string;
  staff: (role: Role) => Staff;
}

const carrierKinds = { 顺丰速运: 'express', 德邦物流: 'freight', 京东物流: 'express' } as const;

function lineOf(order: OrderView, sku: string) {
  const line = order.lines.find((l) => l.sku === sku);
  if (!line) throw new Error(`demo order ${order.number} has no line ${sku}`);
  return line;
}

async function openStages(ctx: StoryContext, orderId: string) {
  return (await getPlan(ctx.db, orderId)).stages.filter((s) => !s.delivery && s.status !== 'done');
}

async function approveWaitingSteps(ctx: StoryContext, order: OrderView): Promise<void> {
  for (;;) {
    const review = await getReview(ctx.db, order.id);
    const waiting = review?.rounds.at(-1)?.steps.find((s) => s.status === 'waiting');
    if (!waiting) return;
    await decideReviewStep(ctx.db, ctx.staff(waiting.role as Role), ctx.now, order.id, {
      stepId: waiting.id,
      decision: 'approve',
      comment: '同意',
      lateReason: '等待客户补充资料，评审顺延',
    });
  }
}

/** Runs one step of an order's story; `order` is the order as it is now. */
export async function runStoryStep(ctx: StoryContext, order: OrderView, step: StoryStep, state: StoryState): Promise<void> {
  const { db, now, staff } = ctx;
  switch (step.do) {
    case 'approve':
      return approveWaitingSteps(ctx, order);
    case 'stages': {
      const stages = await openStages(ctx, order.id);
      for (const stage of stages.slice(0, step.count ?? stages.length)) {
        await progressOrderStage(db, staff(stage.ownerRole as Role), now, ctx.timeZone, order.id, { stageId: stage.id, status: 'done', note: '按计划完成' });
      }
      return;
    }
    case 'delay': {
      const [stage] = await openStages(ctx, order.id);
      if (!stage) throw new Error(`demo order ${order.number} has no open stage to delay`);
      const owner = staff(stage.ownerRole as Role);
      await progressOrderStage(db, owner, now, ctx.timeZone, order.id, { stageId: stage.id, status: 'in_progress' });
      const knownAt = new Date(now.getTime() - 10 * 60_000);
      await reportOrderDelay(db, owner, now, order.id, { stageId: stage.id, days: step.days, reason: step.reason, contingency: step.contingency, measure: step.measure, knownAt });
      return;
    }
    case 'ship': {
      const goods = step.part
        ? [{ lineId: lineOf(order, step.part.sku).id, quantity: step.part.quantity }]
        : order.lines.filter((l) => l.kind !== 'service' && l.quantity > l.shippedQuantity).map((l) => ({ lineId: l.id, quantity: l.quantity - l.shippedQuantity }));
      const kind = carrierKinds[step.carrier as keyof typeof carrierKinds] ?? 'express';
      const trackingNumber = `${kind === 'express' ? 'SF' : 'DB'}${order.number.replace('-', '')}${String(order.lines.reduce((n, l) => n + l.shippedQuantity, 0)).padStart(3, '0')}`;
      // A carrier of the directory ships by its code, so the demo's shipments link to tracking pages.
      const listed = (await listCarriers(db, { active: true })).find((c) => c.name === step.carrier);
      const carrier = listed ? { kind, code: listed.code } : { kind, name: step.carrier };
      const shipment = await createShipment(db, staff('warehouse'), now, order.id, { carrier, trackingNumber, costMinor: kind === 'express' ? 45_00 : 380_00, lines: goods });
      state.shipmentId = shipment.id;
      return;
    }
    case 'track':
      if (!state.shipmentId) throw new Error(`demo order ${order.number} tracks a shipment before shipping`);
      await recordTrackingEvent(db, staff('logistics'), now, ctx.timeZone, state.shipmentId, { status: step.status, at: now.toISOString(), location: step.location, ...(step.note ? { note: step.note } : {}) });
      return;
    case 'complete_service':
      return completeService(db, staff('after_sales'), now, ctx.timeZone, order.id, step.note);
    case 'accept': {
      const problem = step.problem;
      const lines = order.lines.map((l) =>
        problem && l.sku === problem.sku
          ? { lineId: l.id, result: problem.accepted > 0 ? ('partial' as const) : ('fail' as const), acceptedQuantity: problem.accepted, comment: problem.comment }
          : { lineId: l.id, result: 'pass' as const },
      );
      const accepted = await recordAcceptance(db, staff('sales'), now, order.id, { lines, ...(step.comment ? { comment: step.comment } : {}) });
      if (accepted.caseId) state.caseId = accepted.caseId;
      return;
    }
    case 'claim_case': {
      if (!state.caseId) throw new Error(`demo order ${order.number} has no case to claim`);
      await claimCase(db, staff('after_sales'), now, state.caseId);
      await logCaseContact(db, staff('after_sales'), new Date(now.getTime() + 20 * 60_000), state.caseId, { summary: step.contact, remedy: step.remedy });
      return;
    }
    case 'authorise_return': {
      const lineId = lineOf(order, step.sku).id;
      const rma = await authoriseReturn(db, staff('after_sales'), now, state.caseId!, { lines: [{ lineId, quantity: step.quantity }], reason: step.reason });
      state.rmaId = rma.id;
      state.returnedLineId = lineId;
      return;
    }
    case 'receive_return':
      // Inspection passes: the returned goods go back on the shelf.
      await receiveReturn(db, staff('after_sales'), now, state.rmaId!, { lines: [{ lineId: state.returnedLineId!, disposition: 'restock' }] });
      return;
    case 'refund':
      await refundReturn(db, staff('after_sales'), now, state.rmaId!, { amountMinor: step.amountMinor });
      return;
    case 'answer_survey': {
      const [sent] = await outboxPayloads(db, 'survey.sent', order.id);
      if (!isLinkIntent(sent?.link)) throw new Error(`demo order ${order.number} has no survey to answer yet`);
      // The demo has no mailbox: its customer follows a link minted as the survey mail's would be.
      await answerSurvey(db, await mintLinkToken(db, now, sent.link, null), now, step.answer);
      return;
    }
    case 'cancel':
      await cancelOrder({ db, now, timeZone: ctx.timeZone, actor: staff('specialist') }, order.id, undefined, { reason: step.reason });
      return;
  }
}

