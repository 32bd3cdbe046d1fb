import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const feedbackErrors = {
  survey_link_unknown: { status: 404, title: 'This survey link is not valid' },
  survey_answered: { status: 409, title: 'This survey has already been answered' },
  survey_link_expired: { status: 410, title: 'This survey link has expired' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    feedback: typeof feedbackErrors;
  }
}
