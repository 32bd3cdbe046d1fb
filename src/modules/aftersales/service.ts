/*
 * After-sales cases and RMAs (aftersales_cases, aftersales_rmas): what happens once goods reached the
 * customer. Other modules reach it only through this file; it moves orders through orders' door.
 */
import { and, asc, count, eq, gte, inArray, isNull, lt, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { type Actor, type Change, type OutboxMessage, type PendingRecord, recordChanges } from '../../platform/audit/record.js';
import { fire, isTerminal, statesThatCan } from '../../platform/fsm.js';
import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { localDate } from '../../platform/time/zone.js';
import { type SortDirection, type SortKey, sortedPage } from '../../platform/http/sorting.js';
import { sentenceOf, type MessageParams } from '../../platform/messages.js';
import type { EventPayloads, PayloadExtra, TopicsCarrying } from '../../platform/outbox/events.js';
import { getCustomer } from '../customers/service.js';
import { activeUsersFor, type Audience } from '../identity/service.js';
import { canOrder, createReplacementOrder, type LockedOrder, lockOrderWithLines, type OrderInput, replacementOrders, transitionOrder } from '../orders/service.js';
import { closeTasks, openOrderTask } from '../tasks/service.js';
import type { CaseNotice } from './events.js';
import type { CaseSort, CaseSource, CaseType, CaseView, ConfirmationChannel, ContactChannel, RmaView } from './contract.js';
import { cases, rmas } from './schema.js';
import { caseMachine, type CaseStatus } from './states.js';
import { caseSummaries, type CaseSummaryCode } from './summaries.js';
import { newId } from '../../platform/db/ids.js';

export { caseTimeline } from './timeline.js';
export { searchCases } from './search.js';
export { caseSummaryCodes, type CaseSummaryCode } from './summaries.js';

export { caseStatuses, rmaStatuses, type CaseStatus, type RmaStatus } from './states.js';

export { caseTypes, type CaseType, type CaseView, type RmaView } from './contract.js';
export { customerOpenCases } from './customer-figures.js';

/** SPEC §8: after-sales contacts the customer within 2 h of a failed acceptance. */
export const contactWithinMinutes = 120;
/** SPEC §9: the follow-up visit after a case closes. */
export const followUpAfterDays = 7;

export type CaseRow = typeof cases.$inferSelect;
export type RmaRow = typeof rmas.$inferSelect;

export function rmaView(row: RmaRow): RmaView {
  return {
    id: row.id,
    caseId: row.caseId,
    orderId: row.orderId,
    status: row.status,
    reason: row.reason,
    lines: row.lines,
    refundMinor: row.refundMinor,
    currency: row.currency,
    authorisedAt: row.authorisedAt.toISOString(),
    receivedAt: row.receivedAt?.toISOString() ?? null,
    refundedAt: row.refundedAt?.toISOString() ?? null,
  };
}

function summaryOf(row: CaseRow): Pick<CaseView, 'summary' | 'summaryCode' | 'summaryParams'> {
  if (!row.summaryCode) return { summary: row.summary, summaryCode: null, summaryParams: {} };
  const params = row.summaryParams ?? {};
  return { summary: sentenceOf(caseSummaries, { code: row.summaryCode, params }), summaryCode: row.summaryCode, summaryParams: params };
}

type Replacement = CaseView['replacements'][number];

function toView(row: CaseRow, returns: RmaRow[] = [], replacements: Replacement[] = []): CaseView {
  return {
    id: row.id,
    orderId: row.orderId,
    orderNumber: row.orderNumber,
    customerId: row.customerId,
    customerName: row.customerName,
    type: row.type as CaseType,
    status: row.status,
    ...summaryOf(row),
    source: row.source as CaseSource,
    reportedVia: row.reportedVia as ContactChannel | null,
    owner: row.ownerId ? { id: row.ownerId, label: row.ownerLabel ?? '' } : null,
    contactDueAt: row.contactDueAt.toISOString(),
    contactedAt: row.contactedAt?.toISOString() ?? null,
    transferRequest: row.transferRequestedBy ? { by: row.transferRequestedBy, label: row.transferRequestedByLabel ?? '', note: row.transferNote } : null,
    resolution: row.resolution,
    confirmation:
      row.confirmedAt && row.confirmationChannel
        ? { at: row.confirmedAt.toISOString(), channel: row.confirmationChannel as ConfirmationChannel, confirmedBy: row.confirmedByLabel ?? '', recordedBy: row.confirmationRecordedByLabel }
        : null,
    replacements,
    refundedMinor: row.refundedMinor,
    currency: row.currency,
    openedBy: row.openedBy,
    openedByLabel: row.openedByLabel,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
    returns: returns.map(rmaView),
  };
}

/** The case as the API answers it, with its returns and replacement orders. */
async function viewOf(db: Executor, row: CaseRow): Promise<CaseView> {
  const replacements = await replacementOrders(db, { caseIds: [row.id] });
  return toView(row, await returnsOf(db, row.id), replacements.map((r) => ({ orderId: r.id, number: r.number, status: r.status })));
}

function caseChange(row: CaseRow, action: string, before: unknown, after: unknown): Change {
  return { entityType: 'aftersales_case', entityId: row.id, customerId: row.customerId, chainKey: row.orderId ?? row.id, action, before, after };
}

function caseMessage<T extends TopicsCarrying<CaseNotice>>(row: CaseRow, topic: T, audience: Audience, ...extra: PayloadExtra<T, CaseNotice>): OutboxMessage<T> {
  const payload = { caseId: row.id, ...(row.orderId ? { orderId: row.orderId } : {}), caseType: row.type, ...extra[0], audience };
  // The parameters make this the topic's payload; TypeScript cannot follow a generic topic through a spread.
  return { topic, customerId: row.customerId, payload: payload as EventPayloads[T] };
}

export interface OpenCaseInput {
  type: CaseType;
  /** What a person typed, or the code and parameters of a case Ordo opens by itself. */
  summary: string | { code: CaseSummaryCode; params: MessageParams };
  source: CaseSource;
  customerId: string;
  currency: string | null;
  /** How the customer reached us, for a case staff opened. */
  reportedVia?: ContactChannel;
}

/**
 * Opens a case inside the caller's transaction, with the task to contact the customer
 * within 2 h. With the order (locked by the caller), an accepted, failed or completed
 * order moves to after_sales. Returns what to record with the caller's change.
 */
export async function openCaseInTx(tx: Tx, actor: Actor, now: Date, order: LockedOrder | null, input: OpenCaseInput): Promise<PendingRecord & { case: CaseView }> {
  const id = newId();
  const customerName = order?.row.customerName ?? (await getCustomer(tx, input.customerId))?.name ?? '';
  const contactDueAt = new Date(now.getTime() + contactWithinMinutes * 60_000);
  const task = await openOrderTask(tx, now, {
    kind: 'aftersales_contact',
    orderId: order?.row.id ?? null,
    orderNumber: order?.row.number ?? null,
    customerId: input.customerId,
    role: 'after_sales',
    dueAt: contactDueAt,
    summary: { code: 'task.aftersales_contact', params: { caseType: input.type, ...(typeof input.summary === 'string' ? { detail: input.summary } : {}) } },
  });
  const row: CaseRow = {
    id,
    orderId: order?.row.id ?? null,
    orderNumber: order?.row.number ?? null,
    customerId: input.customerId,
    customerName,
    type: input.type,
    status: 'open',
    summary: typeof input.summary === 'string' ? input.summary : '',
    summaryCode: typeof input.summary === 'string' ? null : input.summary.code,
    summaryParams: typeof input.summary === 'string' ? null : input.summary.params,
    source: input.source,
    reportedVia: input.reportedVia ?? null,
    ownerId: null,
    ownerLabel: null,
    contactDueAt,
    contactedAt: null,
    contactTaskId: task.task.id,
    transferRequestedBy: null,
    transferRequestedByLabel: null,
    transferNote: null,
    resolution: null,
    confirmedAt: null,
    confirmationChannel: null,
    confirmedByLabel: null,
    confirmationRecordedBy: null,
    confirmationRecordedByLabel: null,
    refundedMinor: 0,
    currency: input.currency,
    openedBy: actor.userId,
    openedByLabel: actor.label,
    openedAt: now,
    closedAt: null,
    version: 1,
  };
  await tx.insert(cases).values(row);
  const view = toView(row);
  const changes: Change[] = [caseChange(row, 'case.opened', null, view), ...task.changes];
  if (order && canOrder(order.row.status, 'open_case')) {
    const moved = await transitionOrder(tx, actor, now, { order, events: ['open_case'], audit: { action: 'order.case_opened', after: { caseId: id, type: input.type } } });
    changes.push(moved.change);
  }
  return { case: view, changes, messages: [caseMessage(row, 'case.opened', { roles: ['after_sales'] }, { summary: view.summary, dueAt: contactDueAt.toISOString() }), ...task.messages] };
}

/** A case opened by staff (a call, a message) or by the customer in the portal: about an order, or about a customer only (a consultation). */
export async function openCase(
  db: Db,
  actor: Actor,
  now: Date,
  input: { orderId?: string; customerId?: string; type: CaseType; summary: string; source?: 'staff' | 'portal'; reportedVia?: ContactChannel },
): Promise<CaseView> {
  return db.transaction(async (tx) => {
    const order = input.orderId ? await lockOrderWithLines(tx, input.orderId) : null;
    const customerId = order?.row.customerId ?? input.customerId;
    if (!customerId || (!order && !(await getCustomer(tx, customerId)))) {
      throw new DomainError('unknown_reference', 'A case is about an order or a customer', {
        errors: [{ path: order || input.customerId ? '/customerId' : '/orderId', in: 'body', code: 'unknown', message: 'name an existing order or customer' }],
      });
    }
    if (order && order.row.customerId !== (input.customerId ?? customerId)) {
      throw new DomainError('validation_failed', 'The order belongs to another customer', { errors: [{ path: '/customerId', in: 'body', code: 'mismatch', message: "is not the order's customer" }] });
    }
    const source = input.source ?? 'staff';
    const opened = await openCaseInTx(tx, actor, now, order, {
      type: input.type,
      summary: input.summary,
      source,
      customerId,
      currency: order?.row.currency ?? null,
      ...(source === 'staff' && input.reportedVia ? { reportedVia: input.reportedVia } : {}),
    });
    await recordChanges(tx, actor, now, opened.changes, opened.messages);
    return opened.case;
  });
}

export async function lockCase(tx: Tx, id: string): Promise<CaseRow> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
  if (!row) throw new DomainError('not_found', `No after-sales case ${id}`);
  return row;
}

function assertNotClosed(row: CaseRow): void {
  if (isTerminal(caseMachine, row.status)) throw new DomainError('case_closed', `The case was closed at ${row.closedAt?.toISOString()}`);
}

/** Refuses anyone but the owner of a case still open. */
export function assertOwner(row: CaseRow, actor: Actor, doing: string): void {
  assertNotClosed(row);
  if (row.ownerId === null || row.ownerId !== actor.userId) {
    throw new DomainError('case_not_owner', `Only the owner of the case may ${doing}` + (row.ownerLabel ? `; it belongs to ${row.ownerLabel}` : '; claim it first'), {
      meta: { ownerId: row.ownerId },
    });
  }
}

async function updateCase(tx: Tx, row: CaseRow, changes: Partial<CaseRow>): Promise<CaseRow> {
  const [updated] = await tx.update(cases).set({ ...changes, version: row.version + 1 }).where(eq(cases.id, row.id)).returning();
  return updated!;
}

async function returnsOf(db: Executor, caseId: string): Promise<RmaRow[]> {
  return db.select().from(rmas).where(eq(rmas.caseId, caseId)).orderBy(asc(rmas.authorisedAt), asc(rmas.id));
}

/** First-responder ownership: the first person to respond owns the case. */
export async function claimCase(db: Db, actor: Actor, now: Date, id: string): Promise<CaseView> {
  return db.transaction(async (tx) => {
    const row = await lockCase(tx, id);
    assertNotClosed(row);
    if (row.ownerId !== null) {
      throw new DomainError('case_already_owned', `${row.ownerLabel} responded first and owns the case; ask them to hand it over`, { meta: { ownerId: row.ownerId } });
    }
    const status = fire(caseMachine, row.status, 'claim');
    const updated = await updateCase(tx, row, { status, ownerId: actor.userId, ownerLabel: actor.label });
    await recordChanges(
      tx,
      actor,
      now,
      [caseChange(row, 'case.claimed', { status: row.status, ownerId: null }, { status, ownerId: actor.userId, ownerLabel: actor.label })],
      // A live event only (nobody is notified): open case lists show the new owner.
      [caseMessage(row, 'case.claimed', {})],
    );
    return await viewOf(tx, updated);
  });
}

/** The owner logs the contact with the customer and the remedy proposed; the 2-hour task is done. */
export async function logCaseContact(db: Db, actor: Actor, now: Date, id: string, input: { summary: string; remedy?: string }): Promise<CaseView> {
  return db.transaction(async (tx) => {
    const row = await lockCase(tx, id);
    assertOwner(row, actor, 'log contacts');
    const updated = await updateCase(tx, row, { contactedAt: row.contactedAt ?? now });
    const done = await closeTasks(tx, actor, now, { ids: row.contactTaskId ? [row.contactTaskId] : [], customerId: row.customerId, note: input.summary });
    const late = row.contactedAt === null && now > row.contactDueAt;
    await recordChanges(tx, actor, now, [caseChange(row, 'case.contacted', null, { summary: input.summary, remedy: input.remedy ?? null, late }), ...done.changes], [caseMessage(row, 'case.contacted', {}), ...done.messages]);
    return await viewOf(tx, updated);
  });
}

/** The owner hands the case to a colleague in after-sales (or a manager): the owner's say is the act itself. */
export async function transferCase(db: Db, actor: Actor, now: Date, id: string, input: { toUserId: string; note?: string }): Promise<CaseView> {
  return db.transaction(async (tx) => {
    const row = await lockCase(tx, id);
    assertOwner(row, actor, 'transfer it');
    const [target] = (await activeUsersFor(tx, { roles: ['after_sales', 'manager'] })).filter((u) => u.userId === input.toUserId);
    if (!target) {
      throw new DomainError('unknown_reference', `No active after-sales person or manager ${input.toUserId}`, {
        errors: [{ path: '/toUserId', in: 'body', code: 'unknown', message: 'is not an active after-sales person or manager' }],
      });
    }
    return handOver(tx, actor, now, row, { id: target.userId, label: target.name }, input.note ?? null);
  });
}

/** Someone asks the owner to take the case over; it stays the owner's until they accept. */
export async function requestTransfer(db: Db, actor: Actor, now: Date, id: string, input: { note?: string }): Promise<CaseView> {
  return db.transaction(async (tx) => {
    const row = await lockCase(tx, id);
    assertNotClosed(row);
    if (row.ownerId === null) throw new DomainError('conflict', 'Nobody owns the case yet: claim it instead');
    if (row.ownerId === actor.userId) throw new DomainError('conflict', 'You already own the case');
    const updated = await updateCase(tx, row, { transferRequestedBy: actor.userId, transferRequestedByLabel: actor.label, transferNote: input.note ?? null });
    await recordChanges(
      tx,
      actor,
      now,
      [caseChange(row, 'case.transfer_requested', null, { by: actor.userId, label: actor.label, note: input.note ?? null })],
      [caseMessage(row, 'case.transfer_requested', { userIds: [row.ownerId] }, { reason: input.note ?? '' })],
    );
    return await viewOf(tx, updated);
  });
}

/** The owner accepts the pending request: the one who asked owns the case. */
export async function acceptTransfer(db: Db, actor: Actor, now: Date, id: string): Promise<CaseView> {
  return db.transaction(async (tx) => {
    const row = await lockCase(tx, id);
    assertOwner(row, actor, 'accept a transfer request');
    if (!row.transferRequestedBy) throw new DomainError('no_transfer_request', 'Nobody has asked to take this case over');
    return handOver(tx, actor, now, row, { id: row.transferRequestedBy, label: row.transferRequestedByLabel ?? '' }, row.transferNote);
  });
}

async function handOver(tx: Tx, actor: Actor, now: Date, row: CaseRow, to: { id: string; label: string }, note: string | null): Promise<CaseView> {
  const updated = await updateCase(tx, row, { ownerId: to.id, ownerLabel: to.label, transferRequestedBy: null, transferRequestedByLabel: null, transferNote: null });
  await recordChanges(
    tx,
    actor,
    now,
    [caseChange(row, 'case.transferred', { ownerId: row.ownerId, ownerLabel: row.ownerLabel }, { ownerId: to.id, ownerLabel: to.label, note })],
    [caseMessage(row, 'case.transferred', { userIds: [to.id] }, { reason: note ?? '' })],
  );
  return await viewOf(tx, updated);
}

/**
 * The owner resolves the case: the resolution is recorded and the case waits for the
 * customer to confirm they are satisfied (in the portal, or through staff) before it closes.
 */
export async function resolveCase(db: Db, actor: Actor, now: Date, id: string, input: { resolution: string }): Promise<CaseView> {
  return db.transaction(async (tx) => {
    await lockOrderOfCase(tx, id);
    const row = await lockCase(tx, id);
    assertOwner(row, actor, 'resolve it');
    const status = fire(caseMachine, row.status, 'resolve');
    const updated = await updateCase(tx, row, { status, resolution: input.resolution, transferRequestedBy: null, transferRequestedByLabel: null, transferNote: null });
    await recordChanges(tx, actor, now, [caseChange(row, 'case.resolved', { status: row.status }, { status, resolution: input.resolution })]);
    return viewOf(tx, updated);
  });
}

export interface CaseConfirmation {
  satisfied: boolean;
  /** portal: the customer's person confirmed; otherwise staff took the answer by this channel. */
  channel: ConfirmationChannel;
  /** The customer's person who answered. */
  confirmedBy: string;
  note?: string;
}

/**
 * The customer's answer to a resolved case. Satisfied: the case closes, the follow-up visit
 * is scheduled and an order in after-sales with no other open case is completed (refused
 * while a replacement of it has not shipped). Not satisfied: the case goes back to its owner.
 * `customerId` limits a portal answer to the customer's own cases (another's is 404).
 */
export async function confirmCase(db: Db, actor: Actor, now: Date, id: string, input: CaseConfirmation, customerId?: string): Promise<CaseView> {
  return db.transaction(async (tx) => {
    const order = await lockOrderOfCase(tx, id);
    const row = await lockCase(tx, id);
    if (customerId !== undefined && row.customerId !== customerId) throw new DomainError('not_found', `No after-sales case ${id}`);
    assertNotClosed(row);
    const recordedBy = input.channel === 'portal' ? null : actor;
    if (!input.satisfied) {
      const status = fire(caseMachine, row.status, 'reopen', { code: 'case_not_resolved' });
      const updated = await updateCase(tx, row, { status, resolution: null });
      await recordChanges(
        tx,
        actor,
        now,
        [caseChange(row, 'case.reopened', { status: row.status, resolution: row.resolution }, { status, channel: input.channel, confirmedBy: input.confirmedBy, note: input.note ?? null })],
      );
      return viewOf(tx, updated);
    }
    const status = fire(caseMachine, row.status, 'confirm', { code: 'case_not_resolved' });
    const updated = await updateCase(tx, row, {
      status,
      closedAt: now,
      confirmedAt: now,
      confirmationChannel: input.channel,
      confirmedByLabel: input.confirmedBy,
      confirmationRecordedBy: recordedBy?.userId ?? null,
      confirmationRecordedByLabel: recordedBy?.label ?? null,
    });
    const resolution = row.resolution ?? '';
    const followUp = await openOrderTask(tx, now, {
      kind: 'aftersales_follow_up',
      orderId: row.orderId,
      orderNumber: order?.row.number ?? null,
      customerId: row.customerId,
      role: 'after_sales',
      assigneeId: row.ownerId,
      dueAt: new Date(now.getTime() + followUpAfterDays * 24 * 3_600_000),
      summary: { code: 'task.aftersales_follow_up', params: { caseType: row.type, resolution } },
    });
    const contactTask = await closeTasks(tx, actor, now, { ids: row.contactTaskId ? [row.contactTaskId] : [], customerId: row.customerId, note: 'case closed' });
    const confirmation = { channel: input.channel, confirmedBy: input.confirmedBy, recordedBy: recordedBy?.label ?? null, note: input.note ?? null };
    const changes: Change[] = [caseChange(row, 'case.closed', { status: row.status }, { status, resolution, confirmation }), ...followUp.changes, ...contactTask.changes];
    if (order && canOrder(order.row.status, 'resolve_case')) {
      const [stillOpen] = await tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.orderId, order.row.id), ne(cases.id, id), notInArray(cases.status, [...caseMachine.terminal])))
        .limit(1);
      if (!stillOpen) changes.push(...(await transitionOrder(tx, actor, now, { order, events: ['resolve_case'], audit: { action: 'order.completed', after: { caseId: id } } })).changes);
    }
    await recordChanges(tx, actor, now, changes, [caseMessage(row, 'case.closed', { customer: true }, { reason: resolution }), ...followUp.messages]);
    return viewOf(tx, updated);
  });
}

function withoutDefault<T extends { isDefault?: boolean }>(address: T): Omit<T, 'isDefault'> {
  const { isDefault: _isDefault, ...rest } = address;
  return rest;
}

/**
 * The owner has the goods replaced or shipped again: a zero-priced order of lines (and
 * quantities, at most each line's) of the case's order, taken in through orders' intake
 * in the same transaction as the case's event. The original order completes only once
 * the replacement has shipped.
 */
export async function orderReplacement(
  db: Db,
  actor: Actor,
  now: Date,
  timeZone: string,
  id: string,
  input: { lines: { lineId: string; quantity: number }[]; requestedDeliveryDate?: string },
): Promise<CaseView> {
  return db.transaction(async (tx) => {
    const order = await lockOrderOfCase(tx, id);
    const row = await lockCase(tx, id);
    assertOwner(row, actor, 'order a replacement');
    if (!order || order.lines.length === 0) {
      throw new DomainError('replacement_without_lines', order ? `Order ${order.row.number} has no lines to replace` : 'The case is about no order: there are no lines to replace');
    }
    const problems: FieldError[] = [];
    input.lines.forEach((wanted, index) => {
      const line = order.lines.find((l) => l.id === wanted.lineId);
      if (!line || input.lines.findIndex((l) => l.lineId === wanted.lineId) !== index) {
        problems.push({ path: `/lines/${index}/lineId`, in: 'body', code: 'invalid_line', message: line ? 'appears twice' : 'is not a line of the order' });
      } else if (wanted.quantity > line.quantity) {
        problems.push({ path: `/lines/${index}/quantity`, in: 'body', code: 'maximum', message: `line ${line.lineNo} (${line.sku}) has ${line.quantity}` });
      }
    });
    if (problems.length > 0) throw new DomainError('validation_failed', problems.map((p) => `${p.path} ${p.message}`).join('; '), { errors: problems });
    const replacement = await createReplacementOrder(
      tx,
      { now, timeZone, actor, owner: actor.userId ? { id: actor.userId, name: actor.label } : null },
      {
        customerId: order.row.customerId,
        channel: order.row.channel as OrderInput['channel'],
        type: 'standard',
        requestedDeliveryDate: input.requestedDeliveryDate ?? localDate(now, timeZone),
        lines: input.lines.map((l) => ({ productId: order.lines.find((x) => x.id === l.lineId)!.productId, quantity: l.quantity, unitPriceMinor: 0 })),
        ...(order.row.contact ? { contact: order.row.contact } : {}),
        // The goods go where the original went (an address as it was then, without its default flag).
        delivery: order.row.delivery.address ? { method: order.row.delivery.method, address: withoutDefault(order.row.delivery.address) } : { method: order.row.delivery.method },
        paymentStatus: 'paid',
      },
      { orderId: order.row.id, number: order.row.number ?? '', caseId: id },
    );
    const updated = await updateCase(tx, row, {});
    const link = { replacementOrderId: replacement.id, replacementNumber: replacement.number, lines: replacement.lines.map((l) => ({ sku: l.sku, quantity: l.quantity })) };
    await recordChanges(tx, actor, now, [
      caseChange(row, 'case.replacement_ordered', null, link),
      { entityType: 'order', entityId: order.row.id, customerId: row.customerId, action: 'order.replacement_ordered', after: { caseId: id, ...link } },
    ]);
    return viewOf(tx, updated);
  });
}

/** Locks the case's order first (orders before cases, everywhere), or null for a case without one. */
export async function lockOrderOfCase(tx: Tx, caseId: string): Promise<LockedOrder | null> {
  const [found] = await tx.select({ orderId: cases.orderId }).from(cases).where(eq(cases.id, caseId));
  if (!found) throw new DomainError('not_found', `No after-sales case ${caseId}`);
  return found.orderId ? lockOrderWithLines(tx, found.orderId) : null;
}

export async function getCase(db: Executor, id: string): Promise<CaseView> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  if (!row) throw new DomainError('not_found', `No after-sales case ${id}`);
  return viewOf(db, row);
}

export interface CaseFilters {
  status?: CaseStatus;
  type?: CaseType;
  orderId?: string;
  customerId?: string;
  ownerId?: string;
  /** Only cases past their contact deadline, not yet contacted, as of `now`. */
  overdue?: { now: Date };
}

export interface CaseQuery extends CaseFilters {
  /** Newest first unless asked otherwise. */
  sort?: CaseSort;
  order?: SortDirection;
  limit: number;
  cursor?: string;
}

function caseConditions(query: CaseFilters): (SQL | undefined)[] {
  const filters: (SQL | undefined)[] = [];
  if (query.status) filters.push(eq(cases.status, query.status));
  if (query.type) filters.push(eq(cases.type, query.type));
  if (query.orderId) filters.push(eq(cases.orderId, query.orderId));
  if (query.customerId) filters.push(eq(cases.customerId, query.customerId));
  if (query.overdue) filters.push(isNull(cases.contactedAt), ne(cases.status, 'closed'), lt(cases.contactDueAt, query.overdue.now));
  if (query.ownerId) filters.push(eq(cases.ownerId, query.ownerId));
  return filters;
}

const caseSortKeys: Record<CaseSort, SortKey> = {
  opened: { expression: cases.openedAt, kind: 'timestamp' },
  contactDue: { expression: cases.contactDueAt, kind: 'timestamp' },
  type: { expression: cases.type, kind: 'text' },
  status: { expression: cases.status, kind: 'text' },
};

/** Cases under the filters, newest first unless another sort is asked for, keyset-paginated. */
export async function listCases(db: Executor, query: CaseQuery): Promise<{ items: CaseView[]; nextCursor: string | null }> {
  const page = sortedPage({ key: caseSortKeys[query.sort ?? 'opened'], id: cases.id, direction: query.order ?? (query.sort ? 'asc' : 'desc'), cursor: query.cursor });
  const { items: rows, nextCursor } = page.pageOf(
    await db
      .select({ row: cases, sortValue: page.value })
      .from(cases)
      .where(and(...caseConditions(query), page.after))
      .orderBy(...page.orderBy)
      .limit(query.limit + 1),
    query.limit,
  );
  const ids = rows.map((r) => r.id);
  const returns = rows.length > 0 ? await db.select().from(rmas).where(inArray(rmas.caseId, ids)).orderBy(asc(rmas.authorisedAt), asc(rmas.id)) : [];
  const replacements = await replacementOrders(db, { caseIds: ids });
  const items = rows.map((r) =>
    toView(
      r,
      returns.filter((x) => x.caseId === r.id),
      replacements.filter((x) => x.caseId === r.id).map((x) => ({ orderId: x.id, number: x.number, status: x.status })),
    ),
  );
  return { items, nextCursor };
}

/** How many cases the list holds under these filters (the table's total). */
export async function countCases(db: Executor, query: CaseFilters): Promise<{ total: number }> {
  const [row] = await db.select({ total: count() }).from(cases).where(and(...caseConditions(query)));
  return { total: row?.total ?? 0 };
}

/**
 * The cases waiting on one after-sales person: the open ones they own, and the ones nobody
 * has responded to yet (the team's one queue, first responder owns). Overdue first — the
 * customer not contacted by the 2-hour deadline — then by that deadline.
 */
export async function casesWaitingOn(db: Executor, userId: string, now: Date, limit: number): Promise<CaseView[]> {
  const overdue = sql`(${cases.contactedAt} IS NULL AND ${cases.contactDueAt} < ${now.toISOString()}::timestamptz)`;
  const rows = await db
    .select()
    .from(cases)
    .where(or(and(eq(cases.ownerId, userId), notInArray(cases.status, [...caseMachine.terminal])), and(inArray(cases.status, statesThatCan(caseMachine, 'claim')), isNull(cases.ownerId))))
    .orderBy(sql`${overdue} DESC`, asc(cases.contactDueAt), asc(cases.id))
    .limit(limit);
  const returns = rows.length > 0 ? await db.select().from(rmas).where(inArray(rmas.caseId, rows.map((r) => r.id))).orderBy(asc(rmas.authorisedAt), asc(rmas.id)) : [];
  return rows.map((r) => toView(r, returns.filter((x) => x.caseId === r.id)));
}

/** A case as a person's appraisal reads it: who owns it, when it opened and when the customer confirmed it resolved. */
export interface CaseFact {
  id: string;
  orderId: string | null;
  ownerId: string | null;
  ownerLabel: string | null;
  openedAt: Date;
  confirmedAt: Date | null;
}

/** The cases opened in [from, to). */
export async function casesOpenedBetween(db: Executor, from: Date, to: Date): Promise<CaseFact[]> {
  return db
    .select({ id: cases.id, orderId: cases.orderId, ownerId: cases.ownerId, ownerLabel: cases.ownerLabel, openedAt: cases.openedAt, confirmedAt: cases.confirmedAt })
    .from(cases)
    .where(and(gte(cases.openedAt, from), lt(cases.openedAt, to)))
    .orderBy(asc(cases.openedAt), asc(cases.id));
}
