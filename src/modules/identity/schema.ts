import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    /** Stored lower-cased; sign-in compares lower-cased. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull(),
    locale: text('locale').notNull(),
    /** Whether the person (or an admin for them) picked the language; until then the console follows the browser's. */
    localeChosen: boolean('locale_chosen').notNull().default(false),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull().default(1),
    /** The customer a portal user (role customer) belongs to; null for staff. */
    customerId: uuid('customer_id'),
    /** When the user last chose a password; null while a portal user has only the random one they were created with. */
    passwordSetAt: timestamp('password_set_at', { withTimezone: true, mode: 'date' }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    index('users_customer_idx').on(t.customerId),
    // A portal user belongs to exactly one customer; staff belong to none.
    check('users_customer_role', sql`(${t.customerId} IS NOT NULL) = ('customer' = ANY(${t.roles}))`),
  ],
);

/**
 * One-time sign-in links for portal users (magic links and invitations): the grant. The
 * tokens mailed for it are minted at delivery and kept hashed in `link_tokens`.
 */
export const signInLinks = pgTable(
  'sign_in_links',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id),
    purpose: text('purpose').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('sign_in_links_user_idx').on(t.userId)],
);

/** Browser sessions; the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** How it was opened: 'password' or 'link' (a one-time sign-in link, which may set a password for a while without the old one). */
    method: text('method').notNull().default('password'),
    /** Until when a session opened by a sign-in link may set a password without the current one; cleared when it does. */
    passwordGraceUntil: timestamp('password_grace_until', { withTimezone: true, mode: 'date' }),
    /**
     * 'complete', or a password-checked session that may do nothing but finish signing in:
     * 'mfa_code' (give a code from the authenticator app) or 'mfa_enrolment' (set one up first).
     */
    stage: text('stage').notNull().default('complete'),
  },
  (t) => [uniqueIndex('sessions_token_hash_key').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

/** Bearer tokens for integrations (ERP, marketplaces, scripts), stored hashed. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id').notNull().references(() => users.id),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('api_tokens_token_hash_key').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/**
 * Failed sign-in attempts per key (`account:<email>`, `ip:<address>`, `mfa:<user id>`), in the
 * database so that every process serving the same users counts the same attempts.
 */
export const signInThrottles = pgTable('sign_in_throttles', {
  key: text('key').primaryKey(),
  /** Attempts counted in the current window (an attempt counts before its password is checked). */
  attempts: integer('attempts').notNull(),
  lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true, mode: 'date' }).notNull(),
  /** No attempt is checked before this. */
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
});

/** A staff user's TOTP authenticator (RFC 6238); enabled once they confirmed it with a code. */
export const userMfa = pgTable('user_mfa', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  /** Base32 secret; never sent out again after enrolment. */
  secret: text('secret').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  enabledAt: timestamp('enabled_at', { withTimezone: true, mode: 'date' }),
  /** The 30-second step of the last accepted code: a code is accepted once. */
  lastStep: bigint('last_step', { mode: 'number' }),
});

/** Single-use recovery codes for when the authenticator is lost, stored as SHA-256. */
export const mfaRecoveryCodes = pgTable(
  'mfa_recovery_codes',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('mfa_recovery_codes_hash_key').on(t.userId, t.codeHash)],
);
