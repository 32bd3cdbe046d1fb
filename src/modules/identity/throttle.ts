import { and, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { DomainError } from '../../platform/http/errors.js';
import { signInThrottles } from './schema.js';

/*
 * Throttling of password and code guesses, per account and per client address, kept in the
 * database so every process serving the same users counts the same attempts. An attempt is
 * counted before its secret is checked: a burst of parallel guesses cannot all slip past the
 * limit while the first ones are still being hashed.
 */

export interface ThrottleRule {
  /** Attempts allowed in a window before the backoff starts. */
  free: number;
}

/** An account's password (or authenticator) is guessed at most this often before it backs off. */
export const accountRule: ThrottleRule = { free: 5 };
/** One address tries many accounts: a little more room, for offices behind one NAT. */
export const addressRule: ThrottleRule = { free: 15 };
/** A quiet hour forgets earlier attempts. */
export const throttleWindowMs = 60 * 60 * 1000;
/** The first lock after the free attempts; each further attempt doubles it, up to the cap. */
export const backoffBaseMs = 30_000;
export const backoffCapMs = 15 * 60 * 1000;

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
}

export const accountKey = (email: string): ThrottleKey => ({ key: `account:${email.trim().toLowerCase()}`, rule: accountRule });
export const addressKey = (ip: string): ThrottleKey => ({ key: `ip:${ip}`, rule: addressRule });
export const mfaKey = (userId: string): ThrottleKey => ({ key: `mfa:${userId}`, rule: accountRule });

function refuse(lockedUntil: Date, now: Date): never {
  const retryAfter = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
  throw new DomainError('sign_in_throttled', `Too many attempts; try again in ${retryAfter} s`, { meta: { retryAfter } });
}

/**
 * Counts one attempt against every key, or refuses it (429 sign_in_throttled with the
 * seconds to wait) while any key is locked. A key that has used its free attempts is locked
 * after each further one for 30 s, 1 min, 2 min … up to 15 min.
 */
export async function countAttempt(db: Db, now: Date, keys: ThrottleKey[]): Promise<void> {
  const windowStart = new Date(now.getTime() - throttleWindowMs);
  const keyNames = keys.map((k) => k.key);
  let lockedUntil: Date | undefined;
  try {
    lockedUntil = await db.transaction(async (tx) => {
      const rows = await tx.select().from(signInThrottles).where(inArray(signInThrottles.key, keyNames)).for('update');
      const locks = rows.map((r) => r.lockedUntil).filter((at): at is Date => at !== null && at > now);
      if (locks.length > 0) return new Date(Math.max(...locks.map((at) => at.getTime())));
      const existing = new Set(rows.map((r) => r.key));
      for (const { key, rule } of keys) {
        // The counter restarts after a quiet window; past the free attempts every attempt locks the key for longer.
        const attempts = sql`(CASE WHEN ${signInThrottles.lastAttemptAt} < ${windowStart.toISOString()}::timestamptz THEN 0 ELSE ${signInThrottles.attempts} END + 1)`;
        const [counted] = await tx
          .insert(signInThrottles)
          .values({ key, attempts: 1, lastAttemptAt: now, lockedUntil: null })
          .onConflictDoUpdate({
            target: signInThrottles.key,
            set: {
              attempts,
              lastAttemptAt: now,
              lockedUntil: sql`CASE WHEN ${attempts} >= ${rule.free}
                THEN ${now.toISOString()}::timestamptz + least(${backoffCapMs}, ${backoffBaseMs} * power(2, ${attempts} - ${rule.free})) * interval '1 millisecond'
                ELSE NULL END`,
            },
          })
          .returning({ attempts: signInThrottles.attempts });
        // A key with no row yet locks nothing: parallel first guesses all pass the check above and queue
        // on the insert. One that finds the free attempts used up meanwhile is refused, and counts for nothing.
        if (!existing.has(key) && counted!.attempts > rule.free) throw new LockedMeanwhile();
      }
      return undefined;
    });
  } catch (err) {
    if (!(err instanceof LockedMeanwhile)) throw err;
    const rows = await db.select({ lockedUntil: signInThrottles.lockedUntil }).from(signInThrottles).where(inArray(signInThrottles.key, keyNames));
    const locks = rows.map((r) => r.lockedUntil?.getTime() ?? 0);
    lockedUntil = new Date(Math.max(now.getTime() + backoffBaseMs, ...locks));
  }
  if (lockedUntil) refuse(lockedUntil, now);
}

/** Rolls back an attempt that a parallel one pushed past the free attempts. */
class LockedMeanwhile extends Error {}

/**
 * After a correct secret: the account's counter starts again, and the address gets back the
 * attempt it was charged, so people signing in from one office do not lock each other out.
 */
export async function attemptSucceeded(db: Db, accountKeys: ThrottleKey[], address: ThrottleKey): Promise<void> {
  await db.transaction(async (tx) => {
    if (accountKeys.length > 0) await tx.delete(signInThrottles).where(inArray(signInThrottles.key, accountKeys.map((k) => k.key)));
    await tx.execute(sql`UPDATE sign_in_throttles SET attempts = greatest(attempts - 1, 0) WHERE key = ${address.key} AND locked_until IS NULL`);
  });
}

/** Forgets keys whose window has passed and whose lock has ended (they would start from zero anyway). */
export async function purgeStaleThrottles(db: Executor, now: Date): Promise<number> {
  const deleted = await db
    .delete(signInThrottles)
    .where(and(lt(signInThrottles.lastAttemptAt, new Date(now.getTime() - throttleWindowMs)), or(isNull(signInThrottles.lockedUntil), lt(signInThrottles.lockedUntil, now))))
    .returning({ key: signInThrottles.key });
  return deleted.length;
}
