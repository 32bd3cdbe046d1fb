import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const retentionErrors = {
  retention_below_legal_minimum: { status: 422, title: 'Records are kept at least three years after completion (E-Commerce Law art. 31)' },
  retention_period_running: { status: 409, title: 'The record is kept until its retention period ends' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    retention: typeof retentionErrors;
  }
}
