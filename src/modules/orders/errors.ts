import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const ordersErrors = {
  same_user_confirmation: { status: 409, title: 'A second person must confirm the entry' },
  contact_required: { status: 409, title: 'Contact the customer before resubmitting' },
  not_reserved: { status: 409, title: 'Only reserved stock can be shipped; the rest is backordered' },
  mixed_currency: { status: 422, title: 'All lines of an order must share one currency' },
  signed_confirmation_required: { status: 409, title: "Attach the customer's signed confirmation before approving the order" },
  owner_inactive: { status: 409, title: 'This person is deactivated and cannot own orders' },
  exceeds_open_quantity: { status: 422, title: 'More than is left to ship on the line' },
  order_shipped: { status: 409, title: 'The order has shipped; it can no longer be changed' },
  empty_change: { status: 422, title: 'The change changes nothing' },
  zero_quantity: { status: 422, title: 'A quantity of zero: remove the line instead' },
  last_line_removed: { status: 422, title: 'An order keeps at least one line' },
  product_discontinued: { status: 422, title: 'The product is no longer sold' },
  invalid_schedule_file: { status: 422, title: 'The holiday schedule file cannot be read' },
  replacement_not_shipped: { status: 409, title: 'The replacement for this order has not shipped yet; the order completes once it has' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    orders: typeof ordersErrors;
  }
}
