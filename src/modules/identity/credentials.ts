import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Tx } from '../../platform/db/connect.js';
import { recordChange } from '../../platform/audit/record.js';
import { announceCredentialsEnded } from '../../platform/live/hub.js';
import type { SessionStage } from './mfa.js';
import { apiTokens, sessions, users } from './schema.js';
import type { UserView } from './service.js';

/* Sessions and tokens as the sign-in paths (password, MFA, links, portal accounts) open and end them. */

export const sessionTtlMs = 7 * 24 * 60 * 60 * 1000;
/** A partial session lasts long enough to find the phone, not a working day. */
export const partialSessionTtlMs = 15 * 60 * 1000;

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function userView(row: typeof users.$inferSelect): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    locale: row.locale,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    customerId: row.customerId,
    version: row.version,
  };
}

export type SessionMethod = 'password' | 'link';

/**
 * Opens a session for the user inside the caller's transaction; the cookie token is returned
 * once. `passwordGraceUntil`: until when it may set a password without the current one.
 * A partial session (one sign-in step to go) expires within minutes.
 */
export async function openSession(
  tx: Tx,
  now: Date,
  user: typeof users.$inferSelect,
  method: SessionMethod,
  stage: SessionStage = 'complete',
  passwordGraceUntil: Date | null = null,
): Promise<{ token: string; expiresAt: Date; user: UserView; stage: SessionStage }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + (stage === 'complete' ? sessionTtlMs : partialSessionTtlMs));
  const id = randomUUID();
  await tx.insert(sessions).values({ id, tokenHash: sha256(token), userId: user.id, createdAt: now, expiresAt, method, stage, passwordGraceUntil });
  await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  await recordChange(tx, { userId: user.id, label: user.email }, now, {
    entityType: 'session',
    entityId: id,
    customerId: user.customerId,
    action: 'user.signed_in',
    after: { userId: user.id, expiresAt, method, stage },
  });
  return { token, expiresAt, user: userView(user), stage };
}

/** Ends every session of the user except `keep`, and their live streams; returns the ended session ids, for the caller to forget. */
export async function endUserSessions(tx: Tx, now: Date, userId: string, keep?: string): Promise<string[]> {
  const ended = await tx
    .delete(sessions)
    .where(keep ? and(eq(sessions.userId, userId), ne(sessions.id, keep)) : eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  const ids = ended.map((s) => s.id);
  await announceCredentialsEnded(tx, now, ids);
  return ids;
}

/**
 * Revokes every API token of the user, and their live streams: after a password reset or a
 * deactivation, whoever had the account's tokens has nothing left, and reactivating the
 * account later does not bring them back. Returns the revoked token ids.
 */
export async function revokeUserTokens(tx: Tx, now: Date, userId: string): Promise<string[]> {
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  const ids = revoked.map((t) => t.id);
  await announceCredentialsEnded(tx, now, ids);
  return ids;
}
