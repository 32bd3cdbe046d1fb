import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const notificationsErrors = {
  delivery_not_dead: { status: 409, title: 'Only a dead delivery can be retried by hand' },
  webhook_target_internal: { status: 422, title: 'The webhook URL points at an internal address' },
  webhook_target_unresolvable: { status: 422, title: 'The webhook URL\'s host name does not resolve' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    notifications: typeof notificationsErrors;
  }
}
