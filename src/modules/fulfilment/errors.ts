import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const fulfilmentErrors = {
  order_not_delivered: { status: 409, title: 'The order has not been delivered yet' },
  already_accepted: { status: 409, title: 'Acceptance has already been recorded for this order' },
  shipment_closed: { status: 409, title: 'This shipment is already delivered' },
  invalid_acceptance: { status: 422, title: 'The acceptance does not match the delivered lines' },
  acceptance_reason_required: { status: 422, title: 'A partial or refused acceptance needs a reason' },
  invalid_tracking_url: { status: 422, title: 'The tracking address must be an https address containing {trackingNumber}' },
  carrier_in_use: { status: 409, title: 'Shipments name this carrier; deactivate it instead of deleting it' },
  carrier_required: { status: 422, title: 'Choose a carrier from the directory or name one' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    fulfilment: typeof fulfilmentErrors;
  }
}
