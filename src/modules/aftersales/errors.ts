import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const aftersalesErrors = {
  case_not_owner: { status: 403, title: 'Only the owner of this case may do this' },
  case_already_owned: { status: 409, title: 'Someone already owns this case' },
  case_closed: { status: 409, title: 'This case is closed' },
  case_not_resolved: { status: 409, title: "The case is not waiting for the customer's confirmation" },
  replacement_without_lines: { status: 422, title: "A replacement is made of lines of the case's order, and there are none" },
  no_transfer_request: { status: 409, title: 'Nobody has asked to take this case over' },
  rma_state: { status: 409, title: 'The return is not in a state that allows this' },
  return_exceeds_delivered: { status: 422, title: 'More would be returned than was delivered' },
  refund_exceeds_paid: { status: 422, title: 'The refund exceeds what the order is worth' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    aftersales: typeof aftersalesErrors;
  }
}
