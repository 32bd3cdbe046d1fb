import { eq } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import type { Actor } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { findLinkToken, markLinkTokenUsed } from '../../platform/links/service.js';
import { getCustomer, recordMarketingOptOut } from '../customers/service.js';
import type { UnsubscribePage } from './contract.js';
import { campaignRecipients } from './schema.js';

/** Who the audit trail names for an opt-out by link: the customer, not a staff member. */
export const unsubscribeLinkActor: Actor = { userId: null, label: 'customer (unsubscribe link)' };

/** The customer an unsubscribe link was sent to, or why it opens nothing: unknown (404), expired (410). */
async function customerOf(db: Executor, token: string, now: Date): Promise<{ tokenId: string; customerId: string }> {
  const minted = await findLinkToken(db, 'unsubscribe', token);
  if (!minted) throw new DomainError('unsubscribe_link_unknown', 'This unsubscribe link is not valid');
  const [recipient] = await db.select({ customerId: campaignRecipients.customerId }).from(campaignRecipients).where(eq(campaignRecipients.id, minted.subjectId));
  if (!recipient) throw new DomainError('unsubscribe_link_unknown', 'This unsubscribe link is not valid');
  // A re-sent message's newer link replaces the older one; one already followed keeps working (saying it twice changes nothing).
  if (minted.expiresAt <= now && !minted.usedAt) throw new DomainError('unsubscribe_link_expired', `This unsubscribe link expired at ${minted.expiresAt.toISOString()}`);
  return { tokenId: minted.id, customerId: recipient.customerId };
}

/** What the public page shows: the company's name and whether it is opted out. Nothing else of the customer. */
export async function openUnsubscribe(db: Executor, token: string, now: Date): Promise<UnsubscribePage> {
  const { customerId } = await customerOf(db, token, now);
  const customer = await getCustomer(db, customerId);
  if (!customer) throw new DomainError('unsubscribe_link_unknown', 'This unsubscribe link is not valid');
  return { customerName: customer.name, optedOut: customer.marketingOptOutAt !== null };
}

/** Records the customer's opt-out of marketing, audited as theirs; campaigns skip them from now on. Order notices still go. */
export async function unsubscribe(db: Db, token: string, now: Date): Promise<UnsubscribePage> {
  return db.transaction(async (tx) => {
    const { tokenId, customerId } = await customerOf(tx, token, now);
    const customer = await recordMarketingOptOut(tx, unsubscribeLinkActor, now, customerId, true);
    await markLinkTokenUsed(tx, tokenId, now);
    return { customerName: customer.name, optedOut: true };
  });
}
