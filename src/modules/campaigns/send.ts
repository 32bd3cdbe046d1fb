import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import { type Actor, type OutboxMessage, recordChange } from '../../platform/audit/record.js';
import { fire } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { enqueueJob } from '../../platform/jobs/queue.js';
import type { JobDefinition } from '../../platform/jobs/worker.js';
import type { LinkIntent } from '../../platform/links/service.js';
import { marketingContacts, type MarketingContact } from '../customers/service.js';
import { segmentMembers } from '../segments/service.js';
import type { CampaignChannel, CampaignView } from './contract.js';
import { campaignRecipients, campaigns } from './schema.js';
import { campaignMachine, recipientMachine, type SkipReason } from './states.js';
import { fillIn } from './placeholders.js';
import { countsOf, getCampaign } from './views.js';
import { newId } from '../../platform/db/ids.js';

export const sendCampaignJobKind = 'campaign.send';
/** Recipients given their messages per transaction: a big segment is sent in many short ones, in bounded memory. */
export const campaignBatchSize = 200;
/** An unsubscribe link works this long: a customer may read an old mail late. */
const unsubscribeLinkDays = 365;

export interface SendContext {
  db: Db;
  actor: Actor;
  now: Date;
  /** The channels this server can send on (email and SMS need their settings). */
  channels: readonly CampaignChannel[];
}

/**
 * Sends a draft campaign: takes who is in its segment at this moment, one recipient row per
 * customer (the unique key makes a second try add nobody), and queues the job that gives
 * them their messages batch by batch. A campaign is sent once: sending it again is 409
 * campaign_not_draft.
 */
export async function sendCampaign(ctx: SendContext, id: string): Promise<CampaignView> {
  const { db, actor, now } = ctx;
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(campaigns).where(eq(campaigns.id, id)).for('update');
    if (!current) throw new DomainError('not_found', `No campaign ${id}`);
    const status = fire(campaignMachine, current.status, 'send', { code: 'campaign_not_draft', detail: `The campaign is ${current.status}; a campaign is sent once` });
    if (!ctx.channels.includes(current.channel)) {
      throw new DomainError('campaign_channel_unavailable', `Sending by ${current.channel} is not configured on this server`, { meta: { channel: current.channel } });
    }
    const segment = await segmentMembers(tx, current.segmentId, now);
    const [taken] = await queryRows<{ recipients: number }>(
      tx,
      sql`WITH taken AS (
          INSERT INTO ${campaignRecipients} (id, campaign_id, customer_id, status, created_at)
          SELECT time_ordered_uuid(), ${id}::uuid, m.id, 'pending', ${now.toISOString()}::timestamptz FROM (${segment.ids}) m
          ON CONFLICT (campaign_id, customer_id) DO NOTHING RETURNING 1)
        SELECT count(*)::int AS recipients FROM taken`,
    );
    await tx.update(campaigns).set({ status, sentBy: actor.userId, sendStartedAt: now, version: current.version + 1 }).where(eq(campaigns.id, id));
    await enqueueJob(tx, now, { kind: sendCampaignJobKind, payload: { campaignId: id }, dedupKey: `campaign.send:${id}` });
    await recordChange(tx, actor, now, {
      entityType: 'campaign',
      entityId: id,
      action: 'campaign.send_started',
      before: { status: current.status },
      after: { status, segment: segment.name, channel: current.channel, recipients: Number(taken?.recipients ?? 0) },
    });
  });
  return getCampaign(db, id);
}

type Decision = { status: 'queued'; address: string | null } | { status: 'skipped'; reason: SkipReason };

/** What one customer gets: nothing when they opted out or cannot be reached on the channel. */
function decide(channel: CampaignChannel, contact: MarketingContact | undefined): Decision {
  if (!contact) return { status: 'skipped', reason: 'no_address' };
  if (contact.optedOut) return { status: 'skipped', reason: 'unsubscribed' };
  if (channel === 'webhook') return { status: 'queued', address: null };
  const address = channel === 'email' ? contact.email : contact.phone;
  return address ? { status: 'queued', address } : { status: 'skipped', reason: 'no_address' };
}

/**
 * Gives the next batch of a sending campaign's recipients their messages (or skips them),
 * in one transaction with its audit event and outbox messages. When none is left the
 * campaign is sent. Answers whether another batch may follow.
 */
async function sendBatch(db: Db, now: Date, campaignId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Locking the campaign makes a cancel wait for the batch, and the batch see a cancel.
    const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).for('update');
    if (!campaign || campaign.status !== 'sending') return false;
    const actor: Actor = { userId: campaign.sentBy, label: 'campaign' };
    const pending = await tx
      .select({ id: campaignRecipients.id, customerId: campaignRecipients.customerId })
      .from(campaignRecipients)
      .where(and(eq(campaignRecipients.campaignId, campaignId), eq(campaignRecipients.status, 'pending')))
      .orderBy(asc(campaignRecipients.customerId))
      .limit(campaignBatchSize);
    if (pending.length === 0) {
      await finish(tx, actor, now, campaign);
      return false;
    }
    const contacts = await marketingContacts(tx, pending.map((r) => r.customerId));
    const expiresAt = new Date(now.getTime() + unsubscribeLinkDays * 86_400_000).toISOString();
    const messages: OutboxMessage<'campaign.message_queued'>[] = [];
    const updates = pending.map((recipient) => {
      const contact = contacts.get(recipient.customerId);
      const decision = decide(campaign.channel, contact);
      const status = fire(recipientMachine, 'pending', decision.status === 'queued' ? 'queue' : 'skip');
      if (decision.status === 'skipped') return { id: recipient.id, status, skipReason: decision.reason, address: null, eventId: null };
      const eventId = newId();
      const link: LinkIntent | undefined = campaign.channel === 'webhook' ? undefined : { purpose: 'unsubscribe', subjectId: recipient.id, expiresAt };
      messages.push({
        id: eventId,
        topic: 'campaign.message_queued',
        customerId: recipient.customerId,
        payload: {
          campaignId,
          customerId: recipient.customerId,
          channel: campaign.channel,
          subject: fillIn(campaign.subject, contact!),
          message: fillIn(campaign.body, contact!),
          ...(decision.address && campaign.channel !== 'webhook' ? { to: { channel: campaign.channel, address: decision.address } } : {}),
          ...(link ? { link } : {}),
        },
      });
      return { id: recipient.id, status, skipReason: null, address: decision.address, eventId };
    });
    await tx.execute(sql`UPDATE ${campaignRecipients} r SET status = u.status, skip_reason = u."skipReason", address = u.address, event_id = u."eventId", processed_at = ${now.toISOString()}::timestamptz
      FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) AS u(id uuid, status text, "skipReason" text, address text, "eventId" uuid)
      WHERE r.id = u.id`);
    const skipped = (reason: SkipReason) => updates.filter((u) => u.skipReason === reason).length;
    await recordChange(
      tx,
      actor,
      now,
      { entityType: 'campaign', entityId: campaignId, action: 'campaign.batch_queued', after: { queued: messages.length, skippedUnsubscribed: skipped('unsubscribed'), skippedNoAddress: skipped('no_address') } },
      messages,
    );
    return true;
  });
}

async function finish(tx: Tx, actor: Actor, now: Date, campaign: typeof campaigns.$inferSelect): Promise<void> {
  const status = fire(campaignMachine, campaign.status, 'finish');
  await tx.update(campaigns).set({ status, finishedAt: now, version: campaign.version + 1 }).where(eq(campaigns.id, campaign.id));
  const counts = (await countsOf(tx, [campaign.id])).get(campaign.id);
  await recordChange(tx, actor, now, { entityType: 'campaign', entityId: campaign.id, action: 'campaign.sent', before: { status: campaign.status }, after: { status, counts } });
}

/** Works through a sending campaign batch by batch; a crash leaves the rest pending for the retry. */
export const sendCampaignJob: JobDefinition<'campaign.send'> = {
  kind: sendCampaignJobKind,
  async run(payload, { db, clock }) {
    while (await sendBatch(db, clock.now(), payload.campaignId));
  },
};
