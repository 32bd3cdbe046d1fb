import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const leadsErrors = {
  lead_already_converted: { status: 409, title: 'This lead was converted into a customer already' },
  lead_lost_reason_required: { status: 422, title: 'Marking a lead lost needs a reason' },
  lead_reopen_manager_only: { status: 403, title: 'Only a manager reopens a lost lead' },
  lead_closed: { status: 409, title: 'A converted or lost lead is not edited' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    leads: typeof leadsErrors;
  }
}
