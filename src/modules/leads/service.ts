/*
 * Leads (leads): people and companies who may become customers, worked through the sales
 * pipeline with follow-ups, scored, and converted into customers. Other modules use them
 * only through this file and contract.ts.
 */
import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { containsPattern } from '../../platform/db/sql.js';
import { type Actor, recordChange, recordChanges } from '../../platform/audit/record.js';
import { fire } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { afterTimeCursor, pageOf } from '../../platform/http/pagination.js';
import { assertVersion } from '../../platform/http/versioning.js';
import { getProduct } from '../catalog/service.js';
import { emailKey, phoneKey } from '../customers/service.js';
import { findStaffMember, userNameLookup } from '../identity/service.js';
import { completeLeadFollowUp, leadEngagement, leadFollowUps, openLeadFollowUp, type TaskView, type TaskWorker } from '../tasks/service.js';
import type { FollowUpCompletion, FollowUpCreate, LeadDetail, LeadInput, LeadPatch, LeadSource, LeadTransition, LeadView, LostReason } from './contract.js';
import { leads } from './schema.js';
import { leadMachine, openLeadStatuses, type LeadStatus } from './states.js';
import { detailOf, duplicateFlag, lockLead, toView, type LeadRow } from './views.js';
import { newId } from '../../platform/db/ids.js';

export { leadSources, lostReasonCodes, type LeadDetail, type LeadView } from './contract.js';
export { leadStatuses, type LeadStatus } from './states.js';
export { convertLead } from './conversion.js';
export { getLead } from './views.js';

/** Refuses products the catalogue does not know (through its door). */
async function checkProducts(db: Executor, ids: readonly string[]): Promise<void> {
  const found = await Promise.all(ids.map((id) => getProduct(db, id)));
  const errors = ids.flatMap((id, i) => (found[i] ? [] : [{ path: `/interestProductIds/${i}`, in: 'body' as const, code: 'unknown', message: 'is not a known product' }]));
  if (errors.length > 0) throw new DomainError('unknown_reference', `Unknown products: ${ids.filter((_, i) => !found[i]).join(', ')}`, { errors });
}

/** Refuses an owner who is no active staff member. */
async function checkOwner(db: Executor, ownerUserId: string | null | undefined): Promise<void> {
  if (!ownerUserId) return;
  const member = await findStaffMember(db, ownerUserId);
  if (!member || !member.active) {
    throw new DomainError('unknown_reference', `No active staff member ${ownerUserId}`, { errors: [{ path: '/ownerUserId', in: 'body', code: 'unknown', message: 'is not an active staff member' }] });
  }
}

/** Creates a lead, new, owned by whoever the input names or its creator; answered with its duplicates (a warning, not a refusal). */
export async function createLead(db: Db, actor: Actor, now: Date, input: LeadInput): Promise<LeadDetail> {
  const ownerUserId = input.ownerUserId === undefined ? actor.userId : input.ownerUserId;
  await Promise.all([checkProducts(db, input.interestProductIds ?? []), checkOwner(db, ownerUserId)]);
  const row: LeadRow = {
    id: newId(),
    name: input.name.trim(),
    company: input.company?.trim() || null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    phoneKey: phoneKey(input.phone),
    emailKey: emailKey(input.email),
    source: input.source,
    interestProductIds: input.interestProductIds ?? [],
    estimatedValueMinor: input.estimatedValueMinor ?? 0,
    currency: input.currency ?? 'CNY',
    ownerUserId,
    status: 'new',
    lostReason: null,
    notes: input.notes ?? null,
    customerId: null,
    firstOrderId: null,
    convertedAt: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  return db.transaction(async (tx) => {
    await tx.insert(leads).values(row);
    const detail = await detailOf(tx, row, now);
    await recordChange(tx, actor, now, { entityType: 'lead', entityId: row.id, action: 'lead.created', after: { ...stored(row), duplicates: detail.duplicates.map((d) => d.id) } });
    return detail;
  });
}

/** What the trail keeps of a lead: its own fields, without the score (which moves with time). */
function stored(row: LeadRow) {
  const { phoneKey: _p, emailKey: _e, ...rest } = row;
  return rest;
}

/** Changes a lead still being worked (If-Match version); answered with its duplicates again. */
export async function updateLead(db: Db, actor: Actor, now: Date, id: string, expectedVersion: number, patch: LeadPatch): Promise<LeadDetail> {
  await Promise.all([patch.interestProductIds ? checkProducts(db, patch.interestProductIds) : undefined, checkOwner(db, patch.ownerUserId)]);
  return db.transaction(async (tx) => {
    const current = await lockLead(tx, id);
    assertVersion('lead', current.version, expectedVersion);
    if (!openLeadStatuses.includes(current.status)) throw new DomainError('lead_closed', `The lead is ${current.status}`, { meta: { leadStatus: current.status } });
    const changes: Partial<LeadRow> = {
      ...patch,
      ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
      ...(patch.company !== undefined ? { company: patch.company?.trim() || null } : {}),
      ...(patch.phone !== undefined ? { phoneKey: phoneKey(patch.phone) } : {}),
      ...(patch.email !== undefined ? { emailKey: emailKey(patch.email) } : {}),
      updatedAt: now,
      version: current.version + 1,
    };
    const [updated] = await tx.update(leads).set(changes).where(eq(leads.id, id)).returning();
    await recordChange(tx, actor, now, { entityType: 'lead', entityId: id, action: 'lead.updated', before: stored(current), after: stored(updated!) });
    return detailOf(tx, updated!, now);
  });
}

/** Whether the person may reopen a lost lead: a manager (or an admin). */
function isManager(actor: TaskWorker): boolean {
  return actor.roles.includes('manager') || actor.roles.includes('admin');
}

/**
 * Moves a lead along the pipeline by the transition table: contact, qualify, lose (with a
 * reason; `other` needs a note) or reopen a lost one (managers). Audited; losing is published.
 */
export async function transitionLead(db: Db, actor: TaskWorker, now: Date, id: string, input: LeadTransition): Promise<LeadDetail> {
  return db.transaction(async (tx) => {
    const current = await lockLead(tx, id);
    if (current.status === 'converted') throw new DomainError('lead_already_converted', 'The lead was converted into a customer already', { meta: { customerId: current.customerId } });
    const status = fire(leadMachine, current.status, input.event);
    let lostReason: LostReason | null = current.lostReason;
    if (input.event === 'lose') lostReason = checkedLostReason(input.lostReason);
    if (input.event === 'reopen') {
      if (!isManager(actor)) throw new DomainError('lead_reopen_manager_only', 'Only a manager reopens a lost lead');
      lostReason = null;
    }
    const [updated] = await tx.update(leads).set({ status, lostReason, updatedAt: now, version: current.version + 1 }).where(eq(leads.id, id)).returning();
    await recordChange(
      tx,
      actor,
      now,
      { entityType: 'lead', entityId: id, customerId: current.customerId, action: `lead.${input.event}`, before: { status: current.status, lostReason: current.lostReason }, after: { status, lostReason, path: [current.status, status] } },
      input.event === 'lose' && lostReason ? [{ topic: 'lead.lost', payload: { leadId: id, reasonCode: lostReason.code } }] : [],
    );
    return detailOf(tx, updated!, now);
  });
}

function checkedLostReason(reason: LostReason | undefined): LostReason {
  const note = reason?.note?.trim();
  if (!reason) {
    throw new DomainError('lead_lost_reason_required', 'Say why the lead was lost', { errors: [{ path: '/lostReason', in: 'body', code: 'required', message: 'is required to mark a lead lost' }] });
  }
  if (reason.code === 'other' && !note) {
    throw new DomainError('lead_lost_reason_required', 'Say in the note why the lead was lost', { errors: [{ path: '/lostReason/note', in: 'body', code: 'required', message: 'is required when the reason is other' }] });
  }
  return { code: reason.code, ...(note ? { note } : {}) };
}

export interface LeadQuery {
  status?: LeadStatus;
  ownerUserId?: string;
  source?: LeadSource;
  q?: string;
  duplicate?: boolean;
  limit: number;
  cursor?: string;
}

/** Leads under the filters, newest first, keyset-paged, each with its score and duplicate flag. */
export async function listLeads(db: Executor, now: Date, query: LeadQuery): Promise<{ items: LeadView[]; nextCursor: string | null }> {
  const filters: (SQL | undefined)[] = [];
  if (query.status) filters.push(eq(leads.status, query.status));
  if (query.ownerUserId) filters.push(eq(leads.ownerUserId, query.ownerUserId));
  if (query.source) filters.push(eq(leads.source, query.source));
  if (query.q) {
    const pattern = containsPattern(query.q);
    const digits = phoneKey(query.q);
    filters.push(or(ilike(leads.name, pattern), ilike(leads.company, pattern), ilike(leads.email, pattern), ilike(leads.phone, pattern), digits ? ilike(leads.phoneKey, containsPattern(digits)) : undefined));
  }
  if (query.duplicate !== undefined) filters.push(query.duplicate ? duplicateFlag : sql`NOT ${duplicateFlag}`);
  if (query.cursor) filters.push(afterTimeCursor(query.cursor, leads.createdAt, leads.id, 'desc'));
  const rows = await db
    .select({ row: leads, ownerName: userNameLookup(sql`${leads.ownerUserId}`), duplicate: sql<boolean>`${duplicateFlag}` })
    .from(leads)
    .where(and(...filters))
    .orderBy(desc(leads.createdAt), desc(leads.id))
    .limit(query.limit + 1);
  const engagement = await leadEngagement(db, rows.map((r) => r.row.id));
  const views = rows.map((r) => toView(r.row, { ownerName: r.ownerName as string | null, duplicate: Boolean(r.duplicate), engagement: engagement.get(r.row.id), now }));
  return pageOf(views, query.limit, (v) => [v.createdAt, v.id]);
}

/** A lead's follow-ups, soonest due first. */
export async function followUpsOf(db: Executor, id: string): Promise<TaskView[]> {
  const [row] = await db.select({ id: leads.id }).from(leads).where(eq(leads.id, id));
  if (!row) throw new DomainError('not_found', `No lead ${id}`);
  return leadFollowUps(db, id);
}

/** Schedules a call, visit or message with a lead still being worked, for its owner unless another person is named. */
export async function scheduleFollowUp(db: Db, worker: TaskWorker & { userId: string }, now: Date, id: string, input: FollowUpCreate): Promise<TaskView> {
  return db.transaction(async (tx) => {
    const lead = await lockLead(tx, id);
    if (!openLeadStatuses.includes(lead.status)) throw new DomainError('lead_closed', `The lead is ${lead.status}`, { meta: { leadStatus: lead.status } });
    const opened = await openLeadFollowUp(tx, worker, now, {
      leadId: id,
      leadName: lead.company ? `${lead.name}（${lead.company}）` : lead.name,
      kind: input.kind,
      assigneeId: input.assigneeId ?? lead.ownerUserId ?? worker.userId,
      dueAt: new Date(input.dueAt),
      note: input.note,
    });
    await recordChanges(tx, worker, now, opened.changes, opened.messages);
    return opened.task;
  });
}

/**
 * Records how a follow-up went. A new lead that was reached (any outcome but no_answer)
 * becomes contacted in the same transaction; the follow-up counts toward its score.
 */
export async function completeFollowUp(db: Db, worker: TaskWorker, now: Date, id: string, taskId: string, input: FollowUpCompletion): Promise<{ task: TaskView; lead: LeadDetail }> {
  return db.transaction(async (tx) => {
    const lead = await lockLead(tx, id);
    const done = await completeLeadFollowUp(tx, worker, now, { leadId: id, taskId, outcome: input.outcome, ...(input.note !== undefined ? { note: input.note } : {}) });
    await recordChanges(tx, worker, now, done.changes, done.messages);
    let row = lead;
    if (lead.status === 'new' && input.outcome !== 'no_answer') {
      const status = fire(leadMachine, lead.status, 'contact');
      [row] = (await tx.update(leads).set({ status, updatedAt: now, version: lead.version + 1 }).where(eq(leads.id, id)).returning()) as [LeadRow];
      await recordChange(tx, worker, now, {
        entityType: 'lead',
        entityId: id,
        customerId: lead.customerId,
        action: 'lead.contact',
        before: { status: lead.status },
        after: { status, path: [lead.status, status], taskId, outcome: input.outcome },
      });
    }
    return { task: done.task, lead: await detailOf(tx, row, now) };
  });
}
