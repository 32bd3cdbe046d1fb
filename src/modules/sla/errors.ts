import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const slaErrors = {
  late_reason_required: { status: 409, title: 'The deadline was missed: record a reason' },
  clock_not_missed: { status: 409, title: 'This deadline was not missed' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    sla: typeof slaErrors;
  }
}
