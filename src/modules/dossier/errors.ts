import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const dossierErrors = {
  order_number_unknown: { status: 404, title: 'No order has this number' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    dossier: typeof dossierErrors;
  }
}
