import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes of the monthly report: each names the query parameter at fault. */
export const monthlyReportErrors = {
  month_invalid: { status: 400, title: 'The month is not a month (YYYY-MM)' },
  month_in_future: { status: 400, title: 'The month has not begun yet' },
  format_unknown: { status: 400, title: 'The report comes as json, xlsx, csv or pdf only' },
  figure_unknown: { status: 404, title: 'The report has no such figure' },
  month_not_closed: { status: 409, title: 'Only a closed month can be recomputed' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    monthlyReport: typeof monthlyReportErrors;
  }
}
