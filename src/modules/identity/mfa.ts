import { randomBytes, randomUUID } from 'node:crypto';
import { verify as argonVerify } from '@node-rs/argon2';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { readSettings } from '../../platform/settings/service.js';
import { customerRole, type Role } from './permissions.js';
import { mfaRecoveryCodes, sessions, userMfa, users } from './schema.js';
import { accountKey, addressKey, attemptSucceeded, countAttempt, mfaKey } from './throttle.js';
import { base32Encode, matchingStep, newTotpSecret, otpauthUri } from './totp.js';
import { endUserSessions, sessionTtlMs, sha256 } from './credentials.js';
import type { AuthenticatedActor } from './service.js';

/*
 * Multi-factor sign-in for staff (ASVS 5 level 2): a TOTP authenticator with single-use
 * recovery codes. A password opens only a partial session; it becomes complete after a code,
 * or, for a role that must use MFA and has none yet, after enrolling one.
 */

export type SessionStage = 'complete' | 'mfa_code' | 'mfa_enrolment';

export const recoveryCodeCount = 10;

export const signInSettingKey = 'sign-in';
export interface SignInSettings {
  /** Staff holding any of these roles must use MFA: without it they enrol at their next sign-in. */
  mfaRequiredRoles: Role[];
}
export const defaultSignInSettings: SignInSettings = { mfaRequiredRoles: ['admin', 'manager', 'finance'] };

export async function signInSettings(db: Executor): Promise<SignInSettings> {
  const stored = (await readSettings(db, [signInSettingKey])).get(signInSettingKey);
  return (stored?.value as SignInSettings | undefined) ?? defaultSignInSettings;
}

function mfaRequiredFor(roles: readonly string[], settings: SignInSettings): boolean {
  return !roles.includes(customerRole) && roles.some((r) => (settings.mfaRequiredRoles as readonly string[]).includes(r));
}

/** What a correct password opens for this user: a complete session, or one step short of it. */
export async function stageAfterPassword(tx: Executor, user: typeof users.$inferSelect): Promise<SessionStage> {
  const [mfa] = await tx.select({ enabledAt: userMfa.enabledAt }).from(userMfa).where(eq(userMfa.userId, user.id));
  if (mfa?.enabledAt) return 'mfa_code';
  return mfaRequiredFor(user.roles, await signInSettings(tx)) ? 'mfa_enrolment' : 'complete';
}

export interface MfaStatus {
  enabled: boolean;
  /** Whether the user's roles require MFA (then it cannot be turned off). */
  required: boolean;
  recoveryCodesLeft: number;
}

export async function mfaStatus(db: Executor, actor: AuthenticatedActor): Promise<MfaStatus> {
  const [mfa] = await db.select({ enabledAt: userMfa.enabledAt }).from(userMfa).where(eq(userMfa.userId, actor.userId));
  const [codes] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mfaRecoveryCodes)
    .where(and(eq(mfaRecoveryCodes.userId, actor.userId), isNull(mfaRecoveryCodes.usedAt)));
  return { enabled: Boolean(mfa?.enabledAt), required: mfaRequiredFor(actor.roles, await signInSettings(db)), recoveryCodesLeft: Number(codes?.n ?? 0) };
}

function refuseCustomer(actor: AuthenticatedActor): void {
  if (actor.customerId) throw new DomainError('forbidden', 'Multi-factor sign-in is for staff accounts');
}

/**
 * Starts (or restarts) setting up an authenticator: a new secret, shown only in this answer
 * as text and as the otpauth:// URI a QR code carries. It signs nothing in until confirmed.
 */
export async function startEnrolment(db: Db, actor: AuthenticatedActor, now: Date, issuer: string): Promise<{ secret: string; otpauthUri: string }> {
  refuseCustomer(actor);
  const secret = newTotpSecret();
  await db.transaction(async (tx) => {
    const [existing] = await tx.select().from(userMfa).where(eq(userMfa.userId, actor.userId)).for('update');
    if (existing?.enabledAt) throw new DomainError('mfa_already_enabled', 'Multi-factor sign-in is already on; turn it off first to set up another authenticator');
    await tx
      .insert(userMfa)
      .values({ userId: actor.userId, secret, createdAt: now, enabledAt: null, lastStep: null })
      .onConflictDoUpdate({ target: userMfa.userId, set: { secret, createdAt: now, lastStep: null } });
    await recordChange(tx, actor, now, { entityType: 'user', entityId: actor.userId, action: 'user.mfa_enrolment_started' });
  });
  return { secret, otpauthUri: otpauthUri(issuer, actor.email, secret) };
}

/** Accepts a TOTP code once: refuses a wrong one and any code of a step already used. */
async function acceptCode(tx: Tx, userId: string, code: string, now: Date, enabled: boolean): Promise<boolean> {
  const [mfa] = await tx.select().from(userMfa).where(eq(userMfa.userId, userId)).for('update');
  if (!mfa || Boolean(mfa.enabledAt) !== enabled) return false;
  const step = matchingStep(mfa.secret, code, now);
  if (step === undefined || (mfa.lastStep !== null && step <= mfa.lastStep)) return false;
  await tx.update(userMfa).set({ lastStep: step }).where(eq(userMfa.userId, userId));
  return true;
}

function newRecoveryCode(): string {
  // 120 random bits: a plain SHA-256 is then as good as a slow hash (ASVS 6.5.2).
  return base32Encode(randomBytes(15)).toLowerCase().match(/.{4}/g)!.join('-');
}

function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z2-7]/g, '').match(/.{1,4}/g)?.join('-') ?? '';
}

async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  await tx.insert(mfaRecoveryCodes).values(codes.map((code) => ({ id: randomUUID(), userId, codeHash: sha256(code), usedAt: null })));
  return codes;
}

/** Turns a partial session complete under a new token: the one a password alone opened stops working. */
async function completeSession(tx: Tx, sessionId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionTtlMs);
  await tx.update(sessions).set({ tokenHash: sha256(token), stage: 'complete', expiresAt }).where(eq(sessions.id, sessionId));
  return { token, expiresAt };
}

function wrongCode(): never {
  throw new DomainError('mfa_code_wrong', 'The code is wrong or was already used', { errors: [{ path: '/code', in: 'body', code: 'mfa_code_wrong', message: 'is wrong or was already used' }] });
}

/**
 * Confirms the authenticator with a code from it: MFA is on, and the ten recovery codes are
 * returned, once. A session that had to enrol becomes complete under a new token.
 */
export async function confirmEnrolment(
  db: Db,
  actor: AuthenticatedActor,
  now: Date,
  clientIp: string,
  code: string,
): Promise<{ recoveryCodes: string[]; session?: { token: string; expiresAt: Date } }> {
  refuseCustomer(actor);
  const keys = [mfaKey(actor.userId), addressKey(clientIp)];
  await countAttempt(db, now, keys);
  const result = await db.transaction(async (tx) => {
    if (!(await acceptCode(tx, actor.userId, code, now, false))) return undefined;
    await tx.update(userMfa).set({ enabledAt: now }).where(eq(userMfa.userId, actor.userId));
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId);
    const session = actor.stage === 'mfa_enrolment' ? await completeSession(tx, actor.credentialId, now) : undefined;
    await recordChange(tx, actor, now, { entityType: 'user', entityId: actor.userId, action: 'user.mfa_enabled', after: { recoveryCodes: recoveryCodes.length } });
    return { recoveryCodes, ...(session ? { session } : {}) };
  });
  if (!result) wrongCode();
  await attemptSucceeded(db, [keys[0]!], keys[1]!);
  return result;
}

/**
 * The second sign-in step: a code from the authenticator, or one of the recovery codes (used
 * up by it). Throttled like a password; the session becomes complete under a new token.
 */
export async function verifySecondFactor(
  db: Db,
  actor: AuthenticatedActor,
  now: Date,
  clientIp: string,
  input: { code?: string; recoveryCode?: string },
): Promise<{ token: string; expiresAt: Date }> {
  if (actor.stage !== 'mfa_code') throw new DomainError('mfa_not_pending', 'This session is not waiting for a code');
  const keys = [mfaKey(actor.userId), addressKey(clientIp)];
  await countAttempt(db, now, keys);
  const result = await db.transaction(async (tx) => {
    let method: 'totp' | 'recovery_code';
    if (input.code !== undefined) {
      if (!(await acceptCode(tx, actor.userId, input.code, now, true))) return undefined;
      method = 'totp';
    } else {
      const used = await tx
        .update(mfaRecoveryCodes)
        .set({ usedAt: now })
        .where(and(eq(mfaRecoveryCodes.userId, actor.userId), eq(mfaRecoveryCodes.codeHash, sha256(normaliseRecoveryCode(input.recoveryCode ?? ''))), isNull(mfaRecoveryCodes.usedAt)))
        .returning({ id: mfaRecoveryCodes.id });
      if (used.length === 0) return undefined;
      method = 'recovery_code';
    }
    const session = await completeSession(tx, actor.credentialId, now);
    await recordChange(tx, actor, now, { entityType: 'session', entityId: actor.credentialId, action: 'user.mfa_passed', after: { method } });
    return session;
  });
  if (!result) wrongCode();
  await attemptSucceeded(db, [keys[0]!], keys[1]!);
  return result;
}

/**
 * Turns MFA off for oneself: needs the password and a current code, and is refused while
 * one's roles require MFA (an admin resets it for someone who lost their phone).
 */
export async function disableMfa(db: Db, actor: AuthenticatedActor, now: Date, clientIp: string, input: { password: string; code: string }): Promise<void> {
  refuseCustomer(actor);
  if (mfaRequiredFor(actor.roles, await signInSettings(db))) {
    throw new DomainError('mfa_required_for_role', 'Your role requires multi-factor sign-in; it cannot be turned off');
  }
  const address = addressKey(clientIp);
  const account = [accountKey(actor.email), mfaKey(actor.userId)];
  await countAttempt(db, now, [...account, address]);
  const done = await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.userId)).for('update');
    if (!user || !(await argonVerify(user.passwordHash, input.password))) {
      throw new DomainError('current_password_wrong', 'The current password is wrong', { errors: [{ path: '/password', in: 'body', code: 'wrong_password', message: 'is wrong' }] });
    }
    if (!(await acceptCode(tx, actor.userId, input.code, now, true))) return false;
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, actor.userId));
    await tx.delete(userMfa).where(eq(userMfa.userId, actor.userId));
    await recordChange(tx, actor, now, { entityType: 'user', entityId: actor.userId, action: 'user.mfa_disabled' });
    return true;
  });
  if (!done) wrongCode();
  await attemptSucceeded(db, account, address);
}

/**
 * An administrator removes someone's authenticator and recovery codes (a lost phone): their
 * sessions end, and at the next sign-in they enrol again if their role requires it.
 */
export async function resetUserMfa(db: Db, actor: Actor, now: Date, userId: string): Promise<{ endedSessions: string[] }> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw new DomainError('not_found', `No user ${userId}`);
    const removed = await tx.delete(userMfa).where(eq(userMfa.userId, userId)).returning({ enabledAt: userMfa.enabledAt });
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
    const endedSessions = await endUserSessions(tx, now, userId);
    await recordChange(tx, actor, now, {
      entityType: 'user',
      entityId: userId,
      customerId: user.customerId,
      action: 'user.mfa_reset',
      after: { hadMfa: Boolean(removed[0]?.enabledAt), sessionsEnded: endedSessions.length },
    });
    return { endedSessions };
  });
}
