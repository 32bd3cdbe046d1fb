import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes the bottleneck and process reports answer with. */
export const processReportErrors = {
  invalid_report_query: { status: 400, title: 'The report period or filter is not valid' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    processReports: typeof processReportErrors;
  }
}
