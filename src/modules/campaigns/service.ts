/*
 * Campaigns (campaigns, campaign_recipients): a message written once and sent to every
 * customer of a segment, once each, through the notification channels; and the customers'
 * way out of marketing. Other modules use them only through this file.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { type Actor, recordChange } from '../../platform/audit/record.js';
import { fire } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { marketingContacts } from '../customers/service.js';
import { unsubscribeFooter } from '../notifications/service.js';
import { countMembers, getSegment, pageOfMembers } from '../segments/service.js';
import type { CampaignCreate, CampaignPreviewBody, CampaignView } from './contract.js';
import { checkPlaceholders, fillIn } from './placeholders.js';
import { countsOf, toView } from './views.js';
import { campaignRecipients, campaigns } from './schema.js';
import { campaignMachine } from './states.js';
import { newId } from '../../platform/db/ids.js';

export { sendCampaign, sendCampaignJob, sendCampaignJobKind } from './send.js';
export { getCampaign } from './views.js';
export { openUnsubscribe, unsubscribe } from './unsubscribe.js';
export type { CampaignView } from './contract.js';

type Row = typeof campaigns.$inferSelect;

export async function createCampaign(db: Db, actor: Actor, now: Date, input: CampaignCreate): Promise<CampaignView> {
  checkPlaceholders(input);
  await getSegment(db, input.segmentId);
  const row: Row = {
    id: newId(),
    name: input.name.trim(),
    segmentId: input.segmentId,
    channel: input.channel,
    subject: input.subject,
    body: input.body,
    status: 'draft',
    createdBy: actor.userId,
    createdAt: now,
    sentBy: null,
    sendStartedAt: null,
    finishedAt: null,
    cancelledAt: null,
    version: 1,
  };
  return db.transaction(async (tx) => {
    await tx.insert(campaigns).values(row);
    const view = toView(row);
    await recordChange(tx, actor, now, { entityType: 'campaign', entityId: row.id, action: 'campaign.created', after: view });
    return view;
  });
}

/** The campaigns, newest first (of one segment when asked), each with its counts. */
export async function listCampaigns(db: Executor, query: { segmentId?: string }): Promise<CampaignView[]> {
  const rows = await db
    .select()
    .from(campaigns)
    .where(query.segmentId ? eq(campaigns.segmentId, query.segmentId) : undefined)
    .orderBy(desc(campaigns.createdAt), desc(campaigns.id))
    .limit(200);
  const counts = await countsOf(db, rows.map((r) => r.id));
  return rows.map((row) => toView(row, counts.get(row.id)));
}

/** The message as one member of the segment would read it (the first by name unless one is named), and how many members there are now. */
export async function previewCampaign(db: Executor, now: Date, input: CampaignPreviewBody) {
  checkPlaceholders(input);
  const segment = await getSegment(db, input.segmentId);
  const [total, first] = await Promise.all([countMembers(db, segment.filter, now), pageOfMembers(db, segment.filter, now, { limit: 1 })]);
  const customerId = input.customerId ?? first.items[0]?.id;
  const contact = customerId ? (await marketingContacts(db, [customerId])).get(customerId) : undefined;
  const sample = contact ?? { name: '', contactName: null };
  return {
    members: total,
    customer: contact && customerId ? { id: customerId, name: contact.name } : null,
    subject: fillIn(input.subject, sample),
    body: fillIn(input.body, sample),
    // Customers are written to in Chinese; `{link}` marks where each message's own link goes.
    footer: input.channel === 'webhook' ? null : unsubscribeFooter['zh-CN'],
  };
}

export async function cancelCampaign(db: Db, actor: Actor, now: Date, id: string): Promise<CampaignView> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(campaigns).where(eq(campaigns.id, id)).for('update');
    if (!current) throw new DomainError('not_found', `No campaign ${id}`);
    const status = fire(campaignMachine, current.status, 'cancel');
    const [updated] = await tx.update(campaigns).set({ status, cancelledAt: now, version: current.version + 1 }).where(eq(campaigns.id, id)).returning();
    // Whoever was not reached yet is not reached now; those queued already keep their message.
    await tx
      .update(campaignRecipients)
      .set({ status: 'skipped', skipReason: 'cancelled', processedAt: now })
      .where(and(eq(campaignRecipients.campaignId, id), eq(campaignRecipients.status, 'pending')));
    const view = toView(updated!, (await countsOf(tx, [id])).get(id));
    await recordChange(tx, actor, now, { entityType: 'campaign', entityId: id, action: 'campaign.cancelled', before: { status: current.status }, after: { status, counts: view.counts } });
    return view;
  });
}
