import { hash as argonHash } from '@node-rs/argon2';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/connect.js';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { assertVersion } from '../../platform/http/versioning.js';
import { customerRole, isRole } from './permissions.js';
import { users } from './schema.js';
import { endUserSessions, revokeUserTokens, userView } from './credentials.js';
import type { UserView } from './service.js';
import { assertStrongPassword } from './password-policy.js';

/* What an administrator changes about other people's accounts (SPEC §12). */

export interface UserChanges {
  name?: string;
  roles?: string[];
  locale?: string;
  active?: boolean;
}

type UserRow = typeof users.$inferSelect;

async function lockUser(tx: Tx, id: string): Promise<UserRow> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!row) throw new DomainError('not_found', `No user ${id}`);
  return row;
}

/**
 * Whether another active admin remains besides `userId`. Every active admin row is locked,
 * so two admins demoting each other at once cannot both pass and leave nobody in charge.
 */
async function anotherActiveAdmin(tx: Tx, userId: string): Promise<boolean> {
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), sql`'admin' = ANY(${users.roles})`, ne(users.id, userId)))
    .for('update');
  return others.length > 0;
}

function refuseUnknownRoles(roles: string[]): void {
  const unknown = roles.find((r) => !isRole(r));
  if (unknown !== undefined) {
    throw new DomainError('validation_failed', `Unknown role "${unknown}"`, { errors: [{ path: '/roles', in: 'body', code: 'enum', message: `"${unknown}" is not a role` }] });
  }
}

/**
 * Changes a user's name, roles, language or whether they may sign in. Deactivating ends
 * their sessions and revokes their API tokens for good (reactivating starts without them). Refused: deactivating yourself, leaving no active admin, and giving a
 * customer's portal user staff roles.
 */
export async function updateUser(db: Db, actor: Actor, now: Date, id: string, expectedVersion: number, changes: UserChanges): Promise<{ user: UserView; sessionsEnded: number; tokensRevoked: number }> {
  if (changes.roles) refuseUnknownRoles(changes.roles);
  return db.transaction(async (tx) => {
    const row = await lockUser(tx, id);
    assertVersion('user', row.version, expectedVersion);
    const portalUser = row.roles.includes(customerRole);
    if (portalUser && changes.roles) {
      throw new DomainError('portal_user_roles', 'A customer\'s portal user keeps the customer role; create a staff account instead', {
        errors: [{ path: '/roles', in: 'body', code: 'portal_user_roles', message: 'a portal user cannot be given staff roles' }],
      });
    }
    const deactivating = changes.active === false && row.active;
    if (deactivating && id === actor.userId) {
      throw new DomainError('cannot_deactivate_self', 'You cannot deactivate your own account', {
        errors: [{ path: '/active', in: 'body', code: 'cannot_deactivate_self', message: 'is your own account' }],
      });
    }
    const roles = changes.roles ? [...new Set(changes.roles)] : row.roles;
    const losesAdmin = row.active && row.roles.includes('admin') && (deactivating || !roles.includes('admin'));
    if (losesAdmin && !(await anotherActiveAdmin(tx, id))) {
      throw new DomainError('last_admin', 'This is the last active admin; make someone else admin first', {
        errors: [{ path: deactivating ? '/active' : '/roles', in: 'body', code: 'last_admin', message: 'is the last active admin' }],
      });
    }
    const [updated] = await tx
      .update(users)
      .set({
        name: changes.name?.trim() ?? row.name,
        roles,
        locale: changes.locale ?? row.locale,
        localeChosen: row.localeChosen || changes.locale !== undefined,
        active: changes.active ?? row.active,
        updatedAt: now,
        version: row.version + 1,
      })
      .where(eq(users.id, id))
      .returning();
    const sessionsEnded = deactivating ? (await endUserSessions(tx, now, id)).length : 0;
    const tokensRevoked = deactivating ? (await revokeUserTokens(tx, now, id)).length : 0;
    const before = userView(row);
    const after = userView(updated!);
    await recordChange(tx, actor, now, {
      entityType: 'user',
      entityId: id,
      customerId: row.customerId,
      action: deactivating ? 'user.deactivated' : 'user.updated',
      before,
      after: { ...after, ...(deactivating ? { sessionsEnded, tokensRevoked } : {}) },
    });
    return { user: after, sessionsEnded, tokensRevoked };
  });
}

/** Sets a new password for someone who lost theirs; every session they had ends and every API token they had is revoked. */
export async function resetPassword(db: Db, actor: Actor, now: Date, id: string, password: string): Promise<{ user: UserView; sessionsEnded: number; tokensRevoked: number }> {
  assertStrongPassword(password, '/password');
  const passwordHash = await argonHash(password);
  return db.transaction(async (tx) => {
    const row = await lockUser(tx, id);
    const [updated] = await tx.update(users).set({ passwordHash, passwordSetAt: now, updatedAt: now, version: row.version + 1 }).where(eq(users.id, id)).returning();
    const sessionsEnded = (await endUserSessions(tx, now, id)).length;
    const tokensRevoked = (await revokeUserTokens(tx, now, id)).length;
    await recordChange(tx, actor, now, {
      entityType: 'user',
      entityId: id,
      customerId: row.customerId,
      action: 'user.password_reset',
      after: { sessionsEnded, tokensRevoked },
    });
    return { user: userView(updated!), sessionsEnded, tokensRevoked };
  });
}
