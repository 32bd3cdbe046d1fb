import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const paymentsErrors = {
  payment_exceeds_due: { status: 422, title: 'The payment is more than the order still owes' },
  refund_exceeds_received: { status: 422, title: 'The refund is more than was received for the order' },
  payment_currency_mismatch: { status: 422, title: 'A payment is in the currency of its order' },
  order_cancelled_payment: { status: 409, title: 'A cancelled order takes refunds only' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    payments: typeof paymentsErrors;
  }
}
