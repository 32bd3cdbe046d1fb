/*
 * Users, sessions, API tokens, MFA and sign-in links: who the caller is and what their roles allow.
 * The HTTP auth plugin lives in platform/http/auth.ts and gets identity's resolver at start-up
 * (authentication.ts); other modules import only this file, which also carries the role names.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { and, asc, eq, gt, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { isUniqueViolation, sqlArray } from '../../platform/db/sql.js';
import { type Actor, recordChange } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { announceCredentialsEnded } from '../../platform/live/hub.js';
import type { ApiTokenView, Locale, UserView } from './contract.js';
import { apiTokens, sessions, users } from './schema.js';
import { isRole, type Permission, permissionsOf, type Role } from './permissions.js';
import { assertStrongPassword } from './password-policy.js';
import { accountKey, addressKey, attemptSucceeded, countAttempt } from './throttle.js';
import { type SessionStage, stageAfterPassword } from './mfa.js';
import { openSession, sha256, userView } from './credentials.js';

export { createPortalUser, type HandedOverLink, type InvitationDelivery, describeSignInLink, requestMagicLink, redeemSignInLink, resendInvitation, magicLinkTtlMs, invitationTtlMs } from './sign-in-links.js';
export { purgeStaleThrottles } from './throttle.js';
export {
  confirmEnrolment,
  defaultSignInSettings,
  disableMfa,
  mfaStatus,
  resetUserMfa,
  signInSettingKey,
  startEnrolment,
  verifySecondFactor,
  type MfaStatus,
  type SessionStage,
  type SignInSettings,
} from './mfa.js';
export { deactivatePortalUser, listPortalUsers, passwordStatus, setOwnPassword, linkSessionGraceMs, type PortalUserView, type PasswordStatus } from './portal-accounts.js';
export { isRole, roles, type Permission, type Role } from './permissions.js';
export { openSession, sessionTtlMs, type SessionMethod } from './credentials.js';

/** Who hears of an event: staff by role or by name, and the customer's own people. */
export interface Audience {
  roles?: Role[];
  userIds?: string[];
  customer?: boolean;
  /** Mail only, no in-app notification: for a message whose link signs its reader in. */
  emailOnly?: boolean;
}

export { locales, type ApiTokenView, type Locale, type UserView } from './contract.js';

/** A signed-in caller, as every permission check and audit event sees it. */
export interface AuthenticatedActor extends Actor {
  userId: string;
  email: string;
  name: string;
  roles: string[];
  permissions: ReadonlySet<Permission>;
  via: 'session' | 'token';
  /** Session or token id. */
  credentialId: string;
  /** When the session or token stops working (null: a token without expiry). */
  credentialExpiresAt: Date | null;
  /** Set for a portal user: the only customer whose data they may see. */
  customerId?: string;
  /** The language the user reads (zh-CN or en), for text the server writes for them. */
  locale?: string;
  /** Whether that language was picked rather than defaulted. */
  localeChosen?: boolean;
  /** How far the sign-in got: only a complete session reaches more than finishing it (mfa.ts). */
  stage: SessionStage;
}

export interface CreateUserInput {
  email: string;
  password: string;
  name?: string;
  roles: string[];
  locale?: string;
}

export async function createUser(db: Db, actor: Actor, now: Date, input: CreateUserInput): Promise<UserView> {
  const email = input.email.trim().toLowerCase();
  const unknownRole = input.roles.find((r) => !isRole(r));
  if (unknownRole !== undefined) {
    throw new DomainError('validation_failed', `Unknown role "${unknownRole}"`, {
      errors: [{ path: '/roles', in: 'body', code: 'enum', message: `"${unknownRole}" is not a role` }],
    });
  }
  if (input.roles.length === 0) {
    throw new DomainError('validation_failed', 'A user needs at least one role', {
      errors: [{ path: '/roles', in: 'body', code: 'minItems', message: 'needs at least one role' }],
    });
  }
  assertStrongPassword(input.password, '/password');
  const passwordHash = await argonHash(input.password);
  const row = {
    id: randomUUID(),
    email,
    name: input.name?.trim() || email.split('@')[0]!,
    passwordHash,
    roles: [...new Set(input.roles)],
    locale: input.locale ?? 'zh-CN',
    localeChosen: input.locale !== undefined,
    active: true,
    createdAt: now,
    updatedAt: now,
    version: 1,
    customerId: null,
    passwordSetAt: now,
    lastSignInAt: null,
  };
  try {
    return await db.transaction(async (tx) => {
      await tx.insert(users).values(row);
      const view = userView(row);
      await recordChange(tx, actor, now, { entityType: 'user', entityId: row.id, action: 'user.created', after: view });
      return view;
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

/** Saves the language a person reads, chosen with the console's switch: every browser they sign in on uses it. */
export async function setOwnLocale(db: Db, actor: AuthenticatedActor, now: Date, locale: Locale): Promise<Locale> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, actor.userId)).for('update');
    if (!row) throw new DomainError('not_found', `No user ${actor.userId}`);
    if (row.locale === locale && row.localeChosen) return locale;
    const [updated] = await tx.update(users).set({ locale, localeChosen: true, updatedAt: now, version: row.version + 1 }).where(eq(users.id, row.id)).returning();
    await recordChange(tx, actor, now, { entityType: 'user', entityId: row.id, customerId: row.customerId, action: 'user.updated', before: userView(row), after: userView(updated!) });
    return locale;
  });
}

export async function listUsers(db: Executor): Promise<UserView[]> {
  const rows = await db.select().from(users).orderBy(asc(users.email));
  return rows.map(userView);
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return Number(row?.n ?? 0);
}

// A hash of a random password: checked against when the email is unknown, so that a wrong
// email and a wrong password take the same time.
let decoyHash: Promise<string> | undefined;

/**
 * Checks the credentials and opens a session; returns the cookie token (shown once) and the
 * user. Attempts are throttled per account and per client address (throttle.ts), the same
 * for unknown emails, so the refusal tells nothing about who has an account.
 */
export async function login(
  db: Db,
  now: Date,
  email: string,
  password: string,
  clientIp: string,
): Promise<{ token: string; expiresAt: Date; user: UserView; stage: SessionStage }> {
  const account = accountKey(email);
  const address = addressKey(clientIp);
  await countAttempt(db, now, [account, address]);
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  decoyHash ??= argonHash(randomBytes(16).toString('hex'));
  const ok = user ? await argonVerify(user.passwordHash, password) : (await argonVerify(await decoyHash, password), false);
  if (!user || !ok || !user.active) {
    throw new DomainError('invalid_credentials', 'The email or password is wrong, or the account is disabled');
  }
  await attemptSucceeded(db, [account], address);
  return db.transaction(async (tx) => openSession(tx, now, user, 'password', await stageAfterPassword(tx, user)));
}

export async function logout(db: Db, actor: AuthenticatedActor, now: Date): Promise<void> {
  if (actor.via !== 'session') return;
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, actor.credentialId));
    await announceCredentialsEnded(tx, now, [actor.credentialId]);
    await recordChange(tx, actor, now, { entityType: 'session', entityId: actor.credentialId, action: 'user.signed_out' });
  });
}

function actorFrom(user: typeof users.$inferSelect, via: 'session' | 'token', credentialId: string, credentialExpiresAt: Date | null, stage: SessionStage): AuthenticatedActor {
  return {
    userId: user.id,
    // People are shown by name (in the audit trail, as case owners, as deciders); their id says who exactly.
    label: user.name,
    email: user.email,
    name: user.name,
    roles: user.roles,
    permissions: permissionsOf(user.roles),
    via,
    credentialId,
    credentialExpiresAt,
    locale: user.locale,
    localeChosen: user.localeChosen,
    stage,
    ...(user.customerId ? { customerId: user.customerId } : {}),
  };
}

/** The user behind a session cookie, or undefined when it is unknown, expired or disabled. */
export async function actorForSession(db: Executor, token: string, now: Date): Promise<AuthenticatedActor | undefined> {
  const [row] = await db
    .select({ user: users, sessionId: sessions.id, expiresAt: sessions.expiresAt, stage: sessions.stage })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, now), eq(users.active, true)));
  return row ? actorFrom(row.user, 'session', row.sessionId, row.expiresAt, row.stage as SessionStage) : undefined;
}

/** The user behind a bearer token, or undefined when it is unknown, revoked, expired or disabled. */
export async function actorForToken(db: Executor, token: string, now: Date): Promise<AuthenticatedActor | undefined> {
  const [row] = await db
    .select({ user: users, tokenId: apiTokens.id, expiresAt: apiTokens.expiresAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, sha256(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        eq(users.active, true),
      ),
    );
  // A token is minted from a complete session, so it carries no sign-in step of its own.
  return row ? actorFrom(row.user, 'token', row.tokenId, row.expiresAt, 'complete') : undefined;
}

function tokenView(row: typeof apiTokens.$inferSelect): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** A portal user's token lives this many days unless they ask for less or more… */
export const portalTokenDefaultDays = 30;
/** …and never longer: a customer's token left in some script must stop on its own. */
export const portalTokenMaxDays = 90;

/** How many days a new token lives (null: until revoked); a portal user's is bounded. */
function tokenLifetimeDays(actor: AuthenticatedActor, asked: number | undefined): number | null {
  if (actor.customerId === undefined) return asked ?? null;
  if (asked === undefined) return portalTokenDefaultDays;
  if (asked > portalTokenMaxDays) {
    throw new DomainError('portal_token_lifetime', `A portal user's API token lives at most ${portalTokenMaxDays} days`, {
      errors: [{ path: '/expiresInDays', in: 'body', code: 'maximum', message: `must be at most ${portalTokenMaxDays}` }],
      meta: { maxDays: portalTokenMaxDays },
    });
  }
  return asked;
}

/** Issues a bearer token for the caller; the secret is returned once and stored only hashed. */
export async function createApiToken(
  db: Db,
  actor: AuthenticatedActor,
  now: Date,
  input: { name: string; expiresInDays?: number },
): Promise<ApiTokenView & { token: string }> {
  const days = tokenLifetimeDays(actor, input.expiresInDays);
  const token = `ordo_${randomBytes(32).toString('base64url')}`;
  const row = {
    id: randomUUID(),
    tokenHash: sha256(token),
    userId: actor.userId,
    name: input.name.trim(),
    createdAt: now,
    expiresAt: days === null ? null : new Date(now.getTime() + days * 86_400_000),
    revokedAt: null,
  };
  return db.transaction(async (tx) => {
    await tx.insert(apiTokens).values(row);
    const view = tokenView(row);
    await recordChange(tx, actor, now, { entityType: 'api_token', entityId: row.id, action: 'api_token.created', after: view });
    return { ...view, token };
  });
}

export async function listApiTokens(db: Executor, actor: AuthenticatedActor): Promise<ApiTokenView[]> {
  const rows = await db.select().from(apiTokens).where(eq(apiTokens.userId, actor.userId)).orderBy(asc(apiTokens.createdAt));
  return rows.map(tokenView);
}

export async function revokeApiToken(db: Db, actor: AuthenticatedActor, now: Date, tokenId: string): Promise<ApiTokenView> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, actor.userId)))
      .for('update');
    if (!row) throw new DomainError('not_found', `You have no API token ${tokenId}`);
    if (row.revokedAt) return tokenView(row);
    const [updated] = await tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, tokenId)).returning();
    await announceCredentialsEnded(tx, now, [tokenId]);
    const view = tokenView(updated!);
    await recordChange(tx, actor, now, { entityType: 'api_token', entityId: tokenId, action: 'api_token.revoked', before: tokenView(row), after: view });
    return view;
  });
}

/**
 * On a database without users, creates the first admin so a new installation can be signed
 * into. Returns the generated password when none was configured (to be shown once).
 */
export async function ensureFirstAdmin(
  db: Db,
  now: Date,
  configured: { email?: string; password?: string },
): Promise<{ email: string; generatedPassword?: string } | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  const email = configured.email ?? 'admin@ordo.local';
  const generatedPassword = configured.password ? undefined : randomBytes(12).toString('base64url');
  await createUser(db, { userId: null, label: 'system:first-start' }, now, {
    email,
    password: configured.password ?? generatedPassword!,
    name: '系统管理员',
    roles: ['admin'],
  });
  return { email, generatedPassword };
}

/** Deletes sessions that have expired (they no longer sign anyone in). */
export async function purgeExpiredSessions(db: Executor, now: Date): Promise<number> {
  const deleted = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
  return deleted.length;
}

export interface Recipient {
  userId: string;
  email: string;
  name: string;
  locale: string;
}

/** Active users holding any of `roles`, or named in `userIds`: who an audience reaches. */
export async function activeUsersFor(db: Executor, audience: { roles?: readonly Role[]; userIds?: readonly string[] }): Promise<Recipient[]> {
  const roles = audience.roles ?? [];
  const ids = audience.userIds ?? [];
  if (roles.length === 0 && ids.length === 0) return [];
  const rows = await db
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.active, true), or(sql`${users.roles} && ${sqlArray(roles, 'text')}`, sql`${users.id} = ANY(${sqlArray(ids, 'uuid')})`)));
  return rows;
}

/** A user's name by id, as a scalar sub-query (null for no such user): lists show people by name. */
export function userNameLookup(userId: SQL): SQL {
  return sql`(SELECT u.name FROM users u WHERE u.id = ${userId})`;
}

/** A staff member as colleagues see them when handing over an order or a task. */
export interface StaffMember {
  id: string;
  name: string;
  roles: Role[];
  active: boolean;
}

function staffMemberOf(row: { id: string; name: string; roles: string[]; active: boolean }): StaffMember {
  return { id: row.id, name: row.name, roles: row.roles.filter(isRole), active: row.active };
}

/** One staff member (never a portal user), active or not; undefined when there is none. */
export async function findStaffMember(db: Executor, id: string): Promise<StaffMember | undefined> {
  const [row] = await db
    .select({ id: users.id, name: users.name, roles: users.roles, active: users.active })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.customerId)));
  return row ? staffMemberOf(row) : undefined;
}

/** The active staff, by name: whom orders and tasks may be given to. */
export async function listActiveStaff(db: Executor): Promise<StaffMember[]> {
  const rows = await db
    .select({ id: users.id, name: users.name, roles: users.roles, active: users.active })
    .from(users)
    .where(and(eq(users.active, true), isNull(users.customerId)))
    .orderBy(asc(users.name), asc(users.id));
  return rows.map(staffMemberOf);
}
