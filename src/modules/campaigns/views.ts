import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import { DomainError } from '../../platform/http/errors.js';
import { deliveryOutcomes } from '../notifications/service.js';
import type { CampaignCounts, CampaignView } from './contract.js';
import { campaignRecipients, campaigns } from './schema.js';

type Row = typeof campaigns.$inferSelect;

const noCounts: CampaignCounts = { recipients: 0, pending: 0, queued: 0, sent: 0, failed: 0, skippedUnsubscribed: 0, skippedNoAddress: 0, skippedCancelled: 0 };

export function toView(row: Row, counts: CampaignCounts = noCounts): CampaignView {
  return {
    id: row.id,
    name: row.name,
    segmentId: row.segmentId,
    channel: row.channel,
    subject: row.subject,
    body: row.body,
    status: row.status,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    sentBy: row.sentBy,
    sendStartedAt: row.sendStartedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    version: row.version,
    counts,
  };
}

/** Each campaign's recipients counted by what became of them, their messages' deliveries included, in one query. */
export async function countsOf(db: Executor, ids: readonly string[]): Promise<Map<string, CampaignCounts>> {
  if (ids.length === 0) return new Map();
  const r = campaignRecipients;
  const ofThese: SQL = inArray(r.campaignId, [...ids]);
  const rows = await queryRows<Record<keyof CampaignCounts | 'campaign_id', string | number>>(
    db,
    sql`SELECT ${r.campaignId} AS campaign_id, count(*)::int AS recipients,
        count(*) FILTER (WHERE ${r.status} = 'pending')::int AS pending,
        count(*) FILTER (WHERE ${r.status} = 'queued')::int AS queued,
        count(*) FILTER (WHERE o.sent)::int AS sent,
        count(*) FILTER (WHERE o.failed AND NOT o.sent)::int AS failed,
        count(*) FILTER (WHERE ${r.skipReason} = 'unsubscribed')::int AS "skippedUnsubscribed",
        count(*) FILTER (WHERE ${r.skipReason} = 'no_address')::int AS "skippedNoAddress",
        count(*) FILTER (WHERE ${r.skipReason} = 'cancelled')::int AS "skippedCancelled"
      FROM ${r}
      LEFT JOIN (${deliveryOutcomes(sql`SELECT ${r.eventId} FROM ${r} WHERE ${ofThese} AND ${r.eventId} IS NOT NULL`)}) o ON o.event_id = ${r.eventId}
      WHERE ${ofThese}
      GROUP BY ${r.campaignId}`,
  );
  return new Map(rows.map(({ campaign_id, ...counts }) => [String(campaign_id), Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])) as CampaignCounts]));
}

export async function getCampaign(db: Executor, id: string): Promise<CampaignView> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  if (!row) throw new DomainError('not_found', `No campaign ${id}`);
  return toView(row, (await countsOf(db, [id])).get(id));
}
