import { and, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/connect.js';
import { allowedEvents } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { customersByContact } from '../customers/service.js';
import { findStaffMember } from '../identity/service.js';
import { leadEngagement, type LeadEngagement } from '../tasks/service.js';
import type { Duplicate, LeadDetail, LeadSource, LeadView } from './contract.js';
import { leads } from './schema.js';
import { scoreLead } from './score.js';
import { leadMachine, openLeadStatuses, type LeadStatus } from './states.js';

/* A lead as it is read: its view with the score, its duplicates, and the lock a change takes. */

export type LeadRow = typeof leads.$inferSelect;

/** The statuses whose leads count as duplicates of a new one: open and converted (a lost lead is history). */
export const comparedStatuses: readonly LeadStatus[] = [...openLeadStatuses, 'converted'];

/** Another lead (open or converted) shares this lead's phone or e-mail: the list's `duplicate` flag. */
export const duplicateFlag = sql`EXISTS (SELECT 1 FROM leads o WHERE o.id <> ${leads.id} AND o.status IN (${sql.join(
  comparedStatuses.map((s) => sql`${s}`),
  sql`, `,
)}) AND ((${leads.phoneKey} IS NOT NULL AND o.phone_key = ${leads.phoneKey}) OR (${leads.emailKey} IS NOT NULL AND o.email_key = ${leads.emailKey})))`;

export function toView(row: LeadRow, extra: { ownerName: string | null; duplicate: boolean; engagement: LeadEngagement | undefined; now: Date }): LeadView {
  return {
    id: row.id,
    name: row.name,
    company: row.company,
    phone: row.phone,
    email: row.email,
    source: row.source as LeadSource,
    interestProductIds: row.interestProductIds,
    estimatedValueMinor: row.estimatedValueMinor,
    currency: row.currency,
    ownerUserId: row.ownerUserId,
    ownerName: extra.ownerName,
    status: row.status,
    allowedEvents: allowedEvents(leadMachine, row.status),
    lostReason: row.lostReason ?? null,
    notes: row.notes,
    customerId: row.customerId,
    firstOrderId: row.firstOrderId,
    convertedAt: row.convertedAt?.toISOString() ?? null,
    score: scoreLead({
      source: row.source as LeadSource,
      interestProductCount: row.interestProductIds.length,
      estimatedValueMinor: row.estimatedValueMinor,
      reached: extra.engagement?.reached ?? 0,
      lastDoneAt: extra.engagement?.lastDoneAt ?? null,
      now: extra.now,
    }),
    duplicate: extra.duplicate,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** The other leads (open or converted) and the customers with the same phone or e-mail as the lead. */
async function duplicatesOf(db: Executor, row: LeadRow): Promise<Duplicate[]> {
  if (!row.phoneKey && !row.emailKey) return [];
  const matches = (p: string | null, e: string | null) => [
    ...(row.phoneKey && p === row.phoneKey ? (['phone'] as const) : []),
    ...(row.emailKey && e === row.emailKey ? (['email'] as const) : []),
  ];
  const same = or(row.phoneKey ? eq(leads.phoneKey, row.phoneKey) : undefined, row.emailKey ? eq(leads.emailKey, row.emailKey) : undefined);
  const [others, byPhone, byEmail] = await Promise.all([
    db
      .select({ id: leads.id, name: leads.name, status: leads.status, phoneKey: leads.phoneKey, emailKey: leads.emailKey })
      .from(leads)
      .where(and(ne(leads.id, row.id), inArray(leads.status, [...comparedStatuses]), same))
      .orderBy(desc(leads.createdAt))
      .limit(20),
    customersByContact(db, { phone: row.phoneKey, email: null }),
    customersByContact(db, { phone: null, email: row.emailKey }),
  ]);
  const customers = new Map<string, Duplicate>();
  for (const [found, on] of [
    [byPhone, 'phone'],
    [byEmail, 'email'],
  ] as const) {
    for (const c of found) {
      // The customer the lead itself became is no duplicate of it.
      if (c.id === row.customerId) continue;
      const seen = customers.get(c.id) ?? { kind: 'customer', id: c.id, name: c.name, status: null, matchedOn: [] };
      seen.matchedOn.push(on);
      customers.set(c.id, seen);
    }
  }
  return [...others.map((o): Duplicate => ({ kind: 'lead', id: o.id, name: o.name, status: o.status, matchedOn: matches(o.phoneKey, o.emailKey) })), ...customers.values()];
}

/** The lead as one read: with its owner's name, its score and its duplicates. */
export async function detailOf(db: Executor, row: LeadRow, now: Date): Promise<LeadDetail> {
  const [owner, engagement, duplicates] = await Promise.all([row.ownerUserId ? findStaffMember(db, row.ownerUserId) : undefined, leadEngagement(db, [row.id]), duplicatesOf(db, row)]);
  const duplicate = duplicates.some((d) => d.kind === 'lead');
  return { ...toView(row, { ownerName: owner?.name ?? null, duplicate, engagement: engagement.get(row.id), now }), duplicates };
}

export async function getLead(db: Executor, id: string, now: Date): Promise<LeadDetail> {
  const [row] = await db.select().from(leads).where(eq(leads.id, id));
  if (!row) throw new DomainError('not_found', `No lead ${id}`);
  return detailOf(db, row, now);
}

/** Locks a lead for a change in the caller's transaction. */
export async function lockLead(tx: Tx, id: string): Promise<LeadRow> {
  const [row] = await tx.select().from(leads).where(eq(leads.id, id)).for('update');
  if (!row) throw new DomainError('not_found', `No lead ${id}`);
  return row;
}

