/*
 * The customer portal: what a customer's own person sees and does, built on the other modules'
 * doors; it owns no table. Nothing else imports it but the composition roots.
 */
import type { Db, Executor } from '../../platform/db/connect.js';
import type { FileStore, StagedFile } from '../../platform/files/store.js';
import { DomainError } from '../../platform/http/errors.js';
import { enqueueJob } from '../../platform/jobs/queue.js';
import type { StoredResponse } from '../../platform/idempotency/service.js';
import { type CaseType, confirmCase, getCase, listCases, openCase } from '../aftersales/service.js';
import { listProducts } from '../catalog/service.js';
import { getCustomer } from '../customers/service.js';
import { answerOrderSurvey, type SurveyAnswer, surveyStatus } from '../feedback/service.js';
import { type AcceptanceInput, addAcceptancePhotos, getAcceptance, listShipments, recordAcceptance } from '../fulfilment/service.js';
import { type AuthenticatedActor, createPortalUser, deactivatePortalUser, describeSignInLink, type HandedOverLink, type InvitationDelivery, listPortalUsers, type PortalUserView, requestMagicLink, resendInvitation, type UserView } from '../identity/service.js';
import { createOrder, firstLinesOf, getOrder, type HealthClock, listOrders, type NumberWaiter, previewOrder, type OrderSummary, type OrderView } from '../orders/service.js';
import { getPlan } from '../planning/service.js';
import { getReview } from '../review/service.js';
import type { PortalCustomer, PortalOrder, PortalOrderInput, PortalOrderSummary, PortalQuote } from './contract.js';

/*
 * The customer portal (SPEC §14): what a customer's own person sees and does. Every
 * function takes the customer from the signed-in user, never from the request, and
 * answers "not found" for another customer's order so its existence is not revealed.
 */

/** The customer a portal user belongs to; staff are refused. */
export function portalCustomerOf(actor: AuthenticatedActor): string {
  if (!actor.customerId) throw new DomainError('not_a_portal_user', 'Only a portal user of a customer can use the customer portal');
  return actor.customerId;
}

async function customerOrThrow(db: Executor, customerId: string) {
  const customer = await getCustomer(db, customerId);
  if (!customer) throw new DomainError('not_found', `No customer ${customerId}`);
  return customer;
}

function linkOut(link: HandedOverLink | null): { url: string; expiresAt: string } | null {
  return link && { url: link.url, expiresAt: link.expiresAt.toISOString() };
}

/**
 * Staff give a customer's person access to the portal; the invitation link is mailed, or,
 * without a mail server, answered once for the inviter to hand over.
 */
export async function invitePortalUser(
  db: Db,
  actor: AuthenticatedActor,
  now: Date,
  customerId: string,
  input: { email: string; name: string; locale?: string },
  delivery: InvitationDelivery,
): Promise<UserView & { handedOverLink: { url: string; expiresAt: string } | null }> {
  const customer = await customerOrThrow(db, customerId);
  const { user, handedOverLink } = await createPortalUser(db, actor, now, { ...input, customerId, customerName: customer.name }, delivery);
  return { ...user, handedOverLink: linkOut(handedOverLink) };
}

/** A customer's portal users, for the staff managing the customer. */
export async function customerPortalUsers(db: Executor, customerId: string): Promise<PortalUserView[]> {
  await customerOrThrow(db, customerId);
  return listPortalUsers(db, customerId);
}

/** Sends the portal user a new invitation link (7 days); it replaces the earlier unused one. */
export async function reinvitePortalUser(
  db: Db,
  actor: AuthenticatedActor,
  now: Date,
  customerId: string,
  userId: string,
  delivery: InvitationDelivery,
): Promise<{ expiresAt: string; handedOverLink: { url: string; expiresAt: string } | null }> {
  const customer = await customerOrThrow(db, customerId);
  const { expiresAt, handedOverLink } = await resendInvitation(db, actor, now, { customerId, customerName: customer.name, userId }, delivery);
  return { expiresAt: expiresAt.toISOString(), handedOverLink: linkOut(handedOverLink) };
}

export async function deactivateCustomerPortalUser(db: Db, actor: AuthenticatedActor, now: Date, customerId: string, userId: string) {
  await customerOrThrow(db, customerId);
  return deactivatePortalUser(db, actor, now, customerId, userId);
}

/** What the "sign in as …?" page shows for a link, without using it. */
export async function describePortalLink(db: Executor, now: Date, token: string): Promise<{ name: string; email: string; customerName: string; expiresAt: string }> {
  const link = await describeSignInLink(db, now, token);
  const customer = await customerOrThrow(db, link.customerId);
  return { name: link.name, email: link.email, customerName: customer.name, expiresAt: link.expiresAt.toISOString() };
}

/** The job that looks up the address and mails its sign-in link, away from the request. */
export const sendSignInLinkJob = 'portal.send_sign_in_link';

/**
 * "Email me a sign-in link": the request only queues the job, one insert whatever the
 * address, so neither its answer nor its timing tells who has an account.
 */
export async function queueMagicLink(db: Db, now: Date, email: string): Promise<void> {
  await enqueueJob(db, now, { kind: sendSignInLinkJob, payload: { email: email.trim().toLowerCase() }, maxAttempts: 3 });
}

/** Mails the link, when the address is an active portal user's (the job's work). */
export async function sendMagicLink(db: Db, now: Date, email: string): Promise<void> {
  await requestMagicLink(db, now, email, async (customerId) => (await customerOrThrow(db, customerId)).name);
}

export async function portalCustomer(db: Executor, customerId: string): Promise<PortalCustomer> {
  const customer = await customerOrThrow(db, customerId);
  return { id: customer.id, name: customer.name, addresses: customer.addresses };
}

function portalSummary(order: OrderSummary): Omit<PortalOrderSummary, 'health' | 'firstLine'> {
  const { id, number, status, requestedDeliveryDate, promisedDeliveryDate, totals, receivedAt } = order;
  return { id, number, status, requestedDeliveryDate, promisedDeliveryDate, totals, receivedAt };
}

export async function listPortalOrders(
  db: Executor,
  clock: HealthClock,
  customerId: string,
  query: { limit: number; cursor?: string },
): Promise<{ items: PortalOrderSummary[]; nextCursor: string | null }> {
  const page = await listOrders(db, clock, { customerId, limit: query.limit, cursor: query.cursor });
  const firstLines = await firstLinesOf(db, customerId, page.items.map((o) => o.id));
  return { items: page.items.map((o) => ({ ...portalSummary(o), health: o.health, firstLine: firstLines.get(o.id) ?? null })), nextCursor: page.nextCursor };
}

/** The order, if it is the customer's; another customer's order is "not found". */
async function ownOrder(db: Executor, customerId: string, orderId: string): Promise<OrderView> {
  const order = await getOrder(db, orderId).catch((err: unknown) => {
    if (err instanceof DomainError && err.code === 'not_found') return undefined;
    throw err;
  });
  if (!order || order.customer.id !== customerId) throw new DomainError('not_found', `No order ${orderId}`);
  return order;
}

function unlessMissing<T>(promise: Promise<T>): Promise<T | null> {
  return promise.catch((err: unknown) => {
    if (err instanceof DomainError && err.code === 'not_found') return null;
    throw err;
  });
}

/**
 * One order as its customer follows it: review progress as plain steps (no evidence,
 * comments or names of who decided), plan stages with dates, shipments with tracking,
 * the acceptance and after-sales cases.
 */
export async function getPortalOrder(db: Executor, now: Date, customerId: string, orderId: string): Promise<PortalOrder> {
  const order = await ownOrder(db, customerId, orderId);
  const [review, plan, shipments, acceptance, cases, survey] = await Promise.all([
    getReview(db, orderId),
    unlessMissing(getPlan(db, orderId)),
    listShipments(db, orderId),
    unlessMissing(getAcceptance(db, orderId)),
    listCases(db, { orderId, limit: 50 }),
    surveyStatus(db, orderId, now),
  ]);
  const latestRound = review?.rounds[0];
  return {
    ...portalSummary(order),
    delivery: order.delivery,
    lines: order.lines.map(({ id, lineNo, sku, name, unit, kind, quantity, unitPriceMinor, totalMinor, shippedQuantity }) => ({ id, lineNo, sku, name, unit, kind, quantity, unitPriceMinor, totalMinor, shippedQuantity })),
    review: review ? { status: review.status, steps: (latestRound?.steps ?? []).map((s) => ({ name: s.name, status: s.status, decidedAt: s.decidedAt })) } : null,
    plan: plan
      ? {
          promiseDate: plan.promiseDate,
          stages: plan.stages.map((s) => ({ key: s.key, name: s.name, status: s.status, plannedStart: s.plannedStart, plannedEnd: s.plannedEnd, actualStart: s.actualStart, actualEnd: s.actualEnd })),
        }
      : null,
    shipments: shipments.map((s) => ({
      id: s.id,
      carrier: s.carrier.name,
      trackingNumber: s.trackingNumber,
      status: s.status,
      shippedAt: s.shippedAt,
      deliveredAt: s.deliveredAt,
      lines: s.lines.map(({ lineNo, sku, name, unit, quantity }) => ({ lineNo, sku, name, unit, quantity })),
      events: s.events.map(({ status, at, location }) => ({ status, at, location })),
    })),
    acceptance: acceptance
      ? {
          result: acceptance.result,
          lines: acceptance.lines,
          comment: acceptance.comment,
          recordedAt: acceptance.recordedAt,
          photos: acceptance.photos.map(({ id, fileName, uploadedAt }) => ({ id, fileName, uploadedAt })),
        }
      : null,
    cases: cases.items.map((c) => ({ id: c.id, type: c.type, status: c.status, summary: c.summary, summaryCode: c.summaryCode, summaryParams: c.summaryParams, resolution: c.resolution, openedAt: c.openedAt, closedAt: c.closedAt })),
    survey,
  };
}

/** A customer orders for themselves: channel portal, at list prices, unpaid. */
export async function placePortalOrder(
  ctx: { db: Db; now: Date; timeZone: string; actor: AuthenticatedActor; idempotencyKey?: string; numberer?: NumberWaiter | undefined },
  customerId: string,
  input: PortalOrderInput,
): Promise<StoredResponse & { body: PortalOrder }> {
  const created = await createOrder(ctx, {
    customerId,
    channel: 'portal',
    paymentStatus: 'unpaid',
    lines: input.lines,
    requestedDeliveryDate: input.requestedDeliveryDate ?? null,
    ...(input.delivery ? { delivery: input.delivery } : {}),
    ...(input.contact ? { contact: input.contact } : {}),
    ...(input.specialRequirements ? { specialRequirements: input.specialRequirements } : {}),
    ...(input.externalRef ? { externalRef: input.externalRef } : {}),
  });
  return { statusCode: created.statusCode, body: await getPortalOrder(ctx.db, ctx.now, customerId, created.body.id) };
}

/**
 * What the customer would pay and be promised for these lines, as intake would price and
 * promise them now; the audit's findings are for staff and stay out.
 */
export async function quotePortalOrder(db: Db, now: Date, timeZone: string, customerId: string, lines: PortalOrderInput['lines']): Promise<PortalQuote> {
  const preview = await previewOrder(db, now, timeZone, { customerId, channel: 'portal', paymentStatus: 'unpaid', lines });
  return { promiseDate: preview.promise.date, reasoning: preview.promise.reasoning, totals: preview.totals };
}

export async function acceptPortalDelivery(db: Db, actor: AuthenticatedActor, now: Date, customerId: string, orderId: string, input: AcceptanceInput): Promise<PortalOrder> {
  await ownOrder(db, customerId, orderId);
  await recordAcceptance(db, actor, now, orderId, input);
  return getPortalOrder(db, now, customerId, orderId);
}

/**
 * The customer adds photos of what was delivered to their own acceptance. The order is checked
 * to be theirs before a byte is received, so another customer's order takes no upload at all.
 */
export async function addPortalAcceptancePhotos(
  db: Db,
  files: FileStore,
  actor: AuthenticatedActor,
  now: Date,
  customerId: string,
  orderId: string,
  receive: () => Promise<StagedFile[]>,
): Promise<PortalOrder> {
  await ownOrder(db, customerId, orderId);
  await addAcceptancePhotos(db, files, actor, now, orderId, await receive());
  return getPortalOrder(db, now, customerId, orderId);
}

export async function openPortalCase(db: Db, actor: AuthenticatedActor, now: Date, customerId: string, orderId: string, input: { type: CaseType; summary: string }): Promise<PortalOrder> {
  await ownOrder(db, customerId, orderId);
  await openCase(db, actor, now, { orderId, customerId, type: input.type, summary: input.summary, source: 'portal' });
  return getPortalOrder(db, now, customerId, orderId);
}

/**
 * The customer answers a resolved case of one of their orders: satisfied closes it, not
 * satisfied sends it back to after-sales. Another customer's case is 404.
 */
export async function confirmPortalCase(db: Db, actor: AuthenticatedActor, now: Date, customerId: string, caseId: string, input: { satisfied: boolean; note?: string }): Promise<PortalOrder> {
  const found = await getCase(db, caseId);
  if (found.customerId !== customerId || !found.orderId) throw new DomainError('not_found', `No after-sales case ${caseId}`);
  await confirmCase(db, actor, now, caseId, { satisfied: input.satisfied, channel: 'portal', confirmedBy: actor.label, ...(input.note ? { note: input.note } : {}) }, customerId);
  return getPortalOrder(db, now, customerId, found.orderId);
}

/** The customer rates their delivered order in the portal: the survey's one answer (SPEC §10, §14). */
export async function answerPortalSurvey(db: Db, actor: AuthenticatedActor, now: Date, customerId: string, orderId: string, answer: SurveyAnswer): Promise<PortalOrder> {
  await ownOrder(db, customerId, orderId);
  await answerOrderSurvey(db, actor, now, customerId, orderId, answer);
  return getPortalOrder(db, now, customerId, orderId);
}

/** Active products a customer can order, by name, SKU or model. */
export async function searchPortalProducts(db: Executor, query: { q?: string; limit: number; cursor?: string }) {
  const page = await listProducts(db, { ...query, active: true });
  return { items: page.items.map(({ id, sku, name, model, unit, priceMinor, currency, kind }) => ({ id, sku, name, model, unit, priceMinor, currency, kind })), nextCursor: page.nextCursor };
}
