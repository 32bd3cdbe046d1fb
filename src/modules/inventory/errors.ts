import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const inventoryErrors = {
  stock_below_reserved: { status: 409, title: 'Stock would fall below what is reserved' },
  not_stocked: { status: 409, title: 'This product kind carries no stock' },
  capacity_below_booked: { status: 409, title: 'Capacity cannot fall below what is already booked' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    inventory: typeof inventoryErrors;
  }
}
