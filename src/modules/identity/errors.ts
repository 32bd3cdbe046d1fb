import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const identityErrors = {
  invalid_credentials: { status: 401, title: 'Email or password is wrong' },
  current_password_required: { status: 403, title: 'Enter your current password to change it' },
  current_password_wrong: { status: 403, title: 'The current password is wrong' },
  mfa_code_required: { status: 403, title: 'Enter the code from your authenticator app to finish signing in' },
  mfa_enrolment_required: { status: 403, title: 'Set up multi-factor sign-in to continue' },
  mfa_code_wrong: { status: 403, title: 'The code is wrong or was already used' },
  mfa_required_for_role: { status: 409, title: 'Your role requires multi-factor sign-in' },
  mfa_already_enabled: { status: 409, title: 'Multi-factor sign-in is already on' },
  mfa_not_pending: { status: 409, title: 'This session is not waiting for a code' },
  sign_in_link_unknown: { status: 404, title: 'This sign-in link is not valid' },
  cannot_deactivate_self: { status: 409, title: 'You cannot deactivate your own account' },
  last_admin: { status: 409, title: 'Someone must remain an active admin' },
  portal_user_roles: { status: 409, title: 'A customer\'s portal user is not given staff roles' },
  portal_user_inactive: { status: 409, title: 'This portal user has been deactivated' },
  portal_invite_own_email: { status: 409, title: 'You cannot invite yourself to a customer\'s portal' },
  sign_in_link_expired: { status: 410, title: 'This sign-in link has expired' },
  sign_in_link_used: { status: 410, title: 'This sign-in link has already been used' },
  weak_password: { status: 422, title: 'The password is too weak' },
  portal_token_lifetime: { status: 422, title: 'A portal user\'s API token lives at most 90 days' },
  sign_in_throttled: { status: 429, title: 'Too many sign-in attempts; wait before trying again' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    identity: typeof identityErrors;
  }
}
