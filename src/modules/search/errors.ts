import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const searchErrors = {
  search_query_too_short: { status: 400, title: 'The search asks for too little to find anything by' },
  search_query_too_long: { status: 400, title: 'The search is longer than the words it can look for' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    search: typeof searchErrors;
  }
}
