import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/connect.js';
import { recordChange } from '../../platform/audit/record.js';
import { fire } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { createCustomer } from '../customers/service.js';
import { findStaffMember } from '../identity/service.js';
import { createOrderWithin } from '../orders/service.js';
import { passLeadFollowUpsToCustomer, type TaskWorker } from '../tasks/service.js';
import type { LeadConversion, LeadDetail } from './contract.js';
import { leads } from './schema.js';
import { getLead, lockLead } from './views.js';
import { leadMachine } from './states.js';

/**
 * The customer and the order are checked by their own modules, whose field paths start at
 * their own body: in the conversion's body they sit under `/customer` and `/order`.
 */
async function under<T>(prefix: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (!(err instanceof DomainError) || !err.extra.errors) throw err;
    throw new DomainError(err.code, err.message, { ...err.extra, errors: err.extra.errors.map((e) => ({ ...e, path: `${prefix}${e.path}` })) });
  }
}

export interface ConversionResult {
  lead: LeadDetail;
  customerId: string;
  orderId: string | null;
  orderNumber: string | null;
}

/**
 * Converts a qualified lead into a customer (SPEC §1), in one transaction: the customer is
 * created as the customer form creates one (same checks; the lead's source and owner unless
 * the form says otherwise), its first order, when one is sent, is taken in as any order is,
 * and the lead keeps the link to both. Its follow-ups name the customer from then on.
 * Converting twice is refused (409 lead_already_converted), whoever comes second.
 */
export async function convertLead(db: Db, actor: TaskWorker, now: Date, timeZone: string, id: string, input: LeadConversion): Promise<ConversionResult> {
  const result = await db.transaction(async (tx) => {
    const lead = await lockLead(tx, id);
    if (lead.status === 'converted') {
      throw new DomainError('lead_already_converted', 'The lead was converted into a customer already', { meta: { customerId: lead.customerId } });
    }
    const status = fire(leadMachine, lead.status, 'convert');
    const customer = await under(
      '/customer',
      createCustomer(tx, actor, now, {
        ...input.customer,
        sourceChannel: input.customer.sourceChannel === undefined ? lead.source : input.customer.sourceChannel,
        ownerUserId: input.customer.ownerUserId === undefined ? lead.ownerUserId : input.customer.ownerUserId,
      }),
    );
    let order: { id: string; number: string } | null = null;
    if (input.order) {
      const owner = actor.userId ? await findStaffMember(tx, actor.userId) : undefined;
      const placed = await under('/order', createOrderWithin(tx, { now, timeZone, actor, owner: owner ? { id: owner.id, name: owner.name } : null }, { ...input.order, customerId: customer.id }));
      order = { id: placed.id, number: placed.number };
    }
    await tx
      .update(leads)
      .set({ status, customerId: customer.id, firstOrderId: order?.id ?? null, convertedAt: now, updatedAt: now, version: lead.version + 1 })
      .where(eq(leads.id, id));
    await passLeadFollowUpsToCustomer(tx, id, customer.id);
    await recordChange(
      tx,
      actor,
      now,
      {
        entityType: 'lead',
        entityId: id,
        customerId: customer.id,
        action: 'lead.converted',
        before: { status: lead.status },
        after: { status, path: [lead.status, status], customerId: customer.id, orderId: order?.id ?? null, orderNumber: order?.number ?? null },
      },
      [{ topic: 'lead.converted', customerId: customer.id, payload: { leadId: id, customerId: customer.id, orderId: order?.id ?? null } }],
    );
    return { customerId: customer.id, orderId: order?.id ?? null, orderNumber: order?.number ?? null };
  });
  return { ...result, lead: await getLead(db, id, now) };
}
