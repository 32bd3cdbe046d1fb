import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const customersErrors = {
  customer_inactive: { status: 409, title: 'The customer is deactivated and takes no new orders' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    customers: typeof customersErrors;
  }
}
