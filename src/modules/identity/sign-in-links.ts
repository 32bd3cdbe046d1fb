import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { isUniqueViolation } from '../../platform/db/sql.js';
import { recordChange, type Actor, type Change, type OutboxMessage } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { findLinkToken, linkUrl, markLinkTokenUsed, mintHandedOverLinkToken, type LinkIntent } from '../../platform/links/service.js';
import { hash as argonHash } from '@node-rs/argon2';
import { customerRole } from './permissions.js';
import { linkSessionGraceMs } from './portal-accounts.js';
import { signInLinks, users } from './schema.js';
import { openSession, userView } from './credentials.js';
import type { UserView } from './service.js';

/*
 * Portal users (SPEC §14) and the one-time links that sign them in without a password. A
 * `sign_in_links` row is the grant (whom, until when, used or not); the token in the mail
 * is minted by the notification deliverer when it sends the message (platform/links).
 */

/** A link asked for on the sign-in page works this long. */
export const magicLinkTtlMs = 15 * 60 * 1000;
/** An invitation's link works longer: the customer may read their mail days later. */
export const invitationTtlMs = 7 * 24 * 60 * 60 * 1000;

type GrantPurpose = 'invitation' | 'magic_link';

function newLink(userId: string, purpose: GrantPurpose, now: Date): typeof signInLinks.$inferInsert & { id: string; expiresAt: Date } {
  const ttl = purpose === 'invitation' ? invitationTtlMs : magicLinkTtlMs;
  return { id: randomUUID(), userId, purpose, createdAt: now, expiresAt: new Date(now.getTime() + ttl), usedAt: null };
}

/**
 * The outbox message asking for a sign-in link in the portal user's own mailbox: only the
 * intent travels (the deliverer mints the token as it sends), and `emailOnly` keeps it off
 * in-app notifications.
 */
function linkMessage(topic: 'portal.invited' | 'portal.sign_in_link_requested', user: { id: string; customerId: string }, customerName: string, link: { id: string; expiresAt: Date }): OutboxMessage {
  const intent: LinkIntent = { purpose: 'sign_in', subjectId: link.id, expiresAt: link.expiresAt.toISOString() };
  return { topic, customerId: user.customerId, payload: { customerName, link: intent, dueAt: intent.expiresAt, audience: { userIds: [user.id], emailOnly: true } } };
}

/**
 * How an invitation reaches its person: mailed, or — when no mail server is configured — as
 * a link shown once to the staff member who invited, who hands it over themselves.
 */
export type InvitationDelivery = { by: 'mail' } | { by: 'hand'; publicUrl: string };

/** A working invitation link, shown once to the inviting staff member; never stored. */
export interface HandedOverLink {
  url: string;
  expiresAt: Date;
}

/**
 * Records the invitation and sends its link the way `delivery` says: the outbox message for
 * the mailer, or a token minted here for the inviter to hand over. The audit entry says which,
 * so who saw a working link stays on record.
 */
async function deliverInvitation(
  tx: Tx,
  actor: Actor,
  now: Date,
  delivery: InvitationDelivery,
  change: Change & { after: Record<string, unknown> },
  message: OutboxMessage,
  link: { id: string; expiresAt: Date },
): Promise<HandedOverLink | null> {
  if (delivery.by === 'mail') {
    await recordChange(tx, actor, now, { ...change, after: { ...change.after, delivery: 'mail' } }, [message]);
    return null;
  }
  const token = await mintHandedOverLinkToken(tx, now, { purpose: 'sign_in', subjectId: link.id, expiresAt: link.expiresAt.toISOString() });
  await recordChange(tx, actor, now, { ...change, after: { ...change.after, delivery: 'handed_over' } });
  return { url: linkUrl(delivery.publicUrl, 'sign_in', token), expiresAt: link.expiresAt };
}

/** The mailbox an address reaches: lower-cased, without a `+tag`, which most mail servers deliver to the same inbox. */
function mailbox(email: string): string {
  const [local = '', domain = ''] = email.trim().toLowerCase().split(/@(?=[^@]*$)/);
  return `${local.replace(/\+.*$/, '')}@${domain}`;
}

export interface PortalUserInput {
  customerId: string;
  customerName: string;
  email: string;
  name: string;
  locale?: string;
}

/**
 * Creates a customer's portal user and sends them an invitation with a sign-in link (see
 * InvitationDelivery). The password is random and never shown: they sign in by link until
 * they set one.
 */
export async function createPortalUser(
  db: Db,
  actor: Actor & { email?: string },
  now: Date,
  input: PortalUserInput,
  delivery: InvitationDelivery,
): Promise<{ user: UserView; handedOverLink: HandedOverLink | null }> {
  const email = input.email.trim().toLowerCase();
  if (actor.email !== undefined && mailbox(actor.email) === mailbox(email)) {
    throw new DomainError('portal_invite_own_email', 'You cannot invite yourself: a portal user of a customer is that customer\'s person, not staff', {
      errors: [{ path: '/email', in: 'body', code: 'own_email', message: 'is your own email address' }],
    });
  }
  const row: typeof users.$inferSelect = {
    id: randomUUID(),
    email,
    name: input.name.trim(),
    passwordHash: await argonHash(randomBytes(32).toString('base64url')),
    roles: [customerRole],
    locale: input.locale ?? 'zh-CN',
    localeChosen: input.locale !== undefined,
    active: true,
    createdAt: now,
    updatedAt: now,
    version: 1,
    customerId: input.customerId,
    passwordSetAt: null,
    lastSignInAt: null,
  };
  try {
    return await db.transaction(async (tx) => {
      await tx.insert(users).values(row);
      const link = newLink(row.id, 'invitation', now);
      await tx.insert(signInLinks).values(link);
      const view = userView(row);
      const handedOverLink = await deliverInvitation(
        tx,
        actor,
        now,
        delivery,
        { entityType: 'user', entityId: row.id, customerId: input.customerId, action: 'user.portal_invited', after: { ...view } },
        linkMessage('portal.invited', { id: row.id, customerId: input.customerId }, input.customerName, link),
        link,
      );
      return { user: view, handedOverLink };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'users_email_key')) {
      throw new DomainError('already_exists', `A user with email ${email} already exists`, {
        errors: [{ path: '/email', in: 'body', code: 'unique', message: 'is already taken' }],
      });
    }
    throw err;
  }
}

/**
 * Mails a 15-minute sign-in link to the active portal user with this email. Nothing
 * happens for any other address, and the caller answers the same either way, so the
 * request does not reveal who has an account.
 */
export async function requestMagicLink(db: Db, now: Date, email: string, customerNameOf: (customerId: string) => Promise<string>): Promise<void> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), eq(users.active, true), sql`${users.customerId} IS NOT NULL`));
  if (!user?.customerId) return;
  const customerName = await customerNameOf(user.customerId);
  await db.transaction(async (tx) => {
    const link = newLink(user.id, 'magic_link', now);
    await tx.insert(signInLinks).values(link);
    await recordChange(
      tx,
      { userId: user.id, label: user.email },
      now,
      { entityType: 'user', entityId: user.id, customerId: user.customerId, action: 'user.sign_in_link_sent', after: { linkId: link.id, expiresAt: link.expiresAt } },
      [linkMessage('portal.sign_in_link_requested', { id: user.id, customerId: user.customerId! }, customerName, link)],
    );
  });
}

/**
 * The grant behind a mailed token with its user, or why it cannot sign anyone in. The
 * grant decides: one use for all the mails it went out in, and withdrawn when a newer
 * invitation replaces it; the token may have ended sooner (a re-sent mail replaced it).
 */
async function usableLink(db: Executor, now: Date, token: string, lock: boolean) {
  const unknown = () => new DomainError('sign_in_link_unknown', 'This sign-in link is not valid');
  const minted = await findLinkToken(db, 'sign_in', token, lock);
  if (!minted) throw unknown();
  const query = db
    .select({ link: signInLinks, user: users })
    .from(signInLinks)
    .innerJoin(users, eq(users.id, signInLinks.userId))
    .where(eq(signInLinks.id, minted.subjectId));
  const [found] = lock ? await query.for('update', { of: signInLinks }) : await query;
  if (!found || !found.user.active) throw unknown();
  const usedAt = found.link.usedAt ?? minted.usedAt;
  if (usedAt) throw new DomainError('sign_in_link_used', `This sign-in link was used at ${usedAt.toISOString()}`);
  const expiresAt = found.link.expiresAt < minted.expiresAt ? found.link.expiresAt : minted.expiresAt;
  if (expiresAt <= now) throw new DomainError('sign_in_link_expired', `This sign-in link expired at ${expiresAt.toISOString()}`);
  return { ...found, minted, expiresAt };
}

/** Whom a link would sign in, without using it up: what the confirmation page shows. */
export async function describeSignInLink(db: Executor, now: Date, token: string): Promise<{ name: string; email: string; customerId: string; expiresAt: Date }> {
  const { user, expiresAt } = await usableLink(db, now, token, false);
  return { name: user.name, email: user.email, customerId: user.customerId!, expiresAt };
}

/**
 * Redeems a link once: marks it used and opens a session for its portal user, which may set
 * a password without the current one once, within the grace (portal-accounts.ts).
 */
export async function redeemSignInLink(db: Db, now: Date, token: string): Promise<{ token: string; expiresAt: Date; user: UserView }> {
  return db.transaction(async (tx) => {
    const found = await usableLink(tx, now, token, true);
    await tx.update(signInLinks).set({ usedAt: now }).where(eq(signInLinks.id, found.link.id));
    await markLinkTokenUsed(tx, found.minted.id, now);
    return openSession(tx, now, found.user, 'link', 'complete', new Date(now.getTime() + linkSessionGraceMs));
  });
}

/**
 * Sends a portal user a fresh invitation link; earlier unused invitation links stop
 * working, so only the newest one signs in. A deactivated user is not invited again.
 */
export async function resendInvitation(
  db: Db,
  actor: Actor,
  now: Date,
  input: { customerId: string; customerName: string; userId: string },
  delivery: InvitationDelivery,
): Promise<{ expiresAt: Date; handedOverLink: HandedOverLink | null }> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, input.userId), eq(users.customerId, input.customerId)))
      .for('update');
    if (!user) throw new DomainError('not_found', `Customer ${input.customerId} has no portal user ${input.userId}`);
    if (!user.active) throw new DomainError('portal_user_inactive', `${user.email} has been deactivated; they cannot be invited again`);
    const withdrawn = await tx
      .update(signInLinks)
      .set({ expiresAt: now })
      .where(and(eq(signInLinks.userId, user.id), eq(signInLinks.purpose, 'invitation'), isNull(signInLinks.usedAt), gt(signInLinks.expiresAt, now)))
      .returning({ id: signInLinks.id });
    const link = newLink(user.id, 'invitation', now);
    await tx.insert(signInLinks).values(link);
    const handedOverLink = await deliverInvitation(
      tx,
      actor,
      now,
      delivery,
      { entityType: 'user', entityId: user.id, customerId: input.customerId, action: 'user.portal_reinvited', after: { linkId: link.id, expiresAt: link.expiresAt, withdrawnLinks: withdrawn.length } },
      linkMessage('portal.invited', { id: user.id, customerId: input.customerId }, input.customerName, link),
      link,
    );
    return { expiresAt: link.expiresAt, handedOverLink };
  });
}
