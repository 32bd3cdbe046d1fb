import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const portalErrors = {
  not_a_portal_user: { status: 403, title: 'The customer portal is for a customer\'s own people' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    portal: typeof portalErrors;
  }
}
