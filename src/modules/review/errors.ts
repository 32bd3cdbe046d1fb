import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const reviewErrors = {
  review_role_required: { status: 403, title: 'This review step belongs to another role' },
  step_already_decided: { status: 409, title: 'This review step has already been decided' },
  stale_review: { status: 409, title: 'This review step is not the one waiting for a decision' },
  invalid_review_chain: { status: 422, title: 'The review chain is not valid' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    review: typeof reviewErrors;
  }
}
