import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db, Executor } from '../db/connect.js';
import { linkTokens } from './schema.js';

/*
 * One-time links in mail. What a module writes to the outbox is only the intent — which
 * door (purpose), for what (subject) and until when; the notification deliverer mints the
 * token as it sends the message. Staff reading the delivery log, the outbox or the job
 * queue therefore never see a link that works.
 */

export const linkPurposes = ['sign_in', 'survey', 'unsubscribe'] as const;
export type LinkPurpose = (typeof linkPurposes)[number];

/** A link a message should carry, as it travels in the outbox payload under `link`. */
export interface LinkIntent {
  purpose: LinkPurpose;
  subjectId: string;
  /** ISO time the link stops working. */
  expiresAt: string;
}

export function isLinkIntent(value: unknown): value is LinkIntent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (linkPurposes as readonly unknown[]).includes(v.purpose) && typeof v.subjectId === 'string' && typeof v.expiresAt === 'string' && !Number.isNaN(Date.parse(v.expiresAt));
}

/** Where each kind of link opens: the portal's "sign in as …?" page, the public survey page, or the public unsubscribe page. */
const paths: Record<LinkPurpose, string> = { sign_in: '/portal/link/', survey: '/survey/', unsubscribe: '/unsubscribe/' };

export function linkUrl(publicUrl: string, purpose: LinkPurpose, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}${paths[purpose]}${token}`;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Mints the token for one sending of a message (`deliveryId`) and returns it (it is not
 * kept). Tokens an earlier attempt of the same delivery minted stop working: only the
 * newest mail's link does, so a re-sent message makes a new link.
 */
export async function mintLinkToken(db: Db, now: Date, intent: LinkIntent, deliveryId: string | null): Promise<string> {
  return db.transaction(async (tx) => {
    if (deliveryId !== null) {
      await tx
        .update(linkTokens)
        .set({ expiresAt: now })
        .where(and(eq(linkTokens.deliveryId, deliveryId), isNull(linkTokens.usedAt), gt(linkTokens.expiresAt, now)));
    }
    return insertLinkToken(tx, now, intent, deliveryId);
  });
}

/**
 * Mints a token inside the caller's transaction for a link that travels by hand instead of
 * by mail (no mail server is configured): the caller shows it once and audits that it did.
 */
export async function mintHandedOverLinkToken(tx: Executor, now: Date, intent: LinkIntent): Promise<string> {
  return insertLinkToken(tx, now, intent, null);
}

async function insertLinkToken(tx: Executor, now: Date, intent: LinkIntent, deliveryId: string | null): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.insert(linkTokens).values({
    id: randomUUID(),
    tokenHash: hashToken(token),
    purpose: intent.purpose,
    subjectId: intent.subjectId,
    deliveryId,
    createdAt: now,
    expiresAt: new Date(intent.expiresAt),
    usedAt: null,
  });
  return token;
}

export type LinkToken = typeof linkTokens.$inferSelect;

/** The token row behind a link of this purpose, or undefined for a token nobody minted for it. */
export async function findLinkToken(db: Executor, purpose: LinkPurpose, token: string, lock = false): Promise<LinkToken | undefined> {
  const query = db
    .select()
    .from(linkTokens)
    .where(and(eq(linkTokens.tokenHash, hashToken(token)), eq(linkTokens.purpose, purpose)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Records that the link was followed, inside the transaction that used what it grants. */
export async function markLinkTokenUsed(db: Executor, id: string, now: Date): Promise<void> {
  await db.update(linkTokens).set({ usedAt: now }).where(eq(linkTokens.id, id));
}
