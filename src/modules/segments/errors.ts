import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const segmentsErrors = {
  segment_too_large: { status: 422, title: 'The segment has more customers than one follow-up run takes' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    segments: typeof segmentsErrors;
  }
}
