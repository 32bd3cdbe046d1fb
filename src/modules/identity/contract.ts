import { Type, type Static } from '@sinclair/typebox';
import { Nullable, StrictObject, StringEnum, Text } from '../../platform/http/schemas.js';
import { roles } from './permissions.js';

/* Sign-in, users, API tokens and multi-factor sign-in as the API sends and answers them. */

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
/** The language of a user who never chose one. */
export const defaultLocale: Locale = 'zh-CN';
export function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}

/** A staff role (the portal's customer role is given by inviting, not by choosing it). */
export const RoleName = StringEnum(roles);
export const LocaleName = StringEnum(locales);
// Length and content are the password policy's (password-policy.ts), which names the rule broken.
const Password = Type.String({ minLength: 1, maxLength: 1024 });

export const partialStages = ['mfa_code', 'mfa_enrolment'] as const;
export const SignInStage = StringEnum(['complete', ...partialStages], {
  description: 'complete, or what is left before anything else works: mfa_code (POST /api/v1/auth/mfa/verify) or mfa_enrolment (set up an authenticator app)',
});

export const UserView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  roles: Type.Array(Type.String()),
  locale: Type.String(),
  active: Type.Boolean(),
  createdAt: Type.String(),
  customerId: Nullable(Type.String({ description: 'The customer of a portal user; null for staff' })),
  version: Type.Integer({ description: 'For If-Match on edits' }),
});
export type UserView = Static<typeof UserView>;

/** A colleague as a picker shows them (an owner, an assignee): active staff only, no portal users. */
export const StaffMember = Type.Object({ id: Type.String(), name: Type.String(), roles: Type.Array(Type.String()) });
export type StaffMember = Static<typeof StaffMember>;

export const ApiTokenView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  expiresAt: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
});
export type ApiTokenView = Static<typeof ApiTokenView>;
export const CreatedApiToken = Type.Intersect([ApiTokenView, Type.Object({ token: Type.String() })]);
export const ApiTokenCreate = StrictObject({
  name: Type.String({ minLength: 1, maxLength: 100, default: 'API token' }),
  expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
});

export const Login = StrictObject({ email: Type.String({ minLength: 3, maxLength: 320 }), password: Type.String({ minLength: 1, maxLength: 256 }) });
export const SignedIn = Type.Object({ user: UserView, expiresAt: Type.String(), stage: SignInStage });
export const Me = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  roles: Type.Array(Type.String()),
  permissions: Type.Array(Type.String()),
  stage: SignInStage,
  locale: LocaleName,
  localeChosen: Type.Boolean({ description: 'true once the person (or an admin) picked the language; until then a browser follows its own language' }),
});
/** What a person changes about their own profile: the language the console and their messages use. */
export const OwnProfilePatch = StrictObject({ locale: LocaleName });
export const OwnPasswordChange = StrictObject({ currentPassword: Type.String({ minLength: 1, maxLength: 1024 }), newPassword: Password });

const StaffRoles = Type.Array(RoleName, { minItems: 1, maxItems: roles.length, uniqueItems: true });
export const UserCreate = StrictObject({
  email: Type.String({ format: 'email', maxLength: 320 }),
  name: Type.Optional(Text(100)),
  password: Password,
  roles: StaffRoles,
  locale: Type.Optional(LocaleName),
});
export const UserPatch = StrictObject({ name: Type.Optional(Text(100)), roles: Type.Optional(StaffRoles), locale: Type.Optional(LocaleName), active: Type.Optional(Type.Boolean()) });
export const PasswordReset = StrictObject({ password: Password });
export const PasswordResetDone = Type.Object({ user: UserView, sessionsEnded: Type.Integer(), tokensRevoked: Type.Integer() });
export const RolePermissions = Type.Object({ items: Type.Array(Type.Object({ role: RoleName, permissions: Type.Array(Type.String()) })) });

const Code = Type.String({ pattern: '^[0-9]{6}$', description: 'The 6-digit code the authenticator app shows now' });
export const MfaStatus = Type.Object({
  enabled: Type.Boolean(),
  required: Type.Boolean({ description: 'Whether my roles require MFA (then it cannot be turned off)' }),
  recoveryCodesLeft: Type.Integer(),
});
export const SignInSettings = StrictObject({
  mfaRequiredRoles: Type.Array(RoleName, {
    uniqueItems: true,
    maxItems: roles.length,
    description: 'Staff with any of these roles must use MFA; without it they set it up at their next sign-in, before anything else',
  }),
});
export const MfaEnrolment = Type.Object({ secret: Type.String(), otpauthUri: Type.String() });
export const MfaCode = StrictObject({ code: Code });
export const RecoveryCodes = Type.Object({ recoveryCodes: Type.Array(Type.String()) });
export const SecondFactor = Type.Union([StrictObject({ code: Code }), StrictObject({ recoveryCode: Type.String({ minLength: 1, maxLength: 64 }) })]);
export const MfaDisable = StrictObject({ password: Type.String({ minLength: 1, maxLength: 1024 }), code: Code });
