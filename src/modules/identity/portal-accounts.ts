import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { sessions, users } from './schema.js';
import { endUserSessions, revokeUserTokens } from './credentials.js';
import type { AuthenticatedActor } from './service.js';
import { assertStrongPassword } from './password-policy.js';
import { accountKey, addressKey, attemptSucceeded, countAttempt } from './throttle.js';

/*
 * A portal user's own account: the password they choose (they start with a random one and
 * sign in by link), and what staff see and do about a customer's portal users.
 */

/** A session opened by a sign-in link may set a password without the current one for this long. */
export const linkSessionGraceMs = 30 * 60 * 1000;

export interface PortalUserView {
  id: string;
  name: string;
  email: string;
  locale: string;
  active: boolean;
  invitedAt: string;
  lastSignInAt: string | null;
  passwordSet: boolean;
}

function portalUserView(row: typeof users.$inferSelect): PortalUserView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    locale: row.locale,
    active: row.active,
    invitedAt: row.createdAt.toISOString(),
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    passwordSet: row.passwordSetAt !== null,
  };
}

export async function listPortalUsers(db: Executor, customerId: string): Promise<PortalUserView[]> {
  const rows = await db.select().from(users).where(eq(users.customerId, customerId)).orderBy(asc(users.name), asc(users.email));
  return rows.map(portalUserView);
}

/** Staff take a customer's person off the portal: they cannot sign in, their open sessions end now and their API tokens are revoked for good. */
export async function deactivatePortalUser(db: Db, actor: Actor, now: Date, customerId: string, userId: string): Promise<{ user: PortalUserView; endedSessions: string[] }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, userId), eq(users.customerId, customerId)))
      .for('update');
    if (!row) throw new DomainError('not_found', `Customer ${customerId} has no portal user ${userId}`);
    if (!row.active) return { user: portalUserView(row), endedSessions: [] };
    const [updated] = await tx
      .update(users)
      .set({ active: false, updatedAt: now, version: row.version + 1 })
      .where(eq(users.id, userId))
      .returning();
    const endedSessions = await endUserSessions(tx, now, userId);
    const revokedTokens = await revokeUserTokens(tx, now, userId);
    const user = portalUserView(updated!);
    await recordChange(tx, actor, now, {
      entityType: 'user',
      entityId: userId,
      customerId,
      action: 'user.portal_deactivated',
      before: portalUserView(row),
      after: { ...user, endedSessions: endedSessions.length, revokedTokens: revokedTokens.length },
    });
    return { user, endedSessions };
  });
}

export interface PasswordStatus {
  /** Whether the user has chosen a password (portal users start without one). */
  set: boolean;
  /** Until when this session, opened by a sign-in link, may set a password without the current one; null when it must give it. */
  withoutCurrentUntil: string | null;
}

/** Until when the caller's session may skip the current password: a link session, in its first 30 minutes, until it sets one. */
async function graceEnd(db: Executor, actor: AuthenticatedActor, now: Date): Promise<Date | null> {
  if (actor.via !== 'session') return null;
  const [session] = await db.select({ until: sessions.passwordGraceUntil }).from(sessions).where(eq(sessions.id, actor.credentialId));
  return session?.until && session.until > now ? session.until : null;
}

/**
 * Uses up the session's grace, if it still has one: whoever holds a link session may skip
 * the current password once, so a second password set in the same session needs the first.
 */
async function takeGrace(tx: Tx, actor: AuthenticatedActor, now: Date): Promise<boolean> {
  if (actor.via !== 'session') return false;
  const taken = await tx
    .update(sessions)
    .set({ passwordGraceUntil: null })
    .where(and(eq(sessions.id, actor.credentialId), gt(sessions.passwordGraceUntil, now)))
    .returning({ id: sessions.id });
  return taken.length > 0;
}

export async function passwordStatus(db: Executor, actor: AuthenticatedActor, now: Date): Promise<PasswordStatus> {
  const [user] = await db.select({ passwordSetAt: users.passwordSetAt }).from(users).where(eq(users.id, actor.userId));
  const until = await graceEnd(db, actor, now);
  return { set: Boolean(user?.passwordSetAt), withoutCurrentUntil: until?.toISOString() ?? null };
}

/**
 * Sets the caller's password. It needs the current one, except once in the first 30 minutes
 * of a session opened by a sign-in link: that is how a portal user sets their first password, and
 * how "forgot password" works (ask for a link, then set a new one). Every other session of
 * the user ends and their API tokens are revoked, so a password someone else knew, and
 * anything minted with it, stops working everywhere at once.
 */
export async function setOwnPassword(
  db: Db,
  actor: AuthenticatedActor,
  now: Date,
  clientIp: string,
  input: { currentPassword?: string; newPassword: string },
): Promise<{ endedSessions: string[] }> {
  assertStrongPassword(input.newPassword, '/newPassword');
  // A stolen session guessing its owner's password is throttled like a sign-in: same account, same counters.
  const account = accountKey(actor.email);
  const address = addressKey(clientIp);
  if (input.currentPassword !== undefined) await countAttempt(db, now, [account, address]);
  const newHash = await argonHash(input.newPassword);
  const changed = await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.userId)).for('update');
    if (!user) throw new DomainError('not_found', `No user ${actor.userId}`);
    let confirmedBy: 'current_password' | 'sign_in_link';
    if (input.currentPassword !== undefined) {
      if (!(await argonVerify(user.passwordHash, input.currentPassword))) {
        throw new DomainError('current_password_wrong', 'The current password is wrong', { errors: [{ path: '/currentPassword', in: 'body', code: 'wrong_password', message: 'is wrong' }] });
      }
      confirmedBy = 'current_password';
      // A password chosen now ends the session's grace too: it was for setting one.
      await takeGrace(tx, actor, now);
    } else if (await takeGrace(tx, actor, now)) {
      confirmedBy = 'sign_in_link';
    } else {
      throw new DomainError('current_password_required', 'Enter your current password; a session opened by a sign-in link may skip it once, in its first 30 minutes', {
        errors: [{ path: '/currentPassword', in: 'body', code: 'required', message: 'is required' }],
      });
    }
    await tx.update(users).set({ passwordHash: newHash, passwordSetAt: now, updatedAt: now, version: user.version + 1 }).where(eq(users.id, user.id));
    const endedSessions = await endUserSessions(tx, now, user.id, actor.via === 'session' ? actor.credentialId : undefined);
    const revokedTokens = await revokeUserTokens(tx, now, user.id);
    await recordChange(tx, actor, now, {
      entityType: 'user',
      entityId: user.id,
      customerId: user.customerId,
      action: user.passwordSetAt ? 'user.password_changed' : 'user.password_set',
      after: { confirmedBy, endedSessions: endedSessions.length, revokedTokens: revokedTokens.length },
    });
    return { endedSessions };
  });
  if (input.currentPassword !== undefined) await attemptSucceeded(db, [account], address);
  return changed;
}
